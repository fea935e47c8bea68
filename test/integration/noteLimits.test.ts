/**
 * SharePoint refuses more than 63,999 characters in a multiple lines of text column. Some columns hold
 * several fields as JSON, so they can pass that limit while every field passes its own: the store must
 * refuse such a save at the fields, before sending, rather than get a 400 back or lose text.
 */
import { Invalid, type Plan, type Pupil } from '../../src/domain';
import { buildReview } from '../support/planBuilder';
import { planFor, registerEntries } from './support/pupils';
import { SENCO, startTestbed, YEAR_4, type Testbed } from './support/iepTestbed';

let bed: Testbed;
let pupils: readonly Pupil[];

beforeAll(async () => {
  bed = await startTestbed();
  pupils = await bed.storeFor(SENCO).addPupils(registerEntries(YEAR_4, 'Year 4 Otters', 2));
});
afterAll(() => bed.close());

/** Text with quotes and line breaks, which JSON writes as two characters each. */
const longNotes = (word: string, length = 22_000): string =>
  `${word} said "yes".\n`.repeat(Math.ceil(length / 10)).slice(0, length);

const writesSince = (count: number): number =>
  bed.requests.slice(count).filter((request) => request.method !== 'GET').length;

test('a profile whose fields fit one by one but not together is refused at those fields, and nothing is sent', async () => {
  const senco = bed.storeFor(SENCO);
  const pupil = pupils[0] as Pupil;
  const created = await senco.createPlan({ pupil, plan: planFor(pupil, 1) });
  const profile = {
    strengths: longNotes('Strong'),
    likes: longNotes('Likes'),
    dislikes: longNotes('Dislikes'),
    anxieties: '',
    communication: 'Uses a visual timetable.',
  };
  const sent = bed.requests.length;

  const error = await senco.savePlan({ ...created, profile }, created).catch((e: unknown) => e);

  expect(error).toBeInstanceOf(Invalid);
  const issues = (error as Invalid).issues;
  expect(issues.map((issue) => issue.path)).toEqual([
    'profile.strengths',
    'profile.likes',
    'profile.dislikes',
    'profile.communication',
  ]);
  expect(issues[0]?.message).toMatch(/^The pupil profile is too long to save: .* SharePoint holds 63,999/);
  expect(writesSince(sent)).toBe(0);
  const { plan: stored } = await senco.openPlan(created.id);
  expect(stored.profile).toEqual(created.profile);
});

test('the same text in separate columns saves in full', async () => {
  const senco = bed.storeFor(SENCO);
  const pupil = pupils[1] as Pupil;
  const created = await senco.createPlan({ pupil, plan: planFor(pupil, 1) });
  const edited: Plan = {
    ...created,
    otherSupport: longNotes('Other'),
    monitoring: longNotes('Monitor'),
    pupilViews: longNotes('Pupil'),
  };
  await senco.savePlan(edited, created);
  const { plan: stored } = await senco.openPlan(created.id);
  expect([stored.otherSupport, stored.monitoring, stored.pupilViews]).toEqual([
    edited.otherSupport,
    edited.monitoring,
    edited.pupilViews,
  ]);
});

test('review agenda notes too long together are refused at the agenda fields, before sending', async () => {
  const senco = bed.storeFor(SENCO);
  const pupil = pupils[1] as Pupil;
  const created = await senco.createPlan({ pupil, plan: planFor(pupil, 1) });
  const review = buildReview(created, { status: 'planned', completedOn: null });
  const draft = {
    ...review,
    etag: undefined,
    agenda: {
      ...review.agenda,
      progress: longNotes('Progress', 30_000),
      futureAction: longNotes('Future', 30_000),
    },
  };
  const sent = bed.requests.length;
  const error = await senco.saveReview(draft).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Invalid);
  expect((error as Invalid).issues.map((issue) => issue.path)).toEqual(
    expect.arrayContaining(['agenda.progress', 'agenda.futureAction']),
  );
  expect(writesSince(sent)).toBe(0);
});
