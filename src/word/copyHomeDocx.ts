/**
 * The family's copy after a review: the agreed plan, then the minutes of the review on a new page, in
 * one .docx (one file to store and convert, so sending it stays within three Graph requests). Both
 * parts are the existing templates, unchanged; only the packaging is shared. It is the parents' copy:
 * no content controls, so the family sees a plain document (and its PDF carries no control marks).
 */
import type { ChildGroupTarget, Plan, Review } from '../domain';
import { packageDocx } from './docx';
import { renderTemplate } from './renderTemplate';
import type { SchoolBranding } from './schoolLogo';

const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

export interface CopyHomeInput {
  /** The plan as agreed at the review (the version it opened, or the reviewed one if none). */
  readonly agreedPlan: Plan;
  /** The version the review looked at: its record's targets and outcomes are that version's. */
  readonly reviewedPlan: Plan;
  readonly review: Review;
  /** From the register; both parts leave it blank to fill in when not given. */
  readonly dateOfBirth?: string | null;
  /** The school's name and logo for the page header, from the configuration. */
  readonly school?: SchoolBranding;
  /** The child's group targets for the agreed plan; the plan prints none when not given. */
  readonly groupTargets?: readonly ChildGroupTarget[];
}

/** Throws `Invalid` (from the review record) when the review is not of `reviewedPlan`. */
export const exportCopyHomeDocx = (input: CopyHomeInput): Uint8Array => {
  const dateOfBirth = input.dateOfBirth ?? null;
  const school = input.school ? { school: input.school } : {};
  const plan = renderTemplate('full-iep', {
    plan: input.agreedPlan,
    dateOfBirth,
    groupTargets: input.groupTargets ?? [],
    ...school,
  });
  // The minutes print what was agreed (next review date, stage, new targets) from the agreed plan.
  const minutes = renderTemplate('review-record', {
    plan: input.reviewedPlan,
    review: input.review,
    nextVersion: input.agreedPlan,
    dateOfBirth,
    ...school,
  });
  return packageDocx(
    { ...plan, bodyXml: plan.bodyXml + PAGE_BREAK + minutes.bodyXml },
    { pupilName: input.agreedPlan.pupil.name, copy: 'parents', ...school },
  );
};
