import { asPlanId } from '../domain';
import { planWithTargets } from '../../test/support/planBuilder';
import { renderTemplate } from './renderTemplate';
import { diffTargetEdits } from './targetEdits';
import { TEMPLATE_KINDS, type TargetField, type TemplateKind } from './tags';
import { FIELD_TEXT } from './templates/targetTable';
import { createMockWordHost, type FakeControl, type MockWordHost } from './testing/mockWordHost';
import { insertTemplate, readTargetEdits, refreshTemplates } from './wordAdapter';

const plan = planWithTargets(12);
const planId = asPlanId('plan-1');

/** What a document holds after the full IEP was inserted: plan control > row controls > field controls. */
const insertedFullIep = (fieldText: (targetId: string, field: TargetField) => string): FakeControl => ({
  tag: 'iep:plan:plan-1:full-iep',
  text: '',
  children: renderTemplate('full-iep', { plan }).controls.targets.map((row) => ({
    tag: row.tag,
    text: '',
    children: row.fields.map((f) => ({ tag: f.tag, text: fieldText(row.targetId, f.field) })),
  })),
});

let host: MockWordHost;
const useHost = (controls: FakeControl[] = []): MockWordHost => {
  host = createMockWordHost(controls);
  host.install();
  return host;
};
afterEach(() => host.restore());

const tagsIn = (ooxml: string, prefix: string): string[] =>
  [...ooxml.matchAll(/<w:tag w:val="([^"]*)"\/>/g)]
    .map((m) => m[1] as string)
    .filter((t) => t.startsWith(prefix));

describe('insertTemplate', () => {
  it('inserts a 12-target plan at the selection with one insertOoxml and a single sync', async () => {
    useHost();
    const inserted = await insertTemplate('full-iep', { plan });
    expect(host.syncCount).toBe(1);
    expect(host.inserts).toHaveLength(1);
    const [call] = host.inserts;
    expect(call).toMatchObject({ target: 'selection', location: 'Replace', batch: 1 });
    expect(call?.ooxml).toMatch(/^<\?xml[^>]*\?><\?mso-application progid="Word.Document"\?><pkg:package /);
    expect(tagsIn(call?.ooxml ?? '', 'iep:plan:')).toEqual(['iep:plan:plan-1:full-iep']);
    expect(tagsIn(call?.ooxml ?? '', 'iep:target:')).toEqual(
      plan.shortTermTargets.map((t) => `iep:target:${t.id}`),
    );
    expect(tagsIn(call?.ooxml ?? '', 'iep:field:')).toHaveLength(12 * 8);
    expect(inserted).toEqual({
      kind: 'full-iep',
      tag: 'iep:plan:plan-1:full-iep',
      targetTags: plan.shortTermTargets.map((t) => `iep:target:${t.id}`),
    });
  });

  it.each(TEMPLATE_KINDS.filter((k) => k !== 'review-record'))(
    '%s also takes exactly one sync',
    async (kind) => {
      useHost();
      await insertTemplate(kind, { plan });
      expect(host.syncCount).toBe(1);
      expect(tagsIn(host.inserts[0]?.ooxml ?? '', 'iep:plan:')).toEqual([`iep:plan:plan-1:${kind}`]);
    },
  );
});

describe('refreshTemplates', () => {
  const render = (kind: TemplateKind) => renderTemplate(kind, { plan });

  it('replaces every template inserted for the plan in two syncs, leaving other plans and add-ins alone', async () => {
    useHost([
      insertedFullIep(() => 'old text'),
      { tag: 'iep:plan:plan-1:targets-table', text: '' },
      { tag: 'iep:plan:plan-1:targets-table', text: '' },
      { tag: 'iep:plan:plan-2:full-iep', text: '' },
      { tag: 'another-add-in', text: '' },
    ]);
    const result = await refreshTemplates(planId, render);
    expect(host.syncCount).toBe(2);
    expect(result).toEqual({ refreshed: { 'full-iep': 1, 'targets-table': 2 }, total: 3 });
    expect(host.tagQueries).toEqual(TEMPLATE_KINDS.map((k) => `iep:plan:plan-1:${k}`));
    expect(host.inserts.map((i) => [i.target, i.location, i.batch])).toEqual([
      ['iep:plan:plan-1:full-iep', 'Replace', 2],
      ['iep:plan:plan-1:targets-table', 'Replace', 2],
      ['iep:plan:plan-1:targets-table', 'Replace', 2],
    ]);
  });

  it('writes the template contents without a second plan control, so controls never nest', async () => {
    useHost([{ tag: 'iep:plan:plan-1:full-iep', text: '' }]);
    await refreshTemplates(planId, render);
    const ooxml = host.inserts[0]?.ooxml ?? '';
    expect(tagsIn(ooxml, 'iep:plan:')).toEqual([]);
    expect(tagsIn(ooxml, 'iep:target:')).toHaveLength(12);
  });

  it('stops after one sync when the plan is not in the document', async () => {
    useHost([{ tag: 'iep:plan:plan-2:full-iep', text: '' }]);
    const render = jest.fn((kind: TemplateKind) => renderTemplate(kind, { plan }));
    expect(await refreshTemplates(planId, render)).toEqual({ refreshed: {}, total: 0 });
    expect(host.syncCount).toBe(1);
    expect(render).not.toHaveBeenCalled();
  });
});

describe('readTargetEdits', () => {
  it('reads every tagged field of the plan in two syncs, for diffTargetEdits to compare', async () => {
    // Word reads back what was rendered, except one cell the teacher retyped.
    const edited = (targetId: string, field: TargetField): string => {
      if (targetId === 'target-7' && field === 'frequency') return 'Twice a week\r';
      const target = plan.shortTermTargets.find((t) => t.id === targetId);
      return target ? FIELD_TEXT[field](target) : '';
    };
    useHost([
      insertedFullIep(edited),
      { tag: 'iep:plan:plan-2:full-iep', text: '', children: [{ tag: 'iep:field:x:text', text: 'x' }] },
    ]);
    const cells = await readTargetEdits(planId);
    expect(host.syncCount).toBe(2);
    expect(cells).toHaveLength(12 * 8);
    expect(cells).toContainEqual({ targetId: 'target-7', field: 'frequency', text: 'Twice a week\r' });
    expect(cells.some((c) => c.targetId === 'x')).toBe(false);
    expect(diffTargetEdits(plan, cells)).toEqual([
      { targetId: 'target-7', changes: { frequency: 'Twice a week' }, problems: [] },
    ]);
  });

  it('takes one sync and returns nothing when the plan is not in the document', async () => {
    useHost([{ tag: 'another-add-in', text: 'hello' }]);
    expect(await readTargetEdits(planId)).toEqual([]);
    expect(host.syncCount).toBe(1);
  });
});
