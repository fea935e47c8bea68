import { DEMO_SCHOOL } from './demoSchool';
import { internalsOf } from './internals';
import type { StandIn } from './server';
import { createList, graph, PUPIL, SEN_SITE_ID, SENCO, startTestStandIn, TEACHER_Y3 } from './testSupport';

let standIn: StandIn;
let listId: string;

beforeAll(async () => {
  standIn = await startTestStandIn();
  listId = await createList(standIn, 'Access', [{ name: 'Note', text: {} }]);
});
afterEach(() => internalsOf(standIn).setAppGrant(SEN_SITE_ID, 'manage'));
afterAll(() => standIn.close());

const lists = `/sites/${SEN_SITE_ID}/lists`;
const items = (): string => `${lists}/${listId}/items`;

let added = 0;

/** The status of reading, saving an item and adding a column, as `user`. */
const tryAll = async (user: string): Promise<[number, number, number]> => {
  const read = await graph(standIn, 'GET', items(), { as: user });
  const write = await graph(standIn, 'POST', items(), { as: user, body: { fields: { Title: 'Saved' } } });
  const manage = await graph(standIn, 'POST', `${lists}/${listId}/columns`, {
    as: user,
    body: { name: `Added${(added += 1)}`, text: {} },
  });
  return [read.status, write.status, manage.status];
};

describe('Sites.Selected: the lesser of the app grant and the user role', () => {
  it('with the demo grant (manage): the SENCO (owner) sets up, teachers (members) save items, a pupil sees nothing', async () => {
    expect(await tryAll(SENCO)).toEqual([200, 201, 201]);
    expect(await tryAll(TEACHER_Y3)).toEqual([200, 201, 403]);
    expect(await tryAll(PUPIL)).toEqual([403, 403, 403]);
  });

  it('a write grant saves items but cannot set up lists, even for an owner', async () => {
    internalsOf(standIn).setAppGrant(SEN_SITE_ID, 'write');
    expect(await tryAll(SENCO)).toEqual([200, 201, 403]);
    const newList = await graph(standIn, 'POST', lists, { body: { displayName: 'Refused' } });
    expect(newList.status).toBe(403);
    expect((newList.body['error'] as { code: string }).code).toBe('accessDenied');
  });

  it('a read grant reads only; no grant refuses everything', async () => {
    internalsOf(standIn).setAppGrant(SEN_SITE_ID, 'read');
    expect(await tryAll(SENCO)).toEqual([200, 403, 403]);
    internalsOf(standIn).setAppGrant(SEN_SITE_ID, 'none');
    expect(await tryAll(SENCO)).toEqual([403, 403, 403]);
  });

  it('a visitor reads only, whatever the grant', async () => {
    internalsOf(standIn).setAppGrant(SEN_SITE_ID, 'fullcontrol');
    internalsOf(standIn).setSiteRole(SEN_SITE_ID, TEACHER_Y3, 'read');
    try {
      expect(await tryAll(TEACHER_Y3)).toEqual([200, 403, 403]);
    } finally {
      internalsOf(standIn).setSiteRole(SEN_SITE_ID, TEACHER_Y3, 'edit');
    }
  });

  it('class team sites are not selected for the app, so even their owners get 403 through it', async () => {
    const classSite = DEMO_SCHOOL.classes[0]?.siteId ?? '';
    const site = await graph(standIn, 'GET', `/sites/${classSite}`, { as: TEACHER_Y3 });
    expect(site.status).toBe(403);
  });
});
