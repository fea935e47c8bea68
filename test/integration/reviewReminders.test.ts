import { GRAPH_SCOPES } from '../../src/auth/scopes';
import { asClassTeamId } from '../../src/domain';
import { createGraphClient } from '../../src/graph/client';
import { sendReviewReminders } from '../../src/graph/teams/sendReviewReminders';
import { IEP_TEAMS_APP } from '../../dev/seed/iepTeamsApp';
import { DEMO_SCHOOL } from '../../dev/standin/demoSchool';
import type { StandIn } from '../../dev/standin/server';
import { SENCO, startTestStandIn } from '../../dev/standin/testSupport';

const classNamed = (name: string) =>
  asClassTeamId(DEMO_SCHOOL.classes.find((c) => c.displayName === name)?.teamId ?? '');
const KESTRELS = classNamed('Year 3 Kestrels');
const OTTERS = classNamed('Year 4 Otters');
const FOXES = classNamed('Year 5 Foxes');

let standIn: StandIn;
beforeAll(async () => {
  // Foxes has not added the app: its teacher cannot be notified there.
  standIn = await startTestStandIn({ teamsApp: { ...IEP_TEAMS_APP, teamIds: [KESTRELS, OTTERS] } });
});
afterAll(() => standIn.close());

const client = (scopes: readonly string[]) =>
  createGraphClient({
    baseUrl: `${standIn.url}/`,
    getAccessToken: (asked) => Promise.resolve(`local-dev-token:${SENCO};scp=${asked.join(',')}`),
    scopes,
    retry: { maxRetries: 3, delaySeconds: 0 },
  });

const feed = async (): Promise<{ recipientUpn: string; text: string }[]> =>
  ((await (await fetch(`${standIn.url}/activity-feed`)).json()) as { notices: [] }).notices;

const OPTIONS = {
  senderAddresses: [SENCO],
  openUrl: 'https://teams.example/l/entity/app/my-pupils',
  sleep: async () => {},
};

test('throttled notices are sent again, each teacher gets one, and a class without the app says so', async () => {
  standIn.setFaults({ rate: 0.4, statuses: [429], retryAfterSeconds: 0, seed: 1203 });
  let outcomes;
  try {
    outcomes = await sendReviewReminders(
      client(GRAPH_SCOPES.reminders),
      [
        { classTeamId: KESTRELS, pupilCount: 2 },
        { classTeamId: OTTERS, pupilCount: 1 },
        { classTeamId: FOXES, pupilCount: 3 },
      ],
      { ...OPTIONS, maxAttempts: 10 },
    );
  } finally {
    standIn.setFaults(null);
  }
  expect(standIn.stats().byPath['POST /teams/{teamId}/sendActivityNotification']).toBeGreaterThan(3);
  expect(outcomes).toEqual([
    { classTeamId: KESTRELS, reached: 1, failed: 0, teachersKnown: true },
    { classTeamId: OTTERS, reached: 1, failed: 0, teachersKnown: true },
    { classTeamId: FOXES, reached: 0, failed: 1, teachersKnown: true },
  ]);
  const notices = await feed();
  // Retried notices arrive in whatever order the retries went.
  expect(notices.map((n) => [n.recipientUpn, n.text]).sort()).toEqual([
    [DEMO_SCHOOL.users['year3Teacher']?.upn, 'Priya Shah: reviews are due for 2 of your pupils'],
    [DEMO_SCHOOL.users['year4Teacher']?.upn, 'Priya Shah: reviews are due for 1 of your pupils'],
  ]);
});

test('without TeamsActivity.Send every notice is refused and nothing is delivered', async () => {
  const before = (await feed()).length;
  const outcomes = await sendReviewReminders(
    client(GRAPH_SCOPES.teamMembers),
    [{ classTeamId: KESTRELS, pupilCount: 2 }],
    OPTIONS,
  );
  expect(outcomes).toEqual([{ classTeamId: KESTRELS, reached: 0, failed: 1, teachersKnown: true }]);
  expect(await feed()).toHaveLength(before);
});
