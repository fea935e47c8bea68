import { asPlanId, asTargetId } from '../../../domain/ids';
import { buildPlan, buildReview, planWithTargets } from '../../../../test/support/planBuilder';
import { Invalid } from '../../../domain/errors';
import { jsonNote, partition } from '../shared/listItem';
import { evidenceFromItem, evidenceToFields } from '../evidence/evidenceMapper';
import { planFromItem, planSummaryFromItem, planToFields, staffKeysOf } from './planMapper';
import { pupilFromItem } from '../pupils/pupilMapper';
import { reviewFromItem, reviewToFields } from '../reviews/reviewMapper';
import { targetFromItem, targetToFields } from '../targets/targetMapper';

/** The entry at `index`, failing the test (not hiding the problem) when it is missing. */
const nth = <T>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`Expected an entry at ${index} of ${items.length}.`);
  return item;
};

const item = (id: string, fields: Record<string, unknown>, etag = `"{0000-${id}},1"`) => ({
  id,
  eTag: etag,
  lastModifiedDateTime: '2026-02-10T10:00:00Z',
  fields: { '@odata.etag': etag, id, ContentType: 'Item', Modified: '2026-02-10T10:00:00Z', ...fields },
});

const pupilFields = {
  Title: "Zoë O'Brien",
  GivenName: 'Zoë',
  FamilyName: "O'Brien",
  ClassTeamId: 'team-4',
  ClassName: 'Year 4 Otters',
  YearGroup: 'Year 4',
};

describe('pupil items', () => {
  test('a well-formed item becomes a pupil; empty columns SharePoint leaves out read as empty', () => {
    const result = pupilFromItem(item('12', pupilFields));
    expect(result.ok && result.value).toEqual({
      id: '12',
      givenName: 'Zoë',
      familyName: "O'Brien",
      preferredName: '',
      pupilRef: '',
      classTeamId: 'team-4',
      className: 'Year 4 Otters',
      yearGroup: 'Year 4',
    });
  });

  test('a malformed item is a problem naming the item and the column; the rest of the list still loads', () => {
    const { FamilyName: _, ...withoutFamilyName } = pupilFields;
    const results = [
      item('1', pupilFields),
      item('2', withoutFamilyName),
      item('3', { ...pupilFields, GivenName: 'Line one\nline two' }),
    ].map(pupilFromItem);
    const { values, problems } = partition(results);
    expect(values.map((pupil) => pupil.id)).toEqual(['1']);
    expect(problems).toEqual([
      { item: { kind: 'pupil', id: '2' }, field: 'FamilyName', message: 'Last name is required.' },
      { item: { kind: 'pupil', id: '3' }, field: 'GivenName', message: 'First name must be a single line.' },
    ]);
  });

  test('something that is not a list item at all is reported, not thrown', () => {
    const result = pupilFromItem({ id: 42 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.item).toEqual({ kind: 'pupil', id: '42' });
  });
});

describe('plan items', () => {
  const plan = planWithTargets(2, { id: asPlanId('5'), etag: '"{P},3"' });
  const fields = planToFields(plan);

  test('a plan survives the round trip through its columns and back', () => {
    const result = planFromItem(item('5', fields, '"{P},3"'), plan.shortTermTargets);
    expect(result.ok && result.value).toEqual(plan);
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

describe('target and evidence items', () => {
  const plan = planWithTargets(1);
  const target = { ...nth(plan.shortTermTargets, 0), id: asTargetId('31'), etag: '"{T},2"', evidence: [] };

  test('a target round-trips with its plan id and order', () => {
    const result = targetFromItem(item('31', targetToFields(target, asPlanId('5'), 3), '"{T},2"'));
    expect(result.ok && result.value).toEqual({ planId: '5', sortOrder: 3, target });
  });

  test('a continued target keeps the link to the target it carries on from', () => {
    const carried = { ...target, continuesTargetId: '17' };
    const fields = targetToFields(carried, asPlanId('5'), 0);
    expect(fields.ContinuesTargetId).toBe('17');
    const result = targetFromItem(item('31', fields, '"{T},2"'));
    expect(result.ok && result.value.target.continuesTargetId).toBe('17');
  });

  test('a target with an impossible date is left out and the column is named', () => {
    const result = targetFromItem(
      item('31', { ...targetToFields(target, asPlanId('5'), 0), TargetDate: '2026-02-30' }),
    );
    expect(!result.ok && result.problem).toEqual({
      item: { kind: 'target', id: '31' },
      field: 'TargetDate',
      message: 'Target date is not a real date.',
    });
  });

  test('evidence with a rating out of range is a problem', () => {
    const evidence = {
      id: 'e' as never,
      date: '2026-01-15',
      rating: 3,
      note: 'Read 20 words.',
      recordedBy: 'Tom Bennett',
    };
    const fields = evidenceToFields(evidence, asTargetId('31'), asPlanId('5'));
    expect(fields['Title']).toBe('15/01/2026 · 3/5');
    const good = evidenceFromItem(item('70', fields, '"{E},1"'));
    expect(good.ok && good.value.evidence).toEqual({ ...evidence, id: '70', etag: '"{E},1"' });
    const bad = evidenceFromItem(item('71', { ...fields, EvidenceRating: 9 }));
    expect(!bad.ok && bad.problem.field).toBe('EvidenceRating');
  });
});

describe('review items', () => {
  test('a review round-trips, invitees and agenda included', () => {
    const review = {
      ...buildReview(buildPlan()),
      id: '9' as never,
      etag: '"{R},1"',
      eventId: 'AAMk=',
      iCalUId: '040000008200E0',
    };
    const result = reviewFromItem(item('9', reviewToFields(review), '"{R},1"'));
    expect(result.ok && result.value).toEqual(review);
  });
});

describe('JSON note columns', () => {
  it('store up to 63,999 characters of JSON and refuse one more at every field that feeds the column', () => {
    // JSON.stringify({ a: x, b: '' }) adds 15 characters around x.
    expect(jsonNote({ a: 'x'.repeat(63_984), b: '' }, 'profile', 'The pupil profile')).toHaveLength(63_999);
    const refused = (() => {
      try {
        return jsonNote({ a: 'x'.repeat(63_985), b: '', c: ['y'] }, 'profile', 'The pupil profile');
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(Invalid);
    expect((refused as Invalid).issues.map((issue) => issue.path)).toEqual(['profile.a', 'profile.c.0']);
    expect((refused as Invalid).issues[0]?.message).toContain('64,010 characters');
  });
});
