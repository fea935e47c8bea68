#!/usr/bin/env node
/**
 * npm run validate [-- --config path]
 * Offline: the Teams manifest against the JSON schema bundled in @microsoft/app-manifest (ajv, draft-04),
 * the XML add-in manifest against the structural rules in scripts/manifest/validateXmlManifest.ts, the
 * icons' sizes, and out/ artefacts when they exist. Uses iep-planner.config.json, or the example config.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('./manifest/cli.ts', import.meta.url));
const run = spawnSync(process.execPath, ['--import', 'tsx', cli, 'validate', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
