import { useCallback, useMemo, useState } from 'react';
import {
  defaultReviewFor,
  reviewsOfVersion,
  type DocumentInput,
  type DocumentKind,
} from '../../app/documents';
import { completeDocumentInput } from '../../app/documentInput';
import type { AppServices } from '../../app/services';
import {
  asClassTeamId,
  formatUkDate,
  REVIEW_STATUS_LABELS,
  REVIEW_TYPE_LABELS,
  type Plan,
  type ClassTeam,
  type PlanDocument,
  type PlanId,
  type PlanSummary,
  type Review,
  type ReviewId,
} from '../../domain';
import { useLoad, type OptionalLoadState } from '../../ui/common/useLoad';

/** `mine` is the plans that name the user; any other value is a class team id (local mode). */
export const MY_PLANS = 'mine';

export const reviewLabel = (review: Review): string => {
  const when = review.start ? formatUkDate(review.start, review.timeZone) : 'date not set';
  return `${REVIEW_TYPE_LABELS[review.type]}, ${when} (${REVIEW_STATUS_LABELS[review.status].toLowerCase()})`;
};

export interface DocumentSelection {
  readonly localMode: boolean;
  readonly source: string;
  chooseSource(source: string): void;
  readonly classes: OptionalLoadState<readonly ClassTeam[]>;
  readonly plans: OptionalLoadState<readonly PlanSummary[]>;
  reloadPlans(): void;
  /** The pupil's plan picked in the search (its current version). */
  readonly pupilPlan: PlanSummary | null;
  choosePupil(plan: PlanSummary | null): void;
  readonly versions: OptionalLoadState<readonly PlanSummary[]>;
  readonly planId: PlanId | null;
  chooseVersion(planId: PlanId): void;
  readonly doc: OptionalLoadState<PlanDocument>;
  reloadDoc(): void;
  /** Puts a plan the store returned (after a save) in place of the loaded one, keeping its reviews. */
  replacePlan(plan: Plan): void;
  readonly kind: DocumentKind;
  chooseKind(kind: DocumentKind): void;
  readonly reviews: readonly Review[];
  readonly review: Review | null;
  chooseReview(reviewId: ReviewId): void;
  /** What the renderer needs for the chosen plan and template; null until the plan is loaded. */
  readonly input: DocumentInput | null;
  /** Why the chosen template cannot be made for this plan, if it cannot. */
  readonly blocked: string | null;
}

/** The pupil, plan version, template and review a document is made from, with their loading states. */
export const useDocumentSelection = (services: AppServices): DocumentSelection => {
  const localMode = services.mode === 'local';
  const [source, setSource] = useState<string>(MY_PLANS);
  const [pupilPlan, setPupilPlan] = useState<PlanSummary | null>(null);
  const [versionId, setVersionId] = useState<PlanId | null>(null);
  const [kind, setKind] = useState<DocumentKind>('full-iep');
  const [reviewId, setReviewId] = useState<ReviewId | null>(null);

  const loadClasses = useMemo(
    () => (localMode ? () => services.listMyClasses() : null),
    [localMode, services],
  );
  const classes = useLoad(loadClasses);

  const loadPlans = useCallback(
    async (): Promise<readonly PlanSummary[]> =>
      source === MY_PLANS
        ? services.store.listPlansForStaff(await services.staffAddresses())
        : (await services.store.loadClass(asClassTeamId(source))).plans,
    [services, source],
  );
  const plans = useLoad(loadPlans);

  const seriesId = pupilPlan?.seriesId ?? null;
  const loadVersions = useMemo(
    () => (seriesId ? () => services.store.listVersions(seriesId) : null),
    [services, seriesId],
  );
  const versions = useLoad(loadVersions);

  const planId = versionId ?? pupilPlan?.id ?? null;
  const loadDoc = useMemo(() => (planId ? () => services.store.openPlan(planId) : null), [services, planId]);
  const { state: doc, reload: reloadDoc, replace: replaceDoc } = useLoad(loadDoc);

  const reviews = useMemo(
    () => (doc.status === 'ready' ? reviewsOfVersion(doc.data.plan, doc.data.reviews) : []),
    [doc],
  );
  const review =
    reviews.find((r) => r.id === reviewId) ??
    (doc.status === 'ready' ? defaultReviewFor(doc.data.plan, reviews) : null);

  const plan = doc.status === 'ready' ? doc.data.plan : null;
  // The agreed version, the date of birth and the group targets follow from the stores; until read,
  // those lines stay blank and the group targets' section is left out.
  const loadComplete = useMemo(
    () =>
      plan ? () => completeDocumentInput(services.store, kind, { plan, review }, services.provisions) : null,
    [services, kind, plan, review],
  );
  const { state: completed } = useLoad(loadComplete);
  const input = useMemo<DocumentInput | null>(
    // A document uses its plan's own nation, as the editor does.
    () => {
      if (!plan) return null;
      // For one render after a change of plan the previous plan's answer is still held: never mix them.
      const fresh =
        completed.status === 'ready' && completed.data.plan === plan && completed.data.review === review;
      return fresh ? completed.data : { plan, review };
    },
    [plan, review, completed],
  );
  const blocked =
    kind === 'review-record' && plan && review === null
      ? 'No review of this version has been recorded yet. Choose another template, or an earlier version that was reviewed.'
      : null;

  const choosePupil = useCallback((next: PlanSummary | null) => {
    setPupilPlan(next);
    setVersionId(null);
    setReviewId(null);
  }, []);

  const replacePlan = useCallback(
    (next: Plan) => {
      if (doc.status === 'ready') replaceDoc({ ...doc.data, plan: next });
    },
    [doc, replaceDoc],
  );

  return {
    localMode,
    source,
    chooseSource: (next) => {
      setSource(next);
      choosePupil(null);
    },
    classes: classes.state,
    plans: plans.state,
    reloadPlans: plans.reload,
    pupilPlan,
    choosePupil,
    versions: versions.state,
    planId,
    chooseVersion: (next) => {
      setVersionId(next);
      setReviewId(null);
    },
    doc,
    reloadDoc,
    replacePlan,
    kind,
    chooseKind: setKind,
    reviews,
    review,
    chooseReview: setReviewId,
    input,
    blocked,
  };
};
