import { fixedClock, systemClock, type Clock } from '../domain';
import type { AppConfig } from './config';
import { ConfigError } from './loadConfig';

/**
 * The clock every date rule uses. End-to-end tests freeze it with `?now=2026-11-24T09:00:00Z`; that
 * parameter is honoured in local mode only, so a live school can never be shown a made-up date.
 */
export const clockFor = (config: AppConfig, search: string): Clock => {
  if (config.mode !== 'local') return systemClock;
  const now = new URLSearchParams(search).get('now');
  if (now === null || now === '') return systemClock;
  const valid = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(now);
  if (!valid || Number.isNaN(Date.parse(now))) {
    throw new ConfigError([`?now=${now} is not a date and time. Use the form ?now=2026-11-24T09:00:00Z.`]);
  }
  return fixedClock(now);
};
