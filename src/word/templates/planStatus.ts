/** Where a plan stands, in the words a parent would use rather than the app's status names. */
import type { Plan } from '../../domain';
import { ukDate } from '../format';
import { ENGLISH, type Wording } from '../wording';

/**
 * "Plan 2: in use", "Plan 1: draft, not yet agreed", "Plan 1: replaced on 12/12/2026" (the day the
 * next version started, when known).
 */
export const planStatusText = (
  plan: Plan,
  replacedBy: Plan | null = null,
  wording: Wording = ENGLISH,
): string => {
  const { version } = plan;
  const words = wording.planStatus;
  switch (plan.status) {
    case 'draft':
      return words.draft(version);
    case 'active':
      return words.active(version);
    case 'closed':
      return replacedBy === null
        ? words.replaced(version)
        : words.replacedOn(version, ukDate(replacedBy.startDate));
  }
};
