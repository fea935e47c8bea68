/**
 * Importing the register from the school's MIS on the stand-in: a whole school's file in at most 55
 * Graph requests, and exactly one pupil per row however busy Microsoft 365 is or however many answers
 * are lost on the way back.
 */
import { asClassTeamId, RegisterEntrySchema, type ClassTeamId, type RegisterWrite } from '../../src/domain';
import { withQuery } from '../../src/graph/odata';
import { listPath } from '../../src/graph/sharepoint/shared/requests';
import { SENCO, startTestbed, type Testbed } from './support/iepTestbed';

let bed: Testbed;

beforeAll(async () => {
  bed = await startTestbed();
});
afterAll(() => bed.close());

const CLASS: ClassTeamId = asClassTeamId('5a0c1e2b-7d3f-4e8a-9b61-0f2d4c6e8a13');

const rowsFor = (prefix: string, count: number): RegisterWrite[] =>
  Array.from({ length: count }, (_, i) => ({
    entry: RegisterEntrySchema.parse({
      givenName: ['Amara', 'Chen', 'Dylan', 'Zoë'][i % 4],
      familyName: `Okafor-${prefix}-${i}`,
      dateOfBirth: `2016-0${1 + (i % 9)}-1${i % 10}`,
      pupilRef: `${prefix}${String(i).padStart(5, '0')}`,
      yearGroup: 'Year 5',
      className: 'Year 5 Swifts',
      senStatus: i % 4 === 0 ? 'E' : 'K',
      primaryNeed: 'SPLD',
    }),
    classTeamId: CLASS,
    existing: null,
  }));

/** How many pupils on the register have each pupil reference starting `prefix`. */
const storedRefs = async (prefix: string): Promise<Map<string, number>> => {
  const page = (await bed
    .clientFor(SENCO)
    .api(
      withQuery(`${listPath(bed.siteId, bed.lists.listIds['pupils'] as string)}/items`, {
        $expand: 'fields($select=PupilRef)',
        $top: 5000,
      }),
    )
    .get()) as { value: { fields: { PupilRef?: string } }[] };
  const counts = new Map<string, number>();
  for (const item of page.value) {
    const ref = item.fields.PupilRef ?? '';
    if (ref.startsWith(prefix)) counts.set(ref, (counts.get(ref) ?? 0) + 1);
  }
  return counts;
};

const expectEachOnce = async (prefix: string, count: number): Promise<void> => {
  const counts = await storedRefs(prefix);
  expect(counts.size).toBe(count);
  expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
};

test('1,000 rows are imported in at most 55 Graph requests, with progress after each batch', async () => {
  const store = bed.storeFor(SENCO);
  const progress: number[] = [];
  bed.requests.length = 0;

  const result = await store.importRegister(rowsFor('A', 1000), (done, total) => {
    expect(total).toBe(1000);
    progress.push(done);
  });

  expect(bed.requests.length).toBeLessThanOrEqual(55);
  expect([result.added.length, result.updated, result.conflicts, result.failures]).toEqual([
    1000,
    [],
    [],
    [],
  ]);
  expect(progress).toHaveLength(50);
  expect(progress.at(-1)).toBe(1000);
  await expectEachOnce('A', 1000);
}, 120_000);

test('at 30% throttling, with and without Retry-After, every row is imported exactly once', async () => {
  const store = bed.storeFor(SENCO);
  bed.standIn.setFaults({
    rate: 0.3,
    statuses: [429, 503],
    retryAfterSeconds: 0,
    withoutRetryAfter: 0.5,
    seed: 20260911,
  });
  bed.requests.length = 0;
  try {
    const result = await store.importRegister(rowsFor('T', 120));
    expect([result.added.length, result.conflicts, result.failures]).toEqual([120, [], []]);
  } finally {
    bed.standIn.setFaults(null);
  }
  expect(bed.requests.some((request) => request.subStatuses?.includes(429))).toBe(true);
  await expectEachOnce('T', 120);
});

test('at 30% throttling of whole requests that the client does not retry itself, every row is imported once', async () => {
  let refused = 0;
  const counting: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (response.status === 429 || response.status === 503) refused += 1;
    return response;
  };
  const store = bed.storeThrough(SENCO, counting);
  bed.standIn.setFaults({ rate: 0.3, statuses: [429, 503], retryAfterSeconds: 0, seed: 20260913 });
  try {
    const result = await store.importRegister(rowsFor('W', 160));
    expect([result.added.length, result.conflicts, result.failures]).toEqual([160, [], []]);
  } finally {
    bed.standIn.setFaults(null);
  }
  expect(refused).toBeGreaterThan(0);
  await expectEachOnce('W', 160);
});

const urlOf = (input: Parameters<typeof fetch>[0]): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/** A network that lets the service carry out every `nth` write `$batch`, then drops its answer. */
const losingEvery = (nth: number): { fetch: typeof fetch; lost: () => number } => {
  let writes = 0;
  let lost = 0;
  return {
    lost: () => lost,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const write = urlOf(input).endsWith('/$batch') && /"method":"(POST|PATCH)"/.test(init?.body as string);
      if (write && ++writes % nth === 0) {
        await response.arrayBuffer();
        lost += 1;
        throw new TypeError('fetch failed (the answer was lost after the service had done the work)');
      }
      return response;
    },
  };
};

test('with answers lost after the pupils were made, every row is imported exactly once', async () => {
  const network = losingEvery(2);
  const store = bed.storeThrough(SENCO, network.fetch);

  const result = await store.importRegister(rowsFor('L', 100));

  expect(network.lost()).toBeGreaterThanOrEqual(2);
  expect([result.added.length, result.conflicts, result.failures]).toEqual([100, [], []]);
  expect(new Set(result.added.map((pupil) => pupil.id)).size).toBe(100);
  await expectEachOnce('L', 100);
});

test('updates whose answers were lost are read back: saved once, never reported as their own conflict', async () => {
  const { added } = await bed.storeFor(SENCO).importRegister(rowsFor('U', 20));
  const updates: RegisterWrite[] = added.map((pupil) => ({
    entry: RegisterEntrySchema.parse({ ...pupil, yearGroup: 'Year 6' }),
    classTeamId: CLASS,
    existing: pupil,
  }));
  const network = losingEvery(1);

  const result = await bed.storeThrough(SENCO, network.fetch).importRegister(updates);

  expect(network.lost()).toBe(1);
  expect([result.updated.length, result.conflicts, result.failures]).toEqual([20, [], []]);
  const stored = await bed.storeFor(SENCO).loadClass(CLASS);
  const years = stored.pupils.filter((p) => p.pupilRef.startsWith('U')).map((p) => p.yearGroup);
  expect(years).toEqual(Array.from({ length: 20 }, () => 'Year 6'));
});

/** A network that carries out the first write `$batch`, loses its answer, and then reaches nothing more. */
const offlineAfterFirstWrite = (): typeof fetch => {
  let offline = false;
  return async (input, init) => {
    if (offline) throw new TypeError('fetch failed (offline)');
    const response = await fetch(input, init);
    if (urlOf(input).endsWith('/$batch') && /"method":"POST"/.test(init?.body as string)) {
      await response.arrayBuffer();
      offline = true;
      throw new TypeError('fetch failed (the answer was lost after the service had done the work)');
    }
    return response;
  };
};

test('the same rows imported again after a lost attempt, from a fresh page, add no one', async () => {
  const rows = rowsFor('R', 20);
  const lost = await bed.storeThrough(SENCO, offlineAfterFirstWrite()).importRegister(rows);
  expect([lost.added.length, lost.failures.length]).toEqual([0, 20]);
  expect((await storedRefs('R')).size).toBe(20);

  // A fresh page (no memory of the lost attempt) with the same preview's rows.
  const again = await bed.storeFor(SENCO).importRegister(rows);

  expect([again.added, again.updated, again.conflicts, again.failures]).toEqual([[], [], [], []]);
  await expectEachOnce('R', 20);
});
