import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { newLocalReviewId } from '../../src/app/usecases/localIds';
import { asClassTeamId, ReviewSchema, type Plan, type Review } from '../../src/domain';
import { seriousAccessibilityViolations } from './support/axe';
import { completeReviewInBrowser } from './support/completeReview';
import { newSchoolContext, watchProblems } from './support/browser';
import { OTTERS, SENCO } from './support/demo';
import { storeAs } from './support/graph';
import { demoTabUrl } from './support/product';
import { productAndBrowserForThisFile } from './support/productAndBrowser';

const e2e = productAndBrowserForThisFile();

const tabUrl = (hash: string): string => demoTabUrl(e2e.product.url, SENCO.email, hash);

const MEMBERS = ['Mrs Patel', 'Mr Jones', 'Alex Taylor', 'Dr Rees'] as const;
type Member = (typeof MEMBERS)[number];

const ISSUES = [
  'Support his reading development',
  'Help him make friends at playtime',
  'Help him develop better motor skills',
  'Teach ways of coping with stress',
] as const;

/** Stage 3: the issues' votes, 5 a member. Reading 9, friends 7, motor skills 3, stress 1. */
const ISSUE_VOTES: Readonly<Record<Member, readonly number[]>> = {
  'Mrs Patel': [3, 2, 0, 0],
  'Mr Jones': [2, 2, 1, 0],
  'Alex Taylor': [2, 2, 0, 1],
  'Dr Rees': [2, 1, 2, 0],
};

/** Stage 4: each chosen issue's actions; stage 5: every member votes the same on a sheet. */
const SHEETS = [
  {
    actions: [
      'Read with an adult for 10 minutes each day',
      'Use a reading ruler',
      'Practise 5 new words each week',
    ],
    votes: [3, 0, 2],
  },
  { actions: ['Join the lunchtime games club', 'Have a playtime buddy'], votes: [2, 3] },
] as const;

/** A current Otters plan with a review booked on it, with the four members invited. */
const planWithBookedReview = async (): Promise<{ plan: Plan; review: Review }> => {
  const store = await storeAs(e2e.product.url, SENCO);
  const dashboard = await store.loadClass(asClassTeamId(OTTERS.teamId));
  const summary = dashboard.plans.find((p) => p.status === 'active');
  if (!summary) throw new Error('The demo school has no current Year 4 plan.');
  const { plan } = await store.openPlan(summary.id);
  const review = await store.saveReview(
    ReviewSchema.parse({
      id: newLocalReviewId(),
      seriesId: plan.seriesId,
      planId: plan.id,
      type: 'annual',
      status: 'scheduled',
      start: '2026-11-24T09:00:00Z',
      end: '2026-11-24T10:30:00Z',
      invitees: MEMBERS.map((name, n) => ({ name, role: n === 2 ? 'parent-carer' : 'other' })),
    }),
  );
  return { plan, review };
};

const stage = (page: Page, n: number) => page.getByRole('tab', { name: new RegExp(`^${n}\\. `) }).click();

const votesFrom = (page: Page, member: string): Locator =>
  page.getByRole('group', { name: `Votes from ${member}` });

const vote = async (page: Page, member: string, items: readonly string[], counts: readonly number[]) => {
  const group = votesFrom(page, member);
  for (const [n, item] of items.entries()) {
    const count = counts[n] ?? 0;
    if (count > 0) await group.getByRole('spinbutton', { name: item, exact: true }).fill(String(count));
  }
};

/** Each table row of a .docx as its cells' text joined with " | ". */
const docxRows = (bytes: Uint8Array): string[] => {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
  return (xml.match(/<w:tr\b[\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
    (row.match(/<w:tc\b[\s\S]*?<\/w:tc>/g) ?? [])
      .map((cell) =>
        (cell.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''),
      )
      .join(' | '),
  );
};

describe('a solution-focused meeting in Chromium', () => {
  it('four members vote two long-term and four short-term draft targets into the next version, and the record prints the tally', async () => {
    const { plan, review } = await planWithBookedReview();
    const context = await newSchoolContext(e2e.browser);
    const page = await context.newPage();
    // A laptop on a projector, or a shared window in a Teams meeting.
    await page.setViewportSize({ width: 1024, height: 700 });
    const problems = watchProblems(page);

    await page.goto(tabUrl(`/plan/${plan.id}/reviews/${review.id}`));
    await page.getByRole('link', { name: 'Hold it as a solution-focused meeting' }).click();
    await page.getByRole('tab', { name: /^1\. Share information/ }).waitFor();

    await page.getByRole('combobox', { name: /^Chair/ }).fill('Mr Head');
    await page.getByRole('combobox', { name: /^Facilitator/ }).fill('Mrs Patel');
    await page.getByRole('combobox', { name: /^Key professional/ }).fill('Mr Jones');
    await page.getByRole('button', { name: 'Add everyone invited' }).click();

    // Stage 1: the timer runs on the app's clock, frozen here, so nothing waits on real time.
    await page.getByRole('button', { name: 'Start timer' }).click();
    await expect(page.getByRole('timer', { name: 'Time for Mr Jones' }).innerText()).resolves.toBe('0:00');
    await page.getByRole('button', { name: 'Stop timer' }).click();
    await page.getByRole('textbox', { name: /^What Mr Jones shared/ }).fill('Reading has come on this term.');

    // Stage 2: a negatively worded issue gets a gentle hint before it is rewritten.
    await stage(page, 2);
    const issueBox = page.getByRole('textbox', { name: /We need to…/ });
    await issueBox.fill('Stop him disrupting the class');
    await page.getByText(/This reads as a problem to stop/).waitFor();
    for (const issue of ISSUES) {
      await issueBox.fill(issue);
      await page.getByRole('button', { name: 'Add issue' }).click();
    }
    await expect(page.getByText(/This reads as a problem to stop/).count()).resolves.toBe(0);

    // Stage 3: a sixth vote is refused at the member's votes; then everyone places exactly 5.
    await stage(page, 3);
    await vote(page, 'Mrs Patel', ISSUES, [3, 3, 0, 0]);
    await votesFrom(page, 'Mrs Patel')
      .getByText('Mrs Patel has placed 6 votes but each member has exactly 5; take 1 away.')
      .waitFor();
    for (const member of MEMBERS) await vote(page, member, ISSUES, ISSUE_VOTES[member]);
    await votesFrom(page, 'Dr Rees').getByText('Dr Rees has placed all 5 votes.').waitFor();
    await page.getByRole('spinbutton', { name: 'How many issues become long-term targets?' }).fill('2');
    await expect(page.getByRole('checkbox', { name: `${ISSUES[0]}: 9 votes` }).isChecked()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('checkbox', { name: `${ISSUES[1]}: 7 votes` }).isChecked()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('checkbox', { name: `${ISSUES[2]}: 3 votes` }).isChecked()).resolves.toBe(
      false,
    );

    // Stage 4: "in how many ways might we…" for each long-term target.
    await stage(page, 4);
    for (const [n, sheet] of SHEETS.entries()) {
      const box = page.getByRole('textbox', { name: `An action for long-term target ${n + 1}` });
      for (const action of sheet.actions) {
        await box.fill(action);
        await page.getByRole('button', { name: 'Add action' }).nth(n).click();
      }
    }

    // Stage 5: vote again on each sheet; the top two actions of each are taken.
    await stage(page, 5);
    for (const [n, sheet] of SHEETS.entries()) {
      const section = page.getByRole('region', { name: new RegExp(`^Long-term target ${n + 1}:`) });
      for (const member of MEMBERS) {
        const group = section.getByRole('group', { name: `Votes from ${member}` });
        for (const [i, action] of sheet.actions.entries()) {
          const count = sheet.votes[i] ?? 0;
          if (count > 0)
            await group.getByRole('spinbutton', { name: action, exact: true }).fill(String(count));
        }
      }
      await section
        .getByRole('spinbutton', {
          name: `How many actions for long-term target ${n + 1} become short-term targets?`,
        })
        .fill('2');
    }
    const drafts = page.getByRole('region', { name: 'Draft short-term targets for the next version' });
    await expect(
      drafts
        .getByRole('listitem')
        .filter({ has: page.getByRole('complementary') })
        .count(),
    ).resolves.toBe(4);
    await drafts.getByRole('complementary', { name: 'SMART check for draft target 1' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A reload before saving loses nothing: the work is kept in this tab's session.
    await page.reload();
    await page.getByText('Unsaved meeting work from this browser tab is back.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await page.getByText('The meeting is saved with the review record.').waitFor();

    // The review record as Word prints it: the roles, and each flip chart with its tally.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the review record (.docx)' }).click(),
    ]);
    const rows = docxRows(readFileSync(await download.path()));
    expect(rows).toEqual(
      expect.arrayContaining([
        'Chair | Mr Head',
        'Facilitator | Mrs Patel',
        'Key professional | Mr Jones',
        `${ISSUES[0]} | Mrs Patel 3, Mr Jones 2, Alex Taylor 2, Dr Rees 2 | 9 | Long-term target`,
        `${ISSUES[1]} | Mrs Patel 2, Mr Jones 2, Alex Taylor 2, Dr Rees 1 | 7 | Long-term target`,
        `${ISSUES[2]} | Mr Jones 1, Dr Rees 2 | 3 | `,
        `${SHEETS[0].actions[0]} | Mrs Patel 3, Mr Jones 3, Alex Taylor 3, Dr Rees 3 | 12 | Short-term target`,
        `${SHEETS[0].actions[1]} |  | 0 | `,
        `${SHEETS[1].actions[1]} | Mrs Patel 3, Mr Jones 3, Alex Taylor 3, Dr Rees 3 | 12 | Short-term target`,
      ]),
    );

    // Completing the review opens the next version with the meeting's targets as drafts.
    await page.getByRole('link', { name: 'Back to the review record' }).click();
    await page.getByRole('button', { name: 'Complete review' }).click();
    await page
      .getByRole('alertdialog')
      .getByText(/meeting adds 2 long-term and 4 short-term target\(s\) to version/)
      .waitFor();
    await page.getByRole('button', { name: 'Not yet' }).click();
    await completeReviewInBrowser(page, plan);

    const store = await storeAs(e2e.product.url, SENCO);
    const next = (await store.listVersions(plan.seriesId)).find((v) => v.version === plan.version + 1);
    const opened = next ? (await store.openPlan(next.id)).plan : null;
    const added = opened?.longTermTargets.slice(plan.longTermTargets.length) ?? [];
    expect(added.map((t) => t.text)).toEqual([ISSUES[0], ISSUES[1]]);
    expect(opened?.shortTermTargets.map((t) => [t.text, t.longTermTargetId])).toEqual([
      [SHEETS[0].actions[0], added[0]?.id],
      [SHEETS[0].actions[2], added[0]?.id],
      [SHEETS[1].actions[1], added[1]?.id],
      [SHEETS[1].actions[0], added[1]?.id],
    ]);
    // Each opens in the editor with the SMART coach asking for what a draft lacks.
    await page.getByRole('complementary', { name: 'SMART check for short-term target 4' }).waitFor();
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
