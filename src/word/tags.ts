/**
 * The content-control tags that let refresh and save-back find what the add-in inserted. They are
 * the contract between a document saved today and the add-in of next year: change them only
 * additively.
 *
 *   iep:plan:<planId>:<templateKind>   block control around one inserted template
 *   iep:target:<targetId>              row control around one short-term target's table row
 *   iep:field:<targetId>:<field>       inline control around one editable target value in a cell
 */
import { documentTitle, PLAN_DOCUMENT_KINDS } from '../domain';
import type { NamedPlan, PlanDocumentKind, PlanId, TargetId } from '../domain';

/** The documents the add-in inserts: the domain names them (documentTitles.ts), the tags carry them. */
export const TEMPLATE_KINDS = PLAN_DOCUMENT_KINDS;
export type TemplateKind = PlanDocumentKind;

/** Word's title bar on the block control: the document's own title in the plan's nation's words. */
export const templateTitle = (kind: TemplateKind, plan: NamedPlan): string =>
  `IEP Planner: ${documentTitle(kind, plan)}`;

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
