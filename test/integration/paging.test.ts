import { asClassTeamId, Invalid, ServiceError, Throttled, type Pupil } from '../../src/domain';
import { toDomainError } from '../../src/graph/httpErrors';
import { fieldEquals, withQuery } from '../../src/graph/odata';
import { listPath } from '../../src/graph/sharepoint/shared/requests';
import { internalsOf } from '../../dev/standin/internals';
import { registerEntries } from './support/pupils';
import { SENCO, startTestbed, YEAR_4, type Testbed } from './support/iepTestbed';
import { pupilToFields } from '../../src/graph/sharepoint/pupils/pupilMapper';

let bed: Testbed;
beforeAll(async () => {
  bed = await startTestbed();
});
afterAll(() => bed.close());

test('a class bigger than a page is read across pages (3 pages here), batched, with nothing lost or repeated', async () => {
  const store = bed.storeFor(SENCO, { pageSize: 50 });
  const added = await store.addPupils(registerEntries(YEAR_4, 'Year 4 Otters', 130));
  bed.standIn.resetStats();
  const dashboard = await store.loadClass(asClassTeamId(YEAR_4));
  expect(dashboard.pupils.map((p) => p.id).sort()).toEqual(added.map((p) => p.id).sort());
  expect(bed.standIn.stats().httpRequests).toBe(3);
});

describe('a list of 20,000 pupils', () => {
  const BIG_CLASS = 'f0000000-0000-4000-8000-000000000042';
  let pupilsListId: string;

  beforeAll(() => {
    pupilsListId = bed.lists.listIds.pupils as string;
    // 200 classes of 100: inserted in-process (20,000 HTTP creates would only test the network).
    const rows = Array.from({ length: 20_000 }, (_, i) => {
      const classTeamId = i % 200 === 42 ? BIG_CLASS : `c${String(i % 200).padStart(3, '0')}`;
      const entry = registerEntries(classTeamId, `Class ${i % 200}`, 1)[0] as Omit<Pupil, 'id'>;
      return pupilToFields({ ...entry, familyName: `Family${i}`, pupilRef: `UPN${i}` });
    });
    internalsOf(bed.standIn).seedListItems(bed.siteId, pupilsListId, rows, SENCO.email);
  }, 60_000);

  test('a class is found through the indexed ClassTeamId column, in one request', async () => {
    bed.standIn.resetStats();
    const dashboard = await bed.storeFor(SENCO).loadClass(asClassTeamId(BIG_CLASS));
    expect(dashboard.pupils).toHaveLength(100);
    expect(dashboard.pupils.every((p) => p.classTeamId === BIG_CLASS)).toBe(true);
    expect(bed.standIn.stats().httpRequests).toBe(1);
  });

  test('a filter on a column that is not indexed is refused, as SharePoint refuses it', async () => {
    const client = bed.clientFor(SENCO);
    const url = withQuery(`${listPath(bed.siteId, pupilsListId)}/items`, {
      $expand: 'fields',
      $filter: fieldEquals('FamilyName', 'Family7'),
    });
    const error = toDomainError(
      await client
        .api(url)
        .get()
        .catch((e: unknown) => e),
    );
    expect(error).toBeInstanceOf(Invalid);
    expect(error.message).toContain(
      "Field 'FamilyName' cannot be referenced in filter or orderby as it is not indexed",
    );
  });

  test('and forcing it with the Prefer header fails on the list view threshold', async () => {
    const client = bed.clientFor(SENCO);
    const url = withQuery(`${listPath(bed.siteId, pupilsListId)}/items`, {
      $expand: 'fields',
      $filter: fieldEquals('FamilyName', 'Family7'),
    });
    const error = toDomainError(
      await client
        .api(url)
        .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
        .get()
        .catch((e: unknown) => e),
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).not.toBeInstanceOf(Throttled);
    expect(error.message).toContain('list view threshold');
  });
});
