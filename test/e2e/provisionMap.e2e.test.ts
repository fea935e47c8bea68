import { readFileSync } from 'node:fs';
import { Workbook } from 'exceljs';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { asPlanId, pupilDisplayName, type PlanSummary, type Pupil } from '../../src/domain';
import { seriousAccessibilityViolations } from './support/axe';
import { newSchoolContext, watchProblems, type PageProblems } from './support/browser';
import { OTTERS, SENCO } from './support/demo';
import { provisionsAs, storeAs } from './support/graph';
import { demoTabUrl } from './support/product';
import { productAndBrowserForThisFile } from './support/productAndBrowser';

const e2e = productAndBrowserForThisFile();

const PROVISION = 'Reading fluency group (browser test)';
const DESCRIPTION = 'Paired reading of a levelled text, then a timed re-read with the adult noting errors.';
const TERM = 'Autumn term 2026';

/**
 * The hand calculation the map must agree with: 3 sessions a week of 30 minutes for 10 weeks with one
 * adult is 15 staff hours; at £18.50 an hour that is £277.50, and the group's resources £45.00 make
 * £322.50 for the term, shared by five pupils who all attend the whole term: £64.50 each.
 */
const STAFF_HOURS = '15 hours';
const GROUP_COST = '£322.50';
const EACH_PUPIL = '£64.50';

const SHARED_TARGETS = [
  'I will read a page of my reading book aloud with no more than 3 errors.',
  'I will read 60 words a minute from a book at my level.',
];
/** Each child's own outcome for the two shared targets, all different across the five. */
const OUTCOMES: readonly (readonly [string, string])[] = [
  ['Achieved', 'Partly achieved'],
  ['Partly achieved', 'Not achieved'],
  ['Not achieved', 'Achieved'],
  ['Continued', 'Achieved'],
  ['Achieved', 'Continued'],
];

const openAs = async (hash: string): Promise<{ page: Page; problems: PageProblems }> => {
  const page = await (await newSchoolContext(e2e.browser)).newPage();
  const problems = watchProblems(page);
  await page.goto(demoTabUrl(e2e.product.url, SENCO.email, hash));
  return { page, problems };
};

interface Chosen {
  readonly pupil: Pupil;
  readonly plan: PlanSummary;
}

/** Three pupils of Year 4 Otters and two of another class, each with a current plan. */
const choosePupils = async (): Promise<readonly Chosen[]> => {
  const register = await (await storeAs(e2e.product.url, SENCO)).loadRegister();
  const withPlan = (pupil: Pupil): Chosen | null => {
    const plan = register.plans.find((p) => p.pupil.pupilId === pupil.id && p.status === 'active');
    return plan && plan.targetCount > 0 ? { pupil, plan } : null;
  };
  const chosen = register.pupils.map(withPlan).filter((c): c is Chosen => c !== null);
  const otters = chosen.filter((c) => c.pupil.classTeamId === OTTERS.teamId).slice(0, 3);
  const other = chosen.find((c) => c.pupil.classTeamId !== OTTERS.teamId)?.pupil.classTeamId;
  const others = chosen.filter((c) => c.pupil.classTeamId === other).slice(0, 2);
  if (otters.length < 3 || others.length < 2)
    throw new Error('The demo school has too few pupils with plans.');
  return [...otters, ...others];
};

const nameOf = (chosen: Chosen): string => pupilDisplayName(chosen.pupil);
/** "£1,234.50" as 123450. */
const pence = (shown: string): number => Math.round(Number(shown.replace(/[£,]/g, '')) * 100);
const escaped = (text: string): string => text.replace(/[()]/g, '\\$&');

describe('the provision map in Chromium, as the SENCO', () => {
  let pupils: readonly Chosen[] = [];
  let provisionUrl = '';

  beforeAll(async () => {
    pupils = await choosePupils();
  });

  it('creates a provision, puts five pupils from two classes on it and records their scores', async () => {
    const { page, problems } = await openAs('/provisions/new');
    await page.getByRole('heading', { level: 1, name: 'New provision' }).waitFor();
    await page.getByRole('textbox', { name: /^Name/ }).fill(PROVISION);
    await page
      .getByRole('combobox', { name: /^Area of need/ })
      .selectOption({ label: 'Cognition and learning' });
    await page.getByRole('combobox', { name: /^Group or 1:1/ }).selectOption({ label: 'Small group' });
    await page.getByRole('textbox', { name: /^Group size/ }).fill('6');
    await page.getByRole('combobox', { name: /^Staff role/ }).selectOption({ label: 'Teaching assistant' });
    await page.getByRole('button', { name: 'Add a member of staff' }).click();
    await page.getByRole('textbox', { name: /^Member of staff 1/ }).fill('Mrs Aisha Rahman');
    await page.getByRole('textbox', { name: /^Sessions per week/ }).fill('3');
    await page.getByRole('textbox', { name: /^Minutes per session/ }).fill('30');
    await page.getByRole('textbox', { name: /^Weeks per term/ }).fill('10');
    await page.getByRole('textbox', { name: /^Cost per hour/ }).fill('£18.50');
    await page.getByRole('textbox', { name: /^Resources cost per term/ }).fill('45');
    await page.getByRole('textbox', { name: /^What happens in a session/ }).fill(DESCRIPTION);
    await page
      .getByRole('textbox', { name: /^Entry and exit measure/ })
      .fill('Words read correctly per minute');
    await page.getByRole('button', { name: 'Add provision' }).click();

    await page.getByRole('heading', { level: 1, name: PROVISION }).waitFor();
    provisionUrl = page.url();

    await page.getByRole('button', { name: 'Add pupils' }).click();
    const dialog = page.getByRole('dialog');
    const byClass = async (chosen: readonly Chosen[]) => {
      const first = chosen[0] as Chosen;
      await dialog.getByRole('combobox', { name: 'Class' }).selectOption({ label: first.pupil.className });
      for (const c of chosen) await dialog.getByRole('checkbox', { name: nameOf(c), exact: true }).check();
    };
    await byClass(pupils.slice(0, 3));
    await byClass(pupils.slice(3));
    await dialog.getByRole('button', { name: 'Add 5 pupils' }).click();
    await dialog.waitFor({ state: 'detached' });

    const table = page.getByRole('table', { name: /Pupils in the autumn term/ });
    for (const c of pupils) await table.getByRole('row', { name: new RegExp(nameOf(c)) }).waitFor();

    for (const [i, c] of pupils.entries()) {
      await page.getByRole('textbox', { name: `Entry score for ${nameOf(c)}` }).fill(String(40 + i));
      await page.getByRole('textbox', { name: `Exit score for ${nameOf(c)}` }).fill(String(50 + i * 2));
      await page.getByRole('button', { name: `Save ${nameOf(c)}` }).click();
      await page
        .getByRole('row', { name: new RegExp(nameOf(c)) })
        .getByText('Saved.')
        .waitFor();
    }

    const saved = await (
      await provisionsAs(e2e.product.url, SENCO)
    ).pupilProvisions((pupils[4] as Chosen).pupil.id);
    const placement = saved.placements.find((p) =>
      saved.provisions.some((v) => v.id === p.provisionId && v.name === PROVISION),
    );
    expect(placement).toMatchObject({ entryScore: 44, exitScore: 58, group: 1, term: '2026-09-07' });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it("links a pupil's target to the provision, which then says how it is taught", async () => {
    const chosen = pupils[0] as Chosen;
    const { page } = await openAs(`/plan/${chosen.plan.id}`);
    await page.getByRole('heading', { level: 1, name: chosen.plan.pupil.name }).waitFor();
    const target = page.getByRole('region', { name: /^Short-term target 1\b/ });
    const link = target.getByRole('combobox', { name: 'Delivered through a school provision' });
    // The catalogue is read when the list is first opened, as a teacher's click opens it.
    await link.click();
    await link.selectOption({ label: PROVISION });
    await link.press('Escape');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

    const { plan } = await (await storeAs(e2e.product.url, SENCO)).openPlan(asPlanId(chosen.plan.id));
    const linked = plan.shortTermTargets[0];
    const provisions = (await (await provisionsAs(e2e.product.url, SENCO)).listProvisions()).provisions;
    expect(linked?.provisionId).toBe(provisions.find((p) => p.name === PROVISION)?.id);
    expect(linked?.strategies).toContain(DESCRIPTION);
  });

  it('writes a group plan with two shared targets and records each child’s own outcomes', async () => {
    const { page } = await openAs(new URL(provisionUrl).hash.slice(1));
    await page.getByRole('heading', { level: 1, name: PROVISION }).waitFor();
    const plan = page.getByRole('region', { name: 'Group 1 plan' });
    for (const [i, text] of SHARED_TARGETS.entries()) {
      await plan.getByRole('button', { name: 'Add a shared target' }).click();
      const fields = plan.getByRole('group', { name: `Shared target ${i + 1}` });
      await fields.getByLabel('Area', { exact: true }).selectOption({ label: 'Literacy' });
      await fields.getByRole('textbox', { name: 'Target', exact: true }).fill(text);
    }
    await plan.getByRole('button', { name: 'Create group 1 plan' }).click();
    await plan.getByText('Group plan saved.').waitFor();

    for (const [i, c] of pupils.entries()) {
      const child = plan.getByRole('region', { name: `${nameOf(c)}'s outcomes` });
      for (const [n, outcome] of (OUTCOMES[i] as readonly string[]).entries()) {
        await child
          .getByRole('combobox', { name: `Outcome for shared target ${n + 1}` })
          .selectOption({ label: outcome });
      }
      await child.getByRole('button', { name: `Save ${nameOf(c)}'s outcomes` }).click();
      await child.getByText(`${nameOf(c)}'s outcomes saved.`).waitFor();
    }
  });

  it("prints the shared targets with each child's own outcome in that child's plan", async () => {
    for (const [i, c] of pupils.entries()) {
      const { page } = await openAs(`/plan/${c.plan.id}`);
      await page.getByRole('heading', { level: 1, name: c.plan.pupil.name }).waitFor();
      await page.getByRole('button', { name: 'Export .docx' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .getByRole('group', { name: 'Working copy for school (.docx)' })
          .getByRole('menuitem', { name: 'SEN support plan (IEP)' })
          .click(),
      ]);
      const text = (await mammoth.extractRawText({ buffer: readFileSync(await download.path()) })).value;
      const section = text.slice(text.indexOf('Group targets'));
      expect(section).toContain(PROVISION);
      for (const [n, shared] of SHARED_TARGETS.entries()) {
        const after = section.slice(section.indexOf(shared));
        expect(after).toContain((OUTCOMES[i] as readonly string[])[n]);
      }
      await page.context().close();
    }
  });

  it('shows the hand-calculated staff hours and cost, and exports the same totals to Excel', async () => {
    const { page, problems } = await openAs('/provision-map');
    const grid = page.getByRole('table', { name: `Provision map for ${TERM}` });
    const row = grid.getByRole('row', { name: new RegExp(escaped(PROVISION)) });
    await row.waitFor();
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['5', STAFF_HOURS, GROUP_COST]),
    );

    const first = pupils[0] as Chosen;
    const pupilChoice = page.getByRole('combobox', { name: /^Pupil/ });
    const option = pupilChoice.getByRole('option', { name: new RegExp(`^${nameOf(first)}`) });
    await pupilChoice.selectOption({ label: (await option.first().textContent()) ?? '' });
    const statement = page.getByRole('table', { name: `Cost of provision for ${nameOf(first)}, ${TERM}` });
    await statement
      .getByRole('row', { name: new RegExp(escaped(PROVISION)) })
      .getByText(EACH_PUPIL)
      .waitFor();

    const schoolTotal = (
      await grid
        .getByRole('row', { name: /^School total/ })
        .getByRole('cell')
        .allTextContents()
    ).at(-1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export to Excel' }).click(),
    ]);
    const book = new Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.getWorksheet('Provision map');
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push(row.values as unknown[]));
    const COST = 9;
    const mine = rows.find((r) => r[2] === PROVISION);
    expect(mine?.[COST]).toBe(322.5);
    const whole = rows.find((r) => r[1] === 'Whole school')?.[COST] as
      { formula: string; result: number } | undefined;
    expect(whole?.formula).toMatch(/^SUM\(/);
    // The provision rows' costs are plain numbers; what the total's formula adds up is what the screen says.
    const provisionRows = rows.filter(
      (r) => typeof r[2] === 'string' && r[2] !== '' && typeof r[COST] === 'number',
    );
    const summed = provisionRows.reduce((sum, r) => sum + Math.round((r[COST] as number) * 100), 0);
    expect(summed).toBe(whole ? Math.round(whole.result * 100) : NaN);
    expect(pence(schoolTotal ?? '')).toBe(summed);
    expect(problems.pageErrors).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
