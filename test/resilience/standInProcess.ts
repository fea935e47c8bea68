import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/**
 * The stand-in as its own process (`node --import tsx dev/standin/main.ts`, never the tsx binary, whose
 * child would outlive a SIGKILL of the parent), so it can be killed outright mid-write and started
 * again on the same port and data folder.
 */
export interface StandInFaults {
  readonly rate: number;
  readonly latencyMs: readonly [number, number];
}

export interface StandInProcess {
  readonly url: string;
  readonly pid: number;
  /** SIGKILL: no chance to flush or close anything. */
  kill(): Promise<void>;
  /** SIGTERM: the stand-in closes cleanly. */
  stop(): Promise<void>;
  /** What it printed to stderr (a stand-in error is worth reading when a run fails). */
  errors(): string;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');
// A guard against a stand-in that never starts, not a budget: a busy machine may take a while.
const START_TIMEOUT_MS = 180_000;

/** A port nobody is listening on now; the stand-in keeps it across restarts. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

export const startStandInProcess = async (options: {
  readonly port: number;
  readonly dataDir: string;
  readonly faults?: StandInFaults | null;
}): Promise<StandInProcess> => {
  const faults = options.faults;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('dev', 'standin', 'main.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      STANDIN_PORT: String(options.port),
      STANDIN_DATA: options.dataDir,
      STANDIN_FAULT_RATE: faults ? String(faults.rate) : '0',
      STANDIN_LATENCY_MS: faults ? faults.latencyMs.join(',') : '',
      STANDIN_RETRY_AFTER: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The stand-in did not start within ${START_TIMEOUT_MS / 1000} s. ${stderr}`));
    }, START_TIMEOUT_MS);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The stand-in exited (${code ?? signal}) before it was ready: ${stderr.trim()}`));
    });
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('The stand-in process has no id.');
  return {
    url,
    pid,
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
    errors: () => stderr,
  };
};
