import { buildPlan, planWithTargets } from '../../../../test/support/planBuilder';
import { asPlanId } from '../../../domain/ids';
import { listItemOf as item } from '../shared/listItemFixture';
import { planFromItem, planSummaryFromItem, planToFields, staffKeysOf } from './planMapper';

/** The entry at `index`, failing the test (not hiding the problem) when it is missing. */
const nth = <T>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`Expected an entry at ${index} of ${items.length}.`);
  return item;
};

describe('plan items', () => {
  const plan = planWithTargets(2, { id: asPlanId('5'), etag: '"{P},3"' });
  const fields = planToFields(plan);

  test('a plan survives the round trip through its columns and back', () => {
    const result = planFromItem(item('5', fields, '"{P},3"'), plan.shortTermTargets);
    expect(result.ok && result.value).toEqual(plan);
  });

  test('how we will know the help is no longer needed is kept in its own column; older plans read it as empty', () => {
    expect(fields.NoLongerNeeded).toBe(plan.noLongerNeeded);
    const { NoLongerNeeded: _absent, ...older } = fields;
    const result = planFromItem(item('5', older, '"{P},3"'), plan.shortTermTargets);
    expect(result.ok && [result.value.noLongerNeeded, result.problems]).toEqual(['', []]);
  });

  test('the dashboard summary is read from the summary columns alone', () => {
    const achieved = buildPlan({
      shortTermTargets: [
        { ...nth(plan.shortTermTargets, 0), outcome: 'achieved' },
        nth(plan.shortTermTargets, 1),
      ],
    });
    const result = planSummaryFromItem(item('5', planToFields(achieved)));
    expect(
      result.ok && [result.value.targetCount, result.value.achievedCount, result.value.pupil.name],
    ).toEqual([2, 1, 'Sam Taylor']);
  });

  test('a damaged JSON column is reported but the plan still opens with that section empty', () => {
    const result = planFromItem(
      item('5', { ...fields, PeopleJson: '{"senco": {"name": ' }),
      plan.shortTermTargets,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.people.senco).toBeNull();
    expect(result.value.profile).toEqual(plan.profile);
    expect(result.problems).toEqual([
      {
        item: { kind: 'plan', id: '5' },
        field: 'PeopleJson',
        message: 'The column does not hold valid JSON.',
      },
    ]);
  });

  test('JSON of the wrong shape names the path inside the column', () => {
    const people = JSON.stringify({
      ...plan.people,
      classTeacher: { name: 'Mr Brown', email: 'not an email' },
    });
    const result = planFromItem(item('5', { ...fields, PeopleJson: people }), plan.shortTermTargets);
    expect(result.ok && result.problems[0]?.field).toBe('PeopleJson.classTeacher.email');
  });

  test('a broken core column (an unknown stage) leaves the plan out with a problem', () => {
    const result = planSummaryFromItem(item('5', { ...fields, PlanStage: 'stage-9' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.field).toBe('PlanStage');
  });

  test('a current plan is findable by its staff; a closed one drops out of the staff and class keys', () => {
    expect(staffKeysOf(plan)).toEqual(['jones@school.example', 'brown@school.example']);
    expect(fields['StaffKey1']).toBe('jones@school.example');
    expect(fields['CurrentClassTeamId']).toBe('class-4b');
    const closed = planToFields({ ...plan, status: 'closed' });
    expect([closed['StaffKey1'], closed['StaffKey2'], closed['CurrentClassTeamId']]).toEqual(['', '', '']);
  });

  test('staff keys are lower-cased, without repeats, and capped at the number of StaffKey columns', () => {
    const crowded = buildPlan({
      people: {
        senco: { name: 'S', email: 'Senco@School.example' },
        classTeacher: { name: 'T', email: 'senco@school.example' },
        teachingAssistants: Array.from({ length: 10 }, (_, i) => ({
          name: `TA ${i}`,
          email: `ta${i}@school.example`,
        })),
      },
    });
    const keys = staffKeysOf(crowded);
    expect(keys[0]).toBe('senco@school.example');
    expect(keys).toHaveLength(8);
    expect(new Set(keys).size).toBe(8);
  });
});
