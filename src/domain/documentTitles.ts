import type { Nation, Stage } from './terminology';

/**
 * What each printed document is called, in one place: the title on the page, the footer, Word's
 * control titles and the tab's menus all read it, so a Welsh plan is an IDP everywhere and a
 * Scottish one is section 4 of the Child's Plan everywhere.
 */
export const PLAN_DOCUMENT_KINDS = [
  'full-iep',
  'targets-table',
  'review-record',
  'one-page-profile',
  'childs-plan',
] as const;
export type PlanDocumentKind = (typeof PLAN_DOCUMENT_KINDS)[number];

export interface PlanNames {
  /** The plan's full name, as the title of the whole plan. */
  readonly title: string;
  /** The abbreviation schools and families use (IEP, IDP). */
  readonly short: string;
  /** The same name in Welsh, printed beside the English on a Welsh plan. */
  readonly welshTitle?: string;
}

/** Who the plan belongs to decides its name: England's EHC plan stage differs from SEN support. */
export interface NamedPlan {
  readonly nation: Nation;
  readonly stage: Stage;
}

// England: the SEND Code of Practice's "SEN support" with the school's IEP; a pupil with an EHC plan
// keeps a school IEP that works towards the plan's outcomes. Wales: the ALN Code's individual
// development plan (Cynllun Datblygu Unigol). Scotland: the IEP is section 4 of the Child's Plan.
const ENGLAND_SEN_SUPPORT: PlanNames = { title: 'SEN support plan (IEP)', short: 'IEP' };
const ENGLAND_EHC: PlanNames = { title: 'EHC plan: Individual Education Plan (IEP)', short: 'IEP' };
const ENGLAND_LEGACY: PlanNames = { title: 'Individual Education Plan (IEP)', short: 'IEP' };
const WALES: PlanNames = {
  title: 'Individual Development Plan (IDP)',
  short: 'IDP',
  welshTitle: 'Cynllun Datblygu Unigol (CDU)',
};
const SCOTLAND: PlanNames = { title: 'Individualised Educational Programme (IEP)', short: 'IEP' };

const ENGLAND_LEGACY_STAGES: readonly Stage[] = ['school-action', 'school-action-plus', 'statement'];

export const planNames = ({ nation, stage }: NamedPlan): PlanNames => {
  if (nation === 'wales') return WALES;
  if (nation === 'scotland') return SCOTLAND;
  if (stage === 'ehc-plan') return ENGLAND_EHC;
  return ENGLAND_LEGACY_STAGES.includes(stage) ? ENGLAND_LEGACY : ENGLAND_SEN_SUPPORT;
};

const CHILDS_PLAN_SECTION_4 = "Child's Plan section 4";

/** The title a document of `kind` carries for this plan: on the page, in the footer and on Word's control. */
export const documentTitle = (kind: PlanDocumentKind, plan: NamedPlan): string => {
  const names = planNames(plan);
  switch (kind) {
    case 'full-iep':
      return plan.nation === 'scotland'
        ? `Individualised Educational Programme (${CHILDS_PLAN_SECTION_4})`
        : names.title;
    case 'targets-table':
      return `${names.short} short-term targets`;
    case 'review-record':
      return `${names.short} review record`;
    case 'one-page-profile':
      return 'One-page profile';
    case 'childs-plan':
      return plan.nation === 'scotland'
        ? `${CHILDS_PLAN_SECTION_4}: ${names.title}`
        : `${CHILDS_PLAN_SECTION_4} (Scotland)`;
  }
};
