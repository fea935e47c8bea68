/**
 * Security checks that protect pupils' data:
 * (a) every page the stand-in serves carries a Content-Security-Policy that forbids inline script
 *     (the built dist/*.html are checked by test/e2e/csp.e2e.test.ts, after the build);
 * (b) the lint rules that forbid raw HTML really fire (ESLint in a child process, real config);
 * (c) a whole create / save / open / schedule flow writes no personal data or token to the
 *     console or to web storage.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PERSONAS } from '../../dev/standin/demoSchool';
import { startTestStandIn } from '../../dev/standin/testSupport';
import type { StandIn } from '../../dev/standin/server';
import { createServices } from '../../src/app/services';
import { GRAPH_SCOPES } from '../../src/auth/scopes';
import {
  asClassTeamId,
  asPlanId,
  asReviewId,
  EditConflict,
  fixedClock,
  Invalid,
  NotFound,
  ReviewSchema,
  Throttled,
  type Plan,
} from '../../src/domain';
import { planFor } from './support/pupils';
import { SEN_SITE, SENCO, startTestbed, YEAR_5, type Testbed } from './support/iepTestbed';
import { trapUnhandledRejections } from '../support/unhandledRejections';

trapUnhandledRejections();

const root = path.resolve(__dirname, '../..');

/** Directive name → its sources. When script-src is absent, default-src governs scripts. */
export const scriptSources = (policy: string): string[] => {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name?.toLowerCase() ?? '', sources] as const),
  );
  return [...(directives.get('script-src') ?? directives.get('default-src') ?? ['*'])];
};

describe('(a) Content-Security-Policy on every page the stand-in serves', () => {
  let standIn: StandIn;
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-static-'));
  beforeAll(async () => {
    fs.writeFileSync(
      path.join(staticDir, 'tab.html'),
      '<!doctype html><script defer src="/tab.js"></script>',
    );
    fs.writeFileSync(path.join(staticDir, 'tab.js'), 'document.title = "IEP";');
    standIn = await startTestStandIn({ staticDir });
  });
  afterAll(async () => {
    await standIn.close();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  test.each([
    ['/', 302],
    ['/tab.html', 200],
    ['/tab.js', 200],
    ['/app-config.json', 200],
    ['/outbox', 200],
    ['/no-such-page.html', 404],
    ['/..%2f..%2f..%2fetc%2fpasswd', 404],
    ['/outbox/..%2f..%2fjournal.json', 404],
  ])('%s (HTTP %i) has a CSP with no inline or eval script, and nosniff', async (pagePath, status) => {
    const response = await fetch(`${standIn.url}${pagePath}`, { redirect: 'manual' });
    expect(response.status).toBe(status);
    const policy = response.headers.get('content-security-policy') ?? '';
    const scripts = scriptSources(policy);
    expect(scripts).toContain("'self'");
    for (const unsafe of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'unsafe-hashes'",
      '*',
      'data:',
      'blob:',
      'http:',
    ])
      expect(scripts).not.toContain(unsafe);
    expect(policy).toMatch(/(^|;)\s*default-src 'self'/);
    expect(policy).toMatch(/(^|;)\s*frame-ancestors /);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    if (status === 404) expect(await response.text()).not.toMatch(/root:|"calendar\.outbox"/);
  });

  test('the policy check itself catches a page that allows inline script', () => {
    expect(scriptSources("default-src 'self'; script-src 'self' 'unsafe-inline'")).toContain(
      "'unsafe-inline'",
    );
    expect(scriptSources("default-src 'self' 'unsafe-inline'")).toContain("'unsafe-inline'");
    expect(scriptSources('')).toContain('*');
  });
});

describe('(a) the production policies in docs/DEPLOY.md forbid inline script too', () => {
  const deploy = fs.readFileSync(path.join(root, 'docs/DEPLOY.md'), 'utf8');
  const policyA = /Policy A[^\n]*\n+```text\n([\s\S]*?)```/.exec(deploy)?.[1]?.replace(/\s+/g, ' ') ?? '';
  const policyC = /Policy C \(`auth-redirect\.html`\): `([^`]+)`/.exec(deploy)?.[1] ?? '';

  test.each([
    ['A (tab.html)', policyA],
    ['C (auth-redirect.html)', policyC],
  ])('policy %s: script-src is only self', (_name, policy) => {
    expect(policy).not.toBe('');
    expect(scriptSources(policy)).toEqual(["'self'"]);
  });

  test('policy A also forbids plugins and base-tag hijacking', () => {
    expect(policyA).toMatch(/object-src 'none'/);
    expect(policyA).toMatch(/base-uri 'self'/);
  });
});

describe('(d) least-privilege Microsoft Graph permissions', () => {
  // A scope can serve two sets (the roster's fallback reads team members, as a new plan does): count it once.
  const ALL_SCOPES = [...new Set(Object.values(GRAPH_SCOPES).flat())];

  test('no tenant-wide write, mail, file or directory permission is ever requested', () => {
    const tooBroad = ALL_SCOPES.filter((scope) =>
      /^(Sites\.(ReadWrite|Manage|FullControl)\.All|Files\.|Mail\.|Directory\.|User\.(Read|ReadWrite)\.All|Group\.|.*\.ReadWrite\.All)$/.test(
        scope,
      ),
    );
    expect(tooBroad).toEqual([]);
    expect(GRAPH_SCOPES.base).toContain('Sites.Selected');
  });

  test('docs/PERMISSIONS.md lists exactly the scopes the app asks for', () => {
    const permissions = fs.readFileSync(path.join(root, 'docs/PERMISSIONS.md'), 'utf8');
    const table = [...permissions.matchAll(/^\| `([A-Za-z.]+)`\s+\| delegated/gm)].map((m) => m[1]);
    expect([...table].sort()).toEqual([...ALL_SCOPES].sort());
  });
});

// ---------------------------------------------------------------------------------------------------
// (b) The lint rules against raw HTML, run as `npm run lint` would run them.
// ---------------------------------------------------------------------------------------------------

interface LintMessage {
  readonly ruleId: string | null;
  readonly severity: number;
  readonly message: string;
}

const LINT_SCRIPT = `
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
const samples = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { code, filePath } of samples) {
  const [result] = await eslint.lintText(code, { filePath });
  out.push(result.messages.map(({ ruleId, severity, message }) => ({ ruleId, severity, message })));
}
process.stdout.write(JSON.stringify(out));
`;

const RAW_HTML_SAMPLES: readonly (readonly [name: string, code: string, expected: RegExp])[] = [
  [
    'dangerouslySetInnerHTML in JSX',
    'export const Notes = (p: { html: string }) => <div dangerouslySetInnerHTML={{ __html: p.html }} />;\n',
    /Never render raw HTML/,
  ],
  [
    'dangerouslySetInnerHTML passed as a props object',
    "import { createElement } from 'react';\nexport const notes = (html: string) => createElement('div', { dangerouslySetInnerHTML: { __html: html } });\n",
    /Never render raw HTML/,
  ],
  [
    'innerHTML assignment',
    'export const show = (el: HTMLElement, t: string) => {\n  el.innerHTML = t;\n};\n',
    /innerHTML/,
  ],
  [
    'innerHTML +=',
    'export const add = (el: HTMLElement, t: string) => {\n  el.innerHTML += t;\n};\n',
    /innerHTML/,
  ],
  [
    'innerHTML through a computed property',
    "export const show = (el: HTMLElement, t: string) => {\n  el['innerHTML'] = t;\n};\n",
    /innerHTML/,
  ],
  [
    'outerHTML assignment',
    'export const swap = (el: HTMLElement, t: string) => {\n  el.outerHTML = t;\n};\n',
    /outerHTML/,
  ],
  [
    'insertAdjacentHTML',
    "export const add = (el: HTMLElement, t: string) => el.insertAdjacentHTML('beforeend', t);\n",
    /raw HTML/,
  ],
  ['document.write', 'export const out = (t: string) => document.write(t);\n', /document\.write/],
  [
    'console.log of a pupil',
    'export const debug = (name: string) => {\n  console.log(name);\n};\n',
    /console/,
  ],
];

const SAFE_SAMPLE =
  'export const Name = (p: { name: string }) => <span title={p.name}>{p.name}</span>;\n' +
  'export const show = (el: HTMLElement, t: string) => {\n  el.textContent = t;\n};\n';

describe('(b) the lint rules forbidding raw HTML and console output really fire', () => {
  let results: LintMessage[][] = [];
  beforeAll(() => {
    const samples = [...RAW_HTML_SAMPLES.map(([, code]) => code), SAFE_SAMPLE].map((code) => ({
      code,
      filePath: 'src/ui/SecuritySample/SecuritySample.tsx',
    }));
    results = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', LINT_SCRIPT], {
        cwd: root,
        input: JSON.stringify(samples),
        encoding: 'utf8',
        timeout: 120_000,
      }),
    ) as LintMessage[][];
  }, 120_000);

  test.each(RAW_HTML_SAMPLES.map(([name, , expected], index) => [name, expected, index] as const))(
    '%s in src/ui is a lint error',
    (_name, expected, index) => {
      const errors = (results[index] ?? []).filter((m) => m.severity === 2);
      expect(errors.map((m) => m.message).join('\n')).toMatch(expected);
    },
  );

  test('text rendered as text (JSX children, textContent) passes', () => {
    expect(results[RAW_HTML_SAMPLES.length]).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// (c) No personal data or tokens in the console or web storage.
// ---------------------------------------------------------------------------------------------------

/** A Storage like the browser's, recording every write. */
class RecordingStorage implements Storage {
  private readonly items = new Map<string, string>();
  readonly writes: [string, string][] = [];
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.writes.push([key, value]);
    this.items.set(key, String(value));
  }
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const;

const printable = (value: unknown): string => {
  if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ''}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

describe('(c) a full flow writes no personal data or token to the console or storage', () => {
  let bed: Testbed;
  const local = new RecordingStorage();
  const session = new RecordingStorage();
  const spies: jest.SpyInstance[] = [];
  const PUPIL = { givenName: 'Siobhán', familyName: "O'Connor-Núñez" };
  const PARENT = { name: 'Aoife Connor', email: 'aoife.connor@home.example' };
  const TEACHER = DEMO_PERSONAS.find((p) => p.role.toLowerCase().includes('teacher')) ?? DEMO_PERSONAS[0];

  beforeAll(async () => {
    bed = await startTestbed();
    Object.assign(globalThis, { localStorage: local, sessionStorage: session });
    for (const method of CONSOLE_METHODS)
      spies.push(jest.spyOn(console, method).mockImplementation(() => undefined));
  });
  afterAll(async () => {
    spies.forEach((spy) => spy.mockRestore());
    Reflect.deleteProperty(globalThis, 'localStorage');
    Reflect.deleteProperty(globalThis, 'sessionStorage');
    await bed.close();
  });

  test('create, save, conflict, refuse, open, list and schedule: nothing personal is printed or stored', async () => {
    const persona = DEMO_PERSONAS.find((p) => p.email === SENCO.email);
    const services = await createServices(
      { mode: 'local', graphBaseUrl: `${bed.standIn.url}/`, senSite: SEN_SITE, personas: [...DEMO_PERSONAS] },
      { clock: fixedClock('2026-02-10T10:00:00Z'), persona: persona ?? null },
    );
    // As a school's SENCO does: the setup (lists, then care-team access), then the pupil through the app.
    await services.provisionSenSite(() => undefined);
    const [pupil] = await services.store.addPupils([
      {
        ...PUPIL,
        preferredName: '',
        pupilRef: 'SEC-1',
        classTeamId: asClassTeamId(YEAR_5),
        className: 'Year 5 Owls',
        yearGroup: 'Year 5',
      },
    ]);
    if (!pupil) throw new Error('The pupil was not added');
    const teacherEmail = TEACHER?.email ?? 'teacher@oakfield.example';
    const draft = planFor(pupil, 2, {
      people: {
        senco: SENCO,
        classTeacher: { name: 'Class teacher', email: teacherEmail },
        teachingAssistants: [],
        parentsCarers: [{ ...PARENT, relationship: 'Mother' }],
        professionals: [],
      },
    });
    const created = await services.store.createPlan({ pupil, plan: draft });
    const { plan } = await services.store.openPlan(created.id);
    const saved = await services.store.savePlan(
      { ...plan, parentViews: `${PUPIL.givenName} is settled.` },
      plan,
    );
    expect(saved.failures).toEqual([]);
    // A second writer from the stale copy: a conflict, reported without printing anything.
    const stale = await services.store.savePlan({ ...plan, pupilViews: 'I like maths.' }, plan);
    expect(stale.conflicts[0]).toBeInstanceOf(EditConflict);
    await expect(
      services.store.savePlan({ ...plan, parentViews: 'Bad \u0001 text' }, plan),
    ).rejects.toBeInstanceOf(Invalid);
    await expect(services.store.openPlan(asPlanId('999999'))).rejects.toBeInstanceOf(NotFound);
    expect((await services.store.loadClass(asClassTeamId(YEAR_5))).plans.map((p) => p.id)).toContain(
      created.id,
    );
    expect((await services.store.listPlansForStaff(teacherEmail)).map((p) => p.id)).toContain(created.id);
    await services.store.findPupil(pupil.id);

    // Throttling and outages: retried, or reported as Throttled; either way, nothing printed.
    bed.standIn.setFaults({ rate: 0.5, statuses: [429, 503], retryAfterSeconds: 0, seed: 7 });
    try {
      for (let i = 0; i < 3; i += 1) {
        const outcome = await services.store.openPlan(created.id).catch((error: unknown) => error);
        if (outcome instanceof Error) expect(outcome).toBeInstanceOf(Throttled);
      }
    } finally {
      bed.standIn.setFaults(null);
    }

    const current: Plan = (await services.store.openPlan(created.id)).plan;
    const review = ReviewSchema.parse({
      id: asReviewId('sec-review-1'),
      seriesId: current.seriesId,
      planId: current.id,
      type: 'termly',
      start: '2026-03-10T15:30:00Z',
      end: '2026-03-10T16:15:00Z',
      location: 'SENCO office',
      invitees: [
        { ...PARENT, role: 'parent-carer' },
        { ...SENCO, role: 'senco', internal: true },
      ],
    });
    await services.calendar.createReviewEvent({ review, plan: current, reminderMinutes: 15 });
    await services.documents.exportDocx('full-iep', { plan: current });
    await services.signOut();

    const secrets = [
      PUPIL.givenName,
      PUPIL.familyName,
      PARENT.email,
      PARENT.name,
      teacherEmail,
      SENCO.email,
      'local-dev-token',
      'Bearer',
    ];
    const printed = spies.flatMap((spy) =>
      spy.mock.calls.map((args: unknown[]) => args.map(printable).join(' ')),
    );
    for (const secret of secrets) expect(printed.filter((line) => line.includes(secret))).toEqual([]);
    expect(local.writes).toEqual([]);
    const stored = session.writes.map(([key, value]) => `${key}=${value}`);
    for (const secret of secrets) expect(stored.filter((entry) => entry.includes(secret))).toEqual([]);
  });
});
