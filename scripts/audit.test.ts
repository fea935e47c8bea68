import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * scripts/audit.mjs on saved `npm audit --json` reports (no network): it must fail on a high or
 * critical finding nobody has explained, pass one that docs/SECURITY.md explains, and say so
 * plainly when the audit itself could not run.
 */
const script = path.resolve(__dirname, 'audit.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-audit-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: unknown): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

const ADVISORY = 'https://github.com/advisories/GHSA-0000-0000-0000';
const report = (severity: string) => ({
  auditReportVersion: 2,
  vulnerabilities: {
    'left-pad': {
      name: 'left-pad',
      severity,
      isDirect: false,
      via: [{ source: 1, name: 'left-pad', title: 'Prototype pollution', url: ADVISORY, severity }],
      range: '<1.3.1',
    },
  },
  metadata: {
    vulnerabilities: {
      info: 0,
      low: 0,
      moderate: 0,
      high: severity === 'high' ? 1 : 0,
      critical: 0,
      total: 1,
    },
    dependencies: { prod: 101, total: 101 },
  },
});
const CLEAN = {
  auditReportVersion: 2,
  vulnerabilities: {},
  metadata: { vulnerabilities: {}, dependencies: { prod: 101 } },
};
const NO_EXCEPTIONS = '# Security\n\n## Audit exceptions\n\nNone.\n';
const EXPLAINED = `# Security\n\n## Audit exceptions\n\n| Package | Advisory | Why |\n| --- | --- | --- |\n| \`left-pad\` | ${ADVISORY} | Only runs at build time on trusted input. |\n`;

const audit = (input: string, exceptions: string) =>
  spawnSync(
    process.execPath,
    [script, '--input', write('report.json', input), '--exceptions', write('SECURITY.md', exceptions)],
    {
      encoding: 'utf8',
    },
  );

describe('scripts/audit.mjs', () => {
  test('passes a clean report and prints the counts', () => {
    const result = audit(JSON.stringify(CLEAN), NO_EXCEPTIONS);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/production dependencies \(101 packages\): 0 critical, 0 high/);
  });

  test('fails on an unexplained high finding and names the package and advisory', () => {
    const result = audit(JSON.stringify(report('high')), NO_EXCEPTIONS);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`HIGH left-pad <1.3.1: Prototype pollution (${ADVISORY})`);
    expect(result.stdout).toContain('NOT EXPLAINED');
  });

  test('passes a high finding that docs/SECURITY.md explains, quoting the reason', () => {
    const result = audit(JSON.stringify(report('high')), EXPLAINED);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Only runs at build time on trusted input.');
  });

  test('a moderate finding does not fail the audit', () => {
    expect(audit(JSON.stringify(report('moderate')), NO_EXCEPTIONS).status).toBe(0);
  });

  test('says the audit could not run (exit 2) when the advisory service refuses', () => {
    const result = audit(
      JSON.stringify({
        message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
        statusCode: 405,
      }),
      NO_EXCEPTIONS,
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/could not check the production dependencies: 405 Method Not Allowed/);
  });
});
