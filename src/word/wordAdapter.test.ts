import { asPlanId, type Plan } from '../domain';
import { planWithTargets } from '../../test/support/planBuilder';
import { renderTemplate } from './renderTemplate';
import { diffTargetEdits, hasWordEdits, type TargetCellText } from './targetEdits';
import { parseFieldTag, TEMPLATE_KINDS, type TargetField, type TemplateKind } from './tags';
import { FIELD_TEXT } from './templates/targetTable';
import { WELSH } from './wording';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSchoolLogo, type SchoolBranding } from './schoolLogo';
import {
  createMockWordHost,
  type FakeControl,
  type FakeDocument,
  type MockWordHost,
} from './testing/mockWordHost';
import {
  insertTemplate,
  readCursorPlace,
  readInsertedLanguage,
  readTargetEdits,
  refreshTemplates,
} from './wordAdapter';

const plan = planWithTargets(12);
const planId = asPlanId('plan-1');
const pupilName = plan.pupil.name;

const shownText = (inserted: Plan, targetId: string, field: TargetField): string => {
  const target = inserted.shortTermTargets.find((t) => t.id === targetId);
  return target ? FIELD_TEXT[field](target) : '';
};

/**
 * What a document holds after the full IEP of `inserted` was inserted: plan control > row controls
 * > field controls tagged as the renderer tagged them, each saying `fieldText` (by default, what
 * was inserted).
 */
const insertedFullIep = (
  inserted: Plan = plan,
  fieldText: (targetId: string, field: TargetField) => string = (id, field) => shownText(inserted, id, field),
): FakeControl => ({
  tag: 'iep:plan:plan-1:full-iep',
  text: '',
  children: renderTemplate('full-iep', { plan: inserted }).controls.targets.map((row) => ({
    tag: row.tag,
    text: '',
    children: row.fields.map((f) => ({ tag: f.tag, text: fieldText(row.targetId, f.field) })),
  })),
});

let host: MockWordHost;
const useHost = (document: FakeDocument | FakeControl[] = []): MockWordHost => {
  host = createMockWordHost(document);
  host.install();
  return host;
};
afterEach(() => host.restore());

const tagsIn = (ooxml: string, prefix: string): string[] =>
  [...ooxml.matchAll(/<w:tag w:val="([^"]*)"\/>/g)]
    .map((m) => m[1] as string)
    .filter((t) => t.startsWith(prefix));

/** How many distinct syncs sent something to the document. */
const writeSyncs = (): number => new Set(host.inserts.map((i) => i.batch)).size;

describe('insertTemplate', () => {
  it('inserts a 12-target plan at the cursor with one insertOoxml in a single write sync', async () => {
    useHost();
    const outcome = await insertTemplate('full-iep', { plan });
    // One read-only sync to learn where the cursor is, then the one sync that writes.
    expect(host.syncCount).toBe(2);
    expect(writeSyncs()).toBe(1);
    expect(host.inserts).toHaveLength(1);
    const [call] = host.inserts;
    expect(call).toMatchObject({ target: 'selection', location: 'Replace', batch: 2 });
    expect(call?.ooxml).toMatch(/^<\?xml[^>]*\?><\?mso-application progid="Word.Document"\?><pkg:package /);
    expect(tagsIn(call?.ooxml ?? '', 'iep:plan:')).toEqual(['iep:plan:plan-1:full-iep']);
    expect(tagsIn(call?.ooxml ?? '', 'iep:target:')).toEqual(
      plan.shortTermTargets.map((t) => `iep:target:${t.id}`),
    );
    expect(outcome).toEqual({
      status: 'inserted',
      inserted: {
        kind: 'full-iep',
        tag: 'iep:plan:plan-1:full-iep',
        targetTags: plan.shortTermTargets.map((t) => `iep:target:${t.id}`),
      },
    });
  });

  it('tags every field with a fingerprint of the value inserted', async () => {
    useHost();
    await insertTemplate('full-iep', { plan });
    const fields = tagsIn(host.inserts[0]?.ooxml ?? '', 'iep:field:').map(parseFieldTag);
    expect(fields).toHaveLength(12 * 8);
    expect(fields.every((f) => f !== null && /^[0-9a-z]{8}$/.test(f.inserted ?? ''))).toBe(true);
    expect(Math.max(...tagsIn(host.inserts[0]?.ooxml ?? '', 'iep:').map((t) => t.length))).toBeLessThan(64);
  });

  it.each(TEMPLATE_KINDS.filter((k) => k !== 'review-record'))(
    '%s also writes in exactly one sync',
    async (kind) => {
      useHost();
      await insertTemplate(kind, { plan });
      expect(writeSyncs()).toBe(1);
      expect(tagsIn(host.inserts[0]?.ooxml ?? '', 'iep:plan:')).toEqual([`iep:plan:plan-1:${kind}`]);
    },
  );

  it('refuses inside a table cell, writing nothing, and inserts after the table when asked', async () => {
    useHost({ cursor: { inTableCell: true } });
    expect(await insertTemplate('full-iep', { plan })).toEqual({ status: 'refused', reason: 'inside-table' });
    expect(host.inserts).toEqual([]);
    expect(host.syncCount).toBe(1);

    const outcome = await insertTemplate('full-iep', { plan }, 'after-table');
    expect(outcome.status).toBe('inserted');
    expect(host.inserts.map((i) => [i.target, i.location])).toEqual([['after:table', 'Replace']]);
  });

  it('refuses inside an IEP block, even in a cell of its targets table, and inserts after the block when asked', async () => {
    const block = insertedFullIep();
    const row = block.children?.[2];
    const field = row?.children?.[3];
    useHost({
      controls: [block],
      cursor: { insideTags: [block.tag, row?.tag ?? '', field?.tag ?? ''], inTableCell: true },
    });
    expect(await insertTemplate('targets-table', { plan })).toEqual({
      status: 'refused',
      reason: 'inside-block',
    });
    expect(host.inserts).toEqual([]);

    await insertTemplate('targets-table', { plan }, 'after-block');
    expect(host.inserts.map((i) => [i.target, i.location])).toEqual([
      ['after:iep:plan:plan-1:full-iep', 'Replace'],
    ]);
  });

  it('writes in exactly one sync, with no check first, when the cursor is known to be in a safe place', async () => {
    useHost();
    const outcome = await insertTemplate('full-iep', { plan }, 'selection', 'safe');
    expect(outcome.status).toBe('inserted');
    expect(host.syncCount).toBe(1);
    expect(host.inserts.map((i) => [i.target, i.batch])).toEqual([['selection', 1]]);
  });

  it('refuses without a sync when the cursor is already known to be in a table cell or a block', async () => {
    useHost({ cursor: { inTableCell: true } });
    expect(await insertTemplate('full-iep', { plan }, 'selection', 'inside-table')).toEqual({
      status: 'refused',
      reason: 'inside-table',
    });
    expect(await insertTemplate('full-iep', { plan }, 'selection', 'inside-block')).toEqual({
      status: 'refused',
      reason: 'inside-block',
    });
    expect(host.syncCount).toBe(0);
    expect(host.inserts).toEqual([]);
  });

  it("inserts inside another add-in's content control outside any table", async () => {
    useHost({ controls: [{ tag: 'another-add-in', text: '' }], cursor: { insideTags: ['another-add-in'] } });
    expect((await insertTemplate('full-iep', { plan })).status).toBe('inserted');
  });
});

describe("the school's logo", () => {
  const logo = readSchoolLogo(
    new Uint8Array(readFileSync(resolve(__dirname, '../../assets/demo/oakfield-logo.png'))),
  );
  const school: SchoolBranding = { name: 'Oakfield Primary', ...(logo ? { logo } : {}) };
  const binaryPart = (ooxml: string) =>
    /<pkg:part pkg:name="\/word\/media\/logo\.png" pkg:contentType="image\/png" pkg:compression="store"><pkg:binaryData>([^<]+)</.exec(
      ooxml,
    )?.[1];

  it('goes into the inserted block above the title, with its image in the package, still in one write', async () => {
    useHost();
    await insertTemplate('full-iep', { plan, school }, 'selection', 'safe');
    const ooxml = host.inserts[0]?.ooxml ?? '';
    expect(host.syncCount).toBe(1);
    expect(Buffer.from(binaryPart(ooxml) ?? '', 'base64')).toEqual(Buffer.from(logo?.bytes ?? []));
    // Inside the block control, before anything else in it.
    expect(ooxml).toMatch(/<w:sdtContent><w:p><w:r><w:drawing>.*descr="Oakfield Primary logo"/);
  });

  it('is put back by a refresh, inside the existing control', async () => {
    useHost([{ tag: 'iep:plan:plan-1:full-iep', text: '' }]);
    await refreshTemplates({ planId, pupilName, render: (kind) => renderTemplate(kind, { plan }), school });
    const ooxml = host.inserts[0]?.ooxml ?? '';
    expect(binaryPart(ooxml)).toBeTruthy();
    expect(ooxml).toMatch(/<w:body><w:p><w:r><w:drawing>/);
    expect(tagsIn(ooxml, 'iep:plan:')).toEqual([]);
  });

  it('is left out where the school has none', async () => {
    useHost();
    await insertTemplate('full-iep', { plan, school: { name: 'Oakfield Primary' } });
    expect(host.inserts[0]?.ooxml).not.toContain('<w:drawing>');
    expect(host.inserts[0]?.ooxml).not.toContain('pkg:binaryData');
  });
});

describe('readCursorPlace', () => {
  it('says where the cursor is in one read-only sync', async () => {
    useHost({ cursor: { inTableCell: true } });
    expect(await readCursorPlace()).toBe('inside-table');
    expect(host.syncCount).toBe(1);
    expect(host.inserts).toEqual([]);
    host.moveCursor({});
    expect(await readCursorPlace()).toBe('safe');
    const block = insertedFullIep();
    host.restore();
    useHost({ controls: [block], cursor: { insideTags: [block.tag] } });
    expect(await readCursorPlace()).toBe('inside-block');
  });
});

describe('refreshTemplates', () => {
  const render = (kind: TemplateKind) => renderTemplate(kind, { plan });
  const keepEdits = (now: Plan) => (cells: readonly TargetCellText[]) => hasWordEdits(now, cells);

  it('replaces every template inserted for the plan in two syncs, leaving other plans and add-ins alone', async () => {
    useHost([
      insertedFullIep(),
      { tag: 'iep:plan:plan-1:targets-table', text: '' },
      { tag: 'iep:plan:plan-1:targets-table', text: '' },
      { tag: 'iep:plan:plan-2:full-iep', text: '' },
      { tag: 'another-add-in', text: '' },
    ]);
    const result = await refreshTemplates({ planId, pupilName, render, keepEdits: keepEdits(plan) });
    expect(host.syncCount).toBe(2);
    expect(result).toEqual({
      status: 'refreshed',
      refreshed: { 'full-iep': 1, 'targets-table': 2 },
      total: 3,
    });
    // Each kind in English (the tag without a language) and in Welsh, all in the one read.
    expect(host.tagQueries).toEqual(
      TEMPLATE_KINDS.flatMap((k) => [`iep:plan:plan-1:${k}`, `iep:plan:plan-1:${k}:cy`]),
    );
    expect(host.inserts.map((i) => [i.target, i.location, i.batch])).toEqual([
      ['iep:plan:plan-1:full-iep', 'Replace', 2],
      ['iep:plan:plan-1:targets-table', 'Replace', 2],
      ['iep:plan:plan-1:targets-table', 'Replace', 2],
    ]);
  });

  it('refreshes without asking when only the plan changed since the insertion', async () => {
    const now: Plan = {
      ...plan,
      shortTermTargets: plan.shortTermTargets.map((t, i) => (i === 4 ? { ...t, outcome: 'achieved' } : t)),
    };
    useHost([insertedFullIep(plan)]);
    const result = await refreshTemplates({ planId, pupilName, render, keepEdits: keepEdits(now) });
    expect(result.status).toBe('refreshed');
  });

  it('asks first, writing nothing, when the teacher typed in the document; refreshes when told to discard', async () => {
    const typed = (id: string, field: TargetField) =>
      id === 'target-3' && field === 'strategies' ? 'Use a reading ruler\r' : shownText(plan, id, field);
    useHost([insertedFullIep(plan, typed)]);
    const asked = await refreshTemplates({ planId, pupilName, render, keepEdits: keepEdits(plan) });
    expect(asked.status).toBe('edited');
    expect(asked.status === 'edited' && diffTargetEdits(plan, asked.cells)).toEqual([
      expect.objectContaining({ targetId: 'target-3', changes: { strategies: 'Use a reading ruler' } }),
    ]);
    expect(host.syncCount).toBe(1);
    expect(host.inserts).toEqual([]);

    const discarded = await refreshTemplates({ planId, pupilName, render });
    expect(discarded.status).toBe('refreshed');
    expect(host.inserts).toHaveLength(1);
  });

  it('steps the cursor out of the block before replacing it, in the same write sync', async () => {
    const block = insertedFullIep();
    const field = block.children?.[0]?.children?.[0];
    useHost({ controls: [block], cursor: { insideTags: [block.tag, field?.tag ?? ''] } });
    await refreshTemplates({ planId, pupilName, render, keepEdits: keepEdits(plan) });
    expect(host.syncCount).toBe(2);
    expect(host.cursorMoves).toEqual([{ to: 'before:iep:plan:plan-1:full-iep', batch: 2 }]);
    expect(host.inserts.map((i) => i.batch)).toEqual([2]);
  });

  it('leaves the cursor where it is when it is outside every block', async () => {
    useHost({ controls: [insertedFullIep()], cursor: { inTableCell: true } });
    await refreshTemplates({ planId, pupilName, render });
    expect(host.cursorMoves).toEqual([]);
  });

  it('writes the template contents without a second plan control, so controls never nest', async () => {
    useHost([{ tag: 'iep:plan:plan-1:full-iep', text: '' }]);
    await refreshTemplates({ planId, pupilName, render });
    const ooxml = host.inserts[0]?.ooxml ?? '';
    expect(tagsIn(ooxml, 'iep:plan:')).toEqual([]);
    expect(tagsIn(ooxml, 'iep:target:')).toHaveLength(12);
  });

  it('stops after one sync when the plan is not in the document', async () => {
    useHost([{ tag: 'iep:plan:plan-2:full-iep', text: '' }]);
    const renderSpy = jest.fn(render);
    expect(await refreshTemplates({ planId, pupilName, render: renderSpy })).toEqual({
      status: 'missing',
      markersStripped: false,
    });
    expect(host.syncCount).toBe(1);
    expect(renderSpy).not.toHaveBeenCalled();
  });

  it("says the markers were stripped when the pupil's plan is in the document without them", async () => {
    useHost({ bodyText: `Individual Education Plan\n${pupilName}\nShort-term targets` });
    expect(await refreshTemplates({ planId, pupilName, render })).toEqual({
      status: 'missing',
      markersStripped: true,
    });
  });
});

describe('a plan in Wales in Welsh', () => {
  const welsh: Plan = { ...plan, nation: 'wales', stage: 'school-idp' };
  const renderWelsh = (kind: TemplateKind) => renderTemplate(kind, { plan: welsh, language: 'cy' });

  it('is inserted with a block tag that says Welsh', async () => {
    useHost();
    const outcome = await insertTemplate('full-iep', { plan: welsh, language: 'cy' });
    expect(outcome.status === 'inserted' && outcome.inserted.tag).toBe('iep:plan:plan-1:full-iep:cy');
    expect(tagsIn(host.inserts[0]?.ooxml ?? '', 'iep:plan:')).toEqual(['iep:plan:plan-1:full-iep:cy']);
  });

  it('is found and refreshed in Welsh, keeping its tag, in two syncs', async () => {
    useHost([{ tag: 'iep:plan:plan-1:full-iep:cy', text: '' }]);
    const result = await refreshTemplates({ planId, pupilName, render: renderWelsh });
    expect(result).toEqual({ status: 'refreshed', refreshed: { 'full-iep': 1 }, total: 1 });
    expect(host.syncCount).toBe(2);
    expect(host.inserts.map((i) => i.target)).toEqual(['iep:plan:plan-1:full-iep:cy']);
    expect(host.inserts[0]?.ooxml).toContain(WELSH.documentTitle('full-iep', welsh));
    expect(host.tagWrites).toEqual([]);
  });

  it('refreshed in English, its tag says English for the next refresh, in the same write sync', async () => {
    useHost([{ tag: 'iep:plan:plan-1:full-iep:cy', text: '' }]);
    await refreshTemplates({ planId, pupilName, render: (kind) => renderTemplate(kind, { plan: welsh }) });
    expect(host.tagWrites).toEqual([
      { from: 'iep:plan:plan-1:full-iep:cy', to: 'iep:plan:plan-1:full-iep', batch: 2 },
    ]);
  });

  it('says which language the plan was inserted in, in one sync', async () => {
    useHost([
      { tag: 'iep:plan:plan-1:targets-table:cy', text: '' },
      { tag: 'iep:plan:plan-2:full-iep', text: '' },
    ]);
    expect(await readInsertedLanguage(planId)).toBe('cy');
    expect(host.syncCount).toBe(1);
    host.restore();
    useHost([{ tag: 'iep:plan:plan-1:full-iep', text: '' }]);
    expect(await readInsertedLanguage(planId)).toBe('en');
    host.restore();
    useHost([
      { tag: 'iep:plan:plan-1:full-iep', text: '' },
      { tag: 'iep:plan:plan-1:full-iep:cy', text: '' },
    ]);
    expect(await readInsertedLanguage(planId)).toBeNull();
    host.restore();
    useHost();
    expect(await readInsertedLanguage(planId)).toBeNull();
  });

  it('reads a block tagged without a language as Welsh where Word for Windows or Mac says its text is', async () => {
    const older = [{ tag: 'iep:plan:plan-1:full-iep', text: '', language: 'Welsh' }];
    host = createMockWordHost(older, { desktop: true });
    host.install();
    expect(await readInsertedLanguage(planId)).toBe('cy');
    expect(host.syncCount).toBe(2);
    host.restore();
    // Word on the web cannot tell: the tag's English stands, in one sync.
    useHost(older);
    expect(await readInsertedLanguage(planId)).toBe('en');
    expect(host.syncCount).toBe(1);
  });
});

describe('readTargetEdits', () => {
  it('reads every tagged field with its fingerprint in one sync, for diffTargetEdits to compare', async () => {
    const typed = (id: string, field: TargetField) =>
      id === 'target-7' && field === 'frequency' ? 'Twice a week\r' : shownText(plan, id, field);
    useHost([
      insertedFullIep(plan, typed),
      { tag: 'iep:plan:plan-2:full-iep', text: '', children: [{ tag: 'iep:field:x:text', text: 'x' }] },
    ]);
    const read = await readTargetEdits(planId, pupilName);
    expect(host.syncCount).toBe(1);
    expect(read.blocks).toEqual({ 'full-iep': 1 });
    expect(read.markersStripped).toBe(false);
    expect(read.cells.filter((c) => c.targetId !== 'x')).toHaveLength(12 * 8);
    expect(read.cells).toContainEqual(
      expect.objectContaining({ targetId: 'target-7', field: 'frequency', text: 'Twice a week\r' }),
    );
    expect(diffTargetEdits(plan, read.cells)).toEqual([
      {
        targetId: 'target-7',
        changes: { frequency: 'Twice a week' },
        basis: { frequency: 'word' },
        inserted: expect.any(Object),
        problems: [],
      },
    ]);
  });

  it('in a month-old document, proposes nothing that would revert a colleague’s newer change', async () => {
    const now: Plan = {
      ...plan,
      shortTermTargets: plan.shortTermTargets.map((t, i) =>
        i === 1 ? { ...t, outcome: 'achieved', strategies: 'Changed in the tab last week' } : t,
      ),
    };
    useHost([insertedFullIep(plan)]);
    const read = await readTargetEdits(planId, pupilName);
    expect(diffTargetEdits(now, read.cells)).toEqual([]);
  });

  it('says when only the pupil’s name is left, and when the plan was never inserted', async () => {
    useHost({ bodyText: `Notes about ${pupilName.toUpperCase()}` });
    expect(await readTargetEdits(planId, pupilName)).toEqual({
      cells: [],
      blocks: {},
      markersStripped: true,
    });
    host.restore();
    useHost([{ tag: 'another-add-in', text: 'hello' }]);
    expect(await readTargetEdits(planId, pupilName)).toEqual({
      cells: [],
      blocks: {},
      markersStripped: false,
    });
    expect(host.syncCount).toBe(1);
  });
});
