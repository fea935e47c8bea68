import { internalsOf } from './internals';
import type { StandIn } from './server';
import { DEMO_CLOSED_VERSION_LABEL } from './sharepoint/records/retentionLabels';
import {
  createList,
  errorOf,
  fieldsOf,
  graph,
  PUPIL,
  SEN_SITE_ID,
  sp,
  spErrorOf,
  startTestStandIn,
  TEACHER_Y3,
} from './testSupport';

let standIn: StandIn;
let listId: string;
const listName = 'RecordTargets';
const listUrl = (): string => `https://contoso.sharepoint.com/sites/SEN/Lists/${listName}`;
const items = (id: string) => `/sites/${SEN_SITE_ID}/lists/${listId}/items/${id}`;

const newItem = async (title: string): Promise<string> => {
  const created = await graph(standIn, 'POST', `/sites/${SEN_SITE_ID}/lists/${listId}/items`, {
    body: { fields: { Title: title } },
  });
  return created.body['id'] as string;
};

const label = (itemIds: unknown, options: { as?: string; tag?: string } = {}) =>
  sp(standIn, 'POST', 'SP_CompliancePolicy_SPPolicyStoreProxy_SetComplianceTagOnBulkItems', {
    ...(options.as ? { as: options.as } : {}),
    body: { listUrl: listUrl(), complianceTagValue: options.tag ?? DEMO_CLOSED_VERSION_LABEL, itemIds },
  });

beforeAll(async () => {
  standIn = await startTestStandIn();
  listId = await createList(standIn, listName, [{ name: 'Outcome', text: {} }]);
});
afterAll(() => standIn.close());
afterEach(() => internalsOf(standIn).setAppGrant(SEN_SITE_ID, 'fullcontrol'));

describe('SetComplianceTagOnBulkItems', () => {
  it('labels the items and answers the ids it could not label (here one that does not exist)', async () => {
    const [a, b] = [await newItem('A'), await newItem('B')];
    const answer = await label([Number(a), Number(b), 9999]);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ value: [9999] });
    // Labelling again changes nothing and fails nothing: it is safe to repeat.
    expect((await label([Number(a), Number(b)])).body).toEqual({ value: [] });
  });

  it('locks a record: Graph refuses every change and deletion with 423, for the site owner too; reads are unchanged', async () => {
    const id = await newItem('Closed');
    const before = await graph(standIn, 'GET', `${items(id)}?$expand=fields`);
    await label([Number(id)]);

    const patch = await graph(standIn, 'PATCH', `${items(id)}/fields`, { body: { Outcome: 'changed' } });
    expect([patch.status, errorOf(patch).code]).toEqual([423, 'accessDenied']);
    const member = await graph(standIn, 'PATCH', `${items(id)}/fields`, {
      as: TEACHER_Y3,
      body: { Outcome: 'changed' },
    });
    expect(member.status).toBe(423);
    const deleted = await graph(standIn, 'DELETE', items(id));
    expect([deleted.status, errorOf(deleted).message]).toEqual([
      423,
      'This item cannot be deleted, moved, or renamed because it is either on hold or is a record which blocks deletion.',
    ]);
    const inBatch = await graph(standIn, 'POST', '/$batch', {
      body: {
        requests: [
          {
            id: '1',
            method: 'PATCH',
            url: `${items(id)}/fields`,
            body: { Outcome: 'x' },
            headers: { 'Content-Type': 'application/json' },
          },
        ],
      },
    });
    expect((inBatch.body['responses'] as { status: number }[])[0]?.status).toBe(423);

    const after = await graph(standIn, 'GET', `${items(id)}?$expand=fields`);
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);
    expect(fieldsOf(after.body)['Outcome']).toBeUndefined();
  });

  it('refuses a record’s change and deletion through SharePoint REST too, in its own error shape', async () => {
    const id = await newItem('Closed by REST');
    await label([Number(id)]);
    const item = `web/lists('${listId}')/items(${id})`;
    const merge = await sp(standIn, 'POST', item, {
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: { Outcome: 'changed' },
    });
    expect([merge.status, spErrorOf(merge).code]).toEqual([
      423,
      '-2146232832, Microsoft.SharePoint.SPException',
    ]);
    expect((await sp(standIn, 'DELETE', item, { headers: { 'IF-MATCH': '*' } })).status).toBe(423);
    expect((await graph(standIn, 'GET', items(id))).status).toBe(200);
  });

  it('leaves an unlabelled item as changeable as before, through Graph and REST', async () => {
    const other = await newItem('Open');
    const merge = await sp(standIn, 'POST', `web/lists('${listId}')/items(${other})`, {
      as: TEACHER_Y3,
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: { Outcome: 'met' },
    });
    expect(merge.status).toBe(204);
    expect(fieldsOf((await graph(standIn, 'GET', `${items(other)}?$expand=fields`)).body)['Outcome']).toBe(
      'met',
    );
    const id = await newItem('Current');
    expect((await graph(standIn, 'PATCH', `${items(id)}/fields`, { body: { Outcome: 'met' } })).status).toBe(
      200,
    );
  });

  it('refuses a record label without the full-control grant, an unknown label, over 100 items, and a caller without the site', async () => {
    const id = Number(await newItem('Guarded'));
    internalsOf(standIn).setAppGrant(SEN_SITE_ID, 'manage');
    expect((await label([id])).status).toBe(403);
    internalsOf(standIn).setAppGrant(SEN_SITE_ID, 'fullcontrol');
    expect((await label([id], { tag: 'No such label' })).status).toBe(400);
    expect((await label(Array.from({ length: 101 }, (_, i) => i + 1))).status).toBe(400);
    expect((await label([id], { as: PUPIL })).status).toBe(403);
  });
});

describe('effectiveBasePermissions', () => {
  const manageBit = 1 << 25;

  it('gives the caller’s rights within the app’s grant, as SharePoint prints BasePermissions', async () => {
    const full = await sp(standIn, 'GET', 'web/effectiveBasePermissions');
    expect(full.status).toBe(200);
    expect(typeof full.body['High']).toBe('string');
    expect(Number(full.body['Low']) & manageBit).toBe(manageBit);
    const onList = await sp(standIn, 'GET', `web/lists('${listId}')/effectiveBasePermissions`);
    expect(Number(onList.body['Low']) & manageBit).toBe(manageBit);

    internalsOf(standIn).setAppGrant(SEN_SITE_ID, 'write');
    const lowered = await sp(standIn, 'GET', `web/lists('${listId}')/effectiveBasePermissions`);
    expect(Number(lowered.body['Low']) & manageBit).toBe(0);
    const member = await sp(standIn, 'GET', 'web/effectiveBasePermissions', { as: TEACHER_Y3 });
    expect(Number(member.body['Low']) & manageBit).toBe(0);
  });
});
