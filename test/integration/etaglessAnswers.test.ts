/**
 * SharePoint sometimes answers `PATCH .../fields` without `@odata.etag`. The stand-in can do the same
 * (`patchAnswersWithoutEtag`). Whatever the answer lacked, the next write of that item still goes
 * with If-Match, and an item saved before is never taken for a new one and created a second time.
 */
import { internalsOf } from '../../dev/standin/internals';
import { SharePointLists } from '../../dev/standin/sharepoint/sharePointLists';
import { EditConflict, type Plan, type Pupil } from '../../src/domain';
import { buildReview } from '../support/planBuilder';
import { planFor, registerEntries } from './support/pupils';
import {
  SENCO,
  startTestbed,
  TEACHER,
  YEAR_4,
  type RecordedRequest,
  type Testbed,
} from './support/iepTestbed';

let bed: Testbed;
let pupils: readonly Pupil[];
const lists = (): SharePointLists => SharePointLists.of(internalsOf(bed.standIn).services);

beforeAll(async () => {
  bed = await startTestbed();
  pupils = await bed.storeFor(SENCO).addPupils(registerEntries(YEAR_4, 'Year 4 Owls', 3));
  lists().patchAnswersWithoutEtag = true;
});
afterAll(() => bed.close());

interface SubRequest {
  readonly method: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
}

/** Every PATCH and DELETE of a list item sent inside a `$batch` since `from`. */
const itemWritesSince = (from: number): SubRequest[] =>
  bed.requests
    .slice(from)
    .flatMap(
      (request: RecordedRequest) => (request.body as { requests?: SubRequest[] } | undefined)?.requests ?? [],
    )
    .filter((sub) => sub.method === 'PATCH' || sub.method === 'DELETE');

test('a plan and a target saved twice in a row: the second save updates them with If-Match, nothing is created again', async () => {
  const senco = bed.storeFor(SENCO);
  const created = await senco.createPlan({ pupil: pupils[0] as Pupil, plan: planFor(pupils[0] as Pupil, 2) });
  const { plan: opened } = await senco.openPlan(created.id);
  const from = bed.requests.length;

  const edit = (plan: Plan, note: string): Plan => ({
    ...plan,
    monitoring: note,
    shortTermTargets: plan.shortTermTargets.map((t, i) => (i === 0 ? { ...t, strategies: note } : t)),
  });
  const first = await senco.savePlan(edit(opened, 'Weekly probes'), opened);
  const second = await senco.savePlan(edit(first.plan, 'Daily probes'), first.plan);

  expect([...second.conflicts, ...second.failures]).toEqual([]);
  const { plan } = await senco.openPlan(created.id);
  expect(plan.monitoring).toBe('Daily probes');
  expect(plan.shortTermTargets.map((t) => t.strategies)).toEqual([
    'Daily probes',
    opened.shortTermTargets[1]?.strategies,
  ]);
  const writes = itemWritesSince(from);
  expect(writes.length).toBeGreaterThanOrEqual(4);
  expect(writes.filter((sub) => sub.headers?.['If-Match'] === undefined)).toEqual([]);
});

test('a colleague saving between my two saves is a conflict, not overwritten', async () => {
  const senco = bed.storeFor(SENCO);
  const created = await senco.createPlan({ pupil: pupils[1] as Pupil, plan: planFor(pupils[1] as Pupil, 1) });
  const { plan: opened } = await senco.openPlan(created.id);
  const first = await senco.savePlan({ ...opened, monitoring: 'Weekly probes' }, opened);

  const teacher = bed.storeFor(TEACHER);
  const { plan: theirs } = await teacher.openPlan(created.id);
  await teacher.savePlan({ ...theirs, pupilViews: 'Added by the teacher' }, theirs);

  const second = await senco.savePlan({ ...first.plan, monitoring: 'Daily probes' }, first.plan);
  expect(second.conflicts.map((c) => c instanceof EditConflict && c.item.kind)).toEqual(['plan']);
  const { plan } = await senco.openPlan(created.id);
  expect([plan.monitoring, plan.pupilViews]).toEqual(['Weekly probes', 'Added by the teacher']);
});

test('a review saved twice in a row is updated, never recorded a second time', async () => {
  const senco = bed.storeFor(SENCO);
  const created = await senco.createPlan({ pupil: pupils[2] as Pupil, plan: planFor(pupils[2] as Pupil, 1) });
  const draft = { ...buildReview(created, { status: 'planned', completedOn: null }), etag: undefined };
  const saved = await senco.saveReview(draft);
  const moved = await senco.saveReview({ ...saved, location: 'Library' });
  const from = bed.requests.length;
  const movedAgain = await senco.saveReview({ ...moved, location: 'Hall' });

  const { reviews } = await senco.openPlan(created.id);
  expect(reviews.map((r) => [r.id, r.location])).toEqual([[saved.id, 'Hall']]);
  expect(movedAgain.id).toBe(saved.id);
  expect(itemWritesSince(from).map((sub) => sub.headers?.['If-Match'] !== undefined)).toEqual([true]);
});
