import type { Page } from 'playwright-core';
import { asClassTeamId, type Plan } from '../../src/domain';
import { seriousAccessibilityViolations } from './support/axe';
import { newSchoolContext, watchProblems } from './support/browser';
import { productAndBrowserForThisFile } from './support/productAndBrowser';
import { OTTERS, OTTERS_TEACHER } from './support/demo';
import { eventually } from './support/eventually';
import { storeAs } from './support/graph';
import { demoTabUrl } from './support/product';

const e2e = productAndBrowserForThisFile();

const tabUrl = (persona: string, hash: string): string => demoTabUrl(e2e.product.url, persona, hash);

const openPlanWithTargets = async (): Promise<Plan> => {
  const store = await storeAs(e2e.product.url, OTTERS_TEACHER);
  const dashboard = await store.loadClass(asClassTeamId(OTTERS.teamId));
  const summary = dashboard.plans.find((p) => p.status !== 'closed' && p.targetCount > 0);
  if (!summary) throw new Error('The demo school has no open Year 4 plan with targets.');
  return (await store.openPlan(summary.id)).plan;
};

/** Both web storages of the page, as a person at this computer could read them after signing out. */
const webStorage = (page: Page) =>
  page.evaluate(() => ({
    session: Object.fromEntries(Object.keys(sessionStorage).map((k) => [k, sessionStorage.getItem(k) ?? ''])),
    local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? ''])),
  }));

const draftKeys = async (page: Page): Promise<string> =>
  Object.keys((await webStorage(page)).session)
    .filter((key) => key.startsWith('iep-draft:'))
    .join(',');

const outcomeComment = (page: Page) =>
  page.getByRole('region', { name: /^Short-term target 1\b/ }).getByLabel('Outcome comment');

describe('Sign out in Chromium', () => {
  it('removes an unsaved draft and every token, and signing in again does not bring the draft back', async () => {
    const plan = await openPlanWithTargets();
    const before = plan.shortTermTargets[0]?.outcomeComment ?? '';
    const typed = 'Reading with more confidence since half term, not saved yet';
    const context = await newSchoolContext(e2e.browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(tabUrl(OTTERS_TEACHER.email, `/plan/${plan.id}`));

    await outcomeComment(page).fill(typed);
    // The editor keeps the unsaved edit in this tab's sessionStorage a moment after typing stops.
    expect(await eventually(() => draftKeys(page).then((keys) => keys !== ''), true)).toBe(true);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signed out' }).waitFor();
    expect(await page.getByText(typed).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const after = await webStorage(page);
    const everything = JSON.stringify(after);
    expect(Object.keys(after.session).filter((key) => /^(iep-draft:|msal\.)/.test(key))).toEqual([]);
    expect(after.local).toEqual({});
    expect(everything).not.toContain(typed);
    expect(everything).not.toMatch(/local-dev-token|accesstoken|Bearer|eyJ/i);

    await page.getByRole('button', { name: 'Sign in again' }).click();
    await outcomeComment(page).waitFor();
    expect(await outcomeComment(page).inputValue()).toBe(before);
    expect(await page.getByText('Unsaved changes restored from this device').count()).toBe(0);
    expect(await draftKeys(page)).toBe('');
    expect(
      (await (await storeAs(e2e.product.url, OTTERS_TEACHER)).openPlan(plan.id)).plan.shortTermTargets[0]
        ?.outcomeComment ?? '',
    ).toBe(before);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
