import type { BrowserContext, Page } from 'playwright-core';
import { asClassTeamId, asPlanId, type Plan } from '../../src/domain';
import { seriousAccessibilityViolations } from './support/axe';
import { newSchoolContext, watchProblems } from './support/browser';
import { productAndBrowserForThisFile } from './support/productAndBrowser';
import { OTTERS, OTTERS_TEACHER, SENCO } from './support/demo';
import { storeAs } from './support/graph';
import { demoTabUrl } from './support/product';

const e2e = productAndBrowserForThisFile();

const tabUrl = (persona: string, hash: string): string => demoTabUrl(e2e.product.url, persona, hash);

const signedIn = async (persona: string, hash: string): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await newSchoolContext(e2e.browser);
  const page = await context.newPage();
  await page.goto(tabUrl(persona, hash));
  return { context, page };
};

const shortTermTarget = (page: Page, n: number) =>
  page.getByRole('region', { name: new RegExp(`^Short-term target ${n}\\b`) });
const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'All changes saved' });

const openAsStaff = async (email: string, planId: string): Promise<Plan> =>
  (await (await storeAs(e2e.product.url, { name: 'Check', email })).openPlan(asPlanId(planId))).plan;

/** An existing plan in Year 4 Otters with at least one target, for the editing tests. */
const existingOttersPlan = async (skip: number): Promise<Plan> => {
  const store = await storeAs(e2e.product.url, OTTERS_TEACHER);
  const dashboard = await store.loadClass(asClassTeamId(OTTERS.teamId));
  const withTargets = dashboard.plans.filter((p) => p.status !== 'closed' && p.targetCount > 0);
  const summary = withTargets[skip];
  if (!summary) throw new Error('The demo school has too few Year 4 plans with targets.');
  return (await store.openPlan(summary.id)).plan;
};

const SMART_TARGETS = [
  {
    area: 'Literacy',
    text: 'By the end of term Maya will read 20 high-frequency words on 4 out of 5 occasions',
    criteria: 'Reads 20 words from the Year 1 list correctly in 4 of 5 checks',
  },
  {
    area: 'Mathematics',
    text: 'By the end of term Maya will recall number bonds to 10 within 3 seconds',
    criteria: 'Answers 10 out of 10 bonds on two separate days',
  },
  {
    area: 'Social skills',
    text: 'By the end of term Maya will take turns in a group game for 10 minutes',
    criteria: 'Observed taking turns without adult prompting on 3 occasions',
  },
];

describe('IEP editor in Chromium', () => {
  it('a teacher starts a plan with three SMART targets, saves, reloads and sees it', async () => {
    const { context, page } = await signedIn(OTTERS_TEACHER.email, `/class/${OTTERS.teamId}`);
    const problems = watchProblems(page);
    const start = page.getByRole('link', { name: /^Start a plan for / }).first();
    const pupilName = ((await start.getAttribute('aria-label')) ?? '').replace('Start a plan for ', '');
    await start.click();
    await page.getByRole('heading', { level: 1, name: pupilName }).waitFor();

    for (const [i, target] of SMART_TARGETS.entries()) {
      const n = i + 1;
      if ((await shortTermTarget(page, n).count()) === 0) {
        await page.getByRole('button', { name: 'Add short-term target' }).click();
      }
      const region = shortTermTarget(page, n);
      await region.getByLabel('Area', { exact: true }).selectOption({ label: target.area });
      await region.getByRole('textbox', { name: 'Target', exact: true }).fill(target.text);
      await region.getByLabel('Success criteria (how we will know)').fill(target.criteria);
      await region.getByLabel('Who delivers it').fill('Mrs Rahman (TA)');
      await region.getByLabel('How often and for how long').fill('Daily, 10 minutes');
      await region.getByLabel('Target date').fill('2026-12-18');
    }
    await page.getByRole('button', { name: 'Save plan' }).click();
    await saved(page).waitFor();

    const planId = decodeURIComponent(new URL(page.url()).hash.replace('#/plan/', ''));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: pupilName }).waitFor();
    for (const [i, target] of SMART_TARGETS.entries()) {
      await expect(
        shortTermTarget(page, i + 1)
          .getByRole('textbox', { name: 'Target', exact: true })
          .inputValue(),
      ).resolves.toBe(target.text);
    }
    // What the page shows is what SharePoint holds.
    const stored = await openAsStaff(OTTERS_TEACHER.email, planId);
    expect(stored.shortTermTargets.map((t) => t.text)).toEqual(SMART_TARGETS.map((t) => t.text));
    expect(stored.shortTermTargets.map((t) => t.targetDate)).toEqual([
      '2026-12-18',
      '2026-12-18',
      '2026-12-18',
    ]);
    expect(problems.pageErrors).toEqual([]);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('two members of staff change different fields of one target: both edits are saved without a dialog', async () => {
    const plan = await existingOttersPlan(0);
    const teacher = await signedIn(OTTERS_TEACHER.email, `/plan/${plan.id}`);
    const senco = await signedIn(SENCO.email, `/plan/${plan.id}`);
    for (const { page } of [teacher, senco]) await shortTermTarget(page, 1).waitFor();

    const strategies = 'Precision teaching, 5 minutes after lunch (teacher)';
    const criteria = 'Reads the list correctly on 4 of 5 days (SENCO)';
    await shortTermTarget(teacher.page, 1).getByLabel('Strategies and provision').fill(strategies);
    await teacher.page.getByRole('button', { name: 'Save plan' }).click();
    await saved(teacher.page).waitFor();

    await shortTermTarget(senco.page, 1).getByLabel('Success criteria (how we will know)').fill(criteria);
    await senco.page.getByRole('button', { name: 'Save plan' }).click();
    await senco.page.getByText(/^Saved at \d\d:\d\d; merged with .+ changes\.$/).waitFor();
    expect(await senco.page.getByRole('dialog').count()).toBe(0);
    // The teacher's strategy is on the SENCO's screen too, not wiped by the SENCO's save.
    expect(await shortTermTarget(senco.page, 1).getByLabel('Strategies and provision').inputValue()).toBe(
      strategies,
    );

    const stored = await openAsStaff(OTTERS_TEACHER.email, plan.id);
    expect(stored.shortTermTargets[0]?.strategies).toBe(strategies);
    expect(stored.shortTermTargets[0]?.successCriteria).toBe(criteria);
    await teacher.context.close();
    await senco.context.close();
  });

  it('two members of staff change the same field: the second is asked, sees who saved, and the choice is kept', async () => {
    const plan = await existingOttersPlan(2);
    const teacher = await signedIn(OTTERS_TEACHER.email, `/plan/${plan.id}`);
    const senco = await signedIn(SENCO.email, `/plan/${plan.id}`);
    for (const { page } of [teacher, senco]) await shortTermTarget(page, 1).waitFor();

    await shortTermTarget(teacher.page, 1)
      .getByLabel('Strategies and provision')
      .fill('Phonics games (teacher)');
    await teacher.page.getByRole('button', { name: 'Save plan' }).click();
    await saved(teacher.page).waitFor();

    const mine = 'Reading buddy every morning (SENCO)';
    await shortTermTarget(senco.page, 1).getByLabel('Strategies and provision').fill(mine);
    await senco.page.getByRole('button', { name: 'Save plan' }).click();
    const merge = senco.page.getByRole('dialog', { name: 'Someone else saved changes to this plan' });
    await merge.waitFor();
    await merge.getByText(/saved changes while you were editing/).waitFor();
    const saveChoices = merge.getByRole('button', { name: 'Save with these choices' });
    expect(await saveChoices.isDisabled()).toBe(true);
    // Only the field both changed is asked about.
    expect(await merge.getByRole('radiogroup').count()).toBe(1);
    await merge
      .getByRole('radiogroup', { name: /^Strategies and provision/ })
      .getByRole('radio', { name: 'Keep mine' })
      .check();
    await saveChoices.click();
    await saved(senco.page).waitFor();

    const stored = await openAsStaff(OTTERS_TEACHER.email, plan.id);
    expect(stored.shortTermTargets[0]?.strategies).toBe(mine);
    await teacher.context.close();
    await senco.context.close();
  });

  it('loses nothing when the network drops during a save: the edit survives a reload and saves later', async () => {
    const plan = await existingOttersPlan(1);
    const { context, page } = await signedIn(OTTERS_TEACHER.email, `/plan/${plan.id}`);
    const problems = watchProblems(page);
    await shortTermTarget(page, 1).waitFor();
    const outcomeComment = 'Reading with more confidence since half term';
    await shortTermTarget(page, 1).getByLabel('Outcome comment').fill(outcomeComment);

    await page.route('**/v1.0/$batch', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page
      .getByText(/^Not saved/)
      .first()
      .waitFor();
    expect((await openAsStaff(OTTERS_TEACHER.email, plan.id)).shortTermTargets[0]?.outcomeComment).not.toBe(
      outcomeComment,
    );

    await page.unroute('**/v1.0/$batch');
    await page.reload();
    await page.getByText('Unsaved changes restored from this device').waitFor();
    expect(await shortTermTarget(page, 1).getByLabel('Outcome comment').inputValue()).toBe(outcomeComment);
    await page.getByRole('button', { name: 'Save plan' }).click();
    await saved(page).waitFor();
    expect((await openAsStaff(OTTERS_TEACHER.email, plan.id)).shortTermTargets[0]?.outcomeComment).toBe(
      outcomeComment,
    );
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
