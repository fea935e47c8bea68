#!/usr/bin/env node
// Audits the production dependencies (what ships to schools) with `npm audit --omit=dev --json`,
// prints a summary, and fails on any high or critical finding that docs/SECURITY.md does not explain.
//
//   node scripts/audit.mjs                       run npm audit (needs the npm registry's advisory service)
//   node scripts/audit.mjs --input report.json   summarise a saved `npm audit --json` report instead
//   node scripts/audit.mjs --exceptions FILE     read explanations from FILE (default docs/SECURITY.md)
//
// Exit codes: 0 no unexplained high/critical finding; 1 at least one; 2 the audit could not be run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEVERITIES = ['critical', 'high', 'moderate', 'low', 'info'];
const BLOCKING = new Set(['critical', 'high']);

const option = (name) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

/** `npm audit` exits 1 when it finds something, so its exit code is not an error; its JSON says. */
const runNpmAudit = () => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8' });
  return result.stdout || result.stderr || '';
};

/**
 * Explanations live in docs/SECURITY.md, under "## Audit exceptions", one table row per package:
 * | `package` | advisory URL (or "any") | why it is not a risk here, and when it will be revisited |
 */
const readExceptions = (markdown) => {
  const section = markdown.split(/^## /m).find((part) => part.startsWith('Audit exceptions')) ?? '';
  const exceptions = [];
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const name = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    if (name && cells[3]) exceptions.push({ name, advisory: cells[2] || 'any', reason: cells[3] });
  }
  return exceptions;
};

const advisoriesOf = (vulnerability) =>
  (vulnerability.via ?? []).map((via) =>
    typeof via === 'string'
      ? { title: `through ${via}`, url: '' }
      : { title: via.title ?? 'advisory', url: via.url ?? '' },
  );

const explanationFor = (name, advisories, exceptions) =>
  exceptions.find(
    (e) => e.name === name && (e.advisory === 'any' || advisories.some((a) => a.url && a.url === e.advisory)),
  );

const main = () => {
  const input = option('--input');
  const raw = input ? readFileSync(input, 'utf8') : runNpmAudit();
  let report;
  try {
    report = JSON.parse(raw);
  } catch {
    console.error(`npm audit did not produce a JSON report:\n${raw.slice(0, 500)}`);
    return 2;
  }
  if (!report || typeof report.vulnerabilities !== 'object' || report.vulnerabilities === null) {
    const why = report?.message ?? report?.error?.summary ?? 'no vulnerabilities section in the report';
    console.error(
      `npm audit could not check the production dependencies: ${why}\n` +
        'Run it where the npm registry advisory service (POST /-/npm/v1/security/advisories/bulk) is reachable.',
    );
    return 2;
  }
  const exceptionsFile = option('--exceptions') ?? join(root, 'docs', 'SECURITY.md');
  const exceptions = readExceptions(readFileSync(exceptionsFile, 'utf8'));
  const counts = report.metadata?.vulnerabilities ?? {};
  const scanned = report.metadata?.dependencies?.prod ?? report.metadata?.dependencies?.total ?? '?';
  console.log(
    `npm audit, production dependencies (${scanned} packages): ` +
      SEVERITIES.map((s) => `${counts[s] ?? 0} ${s}`).join(', ') +
      '.',
  );
  let unexplained = 0;
  for (const [name, vulnerability] of Object.entries(report.vulnerabilities)) {
    if (!BLOCKING.has(vulnerability.severity)) continue;
    const advisories = advisoriesOf(vulnerability);
    const explained = explanationFor(name, advisories, exceptions);
    if (!explained) unexplained += 1;
    console.log(
      `- ${vulnerability.severity.toUpperCase()} ${name} ${vulnerability.range ?? ''}: ` +
        advisories.map((a) => (a.url ? `${a.title} (${a.url})` : a.title)).join('; ') +
        (explained
          ? `\n  explained in ${exceptionsFile}: ${explained.reason}`
          : '\n  NOT EXPLAINED: fix it, or explain it under "Audit exceptions" in docs/SECURITY.md'),
    );
  }
  if (unexplained > 0) {
    console.error(`${unexplained} high or critical finding(s) without an explanation.`);
    return 1;
  }
  console.log('No unexplained high or critical findings.');
  return 0;
};

process.exitCode = main();
