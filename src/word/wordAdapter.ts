/**
 * The thin Office.js adapter: the only file in src/word that touches the `Word` global. All
 * document content comes from the pure renderer; this file only queues Word API calls and syncs a
 * fixed number of times (never inside a loop), so the cost is the same for 1 target or 12.
 *
 * Requirement set: WordApi 1.1 (getSelection, insertOoxml, contentControls.getByTag, load/sync).
 */
import type { PlanId } from '../domain';
import { toFlatOpc } from './flatOpc';
import { renderTemplate, type RenderedBody, type RenderInput } from './renderTemplate';
import { parseFieldTag, planTag, TEMPLATE_KINDS, type TemplateKind } from './tags';
import type { TargetCellText } from './targetEdits';

/** Whether this Word can run the adapter; check before showing the insert buttons. */
export const isWordApiSupported = (): boolean =>
  typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('WordApi', '1.1');

export interface InsertedTemplate {
  readonly kind: TemplateKind;
  /** The tag of the block control that now wraps the inserted template. */
  readonly tag: string;
  /** Tags of the target row controls, in document order. */
  readonly targetTags: readonly string[];
}

/**
 * Inserts a template at the selection, replacing it. One `context.sync()` whatever the number of
 * targets: the whole template is a single `insertOoxml`.
 */
export const insertTemplate = async (kind: TemplateKind, input: RenderInput): Promise<InsertedTemplate> => {
  const rendered = renderTemplate(kind, input);
  const ooxml = toFlatOpc(rendered.bodyXml);
  await Word.run(async (context) => {
    context.document.getSelection().insertOoxml(ooxml, 'Replace');
    await context.sync();
  });
  return { kind, tag: rendered.controls.plan.tag, targetTags: rendered.controls.targets.map((t) => t.tag) };
};

export interface RefreshResult {
  /** How many inserted templates of each kind were replaced with current data. */
  readonly refreshed: Readonly<Partial<Record<TemplateKind, number>>>;
  readonly total: number;
}

/** Finds every template inserted for `planId`, one collection per kind, all queued before one sync. */
const findPlanControls = (context: Word.RequestContext, planId: PlanId) =>
  TEMPLATE_KINDS.map((kind) => {
    const controls = context.document.contentControls.getByTag(planTag(planId, kind));
    controls.load('tag');
    return { kind, controls };
  });

/**
 * Replaces the contents of every template inserted for `planId` with a fresh render (the controls
 * keep their place, tag and title). Two syncs: one to find the controls, one to write them all.
 * `render` is called once per kind found, e.g. `(kind) => renderTemplate(kind, { plan, review })`.
 */
export const refreshTemplates = async (
  planId: PlanId,
  render: (kind: TemplateKind) => RenderedBody,
): Promise<RefreshResult> =>
  Word.run(async (context) => {
    const found = findPlanControls(context, planId);
    await context.sync();
    const refreshed: Partial<Record<TemplateKind, number>> = {};
    let total = 0;
    for (const { kind, controls } of found) {
      if (controls.items.length === 0) continue;
      // Inner XML only: the existing control stays, so inserting the wrapped body would nest a second one.
      const ooxml = toFlatOpc(render(kind).innerXml);
      controls.items.forEach((control) => control.insertOoxml(ooxml, 'Replace'));
      refreshed[kind] = controls.items.length;
      total += controls.items.length;
    }
    if (total > 0) await context.sync();
    return { refreshed, total };
  });

/**
 * Reads the text of every tagged target field inside the templates inserted for `planId`. Two
 * syncs: find the plan controls, then load the tags and text of the controls inside them. Pass the
 * result to `diffTargetEdits` to get what changed.
 */
export const readTargetEdits = async (planId: PlanId): Promise<TargetCellText[]> =>
  Word.run(async (context) => {
    const found = findPlanControls(context, planId);
    await context.sync();
    const nested = found.flatMap(({ controls }) =>
      controls.items.map((control) => {
        const inside = control.contentControls;
        inside.load('tag,text');
        return inside;
      }),
    );
    if (nested.length === 0) return [];
    await context.sync();
    // Some Word builds include the parent itself in its own contentControls; field tags filter it out.
    return nested.flatMap((collection) =>
      collection.items.flatMap((control) => {
        const parsed = parseFieldTag(control.tag);
        return parsed === null
          ? []
          : [{ targetId: parsed.targetId, field: parsed.field, text: control.text }];
      }),
    );
  });
