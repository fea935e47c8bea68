import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { asClassTeamId, type Plan, type Review } from '../../src/domain';
import { seriousAccessibilityViolations } from './support/axe';
import { newSchoolContext, watchProblems } from './support/browser';
import { DEMO_SCHOOL } from '../../dev/standin/demoSchool';
import { SENCO } from './support/demo';
import { storeAs } from './support/graph';
import { demoTabUrl } from './support/product';
import { productAndBrowserForThisFile } from './support/productAndBrowser';

const e2e = productAndBrowserForThisFile();

interface SentMail {
  readonly id: string;
  readonly subject: string;
  readonly from: string;
  readonly to: readonly { readonly address: string }[];
  readonly body: string;
  readonly attachments: readonly { readonly name: string; readonly contentType: string }[];
}

/** A pupil whose first version was reviewed (the seed completes one) and whose parent has an address. */
const reviewedPlan = async (): Promise<{ reviewed: Plan; agreed: Plan; review: Review }> => {
  const store = await storeAs(e2e.product.url, SENCO);
  const dashboards = await Promise.all(
    DEMO_SCHOOL.classes.map((c) => store.loadClass(asClassTeamId(c.teamId))),
  );
  for (const summary of dashboards.flatMap((d) => d.plans)) {
    if (summary.status !== 'active' || summary.version < 2) continue;
    const versions = await store.listVersions(summary.seriesId);
    const first = versions.find((v) => v.version === summary.version - 1);
    if (!first) continue;
    const { plan: reviewed, reviews } = await store.openPlan(first.id);
    const review = reviews.find((r) => r.status === 'completed');
    const { plan: agreed } = await store.openPlan(summary.id);
    if (review && agreed.shortTermTargets.length > 0 && agreed.people.parentsCarers.some((p) => p.email))
      return { reviewed, agreed, review };
  }
  throw new Error('The demo school has no reviewed plan whose parent has an email address.');
};

const sentMail = async (): Promise<SentMail[]> =>
  ((await (await fetch(`${e2e.product.url}/outbox/mail`)).json()) as { messages: SentMail[] }).messages;

const attachmentBytes = async (mail: SentMail, index: number): Promise<Buffer> =>
  Buffer.from(
    await (await fetch(`${e2e.product.url}/outbox/mail/${mail.id}/attachments/${index + 1}`)).arrayBuffer(),
  );

/** The PDF's text as poppler reads it, in the order it was written (`-raw`: a table cell stays whole). */
const pdfText = (pdf: Buffer): string => {
  const folder = mkdtempSync(path.join(tmpdir(), 'sendhome-pdf-'));
  try {
    const file = path.join(folder, 'copy.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};

/** Word and PDF break lines and spacing their own way; compare words only. */
const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('a copy sent home in Chromium', () => {
  it('the SENCO sends the agreed plan and the review notes to a parent as .docx and PDF, and the record says so', async () => {
    const { reviewed, agreed, review } = await reviewedPlan();
    const parent = agreed.people.parentsCarers.find((p) => p.email !== '');
    const page = await (await newSchoolContext(e2e.browser)).newPage();
    const problems = watchProblems(page);

    await page.goto(demoTabUrl(e2e.product.url, SENCO.email, `/plan/${reviewed.id}/reviews/${review.id}`));
    await page.getByRole('heading', { level: 2, name: 'Copies sent home' }).waitFor();
    await page.getByRole('button', { name: 'Send a copy home' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send a copy home' });
    // Only the family is offered, and nobody is ticked until the sender chooses.
    const offered = dialog.getByRole('checkbox', { name: new RegExp(parent?.email ?? '(no parent)') });
    await offered.waitFor();
    expect(await offered.isChecked()).toBe(false);
    for (const professional of agreed.people.professionals.filter((p) => p.email !== ''))
      expect(await dialog.getByText(professional.email).count()).toBe(0);
    const send = dialog.getByRole('button', { name: 'Send' });
    expect(await send.isDisabled()).toBe(true);

    await offered.check();
    await dialog.getByRole('checkbox', { name: /^I have checked that/ }).check();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await send.click();
    await dialog.getByText(/^Sent to .*, as a Word document and a PDF\.$/).waitFor({ timeout: 90_000 });
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The review record shows when and to whom.
    const record = page.getByRole('list', { name: 'Copies sent home' }).getByRole('listitem');
    const [firstName = '', ...rest] = agreed.pupil.name.split(' ');
    const attachments = [
      `${firstName} - plan and review notes.docx`,
      `${firstName} - plan and review notes.pdf`,
    ];
    // The dialog has just closed: the list is read once the page is back in the accessibility tree
    // (the tab lifts the hiding a closed Fluent dialog can leave behind; useModalHidingRepair).
    await record.first().waitFor();
    // The tab's clock is frozen at E2E_NOW (09:00 UTC, 09:00 in London in November).
    expect(await record.allInnerTexts()).toEqual([
      `Sent on 24/11/2026 at 09:00 by ${SENCO.name} to ${parent?.name} (${parent?.email}). ` +
        `Attached: ${attachments.join(', ')}.`,
    ]);

    const mails = await sentMail();
    expect(mails).toHaveLength(1);
    const [mail] = mails as [SentMail];
    expect(mail.to.map((t) => t.address)).toEqual([parent?.email]);
    expect(mail.from).toBe(SENCO.email);
    // A neutral subject: the first name at most, no surname, nothing about SEN.
    expect(mail.subject).toBe(`${firstName}'s plan from school`);
    expect(mail.subject).not.toMatch(/SEN|IEP|special|needs/i);
    for (const part of rest) expect(mail.subject).not.toContain(part);
    expect(mail.attachments.map((a) => a.name)).toEqual(attachments);

    // Both open, and hold what a parent looks for: the child, this term's targets, and what the review decided.
    const docxText = words((await mammoth.extractRawText({ buffer: await attachmentBytes(mail, 0) })).value);
    const pdf = words(pdfText(await attachmentBytes(mail, 1)));
    const target = agreed.shortTermTargets[0]?.text ?? '(no target)';
    for (const text of [docxText, pdf]) {
      expect(text).toContain(agreed.pupil.name);
      expect(text).toContain(words(target));
      // Only the agreed plan says how to help at home: the part a parent acts on.
      expect(text).toContain(words(agreed.homeSupport.activities));
      expect(text).toContain('IEP review record');
      expect(text).toContain(words(review.parentComments));
    }
    expect(problems.pageErrors).toEqual([]);
    await page.context().close();
  });
});
