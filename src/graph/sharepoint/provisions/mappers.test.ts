import { asGroupPlanId, asGroupTargetId, asPlacementId, asProvisionId, asPupilId } from '../../../domain/ids';
import type { GroupPlan, Placement, Provision } from '../../../domain/provision';
import { listItemOf as item } from '../shared/listItemFixture';
import { groupPlanFromItem, groupPlanToFields } from './groupPlanMapper';
import { newPlacementFields, placementFromItem, placementToFields } from './placementMapper';
import { provisionFromItem, provisionToFields } from './provisionMapper';

const ETAG = '"{P},3"';

const provision: Provision = {
  id: asProvisionId('4'),
  name: 'Precision teaching 1:1',
  areaOfNeed: 'cognition-and-learning',
  delivery: 'one-to-one',
  groupSize: 1,
  staffRole: 'teaching-assistant',
  staffNames: ['Aisha Rahman', 'Grace O’Brien'],
  staffPerSession: 1,
  sessionsPerWeek: 5,
  minutesPerSession: 10,
  weeksPerTerm: 10,
  costPerHourPence: 1850,
  resourcesCostPence: 0,
  description: 'A one-minute probe, then practice.',
  entryExit: { name: 'Words a minute', higherIsBetter: true },
  retired: false,
  etag: ETAG,
};

const placement: Placement = {
  id: asPlacementId('9'),
  provisionId: asProvisionId('4'),
  pupilId: asPupilId('12'),
  term: '2026-01-05',
  start: '2026-02-23',
  end: '2026-03-27',
  group: 2,
  entryScore: 14.5,
  exitScore: null,
  outcomes: { 'gt-1': { outcome: 'partly-achieved', comment: 'Nearly there.' } },
  etag: ETAG,
};

const groupPlan: GroupPlan = {
  id: asGroupPlanId('2'),
  provisionId: asProvisionId('4'),
  term: '2026-01-05',
  group: 1,
  targets: [
    {
      id: asGroupTargetId('gt-1'),
      area: 'literacy',
      text: 'Blend CVC words',
      successCriteria: '8 of 10',
      targetDate: '2026-03-27',
    },
  ],
  reviewDate: null,
  etag: ETAG,
};

describe('provision map items', () => {
  test('a provision, a placement and a group plan each read back as they were written', () => {
    const read = provisionFromItem(item('4', provisionToFields(provision), ETAG));
    expect(read.ok && read.value).toEqual(provision);
    const placed = placementFromItem(item('9', placementToFields(placement), ETAG));
    expect(placed.ok && placed.value).toEqual(placement);
    const plan = groupPlanFromItem(item('2', groupPlanToFields(groupPlan), ETAG));
    expect(plan.ok && plan.value).toEqual(groupPlan);
  });

  test('money goes to SharePoint as whole pence, never pounds', () => {
    expect(provisionToFields(provision)).toMatchObject({ CostPerHourPence: 1850, ResourcesCostPence: 0 });
  });

  test('a score not measured yet is left out of a new item and reads back as not measured, not nought', () => {
    const fields = newPlacementFields(placement);
    expect('ExitScore' in fields).toBe(false);
    const { ExitScore: _, ...stored } = placementToFields(placement);
    const read = placementFromItem(item('9', stored, ETAG));
    expect(read.ok && [read.value.entryScore, read.value.exitScore]).toEqual([14.5, null]);
  });

  test('a damaged outcomes column is reported whole, naming the column: nothing is half-read', () => {
    const fields = { ...placementToFields(placement), OutcomesJson: '{"gt-1": {"outcome": "brilliant"}}' };
    const read = placementFromItem(item('9', fields, ETAG));
    expect(!read.ok && read.problem).toMatchObject({
      item: { kind: 'placement', id: '9' },
      field: 'OutcomesJson.gt-1.outcome',
    });
  });

  test('named staff that are not JSON leave the provision out with the column named', () => {
    const read = provisionFromItem(
      item('4', { ...provisionToFields(provision), StaffNamesJson: 'Aisha' }, ETAG),
    );
    expect(!read.ok && read.problem).toEqual({
      item: { kind: 'provision', id: '4' },
      field: 'StaffNamesJson',
      message: 'The column does not hold valid JSON.',
    });
  });

  test('a provision edited by hand to no sessions a week is left out, in the domain’s own words', () => {
    const read = provisionFromItem(item('4', { ...provisionToFields(provision), SessionsPerWeek: 0 }, ETAG));
    expect(!read.ok && read.problem.message).toBe('Sessions per week must be at least 1.');
  });

  test('a group plan stored with more than ten shared targets is left out, saying why', () => {
    const many = {
      ...groupPlan,
      targets: Array.from({ length: 11 }, () => groupPlan.targets[0]),
    } as GroupPlan;
    const read = groupPlanFromItem(item('2', groupPlanToFields(many), ETAG));
    expect(!read.ok && read.problem.message).toBe('A group plan has at most 10 targets.');
  });
});
