import type { StandIn } from './server';
import { createList, errorOf, graph, SEN_PATH, SEN_SITE_ID, startTestStandIn } from './testSupport';

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startTestStandIn();
});
afterAll(() => standIn.close());

const lists = `/sites/${SEN_SITE_ID}/lists`;

describe('lists', () => {
  it('creates a generic list with a Title column already in it', async () => {
    const created = await graph(standIn, 'POST', `${SEN_PATH}:/lists`, {
      body: {
        displayName: 'Pupil Plans',
        columns: [{ name: 'PupilName', text: {} }],
        list: { template: 'genericList' },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      displayName: 'Pupil Plans',
      list: { template: 'genericList' },
      webUrl: 'https://contoso.sharepoint.com/sites/SEN/Lists/PupilPlans',
      createdBy: { user: { displayName: 'Priya Shah', email: 'senco@oakfield.example' } },
    });
    const columns = await graph(standIn, 'GET', `${lists}/${created.body['id'] as string}/columns`);
    const names = columns.body.value?.map((c) => c['name']);
    expect(names).toEqual(expect.arrayContaining(['Title', 'PupilName']));
    expect(columns.body.value?.find((c) => c['name'] === 'PupilName')).toMatchObject({
      indexed: false,
      text: { allowMultipleLines: false, maxLength: 255 },
    });
  });

  it('finds a list by id, by display name, and with $filter on displayName', async () => {
    const id = await createList(standIn, "Reviews O'Neill", []);
    expect((await graph(standIn, 'GET', `${lists}/${id}`)).body['displayName']).toBe("Reviews O'Neill");
    expect(
      (await graph(standIn, 'GET', `${lists}/${encodeURIComponent("Reviews O'Neill")}`)).body['id'],
    ).toBe(id);
    const filtered = await graph(
      standIn,
      'GET',
      `${lists}?$filter=${encodeURIComponent("displayName eq 'Reviews O''Neill'")}`,
    );
    expect(filtered.body.value?.map((l) => l['id'])).toEqual([id]);
    const expanded = await graph(standIn, 'GET', `${lists}/${id}?$expand=columns`);
    expect((expanded.body['columns'] as unknown[]).length).toBeGreaterThan(1);
  });

  it('refuses a second list with the same name', async () => {
    await createList(standIn, 'Targets', []);
    const again = await graph(standIn, 'POST', lists, {
      body: { displayName: 'targets', list: { template: 'genericList' } },
    });
    expect(again.status).toBe(409);
    expect(errorOf(again).code).toBe('nameAlreadyExists');
  });

  it('answers 404 for a list that does not exist', async () => {
    const result = await graph(standIn, 'GET', `${lists}/No%20Such%20List`);
    expect(result.status).toBe(404);
    expect(errorOf(result).code).toBe('itemNotFound');
  });

  it('refuses properties the list type does not have', async () => {
    const result = await graph(standIn, 'POST', lists, { body: { displayName: 'X', colour: 'red' } });
    expect(result.status).toBe(400);
    expect(errorOf(result).message).toContain(
      "The property 'colour' does not exist on type 'microsoft.graph.list'",
    );
  });

  it('deletes a list', async () => {
    const id = await createList(standIn, 'Scratch', []);
    expect((await graph(standIn, 'DELETE', `${lists}/${id}`)).status).toBe(204);
    expect((await graph(standIn, 'GET', `${lists}/${id}`)).status).toBe(404);
  });
});

describe('columns', () => {
  let listId: string;
  beforeAll(async () => {
    listId = await createList(standIn, 'Column Rules', []);
  });
  const columns = (): string => `${lists}/${listId}/columns`;

  it('adds text, number, dateTime, choice and boolean columns', async () => {
    const definitions = [
      { name: 'Notes', text: { allowMultipleLines: true, linesForEditing: 6 } },
      { name: 'Score', number: {} },
      { name: 'ReviewDate', dateTime: { format: 'dateOnly' }, indexed: true },
      { name: 'Stage', choice: { choices: ['SEN Support', 'EHC plan'] }, required: true },
      { name: 'Archived', boolean: {}, indexed: true },
    ];
    for (const definition of definitions) {
      const result = await graph(standIn, 'POST', columns(), { body: definition });
      expect(result.status).toBe(201);
      expect(result.body).toMatchObject({ name: definition.name, id: expect.any(String) });
    }
    const listed = await graph(standIn, 'GET', columns());
    expect(listed.body.value?.find((c) => c['name'] === 'Stage')).toMatchObject({
      required: true,
      choice: { choices: ['SEN Support', 'EHC plan'] },
    });
  });

  it('refuses a single line of text longer than 255 characters', async () => {
    const result = await graph(standIn, 'POST', columns(), {
      body: { name: 'Long', text: { maxLength: 300 } },
    });
    expect(result.status).toBe(400);
    expect(errorOf(result).code).toBe('invalidRequest');
  });

  it('refuses to index multiple lines of text', async () => {
    const result = await graph(standIn, 'POST', columns(), {
      body: { name: 'Essay', text: { allowMultipleLines: true }, indexed: true },
    });
    expect(result.status).toBe(400);
  });

  it('refuses unknown columnDefinition properties and duplicate names', async () => {
    const unknown = await graph(standIn, 'POST', columns(), {
      body: { name: 'Odd', text: {}, flavour: 'mint' },
    });
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown).message).toContain(
      "'flavour' does not exist on type 'microsoft.graph.columnDefinition'",
    );
    const duplicate = await graph(standIn, 'POST', columns(), { body: { name: 'Title', text: {} } });
    expect(duplicate.status).toBe(409);
  });

  it('indexes an existing column on request', async () => {
    const added = await graph(standIn, 'POST', columns(), { body: { name: 'Upn', text: {} } });
    const patched = await graph(standIn, 'PATCH', `${columns()}/${added.body['id'] as string}`, {
      body: { indexed: true },
    });
    expect(patched.status).toBe(200);
    expect(patched.body['indexed']).toBe(true);
  });
});
