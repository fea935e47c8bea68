import { type Provision } from '../../../domain';
import { STAFF_ROLE_LABELS } from '../../../domain/provision';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** "Ms Khan", "Ms Khan and Mr Reid", "Ms Khan, Mr Reid and Mrs Bell". */
export const namesInWords = (names: readonly string[]): string => {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
};

/** "3 sessions a week, 30 minutes each, for 10 weeks". */
export const frequencyInWords = (
  provision: Pick<Provision, 'sessionsPerWeek' | 'minutesPerSession' | 'weeksPerTerm'>,
): string =>
  `${plural(provision.sessionsPerWeek, 'session', 'sessions')} a week, ${plural(provision.minutesPerSession, 'minute', 'minutes')} each, for ${plural(provision.weeksPerTerm, 'week', 'weeks')}`;

/** Who delivers it: the staff by name when the catalogue names them, otherwise their role. */
export const deliveredByInWords = (provision: Pick<Provision, 'staffNames' | 'staffRole'>): string =>
  namesInWords(provision.staffNames) || STAFF_ROLE_LABELS[provision.staffRole];

/**
 * What a target linked to a provision says about how it is taught, so nobody types it again: the
 * session's description (or the provision's name when it has none), who delivers it and how often.
 */
export const targetDeliveryFrom = (
  provision: Provision,
): { readonly strategies: string; readonly deliveredBy: string; readonly frequency: string } => ({
  strategies: provision.description.trim() || provision.name,
  deliveredBy: deliveredByInWords(provision),
  frequency: frequencyInWords(provision),
});
