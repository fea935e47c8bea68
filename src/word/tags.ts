/**
 * The content-control tags that let refresh and save-back find what the add-in inserted. They are
 * the contract between a document saved today and the add-in of next year: change them only
 * additively.
 *
 *   iep:plan:<planId>:<templateKind>   block control around one inserted template (English)
 *   iep:plan:<planId>:<templateKind>:cy  the same, printed in Welsh (added December 2026)
 *   iep:target:<targetId>              row control around one short-term target's table row
 *   iep:field:<targetId>:<field>:<fp>  inline control around one editable target value in a cell
 *
 * `<fp>` (added December 2026) is the fingerprint of the value the field showed when it was inserted
 * (fieldFingerprint.ts: 8 lower-case base-36 characters). It lets save-back propose only what the
 * teacher changed in Word and never "revert" a colleague's newer value. Documents inserted before
 * it was added have `iep:field:<targetId>:<field>` and still parse, with no fingerprint; an older
 * add-in ignores the new form (its last segment is not a field name), it does not misread it.
 *
 * The `:cy` suffix lets the pane refresh a Welsh block in Welsh. An English block keeps the first
 * form, so documents inserted before it (English, or Welsh from the tab's export before then) still
 * refresh; an older add-in does not find a Welsh block (its tag is not the one it asks Word for).
 *
 * How long a tag may be: ECMA-376 (17.5.2.42 `tag`, an ST_String) sets no limit, but Word restricts
 * other sdt-related strings to 64 characters (MS-OI29500 2.1.518), so field tags stay well under 64
 * with a SharePoint item id (a short number): `iep:field:123:successCriteria:0a1b2c3d` is 39.
 */
import { documentTitle, PLAN_DOCUMENT_KINDS } from '../domain';
import type { NamedPlan, PlanDocumentKind, PlanId, TargetId } from '../domain';
import { fieldFingerprint } from './fieldFingerprint';
import type { Language } from './wording';

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

/** The languages a block's tag can name; English is the tag without a language. */
export const TAG_LANGUAGES: readonly Language[] = ['en', 'cy'];

export const planTag = (planId: PlanId | string, kind: TemplateKind, language: Language = 'en'): string =>
  `iep:plan:${planId}:${kind}${language === 'en' ? '' : `:${language}`}`;
export const targetTag = (targetId: TargetId | string): string => `iep:target:${targetId}`;
/** `shownText`: the value as the field shows it in Word, e.g. `FIELD_TEXT[field](target)`. */
export const fieldTag = (targetId: TargetId | string, field: TargetField, shownText: string): string =>
  `iep:field:${targetId}:${field}:${fieldFingerprint(field, shownText)}`;

export interface ParsedFieldTag {
  readonly targetId: string;
  readonly field: TargetField;
  /** The fingerprint of the value inserted; null in a document inserted before tags carried it. */
  readonly inserted: string | null;
}

const FINGERPRINTED_FIELD_TAG = /^iep:field:(.+):([A-Za-z]+):([0-9a-z]{8})$/;
const PLAIN_FIELD_TAG = /^iep:field:(.+):([A-Za-z]+)$/;

/** Reads a field tag back, in either form; null for any other tag (including other add-ins' controls). */
export const parseFieldTag = (tag: string): ParsedFieldTag | null => {
  const [, targetId, field, inserted] = FINGERPRINTED_FIELD_TAG.exec(tag) ?? PLAIN_FIELD_TAG.exec(tag) ?? [];
  if (targetId === undefined || field === undefined || !isTargetField(field)) return null;
  return { targetId, field, inserted: inserted ?? null };
};

/** Any control the add-in inserted (a block, a target row or a field). */
export const isPlannerTag = (tag: string): boolean => tag.startsWith('iep:');
export const isPlanTag = (tag: string): boolean => tag.startsWith('iep:plan:');
