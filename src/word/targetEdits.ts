/**
 * Save-back, the pure half: compares what the tagged target cells in Word now say with what was
 * inserted (the fingerprint in each field's tag) and with the plan as it is now, and returns, per
 * target, only the fields a teacher actually changed in Word, parsed back to domain values. A
 * value a colleague changed after the insertion is never proposed for "reverting": only where the
 * teacher also typed in that field is it shown, as a conflict to decide. The task pane saves the
 * chosen changes through the store with the target's eTag.
 */
import {
  ShortTermTargetSchema,
  TARGET_AREA_LABELS,
  TARGET_OUTCOME_LABELS,
  type Plan,
  type ShortTermTarget,
  type TargetArea,
  type TargetId,
  type TargetOutcome,
} from '../domain';
import { normaliseCellText } from './cellText';
import { fieldFingerprint } from './fieldFingerprint';
import { parseUkDate } from './format';
import type { TargetField } from './tags';
import { PRINTED_FIELD_TEXTS } from './templates/targetTable';
import { WELSH } from './wording';

/** The text of one tagged field control, as `readTargetEdits` reads it from the document. */
export interface TargetCellText {
  readonly targetId: string;
  readonly field: TargetField;
  readonly text: string;
  /** The fingerprint of the value inserted, from the tag; null or absent in an older document. */
  readonly inserted?: string | null;
}

/**
 * Why a field is proposed: `word`, only the teacher changed it (the plan still holds what was
 * inserted); `both`, the plan changed too since the insertion, so the teacher must choose; `unknown`,
 * the document was inserted before tags carried fingerprints, so who changed it cannot be told.
 */
export type EditBasis = 'word' | 'both' | 'unknown';

export interface TargetChanges {
  area?: TargetArea;
  text?: string;
  successCriteria?: string;
  strategies?: string;
  deliveredBy?: string;
  frequency?: string;
  targetDate?: string | null;
  outcome?: TargetOutcome;
}

export interface TargetEdit {
  readonly targetId: TargetId;
  /** Only fields whose text differs from the plan and could be read back. */
  readonly changes: TargetChanges;
  /** For each field in `changes`, why it is proposed. */
  readonly basis: Readonly<Partial<Record<TargetField, EditBasis>>>;
  /** For each field in `changes` whose tag carried one, the fingerprint of the value inserted. */
  readonly inserted: Readonly<Partial<Record<TargetField, string>>>;
  /** Sentences a teacher can act on, for edits that could not be read back. */
  readonly problems: readonly string[];
}

const FIELD_NAMES: Readonly<Record<TargetField, string>> = {
  area: 'area',
  text: 'target',
  successCriteria: 'success criteria',
  strategies: 'strategies',
  deliveredBy: 'who',
  frequency: 'how often',
  targetDate: 'target date',
  outcome: 'outcome',
};

/** The key whose label (in any of `labelSets`) or key is `text`, ignoring case. */
const byLabel = <K extends string>(
  text: string,
  ...labelSets: readonly Readonly<Record<K, string>>[]
): K | undefined => {
  const wanted = text.trim().toLowerCase();
  const keys = Object.keys(labelSets[0] ?? {}) as K[];
  return keys.find(
    (key) => key === wanted || labelSets.some((labels) => labels[key].toLowerCase() === wanted),
  );
};

type Parsed = { ok: true; value: TargetChanges } | { ok: false; problem: string };

const parseField = (field: TargetField, text: string, label: string): Parsed => {
  switch (field) {
    case 'area': {
      const area = byLabel(text, TARGET_AREA_LABELS, WELSH.labels.targetAreas);
      return area
        ? { ok: true, value: { area } }
        : {
            ok: false,
            problem: `${label}: "${text}" is not an area. Use one of: ${Object.values(TARGET_AREA_LABELS).join(', ')}.`,
          };
    }
    case 'outcome': {
      const outcome = byLabel(text, TARGET_OUTCOME_LABELS, WELSH.labels.targetOutcomes);
      return outcome
        ? { ok: true, value: { outcome } }
        : {
            ok: false,
            problem: `${label}: "${text}" is not an outcome. Use one of: ${Object.values(TARGET_OUTCOME_LABELS).join(', ')}.`,
          };
    }
    case 'targetDate': {
      if (text === '') return { ok: true, value: { targetDate: null } };
      const iso = parseUkDate(text);
      return iso
        ? { ok: true, value: { targetDate: iso } }
        : {
            ok: false,
            problem: `${label}: "${text}" is not a date. Type it as DD/MM/YYYY, for example 27/03/2026.`,
          };
    }
    default: {
      const checked = ShortTermTargetSchema.shape[field].safeParse(text);
      return checked.success
        ? { ok: true, value: { [field]: checked.data } }
        : {
            ok: false,
            problem: `${label}: ${checked.error.issues[0]?.message ?? 'this text cannot be saved.'}`,
          };
    }
  }
};

/**
 * A cell the teacher typed in: it differs from the plan now (in either language's words) and, where
 * known, from what was inserted.
 */
const typedIn = (cell: TargetCellText, current: readonly string[]): boolean => {
  const text = normaliseCellText(cell.text, cell.field);
  if (current.includes(text)) return false;
  return cell.inserted == null || fieldFingerprint(cell.field, text) !== cell.inserted;
};

const basisOf = (
  typed: readonly TargetCellText[],
  field: TargetField,
  current: readonly string[],
): EditBasis => {
  if (typed.some((cell) => cell.inserted == null)) return 'unknown';
  const now = current.map((text) => fieldFingerprint(field, text));
  return typed.some((cell) => !now.includes(cell.inserted ?? '')) ? 'both' : 'word';
};

const editsForTarget = (
  target: ShortTermTarget,
  position: number,
  cells: readonly TargetCellText[],
): TargetEdit | null => {
  const changes: TargetChanges = {};
  const basis: Partial<Record<TargetField, EditBasis>> = {};
  const inserted: Partial<Record<TargetField, string>> = {};
  const problems: string[] = [];
  const fields = [...new Set(cells.map((c) => c.field))];
  for (const field of fields) {
    const current = [
      ...new Set(PRINTED_FIELD_TEXTS.map((texts) => normaliseCellText(texts[field](target), field))),
    ];
    const typed = cells.filter((c) => c.field === field && typedIn(c, current));
    const edited = [...new Set(typed.map((c) => normaliseCellText(c.text, field)))];
    const label = `Target ${position}, ${FIELD_NAMES[field]}`;
    if (edited.length > 1) {
      problems.push(
        `${label} was changed differently in two places in this document. Make them the same and save again.`,
      );
      continue;
    }
    const [text] = edited;
    if (text === undefined) continue;
    const parsed = parseField(field, text, label);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    Object.assign(changes, parsed.value);
    basis[field] = basisOf(typed, field, current);
    const fingerprint = typed.find((cell) => cell.inserted != null)?.inserted;
    if (fingerprint != null) inserted[field] = fingerprint;
  }
  return Object.keys(changes).length === 0 && problems.length === 0
    ? null
    : { targetId: target.id, changes, basis, inserted, problems };
};

/**
 * Per target of `plan`, the fields the teacher changed in the document. Cells of targets that are
 * not in this plan (another version, another pupil) are ignored; a target whose cells all match
 * what was inserted (or the plan now) is left out.
 */
export const diffTargetEdits = (plan: Plan, cells: readonly TargetCellText[]): TargetEdit[] =>
  plan.shortTermTargets.flatMap((target, index) => {
    const mine = cells.filter((cell) => cell.targetId === target.id);
    const edit = mine.length === 0 ? null : editsForTarget(target, index + 1, mine);
    return edit === null ? [] : [edit];
  });

/** Whether refreshing would lose anything typed in Word, including edits that could not be read. */
export const hasWordEdits = (plan: Plan, cells: readonly TargetCellText[]): boolean =>
  diffTargetEdits(plan, cells).length > 0;
