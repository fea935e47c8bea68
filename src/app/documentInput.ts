/**
 * What a document prints beyond the plan and its review, read from the store when a document is made:
 * the version a completed review agreed (its next review date, stage and targets are what the review
 * decided), the pupil's date of birth from the register and the child's group targets.
 */
import type { ChildGroupTarget, IepStore, Plan, ProvisionStore, Review } from '../domain';
import type { DocumentInput, DocumentKind } from './documents';
import { childGroupTargets } from './usecases/provisions/childGroupTargets';

export type DocumentStore = Pick<IepStore, 'listVersions' | 'openPlan' | 'findPupil'>;
/** Where a child's group plans and their own outcomes are read from. */
export type GroupTargetsSource = Pick<ProvisionStore, 'pupilProvisions'>;

/** The documents that show a whole plan print the child's group targets after their own. */
const PRINTS_GROUP_TARGETS: ReadonlySet<DocumentKind> = new Set<DocumentKind>(['full-iep', 'childs-plan']);

export const printsGroupTargets = (kind: DocumentKind): boolean => PRINTS_GROUP_TARGETS.has(kind);

/** A document's input, and why its group targets are missing when they could not be read. */
export interface CompletedDocumentInput extends DocumentInput {
  /** The error reading the provisions: the document is printed without the section, and says so. */
  readonly groupTargetsUnread?: unknown;
}

export type GroupTargetsRead =
  | { readonly groupTargets: readonly ChildGroupTarget[] }
  | { readonly groupTargets: readonly []; readonly groupTargetsUnread: unknown };

/**
 * The child's group targets for `plan`'s period (childGroupTargets.ts has the rule). A failure to read
 * them never stops a document: it is printed without the section, and the failure is handed back for
 * the caller to tell the person (the provision lists may not be set up yet, or a network may drop).
 */
export const loadGroupTargets = async (source: GroupTargetsSource, plan: Plan): Promise<GroupTargetsRead> => {
  try {
    return { groupTargets: childGroupTargets(await source.pupilProvisions(plan.pupil.pupilId), plan) };
  } catch (error) {
    return { groupTargets: [], groupTargetsUnread: error };
  }
};

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

/**
 * `input` with what the store adds for a document of `kind`; the targets table needs nothing more.
 * Without `provisions` the full plan and the Child's Plan print no group targets.
 */
export const completeDocumentInput = async (
  store: DocumentStore,
  kind: DocumentKind,
  input: DocumentInput,
  provisions?: GroupTargetsSource,
): Promise<CompletedDocumentInput> => {
  if (kind === 'targets-table') return input;
  const review = input.review ?? null;
  const [nextVersion, dateOfBirth, groups] = await Promise.all([
    kind === 'review-record' ? loadAgreedVersion(store, input.plan, review) : Promise.resolve(null),
    dateOfBirthOf(store, input.plan),
    provisions && printsGroupTargets(kind) ? loadGroupTargets(provisions, input.plan) : Promise.resolve({}),
  ]);
  return { ...input, nextVersion, dateOfBirth, ...groups };
};
