/** Sections more than one template prints: the title block, pupil details, label/value tables. */
import {
  academicYearOf,
  type ChildGroupTarget,
  type Nation,
  type Plan,
  type Review,
  type Shanarri,
  type TargetId,
  type Terminology,
} from '../../domain';
import { ukDate } from '../format';
import { COLOURS, columnWidths } from '../layout';
import { labelCell, table, tableRow, textParagraph, title, valueCell } from '../ooxml';
import type { TargetField } from '../tags';
import type { Language, Wording } from '../wording';
import { planStatusText } from './planStatus';

export interface TemplateContext {
  readonly plan: Plan;
  readonly review: Review | null;
  /** The version the review agreed; null when not known (the review record then leaves room to write). */
  readonly nextVersion: Plan | null;
  readonly dateOfBirth: string | null;
  /** Empty when the configuration does not name the school. */
  readonly schoolName: string;
  readonly nation: Nation;
  readonly terms: Terminology;
  /** The language of the fixed wording: Welsh only for a plan in Wales that asked for it. */
  readonly language: Language;
  /** Every fixed label, heading and sentence the templates print, in `language`. */
  readonly wording: Wording;
  /** The child's group targets with their own outcomes; empty when they have none (or none were read). */
  readonly groupTargets: readonly ChildGroupTarget[];
}

export interface TargetControlLayout {
  readonly targetId: TargetId;
  readonly tag: string;
  readonly title: string;
  readonly fields: readonly { readonly field: TargetField; readonly tag: string }[];
}

export interface TemplateOutput {
  readonly xml: string;
  readonly targets: readonly TargetControlLayout[];
}

export const SHANARRI_LABELS: Readonly<Record<Shanarri, string>> = {
  safe: 'Safe',
  healthy: 'Healthy',
  achieving: 'Achieving',
  nurtured: 'Nurtured',
  active: 'Active',
  respected: 'Respected',
  responsible: 'Responsible',
  included: 'Included',
};

/** Room to write by hand (about 1.5 cm) where a section has nothing in it yet. */
export const WRITE_IN_HEIGHT = 850;
/** One handwritten line (about 0.8 cm): a name, a role, a date. */
export const LINE_HEIGHT = 454;

/** The school's name above the title when the configuration gives one. */
export const titleBlock = (ctx: TemplateContext, text: string): string =>
  (ctx.schoolName === '' ? '' : textParagraph(ctx.schoolName, { color: COLOURS.muted, spacingAfter: 0 })) +
  title(text);

/** `2025-09-08` → `2025/26`, the school year a plan agreed on that day belongs to. */
export const academicYearText = (isoDate: string): string => {
  const year = academicYearOf(isoDate);
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
};

/**
 * Who the plan is for and its basics, each value in a cell of its own (so a name in Arabic keeps its
 * own direction beside an English class name), each printed once in the whole document.
 */
export const DETAILS_WIDTHS = columnWidths([18, 32, 18, 32]);

/** Two label and value pairs side by side, in the four columns of `DETAILS_WIDTHS`. */
export const detailsPair = (a: string, av: string, b: string, bv: string): string =>
  tableRow([labelCell(a), valueCell(av), labelCell(b), valueCell(bv)], DETAILS_WIDTHS, { cantSplit: true });

export const pupilDetailsTable = (ctx: TemplateContext): string => {
  const { plan, terms, wording: w } = ctx;
  const c = w.common;
  // A draft has not been agreed: its start date is only planned, so the date agreed is left to fill in.
  const agreedOn = plan.status === 'draft' ? '' : ukDate(plan.startDate);
  return table({
    caption: c.pupilDetails,
    widths: DETAILS_WIDTHS,
    rows: [
      detailsPair(c.name, plan.pupil.name, c.dateOfBirth, ukDate(ctx.dateOfBirth)),
      detailsPair(c.className, plan.pupil.className, c.yearGroup, plan.pupil.yearGroup),
      detailsPair(c.pupilRef, plan.pupil.pupilRef, w.stageLabel(ctx.nation), w.labels.stages[plan.stage]),
      detailsPair(c.plan, planStatusText(plan, null, w), c.academicYear, academicYearText(plan.startDate)),
      detailsPair(c.dateAgreed, agreedOn, c.nextReviewDate, ukDate(plan.nextReviewDate)),
      detailsPair(
        w.coordinator(terms),
        plan.people.senco?.name ?? '',
        c.classTeacher,
        plan.people.classTeacher?.name ?? '',
      ),
    ],
  });
};

/**
 * Label and value rows for free text. Rows may split across pages: a 10,000-character note must
 * flow onto the next page rather than be clipped. An empty value leaves room to write by hand.
 */
export const labelValueTable = (caption: string, rows: readonly (readonly [string, string])[]): string => {
  const widths = columnWidths([27, 73]);
  return table({
    caption,
    widths,
    rows: rows.map(([label, value]) =>
      tableRow(
        [labelCell(label), valueCell(value)],
        widths,
        value.trim() === '' ? { minHeight: WRITE_IN_HEIGHT } : {},
      ),
    ),
  });
};

/** Empty rows to write in by hand, numbered in the first column when asked (for targets). */
export const blankRows = (
  widths: readonly number[],
  count: number,
  options: { readonly numbered?: boolean; readonly height?: number } = {},
): string[] =>
  Array.from({ length: count }, (_, row) =>
    tableRow(
      widths.map((_, column) => valueCell(options.numbered && column === 0 ? String(row + 1) : '')),
      widths,
      { cantSplit: true, minHeight: options.height ?? WRITE_IN_HEIGHT },
    ),
  );

/** A bordered box to write in, for a section with nothing recorded yet. */
export const writeInBox = (caption: string, height = WRITE_IN_HEIGHT * 2): string => {
  const widths = columnWidths([1]);
  return table({ caption, widths, rows: [tableRow([valueCell('')], widths, { minHeight: height })] });
};
