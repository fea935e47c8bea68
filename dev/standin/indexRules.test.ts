import { internalsOf } from './internals';
import type { StandIn } from './server';
import { createList, errorOf, fieldsOf, graph, SEN_SITE_ID, SENCO, startTestStandIn } from './testSupport';

/**
 * SharePoint's index rules as docs/TOOLING.md records them: filtering or ordering on a column that is not indexed
 * is refused unless the Prefer header is sent, and even then fails once a list holds more than 5,000 items.
 */
const NOT_INDEXED_MESSAGE =
  "Field 'Surname' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.";
const PREFER = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
const CLASSES = ['y1', 'y2', 'y3', 'y4', 'y5', 'y6', 'r', 'n'];

let standIn: StandIn;
let bigItems: string;
let smallItems: string;

const columns = [
  { name: 'ClassId', text: {}, indexed: true },
  { name: 'PupilRef', text: {}, indexed: true },
  { name: 'Surname', text: {} },
];
const row = (i: number): Record<string, unknown> => ({
  Title: `Plan ${i}`,
  ClassId: CLASSES[i % CLASSES.length],
  PupilRef: `P${String(i).padStart(6, '0')}`,
  Surname: i % 1000 === 0 ? "O'Brien" : `Surname${i}`,
});

beforeAll(async () => {
  standIn = await startTestStandIn();
  const bigId = await createList(standIn, 'Big Plans', columns);
  const smallId = await createList(standIn, 'Small Plans', columns);
  internalsOf(standIn).seedListItems(
    SEN_SITE_ID,
    bigId,
    Array.from({ length: 20_000 }, (_, i) => row(i + 1)),
    SENCO,
  );
  internalsOf(standIn).seedListItems(
    SEN_SITE_ID,
    smallId,
    Array.from({ length: 4_000 }, (_, i) => row(i + 1)),
    SENCO,
  );
  bigItems = `/sites/${SEN_SITE_ID}/lists/${bigId}/items`;
  smallItems = `/sites/${SEN_SITE_ID}/lists/${smallId}/items`;
}, 20_000);
afterAll(() => standIn.close());

const filtered = (items: string, filter: string, extra = ''): string =>
  `${items}?$expand=fields&$filter=${encodeURIComponent(filter)}${extra}`;

describe('a 20,000-item list', () => {
  it('answers queries on indexed columns quickly', async () => {
    const started = Date.now();
    const one = await graph(standIn, 'GET', filtered(bigItems, "fields/PupilRef eq 'P012345'"));
    const prefix = await graph(
      standIn,
      'GET',
      filtered(bigItems, "startswith(fields/PupilRef,'P01999')", '&$top=50'),
    );
    const ordered = await graph(
      standIn,
      'GET',
      `${bigItems}?$expand=fields&$orderby=fields/PupilRef%20desc&$top=3`,
    );
    const classPage = await graph(standIn, 'GET', filtered(bigItems, "fields/ClassId eq 'y3'", '&$top=500'));
    const elapsed = Date.now() - started;

    expect(one.body.value?.map((i) => fieldsOf(i)['Title'])).toEqual(['Plan 12345']);
    expect(prefix.body.value).toHaveLength(10);
    expect(ordered.body.value?.map((i) => fieldsOf(i)['PupilRef'])).toEqual([
      'P020000',
      'P019999',
      'P019998',
    ]);
    expect(classPage.body.value).toHaveLength(500);
    expect(classPage.body['@odata.nextLink']).toEqual(expect.any(String));
    expect(elapsed).toBeLessThan(3000);
  });

  it('refuses a filter on a column that is not indexed, as SharePoint does', async () => {
    const result = await graph(standIn, 'GET', filtered(bigItems, "fields/Surname eq 'O''Brien'"));
    expect(result.status).toBe(400);
    expect(errorOf(result)).toEqual(
      expect.objectContaining({ code: 'invalidRequest', message: NOT_INDEXED_MESSAGE }),
    );
  });

  it('refuses to order by a column that is not indexed', async () => {
    const result = await graph(standIn, 'GET', `${bigItems}?$orderby=fields/Surname`);
    expect(result.status).toBe(400);
    expect(errorOf(result).message).toBe(NOT_INDEXED_MESSAGE);
  });

  it('fails a non-indexed query past the list view threshold even with the Prefer header', async () => {
    const result = await graph(standIn, 'GET', filtered(bigItems, "fields/Surname eq 'O''Brien'"), {
      headers: PREFER,
    });
    expect(result.status).toBe(429);
    expect(errorOf(result).message).toBe(
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    );
  });

  it('also refuses a non-indexed column combined with an indexed one', async () => {
    const result = await graph(
      standIn,
      'GET',
      filtered(bigItems, "fields/ClassId eq 'y3' and fields/Surname eq 'O''Brien'"),
    );
    expect(result.status).toBe(400);
  });
});

describe('a list under the 5,000-item threshold', () => {
  it('refuses a non-indexed filter without the Prefer header', async () => {
    const result = await graph(standIn, 'GET', filtered(smallItems, "fields/Surname eq 'O''Brien'"));
    expect(result.status).toBe(400);
  });

  it('runs a non-indexed filter when the Prefer header is sent', async () => {
    const result = await graph(standIn, 'GET', filtered(smallItems, "fields/Surname eq 'O''Brien'"), {
      headers: PREFER,
    });
    expect(result.status).toBe(200);
    expect(result.body.value?.map((i) => fieldsOf(i)['Title'])).toEqual([
      'Plan 1000',
      'Plan 2000',
      'Plan 3000',
      'Plan 4000',
    ]);
  });
});
