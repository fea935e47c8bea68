/**
 * Runs the local Microsoft 365 stand-in from the command line:
 *   npx tsx dev/standin/main.ts
 * Environment: STANDIN_PORT (default 3978; 0 = any free port), STANDIN_DATA (default .data/standin),
 * STANDIN_FAULT_RATE (0..1 of requests answered 429/503), STANDIN_LATENCY_MS ("min,max"), STANDIN_STATIC (e.g. dist),
 * STANDIN_RETRY_AFTER (seconds a fault's Retry-After asks for; default 1, 0 for fast resilience runs),
 * STANDIN_BATCH_SEED (seed of the $batch shuffle, to repeat a run; default a fresh one, printed at start),
 * STANDIN_SEN_GRANT (the app's Sites.Selected grant on the SEN site: read, write, manage or fullcontrol).
 */
import path from 'node:path';
import { shuffledOrder } from './core/batchOrder';
import type { AppGrant } from './directory/model';
import { IEP_TEAMS_APP } from '../seed/iepTeamsApp';
import { startStandIn, type FaultConfig } from './server';

function faultsFromEnvironment(env: NodeJS.ProcessEnv): FaultConfig | undefined {
  const rate = env['STANDIN_FAULT_RATE'] ? Number(env['STANDIN_FAULT_RATE']) : 0;
  if (!Number.isFinite(rate) || rate < 0 || rate > 1)
    throw new Error('STANDIN_FAULT_RATE must be a number from 0 to 1.');
  let latencyMs: [number, number] | undefined;
  if (env['STANDIN_LATENCY_MS']) {
    const [min, max] = env['STANDIN_LATENCY_MS'].split(',').map(Number);
    if (min === undefined || !Number.isFinite(min) || min < 0) {
      throw new Error('STANDIN_LATENCY_MS must be "min,max" in milliseconds, e.g. 20,120.');
    }
    latencyMs = [min, max !== undefined && Number.isFinite(max) ? max : min];
  }
  const retryAfterSeconds = env['STANDIN_RETRY_AFTER'] ? Number(env['STANDIN_RETRY_AFTER']) : 1;
  if (!Number.isInteger(retryAfterSeconds) || retryAfterSeconds < 0)
    throw new Error('STANDIN_RETRY_AFTER must be a whole number of seconds, 0 or more.');
  if (rate === 0 && !latencyMs) return undefined;
  return { rate, statuses: [429, 503], retryAfterSeconds, ...(latencyMs ? { latencyMs } : {}) };
}

const APP_GRANTS: readonly AppGrant[] = ['none', 'read', 'write', 'manage', 'fullcontrol'];

async function main(): Promise<void> {
  const env = process.env;
  const port = env['STANDIN_PORT'] !== undefined ? Number(env['STANDIN_PORT']) : 3978;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error('STANDIN_PORT must be a port number (0 for any).');
  const faults = faultsFromEnvironment(env);
  const senSiteGrant = env['STANDIN_SEN_GRANT'];
  if (senSiteGrant !== undefined && !APP_GRANTS.includes(senSiteGrant as AppGrant))
    throw new Error(`STANDIN_SEN_GRANT must be one of ${APP_GRANTS.join(', ')}.`);
  const batchSeed = env['STANDIN_BATCH_SEED'] ? Number(env['STANDIN_BATCH_SEED']) : Date.now() % 2 ** 32;
  if (!Number.isInteger(batchSeed)) throw new Error('STANDIN_BATCH_SEED must be a whole number.');
  const standIn = await startStandIn({
    port,
    dataDir: path.resolve(env['STANDIN_DATA'] ?? '.data/standin'),
    seedDemoSchool: true,
    teamsApp: IEP_TEAMS_APP,
    batchOrder: shuffledOrder(batchSeed),
    ...(senSiteGrant ? { senSiteGrant: senSiteGrant as AppGrant } : {}),
    ...(faults ? { faults } : {}),
    ...(env['STANDIN_STATIC'] ? { staticDir: path.resolve(env['STANDIN_STATIC']) } : {}),
  });
  console.log(`Local Microsoft 365 stand-in listening on ${standIn.url} ($batch shuffle seed ${batchSeed})`);
  if (faults)
    console.log(`Fault injection on: rate ${faults.rate}, latency ${faults.latencyMs?.join('-') ?? 0} ms.`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    standIn.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('The stand-in did not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error('The local stand-in could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
