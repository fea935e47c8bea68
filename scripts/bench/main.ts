/**
 * `npm run bench`: every performance figure of IEP Planner in one table, each against its budget
 * (scripts/bench/README.md says why each budget is what it is). Writes the table as JSON to
 * bench-results/latest.json and exits 1 when any figure is over budget or could not be measured.
 * Progress goes to stderr; stdout carries only the table and the closing "bench: N passed, M failed".
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleRows, DIST, ensureProductionBuild, REPO_ROOT } from './build';
import { benchCareTeamScopes } from './careTeamScopes';
import { benchCopyHomeRequests } from './copyHomeRequests';
import { benchFirstRender } from './firstRender';
import { benchImportRequests } from './importRequests';
import { benchQueryScaling, LARGE_LIST, type ScalingOutcome } from './queryScaling';
import { atMost, formatTable, judge, summaryLine, type BenchRow } from './report';
import { benchProvisionMapRender } from './provisionMapRender';
import { benchProvisionMapRequests } from './provisionMapRequests';
import { benchRegisterScaling } from './registerScaling';
import { benchReminderRequests } from './reminderRequests';
import { benchRequestCounts } from './requestCounts';
import { benchReviewRequests } from './reviewRequests';
import { openSchool, type BenchSchool } from './school';
import { seedMeasuredSchool, type MeasuredSchool } from './schoolData';
import { benchStandInMemory } from './standInMemory';
import { benchWordRows } from './word';

/** `npm run bench -- --only=<words>`: only the stages whose label contains them (while working on one). */
const ONLY = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
// A partial table never stands in for the full one.
const RESULTS = path.join(REPO_ROOT, 'bench-results', ONLY === undefined ? 'latest.json' : 'partial.json');

const rows: BenchRow[] = [];
const details: Record<string, unknown> = {};

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 120) ?? '';

/** Runs one part of the bench; if it breaks, the table says so in a failing row and the rest still runs. */
const stage = async (label: string, run: () => Promise<BenchRow[]>): Promise<void> => {
  if (ONLY !== undefined && !label.includes(ONLY)) return;
  console.error(`bench: ${label}…`);
  try {
    rows.push(...(await run()));
  } catch (error) {
    console.error(`bench: ${label} could not be measured:`, error);
    rows.push({
      name: `${label}: not measured`,
      value: null,
      unit: '-',
      budget: atMost(0),
      note: firstLine(error),
    });
  }
};

const benchSchool = async (): Promise<void> => {
  const setup: { school?: BenchSchool; data?: MeasuredSchool } = {};
  await stage('set up the measured school', async () => {
    setup.school = await openSchool({ staticDir: DIST });
    setup.data = await seedMeasuredSchool(setup.school);
    return [];
  });
  const ready = (): [BenchSchool, MeasuredSchool] => {
    if (!setup.school || !setup.data) throw new Error('The measured school could not be set up (see above).');
    return [setup.school, setup.data];
  };
  try {
    await stage('Graph round trips', () => benchRequestCounts(...ready()));
    await stage('review meetings', () => benchReviewRequests(...ready()));
    await stage('a copy sent home', () => benchCopyHomeRequests(...ready()));
    await stage('first render in Chromium', async () => {
      const outcome = await benchFirstRender(ready()[0]);
      details['firstRender'] = outcome.details;
      return outcome.rows;
    });
    // Last: it puts 1,000 more pupils in the measured classes, which the first render counts.
    await stage('CSV import', () => benchImportRequests(ready()[0]));
  } finally {
    await setup.school?.close();
  }
};

const benchLargeLists = async (): Promise<void> => {
  const built: { scaling?: ScalingOutcome } = {};
  await stage('dashboard query on large lists', async () => {
    built.scaling = await benchQueryScaling();
    details['queryScaling'] = built.scaling.details;
    return built.scaling.rows;
  });
  try {
    await stage('stand-in memory', async () => {
      if (!built.scaling) throw new Error('The large lists could not be built (see above).');
      return benchStandInMemory(built.scaling.school, LARGE_LIST);
    });
  } finally {
    if (built.scaling) rmSync(built.scaling.school.dataDir, { recursive: true, force: true });
  }
};

const main = async (): Promise<void> => {
  const started = Date.now();
  let build: string = 'not built';
  await stage('bundle sizes', async () => {
    build = ensureProductionBuild();
    return bundleRows();
  });
  await stage('Word add-in', benchWordRows);
  await benchSchool();
  await stage('review reminders', benchReminderRequests);
  await benchLargeLists();
  await stage('whole-school register', async () => {
    const outcome = await benchRegisterScaling();
    details['registerScaling'] = outcome.details;
    return outcome.rows;
  });
  await stage('provision map', async () => {
    const outcome = await benchProvisionMapRequests();
    details['provisionMapRequests'] = outcome.details;
    return outcome.rows;
  });
  await stage('provision map in Chromium', async () => {
    const outcome = await benchProvisionMapRender();
    details['provisionMapRender'] = outcome.details;
    return outcome.rows;
  });
  await stage('care-team access over seven school years', async () => {
    const outcome = await benchCareTeamScopes();
    details['careTeamScopes'] = outcome.details;
    return outcome.rows;
  });

  const judged = rows.map(judge);
  const summary = summaryLine(judged);
  const failed = judged.filter((row) => row.verdict === 'fail').length;
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(
    RESULTS,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        seconds: Math.round((Date.now() - started) / 1000),
        machine: { node: process.version, platform: process.platform, cpus: os.cpus().length },
        build,
        passed: judged.length - failed,
        failed,
        rows: judged,
        details,
      },
      null,
      2,
    )}\n`,
  );
  console.log(formatTable(judged));
  console.log(
    `\nWritten to ${path.relative(REPO_ROOT, RESULTS)} in ${Math.round((Date.now() - started) / 1000)} s.`,
  );
  console.log(summary);
  process.exitCode = failed > 0 ? 1 : 0;
  // Every server and browser is closed by now; should a stage have leaked one anyway, the bench must
  // still end (a CI job waiting for it would hang). The timer itself keeps nothing alive.
  setTimeout(() => {
    console.error('bench: something was left open; exiting anyway.');
    process.exit(process.exitCode);
  }, 10_000).unref();
};

main().catch((error: unknown) => {
  console.error('bench: stopped by an unexpected error:', error);
  console.log('bench: 0 passed, 1 failed');
  process.exitCode = 1;
});
