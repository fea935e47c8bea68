/**
 * `npm run soak`: the resilience scenario of test/integration/resilience.test.ts, for longer. Three staff
 * edit the same plans and arrange reviews at once through the real Graph client, SharePoint store and
 * calendar adapter, against the local stand-in answering 429/503 (inside `$batch` too), losing some
 * answers, and being killed with SIGKILL and restarted several times. Only 127.0.0.1 is contacted.
 *
 * Environment (all optional):
 *   SOAK_OPS=2000             operations against the stand-in as a child process (killed and restarted)
 *   SOAK_KILLS=5              SIGKILLs spread over those operations
 *   SOAK_IN_PROCESS_OPS=500   operations against a stand-in in this process first (0 to skip)
 *   SOAK_FAULT_RATE=0.3       share of requests and $batch sub-requests answered 429/503
 *   SOAK_LATENCY_MS=0,30      random latency per request
 *   SOAK_LOST_ANSWERS=0.02    share of writes whose answer is lost after the work was done
 *   SOAK_SEED=<number>        repeat a run (each run prints its seed)
 *
 * Prints a summary per phase; exits 1 if anything acknowledged was lost, duplicated or overwritten.
 */
import {
  formatReport,
  runInProcessPhase,
  runKillRestartPhase,
  type ScenarioOptions,
} from '../test/resilience/scenario';

const numberFrom = (name: string, fallback: number, check: (value: number) => boolean): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || !check(value)) throw new Error(`${name} is not valid: '${raw}'.`);
  return value;
};

const latencyFrom = (raw: string | undefined): [number, number] => {
  const [low, high] = (raw ?? '0,30').split(',').map(Number);
  if (low === undefined || !Number.isFinite(low) || low < 0)
    throw new Error(`SOAK_LATENCY_MS is not "min,max": '${raw}'.`);
  return [low, high !== undefined && Number.isFinite(high) ? Math.max(low, high) : low];
};

const main = async (): Promise<number> => {
  const wholeCount = (value: number): boolean => Number.isInteger(value) && value >= 0;
  const share = (value: number): boolean => value >= 0 && value <= 1;
  const options: ScenarioOptions = {
    seed: numberFrom('SOAK_SEED', Math.floor(Math.random() * 1_000_000), wholeCount),
    operations: numberFrom('SOAK_OPS', 2000, wholeCount),
    faultRate: numberFrom('SOAK_FAULT_RATE', 0.3, share),
    latencyMs: latencyFrom(process.env['SOAK_LATENCY_MS']),
    lostResponseRate: numberFrom('SOAK_LOST_ANSWERS', 0.02, share),
  };
  const inProcessOps = numberFrom('SOAK_IN_PROCESS_OPS', 500, wholeCount);
  const kills = numberFrom('SOAK_KILLS', 5, wholeCount);
  console.log(
    `Soak: seed ${options.seed}, ${Math.round(options.faultRate * 100)}% 429/503, latency ` +
      `${options.latencyMs.join('-')} ms, ${Math.round(options.lostResponseRate * 100)}% answers lost.`,
  );
  let problems = 0;
  if (inProcessOps > 0) {
    const report = await runInProcessPhase({ ...options, operations: inProcessOps });
    console.log(formatReport(report));
    problems += report.violations.length;
  }
  if (options.operations > 0) {
    const report = await runKillRestartPhase({ ...options, kills });
    console.log(formatReport(report));
    problems += report.violations.length;
  }
  console.log(
    problems === 0 ? 'Soak passed.' : `Soak FAILED with ${problems} problem(s) (seed ${options.seed}).`,
  );
  return problems === 0 ? 0 : 1;
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('The soak could not run:', error);
    process.exit(1);
  },
);
