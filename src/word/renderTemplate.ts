/**
 * The pure renderer: a plan (and, for a review record, its review) in, WordprocessingML body XML
 * out, with the layout of the content controls it contains. No Office globals: the same output
 * feeds `insertOoxml` (flatOpc.ts), the .docx export (docx.ts) and the tests.
 */
import { terminologyFor, type ChildGroupTarget, type Plan, type Review } from '../domain';
import { contentControl } from './ooxml';
import type { SchoolBranding } from './schoolLogo';
import { planTag, templateTitle, type TemplateKind } from './tags';
import { renderChildsPlan } from './templates/childsPlan';
import type { TargetControlLayout, TemplateContext, TemplateOutput } from './templates/common';
import { renderFullIep } from './templates/fullIep';
import { renderOnePageProfile } from './templates/onePageProfile';
import { renderReviewRecord } from './templates/reviewRecord';
import { renderTargetsOnly } from './templates/targetsOnly';
import { documentLanguage, wordingFor, type Language } from './wording';

export type { TargetControlLayout } from './templates/common';

export interface RenderInput {
  readonly plan: Plan;
  /** Needed for the review record only. */
  readonly review?: Review | null;
  /**
   * The version the review agreed (the one completing it opened): the review record prints its next
   * review date, stage and targets as what was decided. Without it those lines are left to write by hand.
   */
  readonly nextVersion?: Plan | null;
  /** From the register's pupil (the plan does not carry it); a blank to fill in when not given. */
  readonly dateOfBirth?: string | null;
  /** The school's name and logo, from the configuration; documents print without them when absent. */
  readonly school?: SchoolBranding;
  /**
   * The language of the fixed wording: Welsh (`cy`) for a plan in Wales when asked, English otherwise.
   * Ignored for any other nation, and for the Child's Plan, which is Scotland's and stays English.
   */
  readonly language?: Language;
  /**
   * The child's targets shared with a group on a provision, with their own outcomes: the full plan
   * and the Child's Plan print them after the short-term targets. No section when none are given.
   */
  readonly groupTargets?: readonly ChildGroupTarget[];
}

export interface ContentControlLayout {
  /** The block control around the whole template. */
  readonly plan: { readonly tag: string; readonly title: string };
  /** One row control per short-term target, in document order, with the field controls inside it. */
  readonly targets: readonly TargetControlLayout[];
}

export interface RenderedBody {
  readonly kind: TemplateKind;
  /** The document's title in the plan's nation's words, for its footer and properties. */
  readonly title: string;
  /** The language the fixed wording was printed in, for the footer and the file's language. */
  readonly language: Language;
  /** Block XML inside the plan control: what a refresh puts back into an existing control. */
  readonly innerXml: string;
  /** `innerXml` wrapped in the plan control: what an insert or an export uses. */
  readonly bodyXml: string;
  readonly controls: ContentControlLayout;
}

/** Only the version straight after this one in its series can be what this plan's review agreed. */
const agreedVersionOf = (plan: Plan, next: Plan | null): Plan | null =>
  next !== null && next.seriesId === plan.seriesId && next.version === plan.version + 1 ? next : null;

const TEMPLATES: Readonly<Record<TemplateKind, (ctx: TemplateContext) => TemplateOutput>> = {
  'full-iep': renderFullIep,
  'targets-table': renderTargetsOnly,
  'review-record': renderReviewRecord,
  'one-page-profile': renderOnePageProfile,
  'childs-plan': renderChildsPlan,
};

/** Throws `Invalid` for a review record without its review (or with a review of another plan version). */
export const renderTemplate = (kind: TemplateKind, input: RenderInput): RenderedBody => {
  // A document speaks its plan's nation, as the editor does.
  const nation = input.plan.nation;
  const language = kind === 'childs-plan' ? 'en' : documentLanguage(nation, input.language);
  const wording = wordingFor(language);
  const ctx: TemplateContext = {
    plan: input.plan,
    review: input.review ?? null,
    nextVersion: agreedVersionOf(input.plan, input.nextVersion ?? null),
    dateOfBirth: input.dateOfBirth ?? null,
    schoolName: input.school?.name.trim() ?? '',
    nation,
    terms: terminologyFor(nation),
    language,
    wording,
    groupTargets: input.groupTargets ?? [],
  };
  const output = TEMPLATES[kind](ctx);
  const plan = { tag: planTag(input.plan.id, kind, language), title: templateTitle(kind, input.plan) };
  return {
    kind,
    title: wording.documentTitle(kind, input.plan),
    language,
    innerXml: output.xml,
    bodyXml: contentControl(plan, output.xml),
    controls: { plan, targets: output.targets },
  };
};
