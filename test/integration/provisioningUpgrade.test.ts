/**
 * Provisioning against a stand-in as strict as SharePoint about schema changes: one list's columns can
 * only change one after another (concurrent changes get 409 Save Conflict), while different lists may
 * change at once, and `$batch` runs independent requests in any order.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@microsoft/microsoft-graph-client';
import { internalsOf } from '../../dev/standin/internals';
import { startStandIn, type StandIn } from '../../dev/standin/server';
import { createGraphClient } from '../../src/graph/client';
import { checkIepLists, provisionIepLists, resolveSite } from '../../src/graph/sharepoint/provisioning';
import {
  CLIENT_KEY_COLUMN,
  IEP_LISTS,
  IEP_SCHEMA_VERSION,
  columnDefinitionFor,
  listSpec,
  type IepListKey,
} from '../../src/graph/sharepoint/schema';
import { planFromItem } from '../../src/graph/sharepoint/plans/planMapper';
import { reviewFromItem } from '../../src/graph/sharepoint/reviews/reviewMapper';
import { targetFromItem } from '../../src/graph/sharepoint/targets/targetMapper';
import { SEN_SITE, SENCO } from './support/iepTestbed';

let standIn: StandIn;
let dataDir: string;
let graph: Client;
let siteId: string;

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-upgrade-'));
  standIn = await startStandIn({ port: 0, dataDir, seedDemoSchool: true });
  graph = createGraphClient({
    baseUrl: `${standIn.url}/`,
    getAccessToken: () => Promise.resolve(`local-dev-token:${SENCO.email}`),
    scopes: ['Sites.Selected'],
    retry: { maxRetries: 3, delaySeconds: 0 },
  });
  siteId = (await resolveSite(graph, SEN_SITE)).id;
});
afterEach(async () => {
  await standIn.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Creates a list as an older version of IEP Planner would have left it: some columns missing. */
const createOlderList = async (key: 'plans' | 'targets', leaveOut: readonly string[]): Promise<string> => {
  const spec = listSpec(key);
  const made = (await graph.api(`/sites/${siteId}/lists`).post({
    displayName: spec.displayName,
    description: `${spec.purpose} [IEP Planner schema ${IEP_SCHEMA_VERSION}]`,
    list: { template: 'genericList' },
    columns: spec.columns.filter((column) => !leaveOut.includes(column.name)).map(columnDefinitionFor),
  })) as { id: string };
  return made.id;
};

test('an upgrade adding several columns to one list changes that list one column at a time', async () => {
  await createOlderList('plans', ['ProfileJson', 'NeedsJson', 'PeopleJson']);
  await createOlderList('targets', ['OutcomeComment']);
  standIn.resetStats();

  const after = await provisionIepLists(graph, siteId);

  expect(after.ready).toBe(true);
  expect(after.missingColumns).toEqual([]);
  const { httpRequests, byPath } = standIn.stats();
  expect(byPath['POST /sites/{siteId}/lists/{listId}/columns']).toBe(4);
  // Check (2) + three rounds (the other lists and the first column of each list, then one more
  // column of IEP Plans twice) + the check after (2).
  expect(httpRequests).toBe(7);
});

interface StoredList {
  columns: { name: string; displayName: string }[];
}

/**
 * Lists an earlier IEP Planner made on a stand-in that let columns take reserved display names. The
 * stand-in now refuses those names as SharePoint does, so the old labels are put straight into its store.
 */
const labelAsBefore = (listId: string, labels: Record<string, string>): void => {
  const lists = internalsOf(standIn).services.store.collection<StoredList>('sharepoint.lists');
  const stored = lists.get(listId) as StoredList;
  lists.put(listId, {
    ...stored,
    columns: stored.columns.map((column) => ({
      ...column,
      displayName: labels[column.name] ?? column.displayName,
    })),
  });
};

test('an upgrade renames columns still showing reserved display names, keeping internal names and items', async () => {
  const first = await provisionIepLists(graph, siteId);
  const plans = first.listIds.plans as string;
  const targets = first.listIds.targets as string;
  const reviews = first.listIds.reviews as string;
  await graph
    .api(`/sites/${siteId}/lists/${plans}/items`)
    .post({ fields: { Title: 'Kept', PlanVersion: 3 } });
  labelAsBefore(plans, { PlanVersion: 'Version', PupilName: 'Name of the pupil (our label)' });
  labelAsBefore(targets, { SortOrder: 'Order' });
  labelAsBefore(reviews, { ReviewType: 'Type' });

  const check = await checkIepLists(graph, siteId);
  expect(check.ready).toBe(false);
  expect(check.relabelledColumns.map(({ list, column, displayName }) => [list, column, displayName])).toEqual(
    [
      ['plans', 'PlanVersion', 'Plan version'],
      ['targets', 'SortOrder', 'Sort order'],
      ['reviews', 'ReviewType', 'Review type'],
    ],
  );
  standIn.resetStats();
  const after = await provisionIepLists(graph, siteId);

  expect(after.ready).toBe(true);
  // Three lists, one rename each: one round.
  expect(standIn.stats().byPath['PATCH /sites/{siteId}/lists/{listId}/columns/{columnId}']).toBe(3);
  expect(standIn.stats().httpRequests).toBe(5);
  const columns = (await graph.api(`/sites/${siteId}/lists/${plans}/columns`).get()) as {
    value: { name: string; displayName: string }[];
  };
  const labelOf = (name: string): string | undefined =>
    columns.value.find((column) => column.name === name)?.displayName;
  expect(labelOf('PlanVersion')).toBe('Plan version');
  // A label the school chose is theirs.
  expect(labelOf('PupilName')).toBe('Name of the pupil (our label)');
  const items = (await graph.api(`/sites/${siteId}/lists/${plans}/items?$expand=fields`).get()) as {
    value: { fields: { Title: string; PlanVersion: number } }[];
  };
  expect(items.value.map((item) => [item.fields.Title, item.fields.PlanVersion])).toEqual([['Kept', 3]]);
});

test('lists set up by schema 2 gain the indexed client key, and their items stay', async () => {
  const older = (key: IepListKey) =>
    graph.api(`/sites/${siteId}/lists`).post({
      displayName: listSpec(key).displayName,
      description: `${listSpec(key).purpose} [IEP Planner schema 2]`,
      list: { template: 'genericList' },
      columns: listSpec(key)
        .columns.filter((column) => column.name !== CLIENT_KEY_COLUMN)
        .map(columnDefinitionFor),
    }) as Promise<{ id: string }>;
  const made = await Promise.all(IEP_LISTS.map((spec) => older(spec.key)));
  const targets = (made[IEP_LISTS.findIndex((spec) => spec.key === 'targets')] as { id: string }).id;
  await graph.api(`/sites/${siteId}/lists/${targets}/items`).post({ fields: { Title: 'Kept', PlanId: '7' } });

  const check = await checkIepLists(graph, siteId);
  expect(check.missingColumns).toEqual(
    IEP_LISTS.map((spec) => ({ list: spec.key, column: CLIENT_KEY_COLUMN })),
  );
  const after = await provisionIepLists(graph, siteId);

  expect(after.ready).toBe(true);
  const keyed = (await graph
    .api(`/sites/${siteId}/lists/${targets}/items`)
    .query({ $filter: `fields/${CLIENT_KEY_COLUMN} eq 'k-1' or fields/${CLIENT_KEY_COLUMN} eq 'k-2'` })
    .get()) as { value: unknown[] };
  expect(keyed.value).toEqual([]);
  const items = (await graph.api(`/sites/${siteId}/lists/${targets}/items?$expand=fields`).get()) as {
    value: { fields: { Title: string } }[];
  };
  expect(items.value.map((item) => item.fields.Title)).toEqual(['Kept']);
});

const SCHEMA_4_PUPIL_COLUMNS = ['DateOfBirth', 'SenStatus', 'PrimaryNeed', 'RegisterStatus', 'LeftOn'];

test('a site set up by schema 3 gains the register columns, RegisterStatus indexed, and its pupils stay', async () => {
  const made = await Promise.all(
    IEP_LISTS.map(
      (spec) =>
        graph.api(`/sites/${siteId}/lists`).post({
          displayName: spec.displayName,
          description: `${spec.purpose} [IEP Planner schema 3]`,
          list: { template: 'genericList' },
          columns: spec.columns
            .filter((column) => spec.key !== 'pupils' || !SCHEMA_4_PUPIL_COLUMNS.includes(column.name))
            .map(columnDefinitionFor),
        }) as Promise<{ id: string }>,
    ),
  );
  const pupils = (made[IEP_LISTS.findIndex((spec) => spec.key === 'pupils')] as { id: string }).id;
  await graph
    .api(`/sites/${siteId}/lists/${pupils}/items`)
    .post({ fields: { Title: 'Isla MacLeod', GivenName: 'Isla', FamilyName: 'MacLeod' } });

  const check = await checkIepLists(graph, siteId);
  expect(check.schemaVersion).toBe(3);
  expect(check.missingColumns).toEqual(SCHEMA_4_PUPIL_COLUMNS.map((column) => ({ list: 'pupils', column })));
  standIn.resetStats();
  const after = await provisionIepLists(graph, siteId);

  expect(after.ready).toBe(true);
  // Five columns on one list: five rounds of one change each, between the two checks.
  expect(standIn.stats().byPath['POST /sites/{siteId}/lists/{listId}/columns']).toBe(5);
  expect(standIn.stats().httpRequests).toBe(9);
  const columns = (await graph.api(`/sites/${siteId}/lists/${pupils}/columns`).get()) as {
    value: { name: string; indexed?: boolean }[];
  };
  const added = columns.value.filter((column) => SCHEMA_4_PUPIL_COLUMNS.includes(column.name));
  expect(added.map((column) => [column.name, column.indexed === true])).toEqual(
    SCHEMA_4_PUPIL_COLUMNS.map((name) => [name, name === 'RegisterStatus']),
  );
  const leftPupils = (await graph
    .api(`/sites/${siteId}/lists/${pupils}/items`)
    .query({ $filter: "fields/RegisterStatus eq 'left'" })
    .get()) as { value: unknown[] };
  expect(leftPupils.value).toEqual([]);
  const items = (await graph.api(`/sites/${siteId}/lists/${pupils}/items?$expand=fields`).get()) as {
    value: { fields: { Title: string } }[];
  };
  expect(items.value.map((item) => item.fields.Title)).toEqual(['Isla MacLeod']);

  standIn.resetStats();
  const again = await provisionIepLists(graph, siteId);
  expect(again.ready).toBe(true);
  // Only the check: nothing left to change.
  expect(standIn.stats().httpRequests).toBe(2);
});

test('a site set up by schema 4 gains the register history and an index on review status, its items kept', async () => {
  const made = await Promise.all(
    IEP_LISTS.map(
      (spec) =>
        graph.api(`/sites/${siteId}/lists`).post({
          displayName: spec.displayName,
          description: `${spec.purpose} [IEP Planner schema 4]`,
          list: { template: 'genericList' },
          columns: spec.columns
            .filter((column) => column.name !== 'RegisterHistoryJson')
            .map((column) => (column.name === 'ReviewStatus' ? { ...column, indexed: false } : column))
            .map(columnDefinitionFor),
        }) as Promise<{ id: string }>,
    ),
  );
  const listIdOf = (key: IepListKey): string =>
    (made[IEP_LISTS.findIndex((spec) => spec.key === key)] as { id: string }).id;
  await graph
    .api(`/sites/${siteId}/lists/${listIdOf('reviews')}/items`)
    .post({ fields: { Title: 'Termly review', PlanSeriesId: 's-1', ReviewStatus: 'scheduled' } });
  const scheduled = () =>
    graph
      .api(`/sites/${siteId}/lists/${listIdOf('reviews')}/items`)
      .query({ $filter: "fields/ReviewStatus eq 'scheduled'" })
      .get() as Promise<{ value: unknown[] }>;
  // Before the upgrade SharePoint refuses the booked reviews' query: the column has no index.
  await expect(scheduled()).rejects.toMatchObject({ statusCode: 400 });

  const check = await checkIepLists(graph, siteId);
  expect(check.schemaVersion).toBe(4);
  expect(check.missingColumns).toEqual([{ list: 'pupils', column: 'RegisterHistoryJson' }]);
  expect(check.unindexedColumns.map(({ list, column }) => [list, column])).toEqual([
    ['reviews', 'ReviewStatus'],
  ]);
  standIn.resetStats();
  const after = await provisionIepLists(graph, siteId);

  expect(after.ready).toBe(true);
  // Two lists, one change each: one round between the two checks.
  expect(standIn.stats().httpRequests).toBe(5);
  expect((await scheduled()).value).toHaveLength(1);
});

/**
 * Every list as the given schema version of IEP Planner made it: without the columns added since.
 * Returns each list's id by key.
 */
const createListsOfSchema = async (
  version: number,
  addedSince: readonly string[],
): Promise<Record<IepListKey, string>> => {
  const made = await Promise.all(
    IEP_LISTS.map(
      (spec) =>
        graph.api(`/sites/${siteId}/lists`).post({
          displayName: spec.displayName,
          description: `${spec.purpose} [IEP Planner schema ${version}]`,
          list: { template: 'genericList' },
          columns: spec.columns
            .filter((column) => !addedSince.includes(column.name))
            .map(columnDefinitionFor),
        }) as Promise<{ id: string }>,
    ),
  );
  return Object.fromEntries(IEP_LISTS.map((spec, n) => [spec.key, made[n]?.id ?? ''])) as Record<
    IepListKey,
    string
  >;
};

/** The columns schema 7 added to IEP Reviews, in the schema's order. */
const SCHEMA_7_COLUMNS = ['CopiesSentHomeJson', 'SolutionFocusedJson'];
/** The column schema 8 added to IEP Plans. */
const MY_VIEWS_COLUMN = 'MyViewsJson';
/** The column schema 9 added to IEP Plans. */
const NO_LONGER_NEEDED_COLUMN = 'NoLongerNeeded';
const SCHEMA_9_MISSING = [{ list: 'plans', column: NO_LONGER_NEEDED_COLUMN }];
const SCHEMA_8_MISSING = [{ list: 'plans', column: MY_VIEWS_COLUMN }, ...SCHEMA_9_MISSING];

test('a site set up by schema 5 gains the targets’ withdrawal columns; its targets are kept and read as not withdrawn', async () => {
  const withdrawal = ['Withdrawn', 'WithdrawnOn'];
  const targetsList = (
    await createListsOfSchema(5, [
      ...withdrawal,
      ...SCHEMA_7_COLUMNS,
      MY_VIEWS_COLUMN,
      NO_LONGER_NEEDED_COLUMN,
    ])
  ).targets;
  const old = (await graph
    .api(`/sites/${siteId}/lists/${targetsList}/items`)
    .post({ fields: { Title: 'Read 10 words', PlanId: '7', TargetArea: 'literacy' } })) as { id: string };

  const check = await checkIepLists(graph, siteId);
  expect(check.schemaVersion).toBe(5);
  expect(check.missingColumns).toEqual([
    ...SCHEMA_8_MISSING,
    ...withdrawal.map((column) => ({ list: 'targets', column })),
    ...SCHEMA_7_COLUMNS.map((column) => ({ list: 'reviews', column })),
  ]);
  const after = await provisionIepLists(graph, siteId);

  expect(after.ready).toBe(true);
  const read = targetFromItem(
    await graph.api(`/sites/${siteId}/lists/${targetsList}/items/${old.id}`).expand('fields').get(),
  );
  expect(read.ok && [read.value.target.text, read.value.withdrawnOn]).toEqual(['Read 10 words', null]);
});

test('a site set up by schema 6 gains the reviews’ copies sent home and meeting columns; its reviews are kept and read as none sent, no meeting', async () => {
  const reviewsList = (
    await createListsOfSchema(6, [...SCHEMA_7_COLUMNS, MY_VIEWS_COLUMN, NO_LONGER_NEEDED_COLUMN])
  ).reviews;
  const old = (await graph.api(`/sites/${siteId}/lists/${reviewsList}/items`).post({
    fields: {
      Title: 'Termly review',
      PlanSeriesId: 's-1',
      PlanId: 'p-1',
      ReviewType: 'termly',
      ReviewStatus: 'completed',
      MinutesSentOn: '2026-03-27',
    },
  })) as { id: string };

  const check = await checkIepLists(graph, siteId);
  expect(check.schemaVersion).toBe(6);
  expect(check.missingColumns).toEqual([
    ...SCHEMA_8_MISSING,
    ...SCHEMA_7_COLUMNS.map((column) => ({ list: 'reviews', column })),
  ]);
  const after = await provisionIepLists(graph, siteId);

  expect(after.ready).toBe(true);
  const read = reviewFromItem(
    await graph.api(`/sites/${siteId}/lists/${reviewsList}/items/${old.id}`).expand('fields').get(),
  );
  expect(
    read.ok && [read.value.status, read.value.minutesSentOn, read.value.copiesSentHome, read.value.meeting],
  ).toEqual(['completed', '2026-03-27', [], null]);
});

test('a site set up by schema 7 gains the plans’ My views and help-no-longer-needed columns; its plans are kept and read as not yet written', async () => {
  const plansList = (await createListsOfSchema(7, [MY_VIEWS_COLUMN, NO_LONGER_NEEDED_COLUMN])).plans;
  const old = (await graph.api(`/sites/${siteId}/lists/${plansList}/items`).post({
    fields: {
      Title: 'Isla MacLeod (version 1)',
      PlanSeriesId: 's-1',
      PlanVersion: 1,
      PlanStatus: 'active',
      PupilId: '3',
      PupilName: 'Isla MacLeod',
      ClassTeamId: 'team-p4',
      ClassName: 'P4',
      PlanStage: 'sen-support',
      StartDate: '2026-09-01',
      ParentViews: 'Isla is happier at school this term.',
    },
  })) as { id: string };

  const check = await checkIepLists(graph, siteId);
  expect(check.schemaVersion).toBe(7);
  expect(check.missingColumns).toEqual(SCHEMA_8_MISSING);
  const after = await provisionIepLists(graph, siteId);

  expect(after.ready).toBe(true);
  const read = planFromItem(
    await graph.api(`/sites/${siteId}/lists/${plansList}/items/${old.id}`).expand('fields').get(),
    [],
  );
  expect(read.ok && read.problems).toEqual([]);
  expect(
    read.ok && [
      read.value.parentViews,
      read.value.myViews.answers.like,
      read.value.myViews.feeling,
      read.value.noLongerNeeded,
    ],
  ).toEqual(['Isla is happier at school this term.', '', null, '']);
});

test('a site set up by schema 9 gains the provision map’s three lists and the targets’ provision link; its targets are kept and deliver no provision', async () => {
  const provisionLists = ['provisions', 'placements', 'groupPlans'];
  const made = await Promise.all(
    IEP_LISTS.filter((spec) => !provisionLists.includes(spec.key)).map(
      async (spec) =>
        [
          spec.key,
          (
            (await graph.api(`/sites/${siteId}/lists`).post({
              displayName: spec.displayName,
              description: `${spec.purpose} [IEP Planner schema 9]`,
              list: { template: 'genericList' },
              columns: spec.columns
                .filter((column) => column.name !== 'ProvisionId')
                .map(columnDefinitionFor),
            })) as { id: string }
          ).id,
        ] as const,
    ),
  );
  const targetsList = Object.fromEntries(made).targets as string;
  const old = (await graph
    .api(`/sites/${siteId}/lists/${targetsList}/items`)
    .post({ fields: { Title: 'Read 10 words', PlanId: '7', TargetArea: 'literacy' } })) as { id: string };

  const check = await checkIepLists(graph, siteId);
  expect(check.schemaVersion).toBe(9);
  expect(check.missingLists).toEqual(provisionLists);
  expect(check.missingColumns).toEqual([{ list: 'targets', column: 'ProvisionId' }]);
  const after = await provisionIepLists(graph, siteId);

  expect(after.ready).toBe(true);
  expect(after.schemaVersion).toBe(9);
  expect(Object.keys(after.listIds).sort()).toEqual(IEP_LISTS.map((spec) => spec.key).sort());
  const read = targetFromItem(
    await graph.api(`/sites/${siteId}/lists/${targetsList}/items/${old.id}`).expand('fields').get(),
  );
  expect(read.ok && read.value.target.text).toBe('Read 10 words');
  expect(read.ok && 'provisionId' in read.value.target).toBe(false);
});
