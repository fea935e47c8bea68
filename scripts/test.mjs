#!/usr/bin/env node
// `npm test`: every test the project has, in the order a failure is cheapest to find.
// Static checks, unit + integration tests (jest), the unit tests again in a bare clone of HEAD (nothing
// outside the repository), manifest validation, the production build, then the browser tests in Debian
// Chromium. Prints one closing line "tests: N passed, N failed" for CI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const skipStatic = process.argv.includes('--skip-static');
const onlyUnit = process.argv.includes('--unit');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let passed = 0;
let failed = 0;

/** Runs one step with its output shown; returns its exit status. */
const run = (label, command, args) => {
  console.log(`\n▶ ${label}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status;
};

/** Exit status of a step that could not run here (scripts/bare-clone.mjs outside a git checkout). */
const SKIPPED = 3;

/** A step that is not a jest run counts as one test; a skipped step counts as neither. */
const step = (label, command, args) => {
  const status = run(label, command, args);
  if (status === 0) passed += 1;
  else if (status === SKIPPED) console.log(`– ${label} skipped`);
  else {
    failed += 1;
    console.error(`✖ ${label} failed`);
  }
};

const jestRun = (label, args) => {
  const dir = mkdtempSync(join(tmpdir(), 'iep-jest-'));
  const report = join(dir, 'report.json');
  run(label, npx, ['jest', '--ci', '--json', `--outputFile=${report}`, ...args]);
  try {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    passed += summary.numPassedTests;
    failed += summary.numFailedTests + summary.numRuntimeErrorTestSuites;
    // A skipped or pending test is not a pass; it is reported so nobody mistakes it for one.
    if (summary.numPendingTests + summary.numTodoTests > 0) {
      failed += summary.numPendingTests + summary.numTodoTests;
      console.error(
        `✖ ${summary.numPendingTests + summary.numTodoTests} skipped/todo tests count as failures`,
      );
    }
    if (summary.numTotalTests === 0) {
      failed += 1;
      console.error(`✖ ${label}: no tests ran`);
    }
  } catch {
    failed += 1;
    console.error(`✖ ${label}: jest did not produce a report`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

if (!skipStatic) {
  step('Type check (tsc: app, node, test)', 'npm', ['run', '--silent', 'typecheck']);
  step('Lint (ESLint, zero warnings)', npx, ['eslint', '--max-warnings', '0', '.']);
  step('Format (Prettier)', npx, ['prettier', '--check', '.']);
}
// Two workers: on a 2-core machine jest's default (cores - 1) runs everything in band on one core.
jestRun('Unit and integration tests (jest)', ['--selectProjects', 'node', 'dom', '--maxWorkers=2']);
if (!onlyUnit) {
  step('Bare clone: npm ci and unit tests', 'node', ['scripts/bare-clone.mjs']);
  step('Manifests (npm run validate)', 'npm', ['run', '--silent', 'validate']);
  step('Production build (npm run build)', 'npm', ['run', '--silent', 'build']);
  jestRun('Browser tests (Playwright + Debian Chromium)', ['--selectProjects', 'e2e', '--runInBand']);
}

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
