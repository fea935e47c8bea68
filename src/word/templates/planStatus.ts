/** Where a plan stands, in the words a parent would use rather than the app's status names. */
import type { Plan } from '../../domain';
import { ukDate } from '../format';

/**
 * "Plan 2: in use", "Plan 1: draft, not yet agreed", "Plan 1: replaced on 12/12/2026" (the day the
 * next version started, when known).
 */
export const planStatusText = (plan: Plan, replacedBy: Plan | null = null): string => {
  const name = `Plan ${plan.version}`;
  switch (plan.status) {
    case 'draft':
      return `${name}: draft, not yet agreed`;
    case 'active':
      return `${name}: in use`;
    case 'closed':
      return replacedBy === null
        ? `${name}: replaced by a newer plan`
        : `${name}: replaced on ${ukDate(replacedBy.startDate)}`;
  }
};
