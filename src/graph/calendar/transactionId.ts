import type { ReviewId } from '../../domain';

/**
 * The `transactionId` of a review's invitation. Graph drops a second POST with the same organiser and
 * transactionId (a retry after a lost response, a double click), so an invitation is sent once. It is
 * derived from the review, not random, so a retry made after a page reload is recognised too. The
 * attempt number changes only when the school deliberately arranges the meeting again after
 * cancelling it, which must send new invitations.
 */
export const reviewTransactionId = (reviewId: ReviewId, attempt = 1): string => {
  if (!Number.isInteger(attempt) || attempt < 1)
    throw new RangeError('The scheduling attempt must be 1 or more.');
  return `iep-review-${reviewId}-${attempt}`;
};
