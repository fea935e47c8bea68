import type { z } from 'zod';
import { Invalid, type FieldIssue, type ItemRef } from './errors';
import { PlanSchema, type Plan } from './plan';
import { ReviewSchema, type Review } from './review';

/**
 * Validation at the edge of the domain: a form or a SharePoint item in, a typed value or a list of
 * field issues out. Values are never trimmed or truncated to fit: a text that is too long is
 * refused with a message, so the user decides what to cut.
 */
export type ValidationResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly FieldIssue[] };

export type PlanValidation =
  { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly issues: readonly FieldIssue[] };
export type ReviewValidation =
  | { readonly ok: true; readonly review: Review }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/**
 * Labels for fields whose schemas carry no message of their own (ids, choices, numbers), so zod's
 * generic "Invalid input" never reaches a user. Text and date fields name themselves already.
 */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'Id',
  seriesId: 'Plan series',
  planId: 'Plan',
  pupilId: 'Pupil',
  classTeamId: 'Class team',
  targetId: 'Target',
  longTermTargetId: 'Long-term target',
  version: 'Version',
  status: 'Status',
  nation: 'Nation',
  stage: 'Stage of support',
  area: 'Area',
  areas: 'Areas of need',
  outcome: 'Outcome',
  wellbeing: 'Wellbeing indicators',
  type: 'Type of review',
  format: 'Type of meeting',
  role: 'Role',
  internal: 'In school',
  attended: 'Attended',
  online: 'Online meeting',
  pupil: 'Pupil',
  profile: 'Pupil profile',
  needs: 'Needs',
  people: 'People',
  homeSupport: 'Help from home',
  agenda: 'Agenda',
  invitees: 'Invitees',
  shortTermTargets: 'Short-term targets',
  longTermTargets: 'Long-term targets',
  targetOutcomes: 'Target outcomes',
  evidence: 'Evidence',
};

const labelFor = (path: readonly PropertyKey[], rootLabel: string): string => {
  const key = [...path].reverse().find((k): k is string => typeof k === 'string');
  if (key === undefined) return rootLabel;
  return FIELD_LABELS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
};

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'must be text',
  number: 'must be a number',
  int: 'must be a whole number',
  boolean: 'must be yes or no',
  array: 'must be a list',
};

/** Messages for issues the schema left to zod; issues with their own message keep it. */
const namedMessages =
  (rootLabel: string): z.core.$ZodErrorMap =>
  (issue) => {
    const label = labelFor(issue.path ?? [], rootLabel);
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined || issue.input === null
          ? `${label} is required.`
          : `${label} ${EXPECTED[issue.expected] ?? 'is not in the right form'}.`;
      case 'invalid_value':
        return issue.input === undefined || issue.input === null
          ? `${label} is required.`
          : `${label} must be one of the listed choices.`;
      case 'too_small':
        return issue.origin === 'string'
          ? `${label} is required.`
          : `${label} must be at least ${String(issue.minimum)}.`;
      case 'too_big':
        return `${label} is too large: at most ${String(issue.maximum)}.`;
      case 'unrecognized_keys':
        return `${label} has fields that are not recognised: ${issue.keys.join(', ')}.`;
      default:
        return `${label} is not valid.`;
    }
  };

export const issuesFromZod = (error: z.core.$ZodError): FieldIssue[] =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));

const validate = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  rootLabel: string,
): ValidationResult<z.infer<S>> => {
  const result = schema.safeParse(input, { error: namedMessages(rootLabel) });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: issuesFromZod(result.error) };
};

export const validatePlan = (input: unknown): PlanValidation => {
  const result = validate(PlanSchema, input, 'Plan');
  return result.ok ? { ok: true, plan: result.value } : result;
};

export const validateReview = (input: unknown): ReviewValidation => {
  const result = validate(ReviewSchema, input, 'Review');
  return result.ok ? { ok: true, review: result.value } : result;
};

/** The domain error a save refuses with; the UI highlights each issue's field. */
export const toInvalid = (issues: readonly FieldIssue[], item?: ItemRef): Invalid =>
  new Invalid(issues, item);

/** The issues whose path is at or under `prefix`, e.g. all issues of `shortTermTargets.2`. */
export const issuesUnder = (issues: readonly FieldIssue[], prefix: string): FieldIssue[] =>
  issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`));
