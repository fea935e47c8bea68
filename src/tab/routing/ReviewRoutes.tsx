import { lazy, Suspense, type ReactNode } from 'react';
import { PageSkeleton } from '../../ui/common/PageSkeleton';

/**
 * The review pages (scheduling, the review record, its solution-focused meeting, parents' evenings, the outbox) load on demand, in
 * one chunk of their own, so a dashboard's first load stays within its budget.
 */
const reviewsChunk = () => import(/* webpackChunkName: "reviews" */ '../reviews/pages');

export const LazyOutboxPage = lazy(() => reviewsChunk().then((m) => ({ default: m.OutboxPage })));
export const LazyParentsEveningPage = lazy(() =>
  reviewsChunk().then((m) => ({ default: m.ParentsEveningPage })),
);
export const LazyPlanReviewsPage = lazy(() => reviewsChunk().then((m) => ({ default: m.PlanReviewsPage })));
export const LazyReviewRecordPage = lazy(() => reviewsChunk().then((m) => ({ default: m.ReviewRecordPage })));
export const LazyMeetingPage = lazy(() =>
  reviewsChunk().then((m) => ({ default: m.SolutionFocusedMeetingPage })),
);

export const ReviewsSuspense = ({ children }: { readonly children: ReactNode }) => (
  <Suspense fallback={<PageSkeleton label="Opening reviews" rows={6} />}>{children}</Suspense>
);
