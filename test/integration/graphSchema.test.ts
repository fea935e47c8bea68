import { GRAPH_SCOPES } from '../../src/auth/scopes';
import { asTargetId, type Plan } from '../../src/domain';
import { loadClassRoster } from '../../src/graph/directory/classRoster';
import { sendReviewReminders } from '../../src/graph/teams/sendReviewReminders';
import { checkIepLists } from '../../src/graph/sharepoint/provisioning';
import { columnNames, indexedColumns, IEP_LISTS } from '../../src/graph/sharepoint/schema';
import { buildReview, shortTermTarget } from '../support/planBuilder';
import {
  checkRequest,
  loadGraphTypes,
  type CheckContext,
  type ListColumns,
} from './support/graphSchemaCheck';
import { planFor, registerEntries } from './support/pupils';
import { SENCO, startTestbed, TEACHER, YEAR_3, YEAR_4, YEAR_5, type Testbed } from './support/iepTestbed';
import { asClassTeamId } from '../../src/domain';

/** The entry at `index`, failing the test (not hiding the problem) when it is missing. */
const nth = <T>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`Expected an entry at ${index} of ${items.length}.`);
  return item;
};

let bed: Testbed;
let ctx: CheckContext;

beforeAll(async () => {
  bed = await startTestbed();
  const lists = new Map<string, ListColumns>(
    IEP_LISTS.map((list) => [
      bed.lists.listIds[list.key] as string,
      { all: columnNames(list.key), indexed: indexedColumns(list.key) },
    ]),
  );
  ctx = { types: loadGraphTypes(), lists };
});
afterAll(() => bed.close());

/** Every store operation, so every request shape the store can send is recorded. */
const exerciseStore = async (): Promise<void> => {
  const store = bed.storeFor(SENCO);
  const firstPupil = nth(await store.addPupils(registerEntries(YEAR_4, 'Year 4 Otters', 1)), 0);
  const created = await store.createPlan({ pupil: firstPupil, plan: planFor(firstPupil, 3) });
  const { plan } = await store.openPlan(created.id);
  const edited: Plan = {
    ...plan,
    parentViews: 'Pleased',
    shortTermTargets: [
      {
        ...nth(plan.shortTermTargets, 0),
        outcome: 'achieved',
        evidence: [
          { id: 'draft-e' as never, date: '2026-02-03', rating: 4, note: 'Nearly', recordedBy: 'Tom' },
        ],
      },
      nth(plan.shortTermTargets, 1),
      {
        ...shortTermTarget(5),
        id: asTargetId('draft-5'),
        longTermTargetId: null,
        outcome: 'open',
        outcomeComment: '',
        successCriteria: '',
        strategies: '',
        deliveredBy: '',
        frequency: '',
        targetDate: null,
        evidence: [{ id: 'draft-e2' as never, date: '2026-02-04', rating: 1, note: '', recordedBy: '' }],
      },
    ],
  };
  const saved = await store.savePlan(edited, plan);
  await bed.storeFor(TEACHER).savePlan({ ...saved.plan, monitoring: 'x' }, saved.plan);
  await store.savePlan({ ...saved.plan, monitoring: 'y' }, saved.plan); // a conflict: reads the server version
  await store.loadClass(asClassTeamId(YEAR_4));
  await store.listPlansForStaff("o'brien@oakfield.example");
  await store.listVersions(created.seriesId);
  await store.planHistory(created.id);
  await store.findPupil(firstPupil.id);
  const current = (await store.openPlan(created.id)).plan;
  const review = await store.saveReview({
    ...buildReview(current, { status: 'planned', completedOn: null }),
    etag: undefined,
  });
  const moved = await store.saveReview({ ...review, location: 'Library' });
  await store.commitNextVersion(current, { ...current, status: 'active' }, moved);
  await store.loadRegister();
  const pupil = await store.findPupil(firstPupil.id);
  const inYear3 = await store.updatePupil(
    { ...pupil, classTeamId: asClassTeamId(YEAR_3), className: 'Year 3' },
    pupil,
  );
  await store.updatePupil({ ...inYear3, registerStatus: 'left', leftOn: '2026-07-22' }, inYear3);
  await checkIepLists(bed.clientFor(SENCO), bed.siteId);
};

/** The roster of an education class and of a plain team (its fallback), so both requests are recorded. */
const exerciseRoster = async (): Promise<void> => {
  const client = bed.clientFor(SENCO, GRAPH_SCOPES.roster);
  expect((await loadClassRoster(client, YEAR_3)).source).toBe('education-class');
  expect((await loadClassRoster(client, YEAR_5)).source).toBe('team-members');
};

/** A review reminder to Year 3's teacher (the SENCO counts as a teacher here, so a notice is sent). */
const exerciseReminders = async (): Promise<void> => {
  await sendReviewReminders(
    bed.clientFor(SENCO, GRAPH_SCOPES.reminders),
    [{ classTeamId: asClassTeamId(YEAR_3), pupilCount: 2 }],
    { senderAddresses: [], openUrl: 'https://teams.microsoft.com/l/entity/app/my-pupils', maxAttempts: 1 },
  );
};

test('every request the provisioning, the store, the roster and the reminders send names only real Graph properties and indexed filter columns', async () => {
  await exerciseStore();
  await exerciseRoster();
  await exerciseReminders();
  const subUrls = bed.requests.flatMap((r) =>
    ((r.body as { requests?: { url: string }[] } | undefined)?.requests ?? []).map((sub) => sub.url),
  );
  expect(subUrls).toContain(`/teams/${YEAR_3}/sendActivityNotification`);
  const seen = bed.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`);
  expect(seen).toContain('POST /v1.0/$batch');
  expect(seen).toContain(`GET /v1.0/education/classes/${YEAR_3}/members`);
  expect(seen).toContain(`GET /v1.0/teams/${YEAR_5}/members`);
  expect(seen).toContain('GET /v1.0/sites/contoso.sharepoint.com:/sites/SEN');
  const problems = bed.requests.flatMap((request) =>
    checkRequest(ctx, request.method, request.url, request.body),
  );
  expect(problems).toEqual([]);
  // The check really looked inside the $batch bodies.
  const subRequests = bed.requests.flatMap(
    (r) => ((r.body as { requests?: unknown[] } | undefined)?.requests ?? []).length,
  );
  expect(subRequests.reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
});

describe('the check itself catches what Graph would not accept', () => {
  const plans = () => bed.lists.listIds.plans as string;
  test.each([
    [
      'a misspelt listItem property',
      'POST',
      (l: string) => `/sites/s/lists/${l}/items`,
      { fieldz: { Title: 'x' } },
      'listItem has no property fieldz',
    ],
    [
      'an unknown column in a new item',
      'POST',
      (l: string) => `/sites/s/lists/${l}/items`,
      { fields: { PlanStatusX: 'x' } },
      'no column PlanStatusX',
    ],
    [
      'an unknown column in a PATCH',
      'PATCH',
      (l: string) => `/sites/s/lists/${l}/items/1/fields`,
      { Nope: 1 },
      'no column Nope',
    ],
    [
      'a filter on a column without an index',
      'GET',
      (l: string) => `/sites/s/lists/${l}/items?$expand=fields&$filter=fields/PupilName eq 'O''Brien'`,
      undefined,
      'PupilName is not indexed',
    ],
    [
      'a $select of a property lists do not have',
      'GET',
      () => '/sites/s/lists?$select=id,title',
      undefined,
      '$select title is not on list',
    ],
    [
      'a made-up column facet',
      'POST',
      () => '/sites/s/lists',
      { displayName: 'L', columns: [{ name: 'A', text: { multiline: true } }] },
      'textColumn has no property multiline',
    ],
    [
      'selecting a column that does not exist',
      'GET',
      (l: string) => `/sites/s/lists/${l}/items?$expand=fields($select=Title,Colour)`,
      undefined,
      'no column Colour',
    ],
    [
      'a roster $select of a property education users do not have',
      'GET',
      () => '/education/classes/c/members?$select=id,familyName',
      undefined,
      '$select familyName is not on educationUser',
    ],
    [
      'a misspelt activity-feed parameter',
      'POST',
      () => '/teams/t/sendActivityNotification',
      { activityTyp: 'iepReviewsDue' },
      'sendActivityNotification@team has no property activityTyp',
    ],
    [
      'a recipient property its type does not have',
      'POST',
      () => '/teams/t/sendActivityNotification',
      { recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', id: 'u' } },
      'aadUserNotificationRecipient has no property id',
    ],
  ])('%s', (_, method, url, body, expected) => {
    expect(checkRequest(ctx, method, url(plans()), body).join('\n')).toContain(expected);
  });
});
