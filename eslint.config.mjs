// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The layering rules from docs/ARCHITECTURE.md. Built-in `no-restricted-imports` is enough: every
 * cross-layer import in this repo is a relative path or a package name, so patterns can name both.
 */
const officeAndHosts = [
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'This layer must not depend on React.',
  },
  { group: ['@fluentui/*'], message: 'This layer must not depend on Fluent UI.' },
  { group: ['@microsoft/teams-js'], message: 'teams-js belongs in src/tab (and auth) only.' },
  {
    group: ['@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-client/*'],
    message: 'Graph belongs in src/graph.',
  },
  { group: ['@azure/msal-browser', '@azure/msal-*'], message: 'MSAL belongs in src/auth.' },
  {
    group: ['office-js', '@microsoft/office-js', 'office-addin-*'],
    message: 'Office belongs in src/word and src/taskpane.',
  },
  // PnPjs makes the SharePoint REST calls Graph cannot (permissions, folders): an adapter like Graph's.
  { group: ['@pnp/*'], message: 'PnPjs (SharePoint REST) belongs in src/graph.' },
];
const layer = (name) => ({
  group: [`**/${name}`, `**/${name}/**`],
  message: `Import rules (docs/ARCHITECTURE.md): this layer must not import src/${name}.`,
});
const devServer = {
  group: ['**/dev/**', '**/dev'],
  message: 'src/ never imports the local stand-in (dev/).',
};

/** @param {string[]} files @param {object[]} patterns */
const restrict = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'coverage/**',
      '.data/**',
      'out/**',
      'bench-results/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Pupil data is personal data about a child: never render user text as raw HTML.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render raw HTML; pupil data must be shown as text.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Never assign innerHTML; use textContent.',
        },
        {
          selector: "AssignmentExpression[left.property.name='outerHTML']",
          message: 'Never assign outerHTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never insert raw HTML.',
        },
        // The same holes reached another way (test/integration/security.test.ts proves each fires).
        {
          selector: "Property[key.name='dangerouslySetInnerHTML']",
          message: 'Never render raw HTML; pupil data must be shown as text.',
        },
        {
          selector: 'AssignmentExpression[left.computed=true][left.property.value=/^(inner|outer)HTML$/]',
          message: 'Never assign innerHTML or outerHTML; use textContent.',
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
          message: 'Never use document.write; create elements and set textContent.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Import circles make layers impossible to reason about and load order fragile: refused, not just avoided.
  // src/domain/cycles.test.ts proves the rule fires.
  {
    files: ['src/**/*.{ts,tsx}', 'dev/**/*.ts', 'scripts/**/*.ts', 'test/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x skips .ts/.tsx dependencies and no cycle is ever seen.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // A promise nobody awaits or catches fails silently (a save that never happened): refused everywhere.
  // These two rules need types, so they are the only typed ones; each file is checked against the
  // tsconfig that owns it (tsconfig.json references app, node and test).
  {
    files: ['src/**/*.{ts,tsx}', 'dev/**/*.ts', 'scripts/**/*.ts', 'test/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: {
          // The lint rules' own tests lint files that no tsconfig lists: code held only in memory
          // (src/domain/bad-example.ts, a security sample) and a scratch folder of import cycles.
          allowDefaultProject: [
            'src/*/bad-example.ts',
            'src/*/*/bad-example.ts',
            'src/ui/SecuritySample/SecuritySample.tsx',
            'test/.cycle-probe-*/*.ts',
          ],
          defaultProject: 'tsconfig.test.json',
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  // Local tooling (stand-in, scripts, tests) may print to the terminal; the product may not.
  { files: ['dev/**', 'scripts/**', 'test/**'], rules: { 'no-console': 'off' } },
  restrict(
    ['src/domain/**'],
    [...officeAndHosts, ...['graph', 'auth', 'word', 'ui', 'app', 'tab', 'taskpane'].map(layer), devServer],
  ),
  restrict(
    ['src/graph/**'],
    [
      ...officeAndHosts.filter(
        (p) => !p.group[0]?.startsWith('@microsoft/microsoft-graph') && p.group[0] !== '@pnp/*',
      ),
      ...['auth', 'word', 'ui', 'app', 'tab', 'taskpane'].map(layer),
      devServer,
    ],
  ),
  restrict(
    ['src/auth/**'],
    [
      ...officeAndHosts.filter((p) => !/msal|teams-js/.test(p.group[0] ?? '')),
      ...['graph', 'word', 'ui', 'app', 'tab', 'taskpane'].map(layer),
      devServer,
    ],
  ),
  restrict(
    ['src/word/**'],
    [
      ...officeAndHosts.filter((p) => !/office/.test(p.group[0] ?? '')),
      ...['graph', 'auth', 'ui', 'app', 'tab', 'taskpane'].map(layer),
      devServer,
    ],
  ),
  restrict(
    ['src/ui/**'],
    [
      ...officeAndHosts.filter((p) => !/react|fluentui/.test(p.group[0] ?? '')),
      ...['graph', 'auth', 'word', 'app', 'tab', 'taskpane'].map(layer),
      devServer,
    ],
  ),
  // The one session of both hosts is rendered by src/ui/session, which may read src/app/session (a
  // React-free module whose own imports are checked as src/app's) and nothing else of src/app.
  restrict(
    ['src/ui/session/**'],
    [
      ...officeAndHosts.filter((p) => !/react|fluentui/.test(p.group[0] ?? '')),
      ...['graph', 'auth', 'word', 'tab', 'taskpane'].map(layer),
      {
        regex: '(^|/)app(/(?!session/)[^/]+)*$',
        message: 'Import rules (ARCHITECTURE.md): src/ui/session may import src/app/session only.',
      },
      devServer,
    ],
  ),
  // The composition root wires adapters, src/word's document exporter included (src/app/documents.ts).
  restrict(
    ['src/app/**'],
    [
      ...officeAndHosts.filter((p) => !/react|fluentui|teams-js|msal|graph|office/.test(p.group[0] ?? '')),
      ...['ui', 'tab', 'taskpane'].map(layer),
      devServer,
    ],
  ),
  // The session and the use cases stay free of React, so they can be driven and tested without a page.
  restrict(
    ['src/app/session/**', 'src/app/usecases/**'],
    [
      ...officeAndHosts.filter((p) => !/teams-js|msal|graph|office/.test(p.group[0] ?? '')),
      ...['ui', 'tab', 'taskpane'].map(layer),
      devServer,
    ],
  ),
  restrict(
    ['src/tab/**'],
    [
      ...officeAndHosts.filter((p) => !/react|fluentui|teams-js/.test(p.group[0] ?? '')),
      ...['graph', 'auth', 'word', 'taskpane'].map(layer),
      devServer,
    ],
  ),
  restrict(
    ['src/taskpane/**'],
    [
      ...officeAndHosts.filter((p) => !/react|fluentui|office/.test(p.group[0] ?? '')),
      ...['graph', 'auth', 'tab'].map(layer),
      devServer,
    ],
  ),
  // The bench and the soak drive the product through src/app/usecases, as the pages do, never through a page.
  restrict(
    ['scripts/**', 'test/resilience/**'],
    [
      {
        group: ['**/src/tab', '**/src/tab/**'],
        message: 'Use src/app/usecases; src/tab holds React pages only.',
      },
    ],
  ),
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
