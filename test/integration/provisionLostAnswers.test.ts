/**
 * Putting pupils on a provision when answers are lost on the way back (the connection drops after
 * SharePoint made the items): nothing may exist twice, whether the store finds them again itself or the
 * SENCO adds the same pupils again after the store gave up.
 */
import type { NewPlacement, ProvisionStore, Pupil } from '../../src/domain';
import { withQuery } from '../../src/graph/odata';
import { listPath } from '../../src/graph/sharepoint/shared/requests';
import { phonicsGroup } from '../contract/provisionStoreContract';
import { registerEntries } from './support/pupils';
import { SENCO, startTestbed, YEAR_3, type Testbed } from './support/iepTestbed';

let bed: Testbed;
let pupils: readonly Pupil[];

beforeAll(async () => {
  bed = await startTestbed();
  pupils = await bed.storeFor(SENCO).addPupils(registerEntries(YEAR_3, 'Year 3 Wrens', 4));
});
afterAll(() => bed.close());

const urlOf = (input: Parameters<typeof fetch>[0]): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/**
 * A network that lets the service carry out the next `count` `$batch`es that write, then loses their
 * answers; with `reads`, once the first write is lost, the answers of every `$batch` after it too (the
 * store's look-ups), `count` in all.
 */
const losingWrites = (): {
  fetch: typeof fetch;
  lose: (count: number, options?: { reads: boolean }) => void;
  lost: () => number;
} => {
  let toLose = 0;
  let andReads = false;
  let lost = 0;
  return {
    lose: (count, options) => {
      toLose = count;
      andReads = options?.reads ?? false;
    },
    lost: () => lost,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const batch = urlOf(input).endsWith('/$batch');
      const writes = batch && (/"method":"POST"/.test(init?.body as string) || (andReads && lost > 0));
      if (writes && toLose > 0) {
        toLose -= 1;
        await response.arrayBuffer();
        lost += 1;
        throw new TypeError('fetch failed (the answer was lost after the service had done the work)');
      }
      return response;
    },
  };
};

const storedPlacements = async (provisionId: string): Promise<unknown[]> => {
  const page = (await bed
    .clientFor(SENCO)
    .api(
      withQuery(`${listPath(bed.siteId, bed.lists.listIds.placements as string)}/items`, {
        $expand: 'fields',
        $top: 5000,
      }),
    )
    .get()) as { value: { fields: Record<string, unknown> }[] };
  return page.value.filter((item) => item.fields['ProvisionId'] === provisionId);
};

const onProvision = (provisionId: string): NewPlacement[] =>
  pupils.map((pupil) => ({
    provisionId: provisionId as NewPlacement['provisionId'],
    pupilId: pupil.id,
    term: '2026-01-05',
    start: '2026-01-05',
    end: '2026-03-27',
  }));

const newProvision = (store: ProvisionStore, name: string) => store.createProvision(phonicsGroup({ name }));

test('an answer lost once is found again by the store: every pupil added, each once', async () => {
  const network = losingWrites();
  const store = bed.provisionsFor(SENCO, network.fetch);
  const provision = await newProvision(bed.provisionsFor(SENCO), 'Lost once');

  network.lose(1);
  const result = await store.addPlacements(onProvision(provision.id));

  expect(network.lost()).toBe(1);
  expect(result.failures).toEqual([]);
  expect(result.added).toHaveLength(4);
  expect(result.added.every((p) => p.etag)).toBe(true);
  expect(await storedPlacements(provision.id)).toHaveLength(4);
});

test('after the store gave up on lost answers, adding the same pupils again makes nothing twice', async () => {
  const network = losingWrites();
  const provision = await newProvision(bed.provisionsFor(SENCO), 'Lost for good');

  network.lose(20, { reads: true });
  const first = await bed.provisionsFor(SENCO, network.fetch).addPlacements(onProvision(provision.id));
  expect(first.added).toEqual([]);
  expect(first.failures).toHaveLength(4);
  expect(await storedPlacements(provision.id)).toHaveLength(4);

  // A reload later: a new store with nothing remembered, the same pupils chosen again.
  const again = await bed.provisionsFor(SENCO).addPlacements(onProvision(provision.id));
  expect(again.failures).toEqual([]);
  expect(again.added.map((p) => p.pupilId).sort()).toEqual(pupils.map((p) => p.id).sort());
  expect(await storedPlacements(provision.id)).toHaveLength(4);
});
