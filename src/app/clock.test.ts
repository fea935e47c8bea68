import { clockFor } from './clock';
import type { AppConfig } from './config';
import { ConfigError } from './loadConfig';
import { initialPersona } from './personas';

const local: Extract<AppConfig, { mode: 'local' }> = {
  mode: 'local',
  graphBaseUrl: 'http://127.0.0.1:3978/',
  senSite: 'contoso.sharepoint.com:/sites/SEN',
  personas: [
    { name: 'Priya Shah', email: 'senco@school.example', role: 'SENCO' },
    { name: 'Tom Reed', email: 'teacher@school.example', role: 'Class teacher' },
  ],
};
const live: AppConfig = {
  mode: 'live',
  graphBaseUrl: 'https://graph.microsoft.com/',
  tenantId: '11111111-2222-3333-4444-555555555555',
  clientId: '66666666-7777-8888-9999-000000000000',
  senSite: 'contoso.sharepoint.com:/sites/SEN',
  hostingOrigin: 'https://iep.school.example',
};

describe('clockFor', () => {
  it('freezes time from ?now= in local mode', () => {
    const clock = clockFor(local, '?now=2026-11-24T09:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-11-24T09:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-11-24T09:00:00.000Z');
  });

  it('ignores ?now= in live mode: a school is never shown a made-up date', () => {
    const before = Date.now();
    const now = clockFor(live, '?now=2001-01-01T00:00:00Z').now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
  });

  it('uses real time without ?now=, and refuses a malformed one', () => {
    expect(Math.abs(clockFor(local, '').now().getTime() - Date.now())).toBeLessThan(1000);
    expect(() => clockFor(local, '?now=24/11/2026')).toThrow(ConfigError);
  });
});

describe('initialPersona', () => {
  it('prefers ?persona=, then the remembered persona, then the first', () => {
    expect(initialPersona(local, '?persona=TEACHER@school.example', 'senco@school.example').name).toBe(
      'Tom Reed',
    );
    expect(initialPersona(local, '', 'teacher@school.example').name).toBe('Tom Reed');
    expect(initialPersona(local, '', null).name).toBe('Priya Shah');
    expect(initialPersona(local, '?persona=nobody@school.example', null).name).toBe('Priya Shah');
  });
});
