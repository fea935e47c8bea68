import { asPupilId } from '../../../domain';
import {
  AUTUMN,
  groupPlacement,
  groupPlan,
  groupProvision,
  pupilOnTwoGroups,
  SPRING,
} from '../../../../test/support/groupPlanFixtures';
import { childGroupTargets, planPeriod } from './childGroupTargets';

const pupilId = asPupilId('pupil-1');
const autumnPlan = { startDate: '2025-09-10', nextReviewDate: '2025-12-05' };

describe("a child's group targets in their own plan", () => {
  it("lists each group plan's shared targets with the child's own outcome, open when none is recorded", () => {
    const rows = childGroupTargets(pupilOnTwoGroups(pupilId), autumnPlan);
    expect(rows.map((r) => [r.provisionName, r.target.text, r.outcome.outcome, r.outcome.comment])).toEqual([
      [
        'Phonics catch-up group',
        'Blend CVC words in the phonics group',
        'achieved',
        'Blended 9 of 10 on 2 and 5 December',
      ],
      ['Phonics catch-up group', 'Take turns to speak in the group', 'open', ''],
      ['Social skills group', 'Blend CVC words in the phonics group', 'open', ''],
      ['Social skills group', 'Take turns to speak in the group', 'open', ''],
    ]);
    expect(rows[0]?.provisionId).toBe('phonics');
  });

  it("leaves out a term the plan does not cover, judged by the child's own dates in the group", () => {
    const phonics = groupProvision('phonics', 'Phonics catch-up group');
    const [firstTarget] = groupPlan('phonics').targets;
    if (!firstTarget) throw new Error('The fixture has targets');
    const provisions = {
      provisions: [phonics],
      placements: [
        groupPlacement(pupilId, 'phonics'),
        groupPlacement(pupilId, 'phonics', { term: SPRING, start: '2026-02-23', end: '2026-03-27' }),
      ],
      groupPlans: [
        groupPlan('phonics'),
        groupPlan('phonics', {
          term: SPRING,
          targets: [{ ...firstTarget, text: 'Spring' }],
        }),
      ],
    };
    expect(childGroupTargets(provisions, autumnPlan).map((r) => r.term)).toEqual([AUTUMN, AUTUMN]);
    // Reviewed in February, before the child joined after half term: the spring group is the next plan's.
    const autumnToFebruary = { startDate: '2025-10-01', nextReviewDate: '2026-02-13' };
    expect(childGroupTargets(provisions, autumnToFebruary).map((r) => r.term)).toEqual([AUTUMN, AUTUMN]);
    const springPlan = { startDate: '2026-02-13', nextReviewDate: '2026-05-20' };
    expect(childGroupTargets(provisions, springPlan).map((r) => r.target.text)).toEqual(['Spring']);
  });

  it('shows groups now and later for a plan with no review date yet', () => {
    expect(planPeriod({ startDate: '2025-11-01', nextReviewDate: null })).toEqual({
      start: '2025-11-01',
      end: null,
    });
    expect(
      childGroupTargets(pupilOnTwoGroups(pupilId), { startDate: '2025-11-01', nextReviewDate: null }),
    ).toHaveLength(4);
    expect(
      childGroupTargets(pupilOnTwoGroups(pupilId), { startDate: '2026-01-05', nextReviewDate: null }),
    ).toEqual([]);
  });

  it("ignores another group's plan on the same provision", () => {
    const provisions = pupilOnTwoGroups(pupilId);
    const otherGroup = { ...provisions, groupPlans: [groupPlan('phonics', { group: 2 })] };
    expect(childGroupTargets(otherGroup, autumnPlan)).toEqual([]);
  });
});
