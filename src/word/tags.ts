/**
 * The content-control tags that let refresh and save-back find what the add-in inserted. They are
 * the contract between a document saved today and the add-in of next year: change them only
 * additively.
 *
 *   iep:plan:<planId>:<templateKind>   block control around one inserted template
 *   iep:target:<targetId>              row control around one short-term target's table row
 *   iep:field:<targetId>:<field>       inline control around one editable target value in a cell
 */
import type { PlanId, TargetId } from '../domain';

export const TEMPLATE_KINDS = [
  'full-iep',
  'targets-table',
  'review-record',
  'one-page-profile',
  'childs-plan',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_TITLES: Readonly<Record<TemplateKind, string>> = {
  'full-iep': 'IEP Planner: full plan',
  'targets-table': 'IEP Planner: targets table',
  'review-record': 'IEP Planner: review record',
  'one-page-profile': 'IEP Planner: one-page profile',
  'childs-plan': "IEP Planner: Child's Plan section 4",
};

/** The short-term target values a teacher may edit in Word and save back. */
export const TARGET_FIELDS = [
  'area',
  'text',
  'successCriteria',
  'strategies',
  'deliveredBy',
  'frequency',
  'targetDate',
  'outcome',
] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];

export const isTemplateKind = (value: string): value is TemplateKind =>
  (TEMPLATE_KINDS as readonly string[]).includes(value);
export const isTargetField = (value: string): value is TargetField =>
  (TARGET_FIELDS as readonly string[]).includes(value);

export const planTag = (planId: PlanId | string, kind: TemplateKind): string => `iep:plan:${planId}:${kind}`;
export const targetTag = (targetId: TargetId | string): string => `iep:target:${targetId}`;
export const fieldTag = (targetId: TargetId | string, field: TargetField): string =>
  `iep:field:${targetId}:${field}`;

/** Reads a field tag back; null for any other tag (including other add-ins' controls). */
export const parseFieldTag = (tag: string): { targetId: string; field: TargetField } | null => {
  const match = /^iep:field:(.+):([A-Za-z]+)$/.exec(tag);
  if (!match) return null;
  const [, targetId, field] = match;
  if (targetId === undefined || field === undefined || !isTargetField(field)) return null;
  return { targetId, field };
};
