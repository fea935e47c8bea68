import { addDays, pupilDisplayName } from '../../src/domain';
import { seriousAccessibilityViolations } from './support/axe';
import { newSchoolContext, watchProblems } from './support/browser';
import { SENCO } from './support/demo';
import { storeAs } from './support/graph';
import { demoTabUrl, E2E_TODAY } from './support/product';
import { productAndBrowserForThisFile } from './support/productAndBrowser';
import { DEMO_PERSONAS } from '../../dev/standin/demoSchool';

const e2e = productAndBrowserForThisFile();

interface Notice {
  readonly recipientUpn: string;
  readonly teamName: string;
  readonly text: string;
  readonly previewText: string;
  readonly topic: { readonly webUrl: string | null };
}

/** What reached people's Teams activity feeds: the stand-in's record (there is no Graph API for it). */
const activityFeed = async (): Promise<Notice[]> =>
  ((await (await fetch(`${e2e.product.url}/activity-feed`)).json()) as { notices: Notice[] }).notices;

/**
 * Worked out here from the register's data, not by the app's code: per class, pupils whose plan's next
 * review is on or before 14 days from the frozen today and who have no meeting booked.
 */
const duePupilsByClass = async (): Promise<{ byClass: Map<string, number>; names: string[] }> => {
  const register = await (await storeAs(e2e.product.url, SENCO)).loadRegister();
  const horizon = addDays(E2E_TODAY, 14);
  const booked = new Set(register.booked.map((meeting) => meeting.planSeriesId));
  const byClass = new Map<string, number>();
  for (const pupil of register.pupils) {
    const plans = register.plans.filter((plan) => plan.pupil.pupilId === pupil.id);
    const current = plans.sort((a, b) => b.version - a.version)[0];
    const date = current?.nextReviewDate;
    if (!current || !date || date > horizon || booked.has(current.seriesId)) continue;
    byClass.set(pupil.classTeamId, (byClass.get(pupil.classTeamId) ?? 0) + 1);
  }
  return { byClass, names: register.pupils.flatMap((p) => [pupilDisplayName(p), p.familyName]) };
};

describe('review reminders in Chromium', () => {
  it('the SENCO sends reminders and each class teacher’s feed gets a count, never a name', async () => {
    const page = await (await newSchoolContext(e2e.browser)).newPage();
    const problems = watchProblems(page);
    const due = await duePupilsByClass();
    const totalDue = [...due.byClass.values()].reduce((a, b) => a + b, 0);
    expect(due.byClass.size).toBeGreaterThanOrEqual(2);

    await page.goto(demoTabUrl(e2e.product.url, SENCO.email, '/register'));
    const reminders = page.getByRole('region', { name: 'Review reminders' });
    await reminders
      .getByText(
        `${totalDue} pupils have reviews overdue or due in the next 14 days, in ${due.byClass.size} classes.`,
        {
          exact: false,
        },
      )
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await reminders.getByRole('button', { name: 'Send reminders to class teachers' }).click();
    await reminders
      .getByRole('status')
      .getByText(`Reminders reached ${due.byClass.size} teachers.`)
      .waitFor();

    const notices = await activityFeed();
    const teachers = DEMO_PERSONAS.filter((p) => /^Class teacher/.test(p.role));
    // One notice per class teacher, none to the SENCO who sent them (she owns every class team too).
    expect(notices.map((n) => n.recipientUpn).sort()).toEqual(
      teachers
        .filter((t) => notices.some((n) => n.recipientUpn === t.email))
        .map((t) => t.email)
        .sort(),
    );
    expect(new Set(notices.map((n) => n.recipientUpn)).size).toBe(due.byClass.size);
    expect(notices.some((n) => n.recipientUpn === SENCO.email)).toBe(false);
    const counts = notices.map((n) => Number(/reviews are due for (\d+) of your pupils$/.exec(n.text)?.[1]));
    expect(notices.every((n) => n.text.startsWith('Priya Shah: '))).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(totalDue);
    // Lock screens and phones show these: no pupil's name anywhere in what was sent.
    for (const notice of notices) {
      const shown = `${notice.text} ${notice.previewText} ${notice.topic.webUrl ?? ''}`;
      for (const name of due.names) expect(shown).not.toContain(name);
      expect(notice.topic.webUrl).toMatch(/\/tab\.html#\/my$/);
    }

    // The notice opens the teacher's "My pupils", where the names are.
    const teacher = teachers.find((t) => t.email === notices[0]?.recipientUpn);
    await page.goto(demoTabUrl(e2e.product.url, teacher?.email ?? '', '/my'));
    await page.getByRole('heading', { level: 1, name: 'My pupils' }).waitFor();
    expect(problems.pageErrors).toEqual([]);
  });
});
