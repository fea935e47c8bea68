/**
 * What a document prints beyond the plan and its review, read from the store when a document is made:
 * the version a completed review agreed (its next review date, stage and targets are what the review
 * decided) and the pupil's date of birth from the register.
 */
import type { IepStore, Plan, Review } from '../domain';
import type { DocumentInput, DocumentKind } from './documents';

export type DocumentStore = Pick<IepStore, 'listVersions' | 'openPlan' | 'findPupil'>;

/**
 * The version completing a review of `plan` opened: the next one in its series. Null while the plan has
 * not been reviewed to completion (the review record then leaves those lines to write by hand).
 */
export const loadAgreedVersion = async (
  store: Pick<IepStore, 'listVersions' | 'openPlan'>,
  plan: Plan,
  review: Review | null,
): Promise<Plan | null> => {
  if (review?.status !== 'completed') return null;
  const next = (await store.listVersions(plan.seriesId)).find((v) => v.version === plan.version + 1);
  return next ? (await store.openPlan(next.id)).plan : null;
};

/**
 * The register's date of birth, or null when it cannot be read: not everyone who may read a plan may
 * read the register, and a blank date on paper is filled in by hand rather than stopping the document.
 */
export const dateOfBirthOf = async (
  store: Pick<IepStore, 'findPupil'>,
  plan: Plan,
): Promise<string | null> => {
  try {
    const { dateOfBirth } = await store.findPupil(plan.pupil.pupilId);
    return dateOfBirth === '' ? null : dateOfBirth;
  } catch {
    return null;
  }
};

/** `input` with what the store adds for a document of `kind`; the targets table needs nothing more. */
export const completeDocumentInput = async (
  store: DocumentStore,
  kind: DocumentKind,
  input: DocumentInput,
): Promise<DocumentInput> => {
  if (kind === 'targets-table') return input;
  const review = input.review ?? null;
  const [nextVersion, dateOfBirth] = await Promise.all([
    kind === 'review-record' ? loadAgreedVersion(store, input.plan, review) : Promise.resolve(null),
    dateOfBirthOf(store, input.plan),
  ]);
  return { ...input, nextVersion, dateOfBirth };
};
