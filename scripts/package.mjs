#!/usr/bin/env node
/**
 * npm run package [-- --config path] [-- --skip-build]
 * Builds the site for the school's hosting origin and writes out/iep-planner-teams.zip and
 * out/manifest.xml, all from iep-planner.config.json (or IEP_* environment variables).
 * The work is done in TypeScript (scripts/manifest/cli.ts), run through tsx.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('./manifest/cli.ts', import.meta.url));
const run = spawnSync(process.execPath, ['--import', 'tsx', cli, 'package', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
