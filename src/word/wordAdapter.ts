/**
 * The thin Office.js adapter: the only file in src/word that touches the `Word` global. All
 * document content comes from the pure renderer; this file only queues Word API calls and syncs a
 * fixed number of times (never once per target), so the cost is the same for 1 target or 12.
 *
 * Requirement sets: WordApi 1.1 (getSelection, insertOoxml, contentControls, body.search,
 * insertParagraph, load/sync); WordApi 1.3 for the check of where the cursor is
 * (Range.parentContentControlOrNullObject, Range.parentTableCellOrNullObject), skipped where missing.
 */
import type { PlanId } from '../domain';
import { blockOoxml } from './insertedBlock';
import { renderTemplate, type RenderedBody, type RenderInput } from './renderTemplate';
import type { SchoolBranding } from './schoolLogo';
import {
  isPlannerTag,
  isPlanTag,
  parseFieldTag,
  planTag,
  TAG_LANGUAGES,
  TEMPLATE_KINDS,
  type TemplateKind,
} from './tags';
import type { TargetCellText } from './targetEdits';
import type { Language } from './wording';

/** Whether this Word can run the adapter; check before showing the insert buttons. */
export const isWordApiSupported = (): boolean =>
  typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('WordApi', '1.1');

/** Outside Office (the mock host in tests and the benchmark) the Word stand-in has every set. */
const canCheckPlace = (): boolean =>
  typeof Office === 'undefined' || Office.context.requirements.isSetSupported('WordApi', '1.3');

export interface InsertedTemplate {
  readonly kind: TemplateKind;
  /** The tag of the block control that now wraps the inserted template. */
  readonly tag: string;
  /** Tags of the target row controls, in document order. */
  readonly targetTags: readonly string[];
}

/** Where to insert: at the cursor, or at the safe place offered after a refusal. */
export type InsertPlace = 'selection' | 'after-block' | 'after-table';

/** Why the cursor is no place for a plan. */
export type UnsafePlace = 'inside-block' | 'inside-table';

/** Where the cursor was when last read: somewhere a plan may go, or why not. */
export type CursorPlace = 'safe' | UnsafePlace;

export type InsertOutcome =
  | { readonly status: 'inserted'; readonly inserted: InsertedTemplate }
  | { readonly status: 'refused'; readonly reason: UnsafePlace };

/**
 * Queues the checks of where the cursor is; read them after the next sync. Inside a control the
 * add-in inserted (a block, a row or a field: only blocks hold rows and fields), a new block would
 * nest in it and a later refresh would replace it along with the old one. Inside a table cell a
 * whole plan would be squeezed into one cell, and Word on the web mishandles content controls
 * inside tables (office-js #2040, #950). `isNullObject` needs only a sync, no load (ClientObject:
 * https://learn.microsoft.com/en-us/javascript/api/office/officeextension.clientobject).
 */
const queuePlaceCheck = (selection: Word.Range): (() => UnsafePlace | null) => {
  const around = selection.parentContentControlOrNullObject;
  around.load('tag');
  const cell = selection.parentTableCellOrNullObject;
  return () => {
    if (!around.isNullObject && isPlannerTag(around.tag)) return 'inside-block';
    return cell.isNullObject ? null : 'inside-table';
  };
};

/**
 * The IEP block around the cursor. Rows and fields sit at most two controls deep inside a block,
 * so three parents, queued in one batch, always reach it; a parent of a null object is a null object.
 */
const queueBlockAroundCursor = (selection: Word.Range): (() => Word.ContentControl | null) => {
  const first = selection.parentContentControlOrNullObject;
  const second = first.parentContentControlOrNullObject;
  const third = second.parentContentControlOrNullObject;
  const chain = [third, second, first];
  chain.forEach((control) => control.load('tag'));
  return () => chain.find((control) => !control.isNullObject && isPlanTag(control.tag)) ?? null;
};

/**
 * Where the cursor is, for an insert there: one read-only sync. The pane reads it when it opens and
 * after each change of selection, so Insert already knows. Null where Word cannot tell (no WordApi 1.3).
 */
export const readCursorPlace = async (): Promise<CursorPlace | null> => {
  if (!canCheckPlace()) return null;
  return Word.run(async (context) => {
    const unsafe = queuePlaceCheck(context.document.getSelection());
    await context.sync();
    return unsafe() ?? 'safe';
  });
};

/**
 * Inserts a template at the cursor (replacing the selection) or, when the teacher chose it, after
 * the IEP block or the table the cursor is in. Where the cursor is in a block or a table cell it
 * inserts nothing and says why, so the pane can offer the safe place.
 *
 * Syncs: the insert itself is one `insertOoxml` in one sync whatever the number of targets. Where
 * the cursor is must be known before deciding whether to insert, and a batch cannot branch:
 * - `known`, read since the last change of selection (readCursorPlace), answers it: one sync in all,
 *   or none when it says the cursor is in a block or a table cell;
 * - without it (Word reports no selection changes, or the cursor moved and was not read again yet)
 *   the check costs one read-only sync first: two in all (one where WordApi 1.3 is missing and the
 *   check is skipped). scripts/bench-word.ts reports both.
 */
export const insertTemplate = async (
  kind: TemplateKind,
  input: RenderInput,
  place: InsertPlace = 'selection',
  known: CursorPlace | null = null,
): Promise<InsertOutcome> => {
  if (place === 'selection' && known !== null && known !== 'safe') {
    return { status: 'refused', reason: known };
  }
  const rendered = renderTemplate(kind, input);
  const ooxml = blockOoxml(rendered, input.school, 'block');
  const inserted: InsertedTemplate = {
    kind,
    tag: rendered.controls.plan.tag,
    targetTags: rendered.controls.targets.map((t) => t.tag),
  };
  return Word.run(async (context): Promise<InsertOutcome> => {
    const selection = context.document.getSelection();
    if (place === 'after-table') {
      selection.parentTable.insertParagraph('', 'After').insertOoxml(ooxml, 'Replace');
    } else if (place === 'after-block') {
      const block = queueBlockAroundCursor(selection);
      await context.sync();
      const around = block();
      if (around === null) return { status: 'refused', reason: 'inside-block' };
      around.insertParagraph('', 'After').insertOoxml(ooxml, 'Replace');
    } else {
      if (known !== 'safe' && canCheckPlace()) {
        const unsafe = queuePlaceCheck(selection);
        await context.sync();
        const reason = unsafe();
        if (reason !== null) return { status: 'refused', reason };
      }
      selection.insertOoxml(ooxml, 'Replace');
    }
    await context.sync();
    return { status: 'inserted', inserted };
  });
};

/** Queues the plan's block controls: one `getByTag` per kind and language, in one batch. */
const queueBlocks = (context: Word.RequestContext, planId: PlanId) =>
  TEMPLATE_KINDS.flatMap((kind) =>
    TAG_LANGUAGES.map((language) => {
      const controls = context.document.contentControls.getByTag(planTag(planId, kind, language));
      controls.load('tag');
      return { kind, language, controls };
    }),
  );

/** What the document holds of one plan, read in one batch. */
export interface DocumentEdits {
  /** The text of every tagged target field in the document, with the fingerprint from its tag. */
  readonly cells: TargetCellText[];
  /** How many inserted templates of this plan, by kind. */
  readonly blocks: Readonly<Partial<Record<TemplateKind, number>>>;
  /**
   * No marker of this plan is left, yet the pupil's name is in the document: most likely another
   * editor (LibreOffice, Google Docs) dropped the content controls' tags when it saved the file.
   */
  readonly markersStripped: boolean;
}

/** Word's Find treats `^` as the start of a special code (^p, ^t); `^^` is a caret. */
const searchable = (text: string): string => text.trim().slice(0, 255).replace(/\^/g, '^^');

/**
 * Queues everything the adapter reads about a plan: its block controls (one `getByTag` per kind),
 * the tag and text of every control in the document (field controls are found by their tags, so
 * this also reads fields outside the blocks, whose target ids still tie them to this plan), and
 * whether the pupil's name appears at all.
 */
const queueScan = (context: Word.RequestContext, planId: PlanId, pupilName: string) => {
  const found = queueBlocks(context, planId);
  const everyControl = context.document.contentControls;
  everyControl.load('tag,text');
  const name = searchable(pupilName);
  const mentions = name === '' ? null : context.document.body.search(name, { matchCase: false });
  mentions?.load('text');
  return (): { found: typeof found; edits: DocumentEdits } => {
    const blocks: Partial<Record<TemplateKind, number>> = {};
    found.forEach(({ kind, controls }) => {
      if (controls.items.length > 0) blocks[kind] = (blocks[kind] ?? 0) + controls.items.length;
    });
    const cells = everyControl.items.flatMap((control) => {
      const parsed = parseFieldTag(control.tag);
      return parsed === null ? [] : [{ ...parsed, text: control.text }];
    });
    const unmarked = Object.keys(blocks).length === 0 && cells.length === 0;
    return {
      found,
      edits: { cells, blocks, markersStripped: unmarked && (mentions?.items.length ?? 0) > 0 },
    };
  };
};

/**
 * Reads the text of every tagged target field of the document, and what is left of the plan's
 * markers. One sync. Pass `cells` to `diffTargetEdits` to get what the teacher changed.
 */
export const readTargetEdits = async (planId: PlanId, pupilName: string): Promise<DocumentEdits> =>
  Word.run(async (context) => {
    const scan = queueScan(context, planId, pupilName);
    await context.sync();
    return scan().edits;
  });

/** Queues whether the cursor is in a control the add-in inserted; read it after the next sync. */
const queueCursorInBlock = (context: Word.RequestContext): (() => boolean) => {
  if (!canCheckPlace()) return () => false;
  const around = context.document.getSelection().parentContentControlOrNullObject;
  around.load('tag');
  return () => !around.isNullObject && isPlannerTag(around.tag);
};

export interface RefreshRequest {
  readonly planId: PlanId;
  readonly pupilName: string;
  /** Called once per kind found, e.g. `(kind) => renderTemplate(kind, { plan, review })`. */
  readonly render: (kind: TemplateKind) => RenderedBody;
  /**
   * Given what the fields say before anything is written: true stops the refresh so the teacher
   * can decide about their edits first. Leave it out to refresh regardless (edits discarded).
   */
  readonly keepEdits?: (cells: readonly TargetCellText[]) => boolean;
  /** The school's logo goes above each block's title, as on insert; none when not given. */
  readonly school?: SchoolBranding;
}

export type RefreshOutcome =
  | {
      readonly status: 'refreshed';
      /** How many inserted templates of each kind were replaced with current data. */
      readonly refreshed: Readonly<Partial<Record<TemplateKind, number>>>;
      readonly total: number;
    }
  /** Nothing was written: the fields hold edits `keepEdits` asked to keep. */
  | { readonly status: 'edited'; readonly cells: readonly TargetCellText[] }
  | { readonly status: 'missing'; readonly markersStripped: boolean };

/**
 * Replaces the contents of every template inserted for the plan with a fresh render (the controls
 * keep their place, tag and title), unless the teacher's edits in them are to be kept. Two syncs:
 * one to find the blocks and read the fields (one batch), one to write them all; one when nothing
 * is written.
 */
export const refreshTemplates = async (request: RefreshRequest): Promise<RefreshOutcome> =>
  Word.run(async (context): Promise<RefreshOutcome> => {
    const scan = queueScan(context, request.planId, request.pupilName);
    const cursorInBlock = queueCursorInBlock(context);
    await context.sync();
    const { found, edits } = scan();
    const total = found.reduce((sum, { controls }) => sum + controls.items.length, 0);
    if (total === 0) {
      return { status: 'missing', markersStripped: edits.markersStripped || edits.cells.length > 0 };
    }
    if (request.keepEdits?.(edits.cells)) return { status: 'edited', cells: edits.cells };
    const firstBlock = found.flatMap(({ controls }) => controls.items)[0];
    if (cursorInBlock() && firstBlock) {
      // Word fails to replace the contents of a control the cursor is in (office-js #311 on the
      // desktop, #2815 on the web), so the cursor steps out first, to just before the first block.
      firstBlock.getRange('Before').select();
    }
    const rendered = new Map<TemplateKind, RenderedBody>();
    for (const { kind, controls } of found) {
      if (controls.items.length === 0) continue;
      const body = rendered.get(kind) ?? request.render(kind);
      rendered.set(kind, body);
      // Inner XML only: the existing control stays, so inserting the wrapped body would nest a second one.
      const ooxml = blockOoxml(body, request.school, 'contents');
      controls.items.forEach((control) => {
        control.insertOoxml(ooxml, 'Replace');
        // Refreshed in another language, the block's tag says so, for the next refresh.
        if (control.tag !== body.controls.plan.tag) control.tag = body.controls.plan.tag;
      });
    }
    await context.sync();
    return { status: 'refreshed', refreshed: edits.blocks, total };
  });

/** Word on Windows and Mac can say what language a range's text is in (Range.languageId); the web cannot. */
const canReadTextLanguage = (): boolean =>
  typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('WordApiDesktop', '1.3');

/**
 * The language the plan's blocks in the document were printed in, so the pane refreshes a Welsh
 * block in Welsh: `cy` where a block's tag says so; where the tags say English (or predate the
 * language in the tag) and Word can tell, the language of the block's text, which a Welsh .docx
 * from the tab (cy-GB) or a Welsh-language document gives it; otherwise `en`. Null where the
 * document holds none of the plan, or blocks of both languages. One read-only sync; a second, on
 * Word for Windows or Mac only, for the text's language.
 */
export const readInsertedLanguage = async (planId: PlanId): Promise<Language | null> =>
  Word.run(async (context) => {
    const found = queueBlocks(context, planId);
    await context.sync();
    const present = found.filter(({ controls }) => controls.items.length > 0);
    const tagged = new Set(present.map((f) => f.language));
    if (tagged.size !== 1) return null;
    const [language] = [...tagged];
    const block = present[0]?.controls.items[0];
    if (language !== 'en' || !block || !canReadTextLanguage()) return language ?? null;
    const text = block.getRange('Whole');
    text.load('languageId');
    await context.sync();
    // `Word.LanguageId.welsh` is the string "Welsh"; the string needs no office.js enum at run time.
    return text.languageId === 'Welsh' ? 'cy' : 'en';
  });
