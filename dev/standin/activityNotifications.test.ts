import { DEMO_SCHOOL } from './demoSchool';
import type { StandIn } from './server';
import { errorOf, graph, SENCO, startTestStandIn } from './testSupport';

const KESTRELS = DEMO_SCHOOL.classes.find((c) => c.displayName === 'Year 3 Kestrels')?.teamId ?? '';
const OTTERS = DEMO_SCHOOL.classes.find((c) => c.displayName === 'Year 4 Otters')?.teamId ?? '';
const EMMA = DEMO_SCHOOL.users['year3Teacher'];
const OTTERS_TEACHER = DEMO_SCHOOL.users['year4Teacher'];
const DECLARED = { type: 'reviewsDue', templateText: '{actor}: {count} reviews due' };

let standIn: StandIn;
beforeAll(async () => {
  // Installed in Kestrels only, so Otters shows what Graph says where the app is missing.
  standIn = await startTestStandIn({ teamsApp: { activityTypes: [DECLARED], teamIds: [KESTRELS] } });
});
afterAll(() => standIn.close());

const SEND = { Authorization: `Bearer local-dev-token:${SENCO};scp=TeamsActivity.Send` };

const notice = (overrides: Record<string, unknown> = {}) => ({
  topic: {
    source: 'text',
    value: 'IEP reviews',
    webUrl: 'https://teams.microsoft.com/l/entity/app/my-pupils',
  },
  activityType: 'reviewsDue',
  previewText: { content: 'Open My pupils to see whose.' },
  recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: EMMA?.id },
  templateParameters: [{ name: 'count', value: '3' }],
  ...overrides,
});

const send = (teamId: string, body: unknown, headers: Record<string, string> = SEND) =>
  graph(standIn, 'POST', `/teams/${teamId}/sendActivityNotification`, { body, headers });

const feed = async (): Promise<{ recipientUpn: string; text: string; previewText: string }[]> =>
  ((await (await fetch(`${standIn.url}/activity-feed`)).json()) as { notices: [] }).notices;

test('a declared notice to a team member answers 204 and reaches their feed with its template filled in', async () => {
  const answer = await send(KESTRELS, notice());
  expect(answer.status).toBe(204);
  expect(await feed()).toEqual([
    expect.objectContaining({
      recipientUpn: EMMA?.upn,
      text: 'Priya Shah: 3 reviews due',
      previewText: 'Open My pupils to see whose.',
    }),
  ]);
});

test('refusals deliver nothing', async () => {
  const before = (await feed()).length;
  const undeclared = await send(KESTRELS, notice({ activityType: 'somethingElse' }));
  expect(undeclared.status).toBe(400);
  expect(errorOf(undeclared).message).toMatch(/not declared in the app's manifest/);

  const missingParameter = await send(KESTRELS, notice({ templateParameters: [] }));
  expect(errorOf(missingParameter).message).toBe('Template parameters missing: count.');

  const longPreview = await send(KESTRELS, notice({ previewText: { content: 'x'.repeat(151) } }));
  expect(longPreview.status).toBe(400);

  const textWithoutLink = await send(KESTRELS, notice({ topic: { source: 'text', value: 'IEP reviews' } }));
  expect(textWithoutLink.status).toBe(400);

  const otherTeamsEntity = await send(
    KESTRELS,
    notice({ topic: { source: 'entityUrl', value: `https://graph.microsoft.com/v1.0/teams/${OTTERS}` } }),
  );
  expect(otherTeamsEntity.status).toBe(400);

  const notInTeam = await send(
    KESTRELS,
    notice({
      recipient: {
        '@odata.type': '#microsoft.graph.aadUserNotificationRecipient',
        userId: OTTERS_TEACHER?.id,
      },
    }),
  );
  expect(notInTeam.status).toBe(403);
  expect(errorOf(notInTeam).message).toMatch(/Ensure that the expected Teams app is installed/);

  const appNotInstalled = await send(
    OTTERS,
    notice({
      recipient: {
        '@odata.type': 'microsoft.graph.aadUserNotificationRecipient',
        userId: OTTERS_TEACHER?.id,
      },
    }),
  );
  expect(appNotInstalled.status).toBe(403);

  const withoutScope = await send(KESTRELS, notice(), {
    Authorization: `Bearer local-dev-token:${SENCO};scp=User.Read`,
  });
  expect(withoutScope.status).toBe(403);
  expect(errorOf(withoutScope).message).toMatch(/TeamsActivity\.Send/);

  expect(await feed()).toHaveLength(before);
});

test('the team-scoped entity URL of the team itself is accepted', async () => {
  const answer = await send(
    KESTRELS,
    notice({ topic: { source: 'entityUrl', value: `https://graph.microsoft.com/v1.0/teams/${KESTRELS}` } }),
  );
  expect(answer.status).toBe(204);
});
