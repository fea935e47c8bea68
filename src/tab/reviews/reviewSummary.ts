import {
  formatMeetingTime,
  formatUkDate,
  REVIEW_STATUS_LABELS,
  REVIEW_TYPE_LABELS,
  type Review,
} from '../../domain';

/** "Termly review on 30/03/2026" (or "Termly review, not yet scheduled"): names a review in buttons and headings. */
export const reviewName = (review: Review): string => {
  const type = REVIEW_TYPE_LABELS[review.type];
  return review.start ? `${type} on ${formatUkDate(review.start, review.timeZone)}` : `${type}, date not set`;
};

export const reviewWhen = (review: Review): string =>
  review.start ? `${formatMeetingTime(review.start, review.timeZone)} (UK time)` : 'No date yet';

export const reviewWhere = (review: Review): string =>
  review.online ? 'Teams meeting' : review.location || 'Place not set';

export const reviewStatus = (review: Review): string => REVIEW_STATUS_LABELS[review.status];

/** Newest first; reviews without a date (just planned) at the top. */
export const sortReviews = (reviews: readonly Review[]): Review[] =>
  [...reviews].sort((a, b) => (b.start ?? '9999').localeCompare(a.start ?? '9999'));
