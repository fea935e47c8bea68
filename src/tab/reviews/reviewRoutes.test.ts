import { asClassTeamId, asPlanId, asReviewId } from '../../domain';
import { parseReviewRoute, reviewRouteHash, type ReviewRoute } from './reviewRoutes';

const segments = (hash: string): string[] => hash.replace(/^#\/?/, '').split('/');

describe('review routes', () => {
  it.each<ReviewRoute>([
    { name: 'plan-reviews', planId: asPlanId('12') },
    { name: 'review-record', planId: asPlanId('12'), reviewId: asReviewId('7') },
    { name: 'review-meeting', planId: asPlanId('12'), reviewId: asReviewId('7') },
    { name: 'parents-evening', classTeamId: asClassTeamId('0e3b7a15-6c2d-4f98-a1e4-5b9c8d2f7a60') },
  ])('round-trips %o through its hash', (route) => {
    expect(parseReviewRoute(segments(reviewRouteHash(route)))).toEqual(route);
  });

  it('leaves other paths to the shell', () => {
    expect(parseReviewRoute(['plan', '12'])).toBeNull();
    expect(parseReviewRoute(['plan', '12', 'history'])).toBeNull();
    expect(parseReviewRoute(['plan', '12', 'reviews', '7', 'extra'])).toBeNull();
    expect(parseReviewRoute(['plan', '12', 'reviews', '7', 'meeting', 'more'])).toBeNull();
    expect(parseReviewRoute(['class', '3', 'parents-evening', 'meeting'])).toBeNull();
    expect(parseReviewRoute(['class', '%E0%A4%A', 'parents-evening'])).toBeNull();
  });
});
