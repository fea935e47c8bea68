/**
 * `npm run soak`: the resilience scenario of test/integration/resilience.test.ts, for longer. Two care
 * teams and the SENCO (Year 3's teacher and TA, Year 4's teacher) edit plans and arrange reviews at once,
 * each with their own token, through the real Graph client, SharePoint store (creates into pupils'
 * folders over SharePoint REST) and calendar adapter, against the local stand-in enforcing care-team
 * permissions while it answers 429/503 (inside `$batch` too), loses some answers, and is killed with
 * SIGKILL and restarted several times; after each phase, nobody may reach another class's records. Only
 * 127.0.0.1 is contacted.
 *
 * Environment (all optional):
 *   SOAK_SEEDS=50             how many seeds to run, one after another (SOAK_SEED, SOAK_SEED + 1, ...)
 *   SOAK_SEED=<number>        the first seed (each run prints it; a failing seed can be run alone with
 *                             SOAK_SEEDS=1 or RESILIENCE_SEED=<n> npx jest test/integration/resilience.test.ts)
 *   SOAK_IN_PROCESS_OPS=200   operations per seed against a stand-in in this process (0 to skip)
 *   SOAK_OPS=300              operations against the stand-in as a child process (killed and restarted)
 *   SOAK_KILLS=3              SIGKILLs spread over those operations
 *   SOAK_KILL_EVERY=10        the kill/restart phase runs for every n-th seed (it is much slower)
 *   SOAK_FAULT_RATE=0.3       share of requests and $batch sub-requests answered 429/503
 *   SOAK_LATENCY_MS=0,30      random latency per request
 *   SOAK_LOST_ANSWERS=0.03    share of writes whose answer is lost after the work was done
 *
 * Prints a summary per phase; exits 1 if anything acknowledged was lost, duplicated or overwritten, or
 * anyone reached what their care team may not, naming every seed that failed.
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
  const firstSeed = numberFrom('SOAK_SEED', Math.floor(Math.random() * 1_000_000), wholeCount);
  const seeds = numberFrom('SOAK_SEEDS', 50, (value) => wholeCount(value) && value > 0);
  const options: Omit<ScenarioOptions, 'seed'> = {
    operations: numberFrom('SOAK_OPS', 300, wholeCount),
    faultRate: numberFrom('SOAK_FAULT_RATE', 0.3, share),
    latencyMs: latencyFrom(process.env['SOAK_LATENCY_MS']),
    lostResponseRate: numberFrom('SOAK_LOST_ANSWERS', 0.03, share),
  };
  const inProcessOps = numberFrom('SOAK_IN_PROCESS_OPS', 200, wholeCount);
  const kills = numberFrom('SOAK_KILLS', 3, wholeCount);
  const killEvery = numberFrom('SOAK_KILL_EVERY', 10, (value) => wholeCount(value) && value > 0);
  console.log(
    `Soak: ${seeds} seed(s) from ${firstSeed}, ${Math.round(options.faultRate * 100)}% 429/503, latency ` +
      `${options.latencyMs.join('-')} ms, ${Math.round(options.lostResponseRate * 100)}% answers lost.`,
  );
  const failed: number[] = [];
  for (let index = 0; index < seeds; index += 1) {
    const seed = firstSeed + index;
    let problems = 0;
    if (inProcessOps > 0) {
      const report = await runInProcessPhase({ ...options, seed, operations: inProcessOps });
      console.log(formatReport(report));
      problems += report.violations.length;
    }
    if (options.operations > 0 && index % killEvery === 0) {
      const report = await runKillRestartPhase({ ...options, seed, kills });
      console.log(formatReport(report));
      problems += report.violations.length;
    }
    if (problems > 0) failed.push(seed);
  }
  console.log(
    failed.length === 0
      ? `Soak passed: ${seeds} seed(s).`
      : `Soak FAILED for ${failed.length} of ${seeds} seed(s): ${failed.join(', ')}.`,
  );
  return failed.length === 0 ? 0 : 1;
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('The soak could not run:', error);
    process.exit(1);
  },
);
