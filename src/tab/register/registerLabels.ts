import type { SenStatus } from '../../domain';
import type { RegisterReviewStatus } from '../../app/usecases/register/registerRows';
import type { RegisterWording } from '../../app/usecases/register/registerWording';

export const REVIEW_STATUS_LABELS: Readonly<Record<RegisterReviewStatus, string>> = {
  overdue: 'Review overdue',
  'due-soon': 'Due in the next 14 days',
  booked: 'Review booked',
  ok: 'Not due yet',
  none: 'No review date',
};

/** The stage in the school's nation's words; England's census code alongside where it applies. */
export const senStatusLabel = (status: SenStatus, wording: RegisterWording): string => {
  const words =
    status === 'E' ? wording.statutoryPlan : status === 'K' ? wording.support : 'No need recorded';
  return wording.censusCodes ? `${words} (${status})` : words;
};
