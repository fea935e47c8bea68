import { DUE_SOON_DAYS, type Nation, type SenStatus } from '../../../domain';
import type { RegisterCounts } from './registerCounts';
import type { RegisterReviewStatus } from './registerRows';

/** The register's words in the school's nation. Pupils are stored with England's N/K/E everywhere. */
export interface RegisterWording {
  /** 'SEN register' | 'ALN register' | 'ASN register' */
  readonly register: string;
  /** What K is called: 'SEN support' in England. */
  readonly support: string;
  /** What E is called: 'EHC plan' in England. */
  readonly statutoryPlan: string;
  readonly statutoryPlanLong: string;
  /** 'special educational needs' | 'additional learning needs' | 'additional support needs' */
  readonly needs: string;
  /** England only: the school census's SEN provision and primary need codes mean something to the school. */
  readonly censusCodes: boolean;
  /** 'SEN' | 'ALN' | 'ASN', for headings such as "SEN provision". */
  readonly short: string;
  /** How a sentence says a pupil has K: "12 pupils on SEN support". */
  readonly onSupport: string;
  /** How a sentence says a pupil has E: "3 with an EHC plan". */
  readonly withStatutoryPlan: string;
}

/*
 * England (SEND Code of Practice 0-25, 2015): the two levels are "SEN support" and an "education,
 * health and care plan", which the census records as K and E.
 *
 * Wales (ALN Code for Wales 2021, under the ALN and Education Tribunal (Wales) Act 2018): every
 * learner with additional learning needs has an individual development plan; there is no tier
 * without one, as SEN support is in England. What divides them is who maintains the IDP: the
 * school, or the local authority where the school cannot reasonably meet or decide the learner's
 * needs. So K reads "school IDP" and E "local authority IDP"; "3 with an IDP" beside "12 on ALN
 * support" would wrongly suggest the twelve have none.
 *
 * Scotland (Education (Additional Support for Learning) (Scotland) Act 2004 and its Code): children
 * with additional support needs receive "additional support", most through a Child's Plan; the
 * one statutory plan is the co-ordinated support plan, for needs that call for significant
 * support from outside education. So K reads "additional support" and E "CSP".
 *
 * Only England's census uses the N/K/E and primary need codes, so only England shows them as codes.
 */
const WORDING: Readonly<Record<Nation, RegisterWording>> = {
  england: {
    register: 'SEN register',
    support: 'SEN support',
    statutoryPlan: 'EHC plan',
    statutoryPlanLong: 'education, health and care plan',
    needs: 'special educational needs',
    censusCodes: true,
    short: 'SEN',
    onSupport: 'on SEN support',
    withStatutoryPlan: 'with an EHC plan',
  },
  wales: {
    register: 'ALN register',
    support: 'school IDP',
    statutoryPlan: 'local authority IDP',
    statutoryPlanLong: 'individual development plan maintained by the local authority',
    needs: 'additional learning needs',
    censusCodes: false,
    short: 'ALN',
    onSupport: 'with a school IDP',
    withStatutoryPlan: 'with a local authority IDP',
  },
  scotland: {
    register: 'ASN register',
    support: 'additional support',
    statutoryPlan: 'CSP',
    statutoryPlanLong: 'co-ordinated support plan',
    needs: 'additional support needs',
    censusCodes: false,
    short: 'ASN',
    onSupport: 'receiving additional support',
    withStatutoryPlan: 'with a CSP',
  },
};

export const registerWording = (nation: Nation): RegisterWording => WORDING[nation];

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A pupil's provision in words: "SEN support", "Local authority IDP", "No ASN". */
export const provisionInWords = (status: SenStatus, wording: RegisterWording): string => {
  if (status === 'K') return capitalise(wording.support);
  if (status === 'E') return capitalise(wording.statutoryPlan);
  return `No ${wording.short}`;
};

export const REVIEW_STATUS_WORDS: Readonly<Record<RegisterReviewStatus, string>> = {
  overdue: 'Overdue',
  'due-soon': `Due in the next ${String(DUE_SOON_DAYS)} days`,
  booked: 'Meeting booked',
  ok: 'Not due yet',
  none: 'No review date',
};

const counted = (count: number, one: string, many: string): string =>
  `${String(count)} ${count === 1 ? one : many}`;

/**
 * "12 pupils on SEN support · 3 with an EHC plan · 2 reviews overdue · 4 due in the next 14 days ·
 * 1 booked": every figure always shown, so the line reads the same on every page and nothing
 * appears or vanishes as the register changes.
 */
export const summaryLine = (counts: RegisterCounts, wording: RegisterWording): string =>
  [
    `${counted(counts.senSupport, 'pupil', 'pupils')} ${wording.onSupport}`,
    `${String(counts.statutoryPlan)} ${wording.withStatutoryPlan}`,
    `${counted(counts.overdue, 'review', 'reviews')} overdue`,
    `${String(counts.dueSoon)} due in the next ${String(DUE_SOON_DAYS)} days`,
    `${String(counts.booked)} booked`,
  ].join(' · ');
