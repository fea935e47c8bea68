#!/usr/bin/env node
// Proves the repository stands alone, as a school receives it: clones the HEAD commit into an empty
// temporary folder (nothing beside it), installs with `npm ci` and runs the unit tests there. A test that
// reads a file outside the repository, an ignored or uncommitted file, or a package the lockfile does not
// pin fails here even when it passes in the working tree.
//
// Only the unit tests run (jest's node and dom projects without test/integration): they need Node and the
// repository alone. The integration tests need LibreOffice and poppler and take minutes; `npm test` runs
// them from the working tree just before this step.
//
// Exit status: 0 passed, 1 failed, 3 skipped (not inside a git checkout, so there is no HEAD to clone).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SKIPPED = 3;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const here = dirname(fileURLToPath(import.meta.url));

/**
 * The environment without what `npm test` adds for its own project (npm_config_local_prefix and the
 * like), which would otherwise point the clone's npm back at this working tree.
 */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'INIT_CWD'),
);

const git = (args, cwd) => spawnSync('git', args, { cwd, encoding: 'utf8' });

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Runs a command in the clone, echoing its output as it comes; returns whether it succeeded. */
const inClone = (clone, command, args) =>
  spawnSync(command, args, { cwd: clone, env: cleanEnv, stdio: 'inherit' }).status === 0;

/** Like inClone, but keeps what it printed (shown once it ends), for checks on the output. */
const inCloneCapturing = (clone, command, args) => {
  const result = spawnSync(command, args, { cwd: clone, env: cleanEnv, encoding: 'utf8' });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
};

const root = git(['rev-parse', '--show-toplevel'], here);
const head = git(['rev-parse', 'HEAD'], here);
// A copy unpacked inside some other git repository is not a checkout of this one.
const isThisCheckout =
  root.status === 0 && realpathSync(root.stdout.trim()) === realpathSync(join(here, '..'));
if (!isThisCheckout || head.status !== 0) {
  console.log('Skipped: this copy is not a git checkout, so there is no commit to clone and test.');
  process.exit(SKIPPED);
}
const commit = head.stdout.trim();
const dirty = git(['status', '--porcelain', '--untracked-files=no'], here).stdout.trim() !== '';
console.log(
  `Cloning ${commit.slice(0, 12)} (HEAD)${dirty ? '; uncommitted changes are not part of it' : ''}.`,
);

const folder = mkdtempSync(join(tmpdir(), 'iep-bare-clone-'));
const clone = join(folder, 'clone');
const cleanUp = () => rmSync(folder, { recursive: true, force: true });
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

const fail = (why) => {
  console.error(`✖ Bare clone: ${why}`);
  return false;
};

const check = () => {
  const started = performance.now();
  const cloned = git(['clone', '--quiet', '--no-checkout', root.stdout.trim(), clone], folder);
  if (cloned.status !== 0 || git(['checkout', '--quiet', '--detach', commit], clone).status !== 0)
    return fail(`git could not clone HEAD.\n${cloned.stderr}`);
  console.log(`Cloned in ${seconds(started)}.`);

  const installing = performance.now();
  const install = inCloneCapturing(clone, npm, ['ci', '--prefer-offline', '--no-audit', '--no-fund']);
  if (!install.ok) return fail('`npm ci` failed: the lockfile does not install as committed.');
  // Unreviewed install scripts are the project's to approve or deny (package.json `allowScripts`).
  if (/npm warn install-scripts/i.test(install.output))
    return fail('`npm ci` ran install scripts that package.json `allowScripts` neither approves nor denies.');
  console.log(`npm ci in ${seconds(installing)}.`);

  const testing = performance.now();
  const testsPassed = inClone(clone, npx, [
    'jest',
    '--ci',
    '--maxWorkers=2',
    '--selectProjects',
    'node',
    'dom',
    '--testPathIgnorePatterns',
    '/test/integration/',
  ]);
  if (!testsPassed)
    return fail(
      'the unit tests fail in a fresh clone of HEAD. Something they need is not in the repository: ' +
        'a file outside it, an ignored or uncommitted file, or a package the lockfile does not pin.',
    );
  console.log(`Unit tests in ${seconds(testing)}; the whole check took ${seconds(started)}.`);
  return true;
};

const passed = (() => {
  try {
    return check();
  } finally {
    cleanUp();
  }
})();
process.exit(passed ? 0 : 1);
