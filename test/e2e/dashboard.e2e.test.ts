import type { Page } from 'playwright-core';
import { asClassTeamId, fixedClock, reviewState } from '../../src/domain';
import { seriousAccessibilityViolations } from './support/axe';
import { newSchoolContext, watchProblems } from './support/browser';
import { productAndBrowserForThisFile } from './support/productAndBrowser';
import { OTTERS, PUPIL, SENCO } from './support/demo';
import { eventually } from './support/eventually';
import { storeAs } from './support/graph';
import { demoTabUrl, E2E_NOW } from './support/product';

const senco = SENCO;
const pupilAccount = PUPIL;
const otters = OTTERS;

const e2e = productAndBrowserForThisFile();

const tabUrl = (now: string, persona: string, hash: string): string =>
  demoTabUrl(e2e.product.url, persona, hash, now);

const openDashboard = async (now: string): Promise<Page> => {
  const page = await (await newSchoolContext(e2e.browser)).newPage();
  await page.goto(tabUrl(now, senco.email, `/class/${otters.teamId}`));
  await page.getByRole('table', { name: /Year 4 Otters/ }).waitFor();
  return page;
};

/** Badge text per pupil reference, as a member of staff sees it. */
const badgesByPupilRef = async (page: Page): Promise<Map<string, string>> => {
  const rows = page.getByRole('table', { name: /Year 4 Otters/ }).getByRole('row');
  const texts = await rows.allInnerTexts();
  const badges = new Map<string, string>();
  for (const text of texts.slice(1)) {
    const ref = /OAK\d+/.exec(text)?.[0];
    if (!ref) continue;
    badges.set(ref, /Overdue/.test(text) ? 'overdue' : /Due soon/.test(text) ? 'due-soon' : 'none');
  }
  return badges;
};

/** What the domain rule says each pupil's badge must be on that day, from the data in SharePoint. */
const expectedBadges = async (now: string): Promise<Map<string, string>> => {
  const store = await storeAs(e2e.product.url, senco);
  const dashboard = await store.loadClass(asClassTeamId(otters.teamId));
  const expected = new Map<string, string>();
  for (const pupil of dashboard.pupils) {
    const plan = dashboard.plans.find((p) => p.pupil.pupilId === pupil.id);
    const state = plan ? reviewState(plan.nextReviewDate, fixedClock(now)) : 'none';
    expected.set(pupil.pupilRef, state === 'overdue' || state === 'due-soon' ? state : 'none');
  }
  return expected;
};

describe('class dashboard in Chromium', () => {
  it('shows every pupil of the class with overdue and due-soon badges computed from the frozen clock', async () => {
    for (const now of [E2E_NOW, '2027-02-15T09:00:00Z']) {
      const page = await openDashboard(now);
      const problems = watchProblems(page);
      const shown = await badgesByPupilRef(page);
      const expected = await expectedBadges(now);
      expect(shown).toEqual(expected);
      expect([...shown.values()].filter((b) => b === 'overdue').length).toBeGreaterThan(0);
      expect(problems.pageErrors).toEqual([]);
      await page.context().close();
    }
  });

  it('lets staff narrow the class to overdue reviews', async () => {
    const page = await openDashboard(E2E_NOW);
    const expectedOverdue = [...(await expectedBadges(E2E_NOW)).values()].filter(
      (b) => b === 'overdue',
    ).length;
    await page.getByRole('combobox', { name: 'Review' }).selectOption({ label: 'Overdue' });
    const rows = page.getByRole('table', { name: /Year 4 Otters/ }).getByRole('row');
    expect(await eventually(() => rows.count(), expectedOverdue + 1)).toBe(expectedOverdue + 1);
    await page.context().close();
  });

  it('has no serious or critical accessibility violations on the dashboard and the configuration page', async () => {
    const page = await openDashboard(E2E_NOW);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto(tabUrl(E2E_NOW, senco.email, '/config'));
    await page.getByRole('heading', { name: /Set up IEPs/ }).waitFor();
    await page.getByText(/IEP lists are set up/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("tells a pupil who opens the tab that they don't have access, and shows no plan data", async () => {
    const page = await (await newSchoolContext(e2e.browser)).newPage();
    const problems = watchProblems(page);
    await page.goto(tabUrl(E2E_NOW, pupilAccount.email, `/class/${otters.teamId}`));
    await page
      .getByText(/don.t have access to IEPs/i)
      .first()
      .waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/OAK\d{4}/);
    expect(text).not.toMatch(/Open plan/);
    expect(problems.pageErrors).toEqual([]);
    await page.context().close();
  });
});
