import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStandIn } from '../../dev/standin/server';
import { Ledger, type LedgerSnapshot } from './ledger';
import { createNetwork, type NetworkCounts } from './network';
import { seededRandom, sleep } from './random';
import { runOperations, watchUnhandledRejections } from './run';
import { freePort, startStandInProcess, type StandInProcess } from './standInProcess';
import { clientFor, createUsers, personaOf, prepareWorld, storeFor, USER_KEYS, type World } from './users';
import { verifyItems, type Reader, type Verdict, type VerifyMode } from './verifyItems';
import { verifyAccess } from './verifyAccess';
import { verifyMeetings } from './verifyMeetings';

/**
 * The resilience scenario of IEP Planner: two care teams and the SENCO (Year 3's teacher and TA with
 * the SENCO on the same pupils' plans, Year 4's teacher on theirs) editing plans and arranging reviews at
 * once, each with their own token, through the real Graph client, SharePoint store (creates into pupils'
 * folders over SharePoint REST) and calendar adapter, against the local stand-in enforcing care-team
 * permissions while it answers 429/503 to a share of requests (inside `$batch` too) with random latency,
 * loses the odd answer on the way back, and (in the second phase) is killed with SIGKILL mid-write and
 * restarted on the same data. See `verify*.ts` for what must hold.
 */
export interface ScenarioOptions {
  readonly seed: number;
  readonly operations: number;
  /** Share of requests and `$batch` sub-requests answered 429 or 503. */
  readonly faultRate: number;
  readonly latencyMs: readonly [number, number];
  /** Share of writes whose answer is lost after the service did the work. */
  readonly lostResponseRate: number;
  readonly pupilsPerClass?: number;
}

export interface KillReport {
  readonly afterOperations: number;
  readonly acknowledgedBefore: number;
  readonly writesInFlight: number;
  readonly restartMs: number;
}

export interface PhaseReport {
  readonly label: string;
  readonly seed: number;
  readonly durationMs: number;
  readonly operations: number;
  readonly operationsByKind: Readonly<Record<string, number>>;
  readonly acknowledged: number;
  /** Saves told of a colleague's change since they read (their version shown, or to be read on saving again). */
  readonly conflictsSurfaced: number;
  /** Changes a role may not make, tried anyway and refused by SharePoint with 403, as they must be. */
  readonly refusals: number;
  /** Items, dashboards and plans whose reach by each care team was checked (verifyAccess.ts), all phases. */
  readonly accessChecks: number;
  /** Reviews whose invitations were sent more than once (after a lost answer): transactionId at work. */
  readonly invitationRetries: number;
  readonly retried: Readonly<Record<string, number>>;
  readonly network: NetworkCounts;
  readonly kills: readonly KillReport[];
  /** Everything that went wrong; empty when the run passed. */
  readonly violations: readonly string[];
  /** Expected lags after faults no product could see through (a lost connection mid-save). */
  readonly notes: readonly string[];
  /** Kept when the run failed, so it can be looked at. */
  readonly dataDir: string | null;
}

const newDataDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'iep-resilience-'));

const createReader = (baseUrl: string, world: World): Reader => {
  const senco = personaOf('senco');
  const client = clientFor(baseUrl, senco, { patient: true });
  const clients = new Map(
    USER_KEYS.map((key) => {
      const persona = personaOf(key);
      return [persona.email.toLowerCase(), clientFor(baseUrl, persona, { patient: true })] as const;
    }),
  );
  return {
    baseUrl,
    world,
    client,
    store: storeFor(client, world, senco, true),
    clientOf: (email) => clients.get(email.toLowerCase()) ?? client,
  };
};

interface PhaseVerdict extends Verdict {
  readonly accessChecks: number;
}

const verify = async (
  reader: Reader,
  ledger: Ledger,
  snapshot: LedgerSnapshot,
  mode: VerifyMode,
): Promise<PhaseVerdict> => {
  const items = await verifyItems(reader, snapshot, ledger, mode);
  const access = await verifyAccess(reader, ledger.refusable);
  return {
    problems: [
      ...items.problems,
      ...(await verifyMeetings(reader, snapshot.meetings, mode)),
      ...access.problems,
    ],
    notes: items.notes,
    accessChecks: access.checks,
  };
};

const finish = (
  label: string,
  options: ScenarioOptions,
  started: number,
  ledger: Ledger,
  network: NetworkCounts,
  { violations, notes, accessChecks }: { violations: string[]; notes: string[]; accessChecks: number },
  kills: KillReport[],
  dataDir: string,
): PhaseReport => {
  const failed = violations.length > 0;
  if (!failed) fs.rmSync(dataDir, { recursive: true, force: true });
  return {
    label,
    seed: options.seed,
    durationMs: Date.now() - started,
    operations: ledger.operations,
    operationsByKind: ledger.operationsByKind,
    acknowledged: ledger.acknowledgedCount(),
    conflictsSurfaced: ledger.conflicts.length,
    refusals: ledger.refusals,
    accessChecks,
    invitationRetries: ledger.meetings.filter((m) => m.createCalls > 1).length,
    retried: ledger.retried,
    network,
    kills,
    violations,
    notes,
    dataDir: failed ? dataDir : null,
  };
};

/** Phase 1: the stand-in in this process, faults switched on after seeding and off before checking. */
export const runInProcessPhase = async (options: ScenarioOptions): Promise<PhaseReport> => {
  const started = Date.now();
  const dataDir = newDataDir();
  const standIn = await startStandIn({ port: 0, dataDir, seedDemoSchool: true });
  const ledger = new Ledger();
  const random = seededRandom(options.seed);
  const network = createNetwork({ random: random.fork(), lostResponseRate: options.lostResponseRate });
  const violations: string[] = [];
  const notes: string[] = [];
  let accessChecks = 0;
  try {
    const world = await prepareWorld(standIn.url, options.pupilsPerClass);
    const users = createUsers(standIn.url, world, network.fetch, ledger, random);
    const trap = watchUnhandledRejections();
    standIn.setFaults({
      rate: options.faultRate,
      statuses: [429, 503],
      retryAfterSeconds: 0,
      latencyMs: [options.latencyMs[0], options.latencyMs[1]],
      seed: options.seed,
    });
    await runOperations({ users, ledger, world, tag: 'r1', operations: options.operations });
    standIn.setFaults(null);
    violations.push(...ledger.violations, ...(await trap.stop()));
    const verdict = await verify(createReader(standIn.url, world), ledger, ledger.snapshot(), 'final');
    violations.push(...verdict.problems);
    notes.push(...verdict.notes);
    accessChecks += verdict.accessChecks;
  } finally {
    await standIn.close();
  }
  return finish(
    'in-process stand-in',
    options,
    started,
    ledger,
    network.counts,
    { violations, notes, accessChecks },
    [],
    dataDir,
  );
};

const waitFor = async (condition: () => boolean, timeoutMs: number): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (!condition() && Date.now() < until) await sleep(2);
};

/**
 * Phase 2: the stand-in as a child process, killed with SIGKILL `kills` times while the users are
 * saving (when a write is in flight, if one comes along within a few seconds) and restarted at once
 * on the same port and data folder. After each restart, everything acknowledged before the kill must
 * be there; at the end (restarted once more without faults) the whole ledger must hold.
 */
export const runKillRestartPhase = async (
  options: ScenarioOptions & { readonly kills: number },
): Promise<PhaseReport> => {
  const started = Date.now();
  const dataDir = newDataDir();
  const seeding = await startStandIn({ port: 0, dataDir, seedDemoSchool: true });
  let world: World;
  try {
    world = await prepareWorld(seeding.url, options.pupilsPerClass);
  } finally {
    await seeding.close();
  }
  const port = await freePort();
  const faults = { rate: options.faultRate, latencyMs: options.latencyMs };
  let standIn: StandInProcess = await startStandInProcess({ port, dataDir, faults });
  const ledger = new Ledger();
  const random = seededRandom(options.seed);
  const network = createNetwork({ random: random.fork(), lostResponseRate: options.lostResponseRate });
  const users = createUsers(standIn.url, world, network.fetch, ledger, random);
  const violations: string[] = [];
  const notes: string[] = [];
  const kills: KillReport[] = [];
  let accessChecks = 0;
  const stderr: string[] = [];
  const trap = watchUnhandledRejections();
  let done = false;
  const running = runOperations({ users, ledger, world, tag: 'r2', operations: options.operations }).finally(
    () => {
      done = true;
    },
  );
  try {
    for (let k = 1; k <= options.kills; k += 1) {
      await waitFor(
        () => done || ledger.operations >= (k * options.operations) / (options.kills + 1),
        600_000,
      );
      await waitFor(() => done || network.inFlightWrites() > 0, 3_000);
      if (done) break;
      const snapshot = ledger.snapshot();
      const writesInFlight = network.inFlightWrites();
      await standIn.kill();
      stderr.push(standIn.errors());
      const restarting = Date.now();
      standIn = await startStandInProcess({ port, dataDir, faults });
      kills.push({
        afterOperations: ledger.operations,
        acknowledgedBefore: snapshot.fields.length + snapshot.created.length + snapshot.meetings.length,
        writesInFlight,
        restartMs: Date.now() - restarting,
      });
      const lost = await verify(createReader(standIn.url, world), ledger, snapshot, 'survived');
      violations.push(...lost.problems.map((problem) => `after kill ${k}: ${problem}`));
      accessChecks += lost.accessChecks;
    }
    await running;
    violations.push(...ledger.violations, ...(await trap.stop()));
    await standIn.stop();
    stderr.push(standIn.errors());
    standIn = await startStandInProcess({ port, dataDir, faults: null });
    const verdict = await verify(createReader(standIn.url, world), ledger, ledger.snapshot(), 'final');
    violations.push(...verdict.problems);
    notes.push(...verdict.notes);
    accessChecks += verdict.accessChecks;
  } finally {
    ledger.halted = true;
    await standIn.stop();
    await running.catch(() => undefined);
  }
  stderr.push(standIn.errors());
  const logged = stderr.join('').trim();
  if (logged) violations.push(`STAND-IN ERRORS: ${logged.slice(0, 2000)}`);
  return finish(
    'stand-in as a child process',
    options,
    started,
    ledger,
    network.counts,
    { violations, notes, accessChecks },
    kills,
    dataDir,
  );
};

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** A few lines for the terminal: what ran, what was thrown at it, and whether it held. */
export const formatReport = (report: PhaseReport): string =>
  [
    `${report.label} (seed ${report.seed}): ${report.operations} operations in ${seconds(report.durationMs)}`,
    `  by kind: ${Object.entries(report.operationsByKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
    `  acknowledged writes: ${report.acknowledged}; conflicts surfaced: ${report.conflictsSurfaced}; ` +
      `invitations sent again after a lost answer: ${report.invitationRetries}`,
    `  access: ${report.accessChecks} checks of who reaches what; ${report.refusals} changes a TA may not make ` +
      `refused with 403`,
    `  faults: ${report.network.faultResponses} whole responses and ${report.network.faultSubResponses} $batch ` +
      `sub-responses were 429/503; ${report.network.lostResponses} answers lost; ` +
      `${report.network.connectionFailures} connections failed; ${report.network.sharePointRest} SharePoint REST ` +
      `requests, ${report.network.lostFolderCreates} answers to creates in a pupil's folder lost`,
    `  retried by users: ${
      Object.entries(report.retried)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'nothing'
    }`,
    ...report.kills.map(
      (kill, i) =>
        `  kill ${i + 1}: SIGKILL after ${kill.afterOperations} operations, ${kill.acknowledgedBefore} writes acknowledged, ` +
        `${kill.writesInFlight} in flight; back in ${seconds(kill.restartMs)}`,
    ),
    ...report.notes.map((note) => `  note: ${note}`),
    report.violations.length === 0
      ? '  verdict: every acknowledged write present exactly once, no lost update, one invitation each, ' +
        'no access leak'
      : `  verdict: ${report.violations.length} problem(s):\n${report.violations.map((v) => `    - ${v}`).join('\n')}` +
        (report.dataDir ? `\n  data kept in ${report.dataDir}` : ''),
  ].join('\n');
