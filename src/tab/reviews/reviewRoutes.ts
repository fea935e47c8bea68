import {
  asClassTeamId,
  asPlanId,
  asReviewId,
  type ClassTeamId,
  type PlanId,
  type ReviewId,
} from '../../domain';
import { routeSegment } from '../routing/routeSegment';

/**
 * Hash routes of the review pages, part of the shell's router (src/tab/routing/routes.ts):
 * `#/plan/<planId>/reviews`, `#/plan/<planId>/reviews/<reviewId>`, its solution-focused meeting
 * `#/plan/<planId>/reviews/<reviewId>/meeting`, and `#/class/<teamId>/parents-evening`.
 */
export type ReviewRoute =
  | { readonly name: 'plan-reviews'; readonly planId: PlanId }
  | { readonly name: 'review-record'; readonly planId: PlanId; readonly reviewId: ReviewId }
  | { readonly name: 'review-meeting'; readonly planId: PlanId; readonly reviewId: ReviewId }
  | { readonly name: 'parents-evening'; readonly classTeamId: ClassTeamId };

/** The review route these path segments name (`['plan', '12', 'reviews']`), or null for any other path. */
export const parseReviewRoute = (segments: readonly string[]): ReviewRoute | null => {
  const [head, rawId, section, rawSub, page, ...rest] = segments;
  const id = routeSegment(rawId);
  if (id === null || rest.length > 0) return null;
  if (head === 'plan' && section === 'reviews') {
    if (rawSub === undefined) return { name: 'plan-reviews', planId: asPlanId(id) };
    const reviewId = routeSegment(rawSub);
    if (reviewId === null || (page !== undefined && page !== 'meeting')) return null;
    const ids = { planId: asPlanId(id), reviewId: asReviewId(reviewId) };
    return page === 'meeting' ? { name: 'review-meeting', ...ids } : { name: 'review-record', ...ids };
  }
  if (page !== undefined) return null;
  if (head === 'class' && section === 'parents-evening' && rawSub === undefined) {
    return { name: 'parents-evening', classTeamId: asClassTeamId(id) };
  }
  return null;
};

export const planReviewsHash = (planId: PlanId): string => `#/plan/${encodeURIComponent(planId)}/reviews`;

export const reviewRecordHash = (planId: PlanId, reviewId: ReviewId): string =>
  `${planReviewsHash(planId)}/${encodeURIComponent(reviewId)}`;

export const reviewMeetingHash = (planId: PlanId, reviewId: ReviewId): string =>
  `${reviewRecordHash(planId, reviewId)}/meeting`;

export const parentsEveningHash = (classTeamId: ClassTeamId): string =>
  `#/class/${encodeURIComponent(classTeamId)}/parents-evening`;

export const reviewRouteHash = (route: ReviewRoute): string => {
  switch (route.name) {
    case 'plan-reviews':
      return planReviewsHash(route.planId);
    case 'review-record':
      return reviewRecordHash(route.planId, route.reviewId);
    case 'review-meeting':
      return reviewMeetingHash(route.planId, route.reviewId);
    case 'parents-evening':
      return parentsEveningHash(route.classTeamId);
  }
};
