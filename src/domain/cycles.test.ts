import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Import circles are refused by lint (eslint-plugin-import-x `no-cycle`), proved against the real ESLint
 * configuration: two files that import each other are written to a scratch folder inside the
 * repository (ignored by git), linted in a child process (jest cannot load eslint.config.mjs), then removed.
 */
const root = path.resolve(__dirname, '../..');

const LINT_SCRIPT = `
import { ESLint } from 'eslint';
const eslint = new ESLint({ cwd: process.cwd() });
const results = await eslint.lintFiles(process.argv.slice(1));
process.stdout.write(JSON.stringify(results.flatMap((r) => r.messages.map((m) => m.ruleId))));
`;

const lint = (files: readonly string[]): string[] =>
  JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', LINT_SCRIPT, ...files], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    }),
  ) as string[];

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(path.join(root, 'test', '.cycle-probe-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('two modules that import each other are an ESLint error (import-x/no-cycle)', () => {
  writeFileSync(
    path.join(scratch, 'first.ts'),
    "import { second } from './second';\nexport const first = () => second;\n",
  );
  writeFileSync(
    path.join(scratch, 'second.ts'),
    "import { first } from './first';\nexport const second = () => first;\n",
  );
  expect(lint([path.join(scratch, 'first.ts')])).toContain('import-x/no-cycle');
});

test('a one-way import is not', () => {
  writeFileSync(path.join(scratch, 'leaf.ts'), 'export const leaf = 1;\n');
  writeFileSync(path.join(scratch, 'user.ts'), "import { leaf } from './leaf';\nexport const user = leaf;\n");
  expect(lint([path.join(scratch, 'user.ts')])).toEqual([]);
});
