/**
 * Completing a review closes the current plan version. That close, and its undo if a later step fails,
 * are writes like any other: never sent without If-Match, even when the eTag the page holds is missing
 * (a write answered without one); then the stored eTag is read, and used only if the plan is unchanged.
 */
import { EditConflict, type Plan, type Pupil } from '../../src/domain';
import { buildReview } from '../support/planBuilder';
import { planFor, registerEntries } from './support/pupils';
import {
  SENCO,
  startTestbed,
  TEACHER,
  YEAR_5,
  type RecordedRequest,
  type Testbed,
} from './support/iepTestbed';

let bed: Testbed;
let pupils: readonly Pupil[];

beforeAll(async () => {
  bed = await startTestbed();
  pupils = await bed.storeFor(SENCO).addPupils(registerEntries(YEAR_5, 'Year 5 Foxes', 2));
});
afterAll(() => bed.close());

interface SubRequest {
  readonly method: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
}

const patchesSince = (from: number): SubRequest[] =>
  bed.requests
    .slice(from)
    .flatMap(
      (request: RecordedRequest) => (request.body as { requests?: SubRequest[] } | undefined)?.requests ?? [],
    )
    .filter((sub) => sub.method === 'PATCH');

const withoutEtag = (plan: Plan): Plan => {
  const { etag: _unknown, ...rest } = plan;
  return rest;
};

test('a plan whose eTag the page lost is closed with If-Match read from the unchanged plan', async () => {
  const store = bed.storeFor(SENCO);
  const created = await store.createPlan({ pupil: pupils[0] as Pupil, plan: planFor(pupils[0] as Pupil, 2) });
  const { plan } = await store.openPlan(created.id);
  const review = await store.saveReview({
    ...buildReview(plan),
    id: 'new-review-close-1' as never,
    etag: undefined,
  });
  const from = bed.requests.length;

  const result = await store.commitNextVersion(withoutEtag(plan), { ...plan, status: 'active' }, review);

  expect(result.closed.status).toBe('closed');
  const patches = patchesSince(from);
  expect(patches.length).toBeGreaterThan(0);
  expect(patches.filter((sub) => sub.headers?.['If-Match'] === undefined)).toEqual([]);
});

test('a plan whose eTag the page lost, changed by a colleague since, is not closed over their change', async () => {
  const store = bed.storeFor(SENCO);
  const created = await store.createPlan({ pupil: pupils[1] as Pupil, plan: planFor(pupils[1] as Pupil, 1) });
  const { plan } = await store.openPlan(created.id);
  const review = await store.saveReview({
    ...buildReview(plan),
    id: 'new-review-close-2' as never,
    etag: undefined,
  });
  const teacher = bed.storeFor(TEACHER);
  const { plan: theirs } = await teacher.openPlan(created.id);
  await teacher.savePlan({ ...theirs, monitoring: 'Checked by the class teacher' }, theirs);

  await expect(
    store.commitNextVersion(withoutEtag(plan), { ...plan, status: 'active' }, review),
  ).rejects.toBeInstanceOf(EditConflict);

  const { plan: stored } = await store.openPlan(created.id);
  expect(stored.status).not.toBe('closed');
  expect(stored.monitoring).toBe('Checked by the class teacher');
});
