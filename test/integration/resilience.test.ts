/**
 * Resilience (issues 8 and 14): two care teams and the SENCO at once, each with their own token. Year 3's
 * class teacher and TA work on the same pupils' plans as the SENCO, who also works on Year 4's, and Year
 * 4's teacher on their own class's; the TA adds evidence only (all SharePoint lets their role write) and
 * now and then tries a change to targets, which SharePoint must refuse with 403. They edit plans and
 * arrange reviews through the real Graph client, SharePoint store (creates into each pupil's folder over
 * SharePoint REST) and calendar adapter, against the local stand-in enforcing care-team permissions over
 * HTTP while it answers 30% of requests and of `$batch` sub-requests with 429/503, adds 0-30 ms of latency
 * and loses 3% of write answers on the way back (15% of creates'). Then the same against the stand-in as a
 * child process, killed with SIGKILL in the middle of a stream of saves and restarted on the same data.
 * After every phase and every restart, each class's staff must reach all of their own class's records
 * and nothing of another's (verifyAccess.ts). The driver and every check live in test/resilience/;
 * `npm run soak` runs them for longer. A failure lists each problem in words (and the seed to repeat it).
 */
import { trapUnhandledRejections } from '../support/unhandledRejections';
import {
  formatReport,
  runInProcessPhase,
  runKillRestartPhase,
  type PhaseReport,
} from '../resilience/scenario';

trapUnhandledRejections();

/** Only a guard against a hang: a run on a busy machine takes as long as it takes. */
const HANG_GUARD_MS = 15 * 60_000;

const FAULTS = { faultRate: 0.3, latencyMs: [0, 30] as const, lostResponseRate: 0.03 };

/**
 * Five fixed seeds, so every run repeats the same five schedules of faults and of who does what (the
 * interleaving still varies with timing). RESILIENCE_SEED=<n> runs that one seed instead, to repeat a
 * failure printed by `npm run soak`; the kill/restart phase, much slower, runs for the first two.
 */
const SEEDS = process.env['RESILIENCE_SEED']
  ? [Number(process.env['RESILIENCE_SEED'])]
  : [20260211, 20260214, 4242, 777001, 90210];
const KILL_SEEDS = SEEDS.slice(0, 2);

const passed = (report: PhaseReport): void => {
  // The report, not just a count, so a failure says what was lost, duplicated or overwritten.
  if (report.violations.length > 0) throw new Error(formatReport(report));
};

test.each(SEEDS)(
  'seed %i: 200 operations by two care teams and the SENCO at 30%% 429/503: every acknowledged write lands exactly once, and nobody reaches another class',
  async (seed) => {
    const report = await runInProcessPhase({ seed, operations: 200, ...FAULTS });
    passed(report);
    expect(report.operations).toBe(200);
    // The faults and races really happened, so passing means something.
    expect(report.network.faultResponses).toBeGreaterThan(50);
    expect(report.network.faultSubResponses).toBeGreaterThan(50);
    expect(report.network.lostResponses).toBeGreaterThan(0);
    expect(report.conflictsSurfaced).toBeGreaterThan(0);
    expect(report.invitationRetries).toBeGreaterThan(0);
    expect(report.acknowledged).toBeGreaterThan(150);
    // Care teams really were in play: creates into pupils' folders, some of whose answers were lost, a
    // TA's changes refused, and every care team's reach checked.
    expect(report.network.sharePointRest).toBeGreaterThan(20);
    expect(report.network.lostFolderCreates).toBeGreaterThan(0);
    expect(report.refusals).toBeGreaterThan(0);
    expect(report.accessChecks).toBeGreaterThan(500);
  },
  HANG_GUARD_MS,
);

test.each(KILL_SEEDS)(
  'seed %i: SIGKILL of the stand-in mid-save and a restart on the same data lose nothing acknowledged',
  async (seed) => {
    const report = await runKillRestartPhase({ seed: seed + 1, operations: 150, kills: 3, ...FAULTS });
    passed(report);
    expect(report.kills).toHaveLength(3);
    for (const kill of report.kills) expect(kill.acknowledgedBefore).toBeGreaterThan(0);
    expect(report.kills.some((kill) => kill.writesInFlight > 0)).toBe(true);
    expect(report.network.connectionFailures).toBeGreaterThan(0);
    // Checked after each restart and at the end: nobody reached another class at any point.
    expect(report.accessChecks).toBeGreaterThan(4 * 500);
  },
  HANG_GUARD_MS,
);
