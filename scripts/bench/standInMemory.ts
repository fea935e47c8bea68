/**
 * Peak memory of the stand-in holding the 50,000-plan lists, measured in a child process of its own
 * (`node --import tsx dev/standin/main.ts`, as `npm run standin` runs it) so the bench's own heap does
 * not count. The child opens the data folder the query bench filled (replaying it from disk is the
 * stand-in's heaviest moment), then answers dashboard queries that build its column indexes; its RSS
 * high-water mark (VmHWM) is read from /proc before it is stopped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { asClassTeamId } from '../../src/domain';
import type { IepListIds } from '../../src/graph/sharepoint/lists';
import { createSharePointIepStore } from '../../src/graph/sharepoint/store';
import { fixedClock } from '../../src/domain';
import { REPO_ROOT } from './build';
import { atMost, type BenchRow } from './report';
import { BENCH_NOW, clientFor, YEAR_3 } from './school';

const START_TIMEOUT_MS = 180_000;

const waitForUrl = (child: ChildProcess): Promise<string> =>
  new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    const timer = setTimeout(
      () => reject(new Error(`The stand-in did not start within ${START_TIMEOUT_MS / 1000} s.`)),
      START_TIMEOUT_MS,
    );
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The stand-in stopped before it was ready (exit ${code}): ${errors.trim()}`));
    });
  });

/** Linux reports the peak resident set size of a process as VmHWM, in KiB. */
const peakRssBytes = (pid: number): number | null => {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return null;
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync(status, 'utf8'));
  return match ? Number(match[1]) * 1024 : null;
};

const stop = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

export interface LargeSchool {
  readonly dataDir: string;
  readonly siteId: string;
  readonly listIds: IepListIds;
}

export const benchStandInMemory = async (school: LargeSchool, plans: number): Promise<BenchRow[]> => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'dev/standin/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, STANDIN_PORT: '0', STANDIN_DATA: school.dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const started = Date.now();
    const url = await waitForUrl(child);
    const startSeconds = (Date.now() - started) / 1000;
    const store = createSharePointIepStore(clientFor(url, YEAR_3.teacher), {
      siteId: school.siteId,
      clock: fixedClock(BENCH_NOW),
      currentUser: () => Promise.resolve(YEAR_3.teacher),
      listIds: school.listIds,
    });
    for (const classTeamId of [YEAR_3.teamId, 'bench-class-0', 'bench-class-900']) {
      const dashboard = await store.loadClass(asClassTeamId(classTeamId));
      if (dashboard.pupils.length === 0) throw new Error(`The reopened stand-in lost ${classTeamId}.`);
    }
    const peak = child.pid === undefined ? null : peakRssBytes(child.pid);
    return [
      {
        name: `stand-in peak memory, ${plans.toLocaleString('en-GB')} plans`,
        value: peak === null ? null : Math.round(peak / 1_000_000),
        unit: 'MB',
        budget: atMost(1000),
        note:
          peak === null
            ? 'needs Linux /proc/<pid>/status'
            : `RSS high-water mark; reopened from disk in ${startSeconds.toFixed(1)} s`,
      },
    ];
  } finally {
    await stop(child);
  }
};
