import {
  asGroupTargetId,
  type GroupOutcome,
  type GroupPlan,
  type GroupTarget,
  type Placement,
} from '../../../domain';

/** Shared targets are kept in the group plan itself, so their ids are made here and kept for good. */
export const newGroupTargetId = (): GroupTarget['id'] => {
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID().slice(0, 8)
      : Math.random().toString(36).slice(2, 10);
  return asGroupTargetId(`gt-${Date.now().toString(36)}-${random}`);
};

export const MAX_GROUP_TARGETS = 10;

export const emptyGroupTarget = (targetDate: string | null): GroupTarget => ({
  id: newGroupTargetId(),
  area: 'literacy',
  text: '',
  successCriteria: '',
  targetDate,
});

const OPEN: GroupOutcome = { outcome: 'open', comment: '' };

/** A child's outcome for one shared target ("in progress" until someone records one). */
export const outcomeFor = (
  placement: Pick<Placement, 'outcomes'>,
  target: Pick<GroupTarget, 'id'>,
): GroupOutcome => placement.outcomes[target.id] ?? OPEN;

/** The group plan a placement belongs to, if its group has one this term. */
export const groupPlanFor = (
  placement: Pick<Placement, 'provisionId' | 'term' | 'group'>,
  plans: readonly GroupPlan[],
): GroupPlan | undefined =>
  plans.find(
    (g) =>
      g.provisionId === placement.provisionId && g.term === placement.term && g.group === placement.group,
  );
