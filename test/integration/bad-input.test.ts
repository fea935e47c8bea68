/**
 * The bad-input suite, below the UI: every hostile value in test/support/hostileInputs.ts goes
 * through the domain rules and through the real SharePoint store, over HTTP, into the local Graph
 * stand-in and back. Each is kept exactly (compared with ===, code unit for code unit) or refused
 * with a message naming the field, before anything is sent. Invitations, .ics and Word documents
 * have their own files (bad-input.invitations.test.ts, bad-input.word.test.ts).
 */
import {
  asClassTeamId,
  Invalid,
  PlanSchema,
  validatePlan,
  type Plan,
  type Pupil,
  type ShortTermTarget,
} from '../../src/domain';
import { sendBatch } from '../../src/graph/batch';
import { fieldEquals, withQuery } from '../../src/graph/odata';
import { queryItems } from '../../src/graph/sharepoint/shared/requests';
import type { SharePointIepStore } from '../../src/graph/sharepoint/store';
import {
  DATES_ACCEPTED,
  DATES_REFUSED,
  HOSTILE_EMAILS,
  MULTI_LINE_ACCEPTED,
  MULTI_LINE_REFUSED,
  SINGLE_LINE_ACCEPTED,
  SINGLE_LINE_REFUSED,
  type HostileText,
} from '../support/hostileInputs';
import { buildPlan, shortTermTarget } from '../support/planBuilder';
import { trapUnhandledRejections } from '../support/unhandledRejections';
import { SENCO, startTestbed, type Testbed } from './support/iepTestbed';

trapUnhandledRejections();

/** Where a hostile value can go, and how the form labels it (the message must use that label). */
const TEXT_FIELDS = {
  pupilName: { path: 'pupil.name', label: 'Pupil name', multiLine: false },
  target: { path: 'shortTermTargets.0.text', label: 'Target', multiLine: false },
  notes: { path: 'parentViews', label: "Parents' and carers' views", multiLine: true },
  evidenceNote: { path: 'shortTermTargets.0.evidence.0.note', label: 'Evidence note', multiLine: true },
} as const;
type TextField = keyof typeof TEXT_FIELDS;
const ALL_FIELDS = Object.keys(TEXT_FIELDS) as TextField[];
const NOTE_FIELDS = ALL_FIELDS.filter((field) => TEXT_FIELDS[field].multiLine);
const LINE_FIELDS = ALL_FIELDS.filter((field) => !TEXT_FIELDS[field].multiLine);

const DATE_FIELDS = {
  startDate: { path: 'startDate', label: 'Start date' },
  nextReviewDate: { path: 'nextReviewDate', label: 'Next review date' },
  targetDate: { path: 'shortTermTargets.0.targetDate', label: 'Target date' },
  evidenceDate: { path: 'shortTermTargets.0.evidence.0.date', label: 'Evidence date' },
} as const;
type DateField = keyof typeof DATE_FIELDS;
const ALL_DATE_FIELDS = Object.keys(DATE_FIELDS) as DateField[];

/** A valid plan with one target holding one evidence entry: every field above exists. */
const basePlan = (): Plan =>
  buildPlan({
    shortTermTargets: [
      shortTermTarget(1, {
        evidence: [
          { id: 'draft-e1', date: '2026-02-09', rating: 3, note: 'Read 12 words', recordedBy: 'Mrs Patel' },
        ],
      }),
    ],
  });

const firstTarget = (plan: Plan): ShortTermTarget => plan.shortTermTargets[0] as ShortTermTarget;
const editFirstTarget = (plan: Plan, edit: (target: ShortTermTarget) => ShortTermTarget): Plan => ({
  ...plan,
  shortTermTargets: plan.shortTermTargets.map((target, index) => (index === 0 ? edit(target) : target)),
});
const editFirstEvidence = (plan: Plan, edit: (e: ShortTermTarget['evidence'][number]) => typeof e): Plan =>
  editFirstTarget(plan, (target) => ({
    ...target,
    evidence: target.evidence.map((e, i) => (i === 0 ? edit(e) : e)),
  }));

/** The plan with `value` put, unchecked, where a user would type it. */
const withText = (plan: Plan, field: TextField, value: string): Plan => {
  switch (field) {
    case 'pupilName':
      return { ...plan, pupil: { ...plan.pupil, name: value } };
    case 'target':
      return editFirstTarget(plan, (target) => ({ ...target, text: value }));
    case 'notes':
      return { ...plan, parentViews: value };
    case 'evidenceNote':
      return editFirstEvidence(plan, (entry) => ({ ...entry, note: value }));
  }
};

const textAt = (plan: Plan, field: TextField): string | undefined => {
  switch (field) {
    case 'pupilName':
      return plan.pupil.name;
    case 'target':
      return plan.shortTermTargets[0]?.text;
    case 'notes':
      return plan.parentViews;
    case 'evidenceNote':
      return plan.shortTermTargets[0]?.evidence[0]?.note;
  }
};

const withDate = (plan: Plan, field: DateField, value: string): Plan => {
  switch (field) {
    case 'startDate':
      return { ...plan, startDate: value };
    case 'nextReviewDate':
      return { ...plan, nextReviewDate: value };
    case 'targetDate':
      return editFirstTarget(plan, (target) => ({ ...target, targetDate: value }));
    case 'evidenceDate':
      return editFirstEvidence(plan, (entry) => ({ ...entry, date: value }));
  }
};

const cases = (values: readonly HostileText[], fields: readonly TextField[]) =>
  values.flatMap((hostile) => fields.map((field) => [hostile.name, field, hostile.value] as const));

describe('(a) domain validation', () => {
  test.each(cases([...SINGLE_LINE_ACCEPTED], ALL_FIELDS))(
    'accepts %s in %s and keeps it exactly',
    (_n, field, value) => {
      const result = validatePlan(withText(basePlan(), field, value));
      expect(result.ok ? [] : result.issues).toEqual([]);
      if (result.ok) expect(textAt(result.plan, field) === value).toBe(true);
    },
  );

  test.each(cases(MULTI_LINE_ACCEPTED, NOTE_FIELDS))(
    'accepts %s in %s and keeps it exactly',
    (_n, field, value) => {
      const result = validatePlan(withText(basePlan(), field, value));
      expect(result.ok ? [] : result.issues).toEqual([]);
      if (result.ok) expect(textAt(result.plan, field) === value).toBe(true);
    },
  );

  test.each([...cases(SINGLE_LINE_REFUSED, LINE_FIELDS), ...cases(MULTI_LINE_REFUSED, NOTE_FIELDS)])(
    'refuses %s in %s, naming the field',
    (_n, field, value) => {
      const result = validatePlan(withText(basePlan(), field, value));
      expect(result.ok).toBe(false);
      const issues = result.ok ? [] : result.issues;
      const { path, label } = TEXT_FIELDS[field];
      expect(issues.map((issue) => issue.path)).toEqual([path]);
      expect(issues[0]?.message.startsWith(`${label} `)).toBe(true);
    },
  );

  test.each(DATES_ACCEPTED.flatMap((d) => ALL_DATE_FIELDS.map((field) => [d.name, field, d.value] as const)))(
    'accepts %s (%s) and keeps the day',
    (_n, field, value) => {
      const result = validatePlan(withDate(basePlan(), field, value));
      expect(result.ok ? [] : result.issues).toEqual([]);
    },
  );

  test.each(DATES_REFUSED.flatMap((d) => ALL_DATE_FIELDS.map((field) => [d.name, field, d.value] as const)))(
    'refuses %s in %s, naming the field',
    (_n, field, value) => {
      const result = validatePlan(withDate(basePlan(), field, value));
      const issues = result.ok ? [] : result.issues;
      const { path, label } = DATE_FIELDS[field];
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) {
        expect(issue.path).toBe(path);
        expect(issue.message).toMatch(new RegExp(`^${label} (is not a real date|must be a date)`));
      }
    },
  );
});

// ---------------------------------------------------------------------------------------------------
// (b) The real store, over HTTP, against the stand-in.
// ---------------------------------------------------------------------------------------------------

/** A class team id that itself needs escaping in `$filter` (ids are opaque strings to the store). */
const HOSTILE_CLASS = '4B O\'Brien\'s "Kestrels" 王 & co';
const PREFER_NON_INDEXED = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

let bed: Testbed;
let store: SharePointIepStore;
let pupils: readonly Pupil[];
/** Each accepted single-line value, created as a plan in every text field, with the plan's id. */
const created = new Map<string, Plan>();

const staffEmailFor = (index: number): string => HOSTILE_EMAILS[index % HOSTILE_EMAILS.length] as string;

/** A new plan for `pupil` with `value` in the pupil name, target, notes, evidence note and a person's name. */
const hostilePlan = (pupil: Pupil, value: string, staffEmail: string): Plan => {
  const plan = ALL_FIELDS.reduce((p, field) => withText(p, field, value), basePlan());
  return PlanSchema.parse({
    ...plan,
    etag: undefined,
    pupil: { ...plan.pupil, pupilId: pupil.id, classTeamId: pupil.classTeamId, className: pupil.className },
    people: { ...plan.people, classTeacher: { name: value, email: staffEmail } },
  });
};

beforeAll(async () => {
  bed = await startTestbed();
  store = bed.storeFor(SENCO);
  pupils = await store.addPupils(
    SINGLE_LINE_ACCEPTED.map(({ value }, index) => ({
      givenName: value,
      familyName: value,
      preferredName: '',
      pupilRef: `BAD-${index}`,
      classTeamId: asClassTeamId(HOSTILE_CLASS),
      className: value,
      yearGroup: 'Year 4',
    })),
  );
  for (const [index, { value }] of SINGLE_LINE_ACCEPTED.entries()) {
    const pupil = pupils[index] as Pupil;
    created.set(
      value,
      await store.createPlan({ pupil, plan: hostilePlan(pupil, value, staffEmailFor(index)) }),
    );
  }
}, 60_000);
afterAll(() => bed.close());

const exactly = (actual: string | undefined, expected: string): void => {
  expect(actual).toBe(expected);
  expect(Buffer.from(actual ?? '', 'utf8').equals(Buffer.from(expected, 'utf8'))).toBe(true);
};

describe('(b) the SharePoint store against the stand-in', () => {
  test.each(SINGLE_LINE_ACCEPTED.map((h) => [h.name, h.value] as const))(
    'createPlan then openPlan keeps %s exactly in every field',
    async (_n, value) => {
      const saved = created.get(value) as Plan;
      const { plan, problems } = await store.openPlan(saved.id);
      expect(problems).toEqual([]);
      for (const field of ALL_FIELDS) exactly(textAt(plan, field), value);
      exactly(plan.people.classTeacher?.name, value);
      expect(plan).toEqual(saved);
    },
  );

  test('the register keeps every hostile pupil name exactly (findPupil and loadClass by a hostile class id)', async () => {
    for (const pupil of pupils) expect(await store.findPupil(pupil.id)).toEqual(pupil);
    const dashboard = await store.loadClass(asClassTeamId(HOSTILE_CLASS));
    expect(dashboard.problems).toEqual([]);
    const expected = SINGLE_LINE_ACCEPTED.map((h) => h.value);
    expect(dashboard.pupils.map((p) => p.givenName).sort()).toEqual([...expected].sort());
    expect(dashboard.plans.map((p) => p.pupil.name).sort()).toEqual([...expected].sort());
    for (const summary of dashboard.plans) exactly(summary.pupil.className, summary.pupil.name);
  });

  test.each(HOSTILE_EMAILS.map((email, index) => [email, index] as const))(
    'listPlansForStaff(%s) escapes the address in $filter and finds exactly that person’s plans',
    async (email, index) => {
      const mine = SINGLE_LINE_ACCEPTED.filter((_, i) => i % HOSTILE_EMAILS.length === index).map(
        (h) => h.value,
      );
      const found = await store.listPlansForStaff(email);
      expect(found.map((p) => p.pupil.name).sort()).toEqual([...mine].sort());
      expect(await store.listPlansForStaff(email.toUpperCase())).toHaveLength(mine.length);
    },
  );

  test.each(SINGLE_LINE_ACCEPTED.map((h) => [h.name, h.value] as const))(
    'a $filter by pupil name (in a $batch and in a plain GET) finds %s and nothing else',
    async (_n, value) => {
      const client = bed.clientFor(SENCO);
      const plans = bed.lists.listIds.plans as string;
      const request = queryItems(bed.siteId, plans, { column: 'PupilName', value, pageSize: 100 });
      const [batched] = await sendBatch(client, [{ ...request, headers: PREFER_NON_INDEXED }], {});
      expect(batched?.status).toBe(200);
      const fromBatch = (batched?.body as { value: { fields: { PupilName: string } }[] }).value;
      expect(fromBatch.map((item) => item.fields.PupilName)).toEqual([value]);

      const url = withQuery(`/sites/${bed.siteId}/lists/${plans}/items`, {
        $expand: 'fields',
        $filter: fieldEquals('PupilName', value),
      });
      const direct = (await client.api(url).header('Prefer', PREFER_NON_INDEXED.Prefer).get()) as {
        value: { fields: { PupilName: string } }[];
      };
      const fromGet = direct.value;
      expect(fromGet.map((item) => item.fields.PupilName)).toEqual([value]);
    },
  );

  test.each(MULTI_LINE_ACCEPTED.map((h) => [h.name, h.value] as const))(
    'createPlan then openPlan keeps %s exactly in the notes and the evidence note',
    async (_n, value) => {
      const pupil = pupils[2] as Pupil;
      const plan = NOTE_FIELDS.reduce(
        (p, field) => withText(p, field, value),
        hostilePlan(pupil, 'Notes', ''),
      );
      const saved = await store.createPlan({ pupil, plan });
      const opened = (await store.openPlan(saved.id)).plan;
      for (const field of NOTE_FIELDS) exactly(textAt(opened, field), value);
    },
  );

  /**
   * What the editor sends: text fields edited in place; evidence, which is a dated record, added as
   * a new entry (saved evidence is never edited, see EvidenceEditor).
   */
  const saveEdit = (base: Plan, field: TextField, value: string): Plan =>
    field !== 'evidenceNote'
      ? withText(base, field, value)
      : editFirstTarget(base, (target) => ({
          ...target,
          evidence: [
            ...target.evidence,
            {
              id: `draft-${target.evidence.length}` as never,
              date: '2026-02-10',
              rating: 4,
              note: value,
              recordedBy: 'Mrs Patel',
            },
          ],
        }));
  const savedText = (plan: Plan, field: TextField): string | undefined =>
    field !== 'evidenceNote' ? textAt(plan, field) : firstTarget(plan).evidence.at(-1)?.note;

  test('savePlan then openPlan keeps each hostile value exactly, including 63,999-character notes', async () => {
    const first = created.get(SINGLE_LINE_ACCEPTED[0]?.value ?? '') as Plan;
    let base = (await store.openPlan(first.id)).plan;
    const edits: [TextField, string][] = [
      ...SINGLE_LINE_ACCEPTED.flatMap((h) =>
        ALL_FIELDS.map((field) => [field, h.value] as [TextField, string]),
      ),
      ...MULTI_LINE_ACCEPTED.flatMap((h) =>
        NOTE_FIELDS.map((field) => [field, h.value] as [TextField, string]),
      ),
    ];
    for (const [field, value] of edits) {
      const result = await store.savePlan(saveEdit(base, field, value), base);
      expect([result.conflicts, result.failures]).toEqual([[], []]);
      base = (await store.openPlan(first.id)).plan;
      exactly(savedText(base, field), value);
      expect(base).toEqual(result.plan);
    }
  }, 60_000);

  test.each(DATES_ACCEPTED.map((d) => [d.name, d.value] as const))(
    'stores %s in every date field as the same day',
    async (_n, value) => {
      const pupil = pupils[0] as Pupil;
      const plan = ALL_DATE_FIELDS.reduce(
        (p, field) => withDate(p, field, value),
        hostilePlan(pupil, 'Dates', ''),
      );
      const saved = await store.createPlan({ pupil, plan });
      const opened = (await store.openPlan(saved.id)).plan;
      expect([
        opened.startDate,
        opened.nextReviewDate,
        firstTarget(opened).targetDate,
        firstTarget(opened).evidence[0]?.date,
      ]).toEqual([value, value, value, value]);
    },
  );

  const refusedCases = [
    ...cases(SINGLE_LINE_REFUSED, LINE_FIELDS),
    ...cases(MULTI_LINE_REFUSED, NOTE_FIELDS),
  ];
  test.each(refusedCases)(
    'createPlan and savePlan refuse %s in %s, naming the field, sending nothing',
    async (_n, field, value) => {
      const pupil = pupils[1] as Pupil;
      const { plan: base } = await store.openPlan(
        (created.get(SINGLE_LINE_ACCEPTED[1]?.value ?? '') as Plan).id,
      );
      const before = bed.requests.length;
      const { path, label } = TEXT_FIELDS[field];

      const create = store.createPlan({
        pupil,
        plan: withText(hostilePlan(pupil, 'Refused', ''), field, value),
      });
      await expect(create).rejects.toBeInstanceOf(Invalid);
      const createIssues = ((await create.catch((e: unknown) => e)) as Invalid).issues;
      expect(createIssues.map((i) => i.path)).toEqual([path]);
      expect(createIssues[0]?.message.startsWith(`${label} `)).toBe(true);

      const save = store.savePlan(withText(base, field, value), base);
      const saveError = (await save.catch((e: unknown) => e)) as Invalid;
      expect(saveError).toBeInstanceOf(Invalid);
      expect(saveError.issues.map((i) => i.path)).toEqual([path]);
      expect(bed.requests.length).toBe(before);
      expect(textAt((await store.openPlan(base.id)).plan, field)).toBe(textAt(base, field));
    },
  );
});
