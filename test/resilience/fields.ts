import type { Plan, ShortTermTarget, TargetOutcome } from '../../src/domain';

/**
 * The fields the simulated users edit. The profile and help-from-home entries share one JSON column
 * each on the plan item, so a save based on a stale read would silently put back a colleague's old
 * value: the verifier catches that as a lost update.
 */
export interface FieldSpec<T> {
  readonly name: string;
  get(item: T): string;
  set(item: T, value: string): T;
  /** Single lines of text hold at most 255 characters; enums take one of their values. */
  readonly kind: 'text' | 'line' | 'outcome';
}

const planText = (
  name: string,
  key: 'childInput' | 'otherSupport' | 'monitoring' | 'pupilViews' | 'parentViews',
): FieldSpec<Plan> => ({
  name,
  kind: 'text',
  get: (plan) => plan[key],
  set: (plan, value) => ({ ...plan, [key]: value }),
});

const profile = (
  key: 'strengths' | 'likes' | 'dislikes' | 'anxieties' | 'communication',
): FieldSpec<Plan> => ({
  name: `profile.${key}`,
  kind: 'text',
  get: (plan) => plan.profile[key],
  set: (plan, value) => ({ ...plan, profile: { ...plan.profile, [key]: value } }),
});

const home = (key: 'activities' | 'frequency', kind: 'text' | 'line'): FieldSpec<Plan> => ({
  name: `homeSupport.${key}`,
  kind,
  get: (plan) => plan.homeSupport[key],
  set: (plan, value) => ({ ...plan, homeSupport: { ...plan.homeSupport, [key]: value } }),
});

export const PLAN_FIELDS: readonly FieldSpec<Plan>[] = [
  planText('childInput', 'childInput'),
  planText('otherSupport', 'otherSupport'),
  planText('monitoring', 'monitoring'),
  planText('pupilViews', 'pupilViews'),
  planText('parentViews', 'parentViews'),
  profile('strengths'),
  profile('likes'),
  profile('dislikes'),
  profile('anxieties'),
  profile('communication'),
  home('activities', 'text'),
  home('frequency', 'line'),
];

const targetText = (
  key: 'successCriteria' | 'strategies' | 'outcomeComment' | 'frequency' | 'deliveredBy',
  kind: 'text' | 'line',
): FieldSpec<ShortTermTarget> => ({
  name: key,
  kind,
  get: (target) => target[key],
  set: (target, value) => ({ ...target, [key]: value }),
});

export const TARGET_FIELDS: readonly FieldSpec<ShortTermTarget>[] = [
  targetText('successCriteria', 'text'),
  targetText('strategies', 'text'),
  targetText('outcomeComment', 'text'),
  targetText('frequency', 'line'),
  targetText('deliveredBy', 'line'),
  {
    // Achieved or not also changes the plan's dashboard count (a second item in the same save).
    name: 'outcome',
    kind: 'outcome',
    get: (target) => target.outcome,
    set: (target, value) => ({ ...target, outcome: value as TargetOutcome }),
  },
];

export const OUTCOMES: readonly TargetOutcome[] = ['open', 'achieved', 'partly-achieved', 'not-achieved'];

export const planField = (name: string): FieldSpec<Plan> | undefined =>
  PLAN_FIELDS.find((f) => f.name === name);
export const targetField = (name: string): FieldSpec<ShortTermTarget> | undefined =>
  TARGET_FIELDS.find((f) => f.name === name);
