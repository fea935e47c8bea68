/**
 * Save-back, the pure half: compares what the tagged target cells in Word now say with the plan,
 * and returns, per target, only the fields a teacher actually changed, parsed back to domain
 * values. The task pane saves those through the store with the target's eTag.
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
import { parseUkDate } from './format';
import type { TargetField } from './tags';
import { FIELD_TEXT } from './templates/targetTable';
import { sanitiseText } from './xmlText';

/** The text of one tagged field control, as `readTargetEdits` reads it from the document. */
export interface TargetCellText {
  readonly targetId: string;
  readonly field: TargetField;
  readonly text: string;
}

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
  /** Sentences a teacher can act on, for edits that could not be read back. */
  readonly problems: readonly string[];
}

const SINGLE_LINE: ReadonlySet<TargetField> = new Set([
  'text',
  'deliveredBy',
  'frequency',
  'area',
  'outcome',
  'targetDate',
]);

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

/**
 * Word reports paragraph ends as CR and manual line breaks (`w:br`) as vertical tab; both become
 * LF. A trailing paragraph mark is not part of the value. Single-line fields join lines with a space.
 */
export const normaliseCellText = (text: string, field: TargetField): string => {
  const lines = sanitiseText(text.replace(/\v/g, '\n')).replace(/\n+$/, '');
  return SINGLE_LINE.has(field) ? lines.replace(/\s*\n\s*/g, ' ').trim() : lines;
};

const byLabel = <K extends string>(labels: Readonly<Record<K, string>>, text: string): K | undefined => {
  const wanted = text.trim().toLowerCase();
  return (Object.keys(labels) as K[]).find((key) => labels[key].toLowerCase() === wanted || key === wanted);
};

type Parsed = { ok: true; value: TargetChanges } | { ok: false; problem: string };

const parseField = (field: TargetField, text: string, label: string): Parsed => {
  switch (field) {
    case 'area': {
      const area = byLabel(TARGET_AREA_LABELS, text);
      return area
        ? { ok: true, value: { area } }
        : {
            ok: false,
            problem: `${label}: "${text}" is not an area. Use one of: ${Object.values(TARGET_AREA_LABELS).join(', ')}.`,
          };
    }
    case 'outcome': {
      const outcome = byLabel(TARGET_OUTCOME_LABELS, text);
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

const editsForTarget = (
  target: ShortTermTarget,
  position: number,
  cells: readonly TargetCellText[],
): TargetEdit | null => {
  const changes: TargetChanges = {};
  const problems: string[] = [];
  const fields = [...new Set(cells.map((c) => c.field))];
  for (const field of fields) {
    const current = normaliseCellText(FIELD_TEXT[field](target), field);
    const edited = [
      ...new Set(cells.filter((c) => c.field === field).map((c) => normaliseCellText(c.text, field))),
    ].filter((text) => text !== current);
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
    if (parsed.ok) Object.assign(changes, parsed.value);
    else problems.push(parsed.problem);
  }
  return Object.keys(changes).length === 0 && problems.length === 0
    ? null
    : { targetId: target.id, changes, problems };
};

/**
 * Per target of `plan`, the fields changed in the document. Cells of targets that are not in this
 * plan (another version, another pupil) are ignored; a target whose cells all match is left out.
 */
export const diffTargetEdits = (plan: Plan, cells: readonly TargetCellText[]): TargetEdit[] =>
  plan.shortTermTargets.flatMap((target, index) => {
    const mine = cells.filter((cell) => cell.targetId === target.id);
    const edit = mine.length === 0 ? null : editsForTarget(target, index + 1, mine);
    return edit === null ? [] : [edit];
  });
