/**
 * Review reminders for a school of 20 classes, each with its class teacher as the team's owner beside
 * the SENCO: the Graph requests `sendReviewReminders` (src/graph/teams/sendReviewReminders.ts, what the
 * register's "Send reminders to class teachers" runs) makes, and proof that every teacher got one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IEP_TEAMS_APP } from '../../dev/seed/iepTeamsApp';
import { DEMO_SCHOOL } from '../../dev/standin/demoSchool';
import { internalsOf } from '../../dev/standin/internals';
import { startStandIn } from '../../dev/standin/server';
import { activityFeedOf } from '../../dev/standin/routes/activityNotifications';
import { GRAPH_SCOPES } from '../../src/auth/scopes';
import { asClassTeamId } from '../../src/domain';
import { createGraphClient } from '../../src/graph/client';
import { sendReviewReminders } from '../../src/graph/teams/sendReviewReminders';
import { atMost, type BenchRow } from './report';
import { SENCO } from './school';

const CLASSES = 20;

/** A made-up class team and its teacher; ids are fixed so a run repeats. */
const classNumber = (n: number) => {
  const suffix = String(n).padStart(12, '0');
  return {
    teamId: `bench000-0000-4000-8000-${suffix}`,
    teacher: {
      id: `bench111-0000-4000-8000-${suffix}`,
      displayName: `Teacher ${n}`,
      givenName: 'Teacher',
      surname: String(n),
      mail: `teacher${n}@oakfield.example`,
      userPrincipalName: `teacher${n}@oakfield.example`,
      jobTitle: 'Class teacher',
      lookupId: 900 + n,
    },
  };
};

export const benchReminderRequests = async (): Promise<BenchRow[]> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'iep-bench-reminders-'));
  const standIn = await startStandIn({ port: 0, dataDir, seedDemoSchool: true, teamsApp: IEP_TEAMS_APP });
  try {
    const internals = internalsOf(standIn);
    const sencoId = DEMO_SCHOOL.users['senco']?.id ?? '';
    const siteId = DEMO_SCHOOL.classes[0]?.siteId ?? '';
    const classes = Array.from({ length: CLASSES }, (_, index) => classNumber(index + 1));
    for (const { teamId, teacher } of classes) {
      internals.services.directory.users.put(teacher.id, teacher);
      internals.addClassTeam({
        id: teamId,
        displayName: `Class ${teacher.surname}`,
        description: 'Bench class',
        ownerIds: [teacher.id, sencoId],
        memberIds: [teacher.id, sencoId],
        siteId,
      });
    }
    const client = createGraphClient({
      baseUrl: `${standIn.url}/`,
      getAccessToken: (scopes) => Promise.resolve(`local-dev-token:${SENCO.email};scp=${scopes.join(',')}`),
      scopes: GRAPH_SCOPES.reminders,
      retry: { maxRetries: 3, delaySeconds: 0 },
    });
    standIn.resetStats();
    const outcomes = await sendReviewReminders(
      client,
      classes.map(({ teamId }, index) => ({
        classTeamId: asClassTeamId(teamId),
        pupilCount: 1 + (index % 4),
      })),
      { senderAddresses: [SENCO.email], openUrl: `${standIn.url}/tab.html#/my` },
    );
    const stats = standIn.stats();
    const reached = new Set(
      activityFeedOf(internals.services)
        .list()
        .map((notice) => notice.recipientUserId),
    );
    if (outcomes.some((o) => o.reached !== 1) || reached.size !== CLASSES) {
      throw new Error(`Reminders reached ${reached.size} of ${CLASSES} teachers.`);
    }
    return [
      {
        name: `Graph: send review reminders, ${CLASSES} classes`,
        value: stats.httpRequests,
        unit: '$batches',
        budget: atMost(2),
        note: `${stats.batchSubRequests} requests inside: members of each team, one notice per teacher`,
      },
    ];
  } finally {
    await standIn.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
