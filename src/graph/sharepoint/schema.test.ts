import { planWithTargets, buildReview } from '../../../test/support/planBuilder';
import { asPlanId, asTargetId } from '../../domain/ids';
import { evidenceToFields } from './evidence/evidenceMapper';
import { planToFields, PLAN_SUMMARY_COLUMNS } from './plans/planMapper';
import { pupilToFields } from './pupils/pupilMapper';
import { reviewToFields } from './reviews/reviewMapper';
import { targetToFields } from './targets/targetMapper';
import { groupPlanToFields } from './provisions/groupPlanMapper';
import { placementToFields } from './provisions/placementMapper';
import { provisionToFields } from './provisions/provisionMapper';
import {
  IEP_LISTS,
  columnDefinitionFor,
  columnNames,
  schemaVersionOf,
  listDescription,
  IEP_SCHEMA_VERSION,
  type IepListKey,
} from './schema';

/** The entry at `index`, failing the test (not hiding the problem) when it is missing. */
const nth = <T>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`Expected an entry at ${index} of ${items.length}.`);
  return item;
};

describe('the IEP list schema', () => {
  test.each(IEP_LISTS.map((list) => [list.displayName, list] as const))(
    '%s obeys SharePoint’s column rules',
    (_, list) => {
      const indexed = list.columns.filter((column) => column.indexed);
      expect(indexed.length).toBeLessThanOrEqual(20);
      // SharePoint cannot index multiple lines of text.
      expect(indexed.every((column) => column.kind !== 'note')).toBe(true);
      for (const column of list.columns) expect(column.name).toMatch(/^[A-Za-z][A-Za-z0-9]{0,31}$/);
      expect(new Set(list.columns.map((c) => c.name.toLowerCase())).size).toBe(list.columns.length);
    },
  );

  test('every column the mappers write exists in the list it is written to', () => {
    const plan = planWithTargets(1);
    const written: [IepListKey, Record<string, unknown>][] = [
      [
        'pupils',
        pupilToFields({
          givenName: 'A',
          familyName: 'B',
          preferredName: '',
          pupilRef: '',
          classTeamId: 'c' as never,
          className: 'C',
          yearGroup: '',
          dateOfBirth: '2017-03-04',
          senStatus: 'E',
          primaryNeed: 'SLCN',
          registerStatus: 'left',
          leftOn: '2026-07-22',
          history: [],
        }),
      ],
      ['plans', planToFields(plan)],
      ['targets', targetToFields(nth(plan.shortTermTargets, 0), plan.id, 0)],
      [
        'evidence',
        evidenceToFields(
          { id: 'e' as never, date: '2026-01-01', rating: 1, note: '', recordedBy: '' },
          asTargetId('1'),
          asPlanId('2'),
        ),
      ],
      ['reviews', reviewToFields(buildReview(plan))],
      [
        'provisions',
        provisionToFields({
          name: 'Phonics',
          areaOfNeed: 'cognition-and-learning',
          delivery: 'group',
          groupSize: 6,
          staffRole: 'teaching-assistant',
          staffNames: [],
          staffPerSession: 1,
          sessionsPerWeek: 3,
          minutesPerSession: 30,
          weeksPerTerm: 10,
          costPerHourPence: 1850,
          resourcesCostPence: 4500,
          description: '',
          entryExit: { name: '', higherIsBetter: true },
          retired: false,
        }),
      ],
      [
        'placements',
        placementToFields({
          provisionId: '1' as never,
          pupilId: '2' as never,
          term: '2026-01-05',
          start: '2026-01-05',
          end: '2026-03-27',
          group: 1,
          entryScore: null,
          exitScore: null,
          outcomes: {},
        }),
      ],
      [
        'groupPlans',
        groupPlanToFields({
          provisionId: '1' as never,
          term: '2026-01-05',
          group: 1,
          targets: [],
          reviewDate: null,
        }),
      ],
    ];
    for (const [list, fields] of written) {
      const unknown = Object.keys(fields).filter((name) => !columnNames(list).has(name));
      expect({ list, unknown }).toEqual({ list, unknown: [] });
    }
    expect(PLAN_SUMMARY_COLUMNS.filter((name) => !columnNames('plans').has(name))).toEqual([]);
  });

  test('a column definition carries its type facet and its index flag', () => {
    expect(
      columnDefinitionFor({
        name: 'PlanId',
        displayName: 'Plan id',
        kind: 'text',
        indexed: true,
        description: 'd',
      }),
    ).toEqual({
      name: 'PlanId',
      displayName: 'Plan id',
      description: 'd',
      indexed: true,
      text: { allowMultipleLines: false, maxLength: 255 },
    });
    expect(
      columnDefinitionFor({ name: 'N', displayName: 'N', kind: 'note', indexed: false, description: '' }),
    ).toMatchObject({
      text: { allowMultipleLines: true, textType: 'plain' },
    });
  });

  test('the schema version is recorded in, and read back from, the list description', () => {
    const description = listDescription(nth(IEP_LISTS, 0));
    expect(schemaVersionOf(description)).toBe(IEP_SCHEMA_VERSION);
    expect(schemaVersionOf('A list someone made by hand')).toBeNull();
  });
});
