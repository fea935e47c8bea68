import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The import rule of docs/ARCHITECTURE.md, proved against the real ESLint configuration: src/domain
 * stays pure (no React, Graph, MSAL or other layers of src/). ESLint loads `eslint.config.mjs`
 * with a dynamic import, which jest's module sandbox cannot do, so the ESLint Node API runs in a
 * child Node process, once for all the cases.
 */
const root = path.resolve(__dirname, '../..');

interface LintMessage {
  readonly ruleId: string | null;
  readonly severity: number;
  readonly message: string;
}

const LINT_SCRIPT = `
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
const sources = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const code of sources) {
  const [result] = await eslint.lintText(code, { filePath: 'src/domain/bad-example.ts' });
  out.push(result.messages.map(({ ruleId, severity, message }) => ({ ruleId, severity, message })));
}
process.stdout.write(JSON.stringify(out));
`;

const lintAll = (sources: readonly string[]): LintMessage[][] =>
  JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', LINT_SCRIPT], {
      cwd: root,
      input: JSON.stringify(sources),
      encoding: 'utf8',
      timeout: 60_000,
    }),
  ) as LintMessage[][];

const forbidden = [
  ['react', "import { useState } from 'react';\nexport const hook = useState;\n", 'must not depend on React'],
  [
    '@microsoft/microsoft-graph-client',
    "import { Client } from '@microsoft/microsoft-graph-client';\nexport const graph = Client;\n",
    'Graph belongs in src/graph',
  ],
  [
    '@azure/msal-browser',
    "import { PublicClientApplication } from '@azure/msal-browser';\nexport const msal = PublicClientApplication;\n",
    'MSAL belongs in src/auth',
  ],
  [
    '@pnp/sp',
    "import { spfi } from '@pnp/sp';\nexport const sp = spfi;\n",
    'PnPjs (SharePoint REST) belongs in src/graph',
  ],
  [
    '../graph/client',
    "import * as graph from '../graph/client';\nexport const client = graph;\n",
    'must not import src/graph',
  ],
] as const;
const allowed = "import { PlanSchema } from './plan';\nexport const schema = PlanSchema;\n";

let results: LintMessage[][] = [];
beforeAll(() => {
  results = lintAll([...forbidden.map(([, code]) => code), allowed]);
});

describe('src/domain import boundary (ESLint no-restricted-imports)', () => {
  it.each(forbidden.map(([name, , reason], index) => [name, reason, index] as const))(
    'refuses an import of %s in src/domain, saying why',
    (_name, reason, index) => {
      const errors = (results[index] ?? []).filter((m) => m.severity === 2);
      expect(errors.map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
      expect(errors[0]?.message).toContain(reason);
    },
  );

  it('allows a domain file to import another domain file', () => {
    expect(results[forbidden.length]).toEqual([]);
  });
});
