import type { SchoolSettings } from './school';

/**
 * How many short-term targets a plan should hold. Guidance, not a rule: England's parent leaflet
 * says "up to three or four key targets"; Highland says 4-8 for a mainstream pupil and no more
 * than 8-12 in special education, "but may contain less".
 */
export type SchoolSetting = SchoolSettings['setting'];

export type TargetCountHintCode =
  'no-targets' | 'more-than-key-targets' | 'above-mainstream-range' | 'too-many';

export interface TargetCountHint {
  readonly code: TargetCountHintCode;
  readonly severity: 'tip' | 'warning';
  readonly message: string;
}

export const KEY_TARGETS_MAX = 4;
export const MAINSTREAM_TARGETS_MAX = 8;
export const SPECIAL_TARGETS_MAX = 12;

export const targetCountGuidance = (count: number, setting: SchoolSetting): TargetCountHint | null => {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`targetCountGuidance: not a count: ${count}`);
  if (count === 0) {
    return {
      code: 'no-targets',
      severity: 'warning',
      message:
        'This plan has no short-term targets yet. Add 3-4 key targets for the areas where the pupil needs most help.',
    };
  }
  if (count > SPECIAL_TARGETS_MAX) {
    return {
      code: 'too-many',
      severity: 'warning',
      message: `${count} targets is too many to work on at once: even in special education a plan usually has no more than 8-12. Keep the key priorities and move the rest to the next plan.`,
    };
  }
  if (setting === 'special') return null;
  if (count > MAINSTREAM_TARGETS_MAX) {
    return {
      code: 'above-mainstream-range',
      severity: 'warning',
      message: `${count} targets is more than the 4-8 usual for a pupil in a mainstream school. Focus on the key priorities.`,
    };
  }
  if (count > KEY_TARGETS_MAX) {
    return {
      code: 'more-than-key-targets',
      severity: 'tip',
      message: `${count} targets is within the 4-8 usual for a mainstream pupil, but a plan works best with 3-4 key targets. Check each one is a current priority.`,
    };
  }
  return null;
};
