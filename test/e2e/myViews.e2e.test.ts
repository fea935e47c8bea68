import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { asClassTeamId, asPlanId, type Plan } from '../../src/domain';
import { seriousAccessibilityViolations } from './support/axe';
import { newSchoolContext, watchProblems } from './support/browser';
import { productAndBrowserForThisFile } from './support/productAndBrowser';
import { OTTERS, OTTERS_TEACHER } from './support/demo';
import { storeAs } from './support/graph';
import { demoTabUrl } from './support/product';

const e2e = productAndBrowserForThisFile();

/** A current Year 4 plan the class teacher may change. */
const ottersPlan = async (): Promise<Plan> => {
  const store = await storeAs(e2e.product.url, OTTERS_TEACHER);
  const dashboard = await store.loadClass(asClassTeamId(OTTERS.teamId));
  const summary = dashboard.plans.find((p) => p.status === 'active');
  if (!summary) throw new Error('The demo school has no active Year 4 plan.');
  return (await store.openPlan(summary.id)).plan;
};

const LIKE = 'I want to read a whole book by myself';
const KNOW = 'I will read it to my class on Friday';

describe('My views in Chromium', () => {
  it("a teacher fills in My views with a child, and the one-page profile prints the child's words in the first person", async () => {
    const plan = await ottersPlan();
    const context = await newSchoolContext(e2e.browser);
    const page = await context.newPage();
    // The size of a small laptop running Teams: the page must work there.
    await page.setViewportSize({ width: 1024, height: 700 });
    const problems = watchProblems(page);

    // From the plan's Views section, as the teacher would go.
    await page.goto(demoTabUrl(e2e.product.url, OTTERS_TEACHER.email, `/plan/${plan.id}`));
    await page.getByRole('heading', { level: 1, name: plan.pupil.name }).waitFor();
    await page.getByRole('link', { name: 'Fill in My views with the child' }).click();
    await page.getByRole('heading', { level: 1, name: 'My views' }).waitFor();
    expect(page.url()).toContain(`#/plan/${plan.id}/my-views`);

    await page.getByRole('textbox', { name: 'What would I like to do?' }).fill(LIKE);
    await page.getByRole('textbox', { name: 'How will I know?' }).fill(KNOW);
    await page.getByRole('textbox', { name: /Who helped me/ }).fill('Mrs Khan (teaching assistant)');
    // The picture scale by its words, then with the keyboard: one arrow press moves to the next face.
    await page.getByRole('radio', { name: 'Good', exact: true }).check();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Really good' }).isChecked()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save my views' }).click();
    await page.getByRole('status').filter({ hasText: 'Your views are saved with the plan.' }).waitFor();
    const store = await storeAs(e2e.product.url, OTTERS_TEACHER);
    const stored = (await store.openPlan(asPlanId(plan.id))).plan.myViews;
    expect([stored.answers.like, stored.answers.know, stored.feeling, stored.filledInOn]).toEqual([
      LIKE,
      KNOW,
      5,
      '2026-11-24',
    ]);

    // Back on the plan, the one-page profile is exported as a Word file.
    await page.getByRole('link', { name: 'Back to the plan' }).click();
    await page.getByRole('heading', { level: 1, name: plan.pupil.name }).waitFor();
    await page.getByRole('button', { name: 'Export .docx' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('group', { name: 'Working copy for school (.docx)' })
        .getByRole('menuitem', { name: 'One-page profile' })
        .click(),
    ]);
    const text = (await mammoth.extractRawText({ buffer: readFileSync(await download.path()) })).value;
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const heading = lines.indexOf('My views');
    expect(heading).toBeGreaterThan(-1);
    expect(lines.slice(heading, heading + 7)).toEqual([
      'My views',
      'What I would like to do',
      LIKE,
      'How I will know',
      KNOW,
      'How I feel about how it is going: 😄 Really good (5 out of 5)',
      'I filled this in with Mrs Khan (teaching assistant) on 24/11/2026.',
    ]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
