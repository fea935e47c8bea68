import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { asClassTeamId, type Plan } from '../../src/domain';
import { seriousAccessibilityViolations } from './support/axe';
import { completeReviewInBrowser } from './support/completeReview';
import { newSchoolContext, watchProblems } from './support/browser';
import { productAndBrowserForThisFile } from './support/productAndBrowser';
import { OTTERS, SENCO } from './support/demo';
import { storeAs } from './support/graph';
import { demoTabUrl } from './support/product';

const e2e = productAndBrowserForThisFile();

const tabUrl = (hash: string): string => demoTabUrl(e2e.product.url, SENCO.email, hash);

/** A current Year 4 plan with at least two targets and a parent with an email address. */
const planToReview = async (): Promise<Plan> => {
  const store = await storeAs(e2e.product.url, SENCO);
  const dashboard = await store.loadClass(asClassTeamId(OTTERS.teamId));
  for (const summary of dashboard.plans) {
    if (summary.status !== 'active' || summary.targetCount < 2) continue;
    const { plan } = await store.openPlan(summary.id);
    if (plan.people.parentsCarers.some((p) => p.email !== '')) return plan;
  }
  throw new Error('The demo school has no Year 4 plan with two targets and a parent with an email address.');
};

/** Two days after the frozen today of every browser test (Tuesday 24 November 2026). */
const MEETING_DAY = '2026-11-26';

/** The newest invitation the stand-in "emailed" to `address`, read with ical.js. */
const parentsInvitation = async (
  address: string,
): Promise<{ summary: string; description: string; attendees: string[] }> => {
  const base = e2e.product.standIn.url;
  const { messages } = (await (await fetch(`${base}/outbox`)).json()) as {
    messages: { file: string; to: string; kind: string }[];
  };
  const mine = messages.filter(
    (m) => m.to.toLowerCase() === address.toLowerCase() && m.kind === 'invitation',
  );
  const file = mine.at(-1)?.file;
  if (!file) throw new Error('No invitation reached the parent.');
  const ics = await (await fetch(`${base}/outbox/${encodeURIComponent(file)}`)).text();
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('The invitation has no VEVENT.');
  const event = new ICAL.Event(vevent);
  return {
    summary: event.summary,
    description: event.description,
    attendees: vevent.getAllProperties('attendee').map((p) =>
      String(p.getFirstValue())
        .replace(/^mailto:/i, '')
        .toLowerCase(),
    ),
  };
};

const outboxRows = async (page: Page): Promise<string[]> => {
  await page.goto(tabUrl('/outbox'));
  const table = page.getByRole('table', { name: 'Messages sent' });
  await table.waitFor();
  return table.getByRole('row').allInnerTexts();
};

describe('review meetings in Chromium', () => {
  it('the SENCO schedules a review, the parent is invited, and completing it opens version 2 with the continued target', async () => {
    const plan = await planToReview();
    const parent = plan.people.parentsCarers.find((p) => p.email !== '');
    const page = await (await newSchoolContext(e2e.browser)).newPage();
    const problems = watchProblems(page);

    // From the dashboard to the plan, as the SENCO would go.
    await page.goto(tabUrl(`/class/${OTTERS.teamId}`));
    await page.getByRole('link', { name: `Open plan for ${plan.pupil.name}` }).click();
    await page.getByRole('heading', { level: 1, name: plan.pupil.name }).waitFor();

    await page.getByRole('button', { name: 'Schedule review' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/availability is not checked/).waitFor();
    await dialog.getByLabel(/^Date/).fill(MEETING_DAY);
    await dialog.getByRole('textbox', { name: /Location/ }).fill("SENCO's office");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Send invitations' }).click();
    // Who gets what, seen before anything is sent.
    await dialog.getByRole('heading', { name: 'Check who is invited' }).waitFor();
    await dialog.getByText(`${parent?.name ?? ''}: ${parent?.email ?? ''}`).waitFor();
    await dialog.getByText('The invitation does not list the targets.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: /^Send to \d+ (people|person)$/ }).click();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });

    const invitations = await outboxRows(page);
    const toParent = invitations.filter((row) => row.includes(parent?.email ?? '(no parent)'));
    expect(toParent).toHaveLength(1);
    expect(toParent[0]).toMatch(/REQUEST|Invitation/i);

    // What reaches the parent's calendar, read as a calendar app would.
    const invitation = await parentsInvitation(parent?.email ?? '');
    const firstName = plan.pupil.name.split(' ')[0] ?? '';
    expect(invitation.summary).toBe(`Meeting at school about ${firstName}`);
    expect(invitation.summary).not.toContain(plan.pupil.name);
    expect(invitation.description).toContain(`how ${firstName} is getting on`);
    for (const target of plan.shortTermTargets) expect(invitation.description).not.toContain(target.text);
    expect(invitation.attendees).toEqual([parent?.email.toLowerCase()]);

    // The review record: one target achieved, one continued; then complete the review.
    await page.goto(tabUrl(`/plan/${plan.id}`));
    await page
      .getByRole('link', { name: /^Open the record of the termly review/ })
      .first()
      .click();
    await page.getByRole('combobox', { name: /Outcome of target 1/ }).selectOption({ label: 'Achieved' });
    await page.getByRole('combobox', { name: /Outcome of target 2/ }).selectOption({ label: 'Continued' });
    // The views are the plan's, kept once on My views: the record shows them and asks for none of its own.
    await page.getByRole('link', { name: 'Fill in My views with the child' }).waitFor();
    // The meeting is two days ahead of the frozen today: the app asks before completing it early.
    // The tab moves on to the new version's editor.
    await completeReviewInBrowser(page, plan, { meetingAhead: true });

    const store = await storeAs(e2e.product.url, SENCO);
    const versions = await store.listVersions(plan.seriesId);
    const next = versions.find((v) => v.version === plan.version + 1);
    const closed = versions.find((v) => v.version === plan.version);
    expect(closed?.status).toBe('closed');
    expect(next?.status).toBe('active');
    const opened = next ? (await store.openPlan(next.id)).plan : null;
    expect(opened?.shortTermTargets.map((t) => t.text)).toEqual([plan.shortTermTargets[1]?.text]);
    expect(opened?.shortTermTargets[0]?.outcome).toBe('open');
    expect(problems.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('refuses a meeting earlier today, at the start time, and sends nothing', async () => {
    const plan = await planToReview();
    const page = await (await newSchoolContext(e2e.browser)).newPage();
    const before = (await outboxRows(page)).length;
    await page.goto(tabUrl(`/plan/${plan.id}`));
    await page.getByRole('heading', { level: 1, name: plan.pupil.name }).waitFor();
    await page.getByRole('button', { name: 'Schedule review' }).click();
    const dialog = page.getByRole('dialog');
    // The frozen clock says 09:00 on 24 November (UK time): 08:00 today has gone.
    await dialog.getByLabel(/^Date/).fill('2026-11-24');
    await dialog.getByRole('combobox', { name: /Start time/ }).selectOption('08:00');
    await dialog.getByRole('textbox', { name: /Location/ }).fill('Library');
    await dialog.getByRole('button', { name: 'Send invitations' }).click();
    await dialog
      .getByText('That time today has already passed. Choose a later time, or another day.')
      .waitFor();
    expect(await dialog.getByRole('heading', { name: 'Check who is invited' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await outboxRows(page)).toHaveLength(before);
    await page.context().close();
  });
});
