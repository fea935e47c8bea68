/**
 * The shape of a short-term targets table: a grid of columns, and the lines each target takes in
 * it. A plain list of columns is one line per target; the full plan uses three lines, so a long
 * strategy gets a wide cell instead of a one-word-wide strip.
 */
import type { ShortTermTarget } from '../../domain';
import { ukDate } from '../format';
import type { TargetField } from '../tags';
import { ENGLISH, WELSH, type Wording } from '../wording';

export interface TargetColumn {
  readonly header: string;
  /** Relative width; the table always fills the page width. */
  readonly weight: number;
  /** Set when the cell shows exactly this one value, so it can be edited and saved back. */
  readonly field?: TargetField;
  readonly value: (target: ShortTermTarget) => string;
}

/** One cell of a target's line: one or more labelled values stacked, across `span` grid columns. */
export interface TargetGridCell {
  readonly span: number;
  readonly columns: readonly TargetColumn[];
}

export interface TargetGrid {
  /** Relative widths of the grid columns that follow the No. column. */
  readonly weights: readonly number[];
  /**
   * The lines of each target, each covering the whole grid. The header row names the first
   * line's cells; cells of later lines carry their own labels, so a page that starts mid-target
   * still says what each value is.
   */
  readonly lines: readonly (readonly TargetGridCell[])[];
}

type FieldText = Readonly<Record<TargetField, (target: ShortTermTarget) => string>>;

/**
 * The value a field shows in Word in a language's wording; `diffTargetEdits` reads the same text
 * back, and accepts the area and outcome in either language since a Welsh document prints them in Welsh.
 */
export const fieldTextFor = ({ labels }: Wording): FieldText => ({
  area: (t) => labels.targetAreas[t.area],
  text: (t) => t.text,
  successCriteria: (t) => t.successCriteria,
  strategies: (t) => t.strategies,
  deliveredBy: (t) => t.deliveredBy,
  frequency: (t) => t.frequency,
  targetDate: (t) => ukDate(t.targetDate),
  outcome: (t) => labels.targetOutcomes[t.outcome],
});

/** The value a field shows in an English document. */
export const FIELD_TEXT: FieldText = fieldTextFor(ENGLISH);

/**
 * What a field may show in a working copy of either language: a Welsh one prints the area and
 * outcome in Welsh, and those words stand for the same value as the English ones.
 */
export const PRINTED_FIELD_TEXTS: readonly FieldText[] = [FIELD_TEXT, fieldTextFor(WELSH)];

export const fieldColumn = (
  header: string,
  weight: number,
  field: TargetField,
  wording: Wording = ENGLISH,
): TargetColumn => ({
  header,
  weight,
  field,
  value: fieldTextFor(wording)[field],
});

/** How many pieces of evidence the plan prints: enough to show the trend, not the whole log. */
const EVIDENCE_SHOWN = 3;

/** The newest evidence first, one line each: "10/11/2025, Developing: read 14 of 20 words." */
export const latestEvidence = (target: ShortTermTarget, wording: Wording = ENGLISH): string =>
  [...target.evidence]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, EVIDENCE_SHOWN)
    .map((e) => {
      const rating = `${ukDate(e.date)}, ${wording.labels.evidenceRatings[e.rating as 1 | 2 | 3 | 4 | 5]}`;
      return e.note.trim() === '' ? rating : `${rating}: ${e.note.trim()}`;
    })
    .join('\n');

const column = (header: string, value: (target: ShortTermTarget) => string): TargetColumn => ({
  header,
  weight: 0,
  value,
});
/** A column of the grid showing one field, in the wording's language. */
const fieldIn =
  (wording: Wording) =>
  (header: string, name: TargetField): TargetColumn =>
    fieldColumn(header, 0, name, wording);

/** The second line, how we will help: the strategies across two columns, the rest stacked beside. */
const howWeWillHelp = (wording: Wording, strategies: string, date: string): TargetGridCell[] => {
  const field = fieldIn(wording);
  const words = wording.targets;
  return [
    { span: 2, columns: [field(strategies, 'strategies')] },
    {
      span: 1,
      columns: [
        field(words.who, 'deliveredBy'),
        field(words.howOften, 'frequency'),
        field(date, 'targetDate'),
      ],
    },
  ];
};

/** The third line, how it is going: "what has actually happened" on paper. */
const howItIsGoing = (wording: Wording): readonly TargetGridCell[] => [
  { span: 1, columns: [fieldIn(wording)(wording.targets.outcome, 'outcome')] },
  { span: 1, columns: [column(wording.targets.outcomeComment, (t) => t.outcomeComment)] },
  { span: 1, columns: [column(wording.targets.latestEvidence, (t) => latestEvidence(t, wording))] },
];

/**
 * Grid weights in dxa at 2 cm margins less the No. column; targetTable widens any column too
 * narrow for its longest word ("Communication", "Discontinued") in 11 pt Arial.
 */
const THREE_LINE_WEIGHTS = [2000, 3520, 3518];

/**
 * The full plan's targets, three lines each in A4 portrait: what (area, target, success criteria),
 * how we will help and how it is going. Portrait rather than a landscape section because the plan
 * is read and photocopied as one portrait document, and a landscape page, 8.7 cm wider, would
 * still leave eight side-by-side columns too narrow for 11 pt text.
 */
export const shortTermColumns = (wording: Wording): TargetGrid => {
  const field = fieldIn(wording);
  const { common, targets: words } = wording;
  return {
    weights: THREE_LINE_WEIGHTS,
    lines: [
      [
        { span: 1, columns: [field(common.area, 'area')] },
        { span: 1, columns: [field(common.target, 'text')] },
        { span: 1, columns: [field(words.successCriteria, 'successCriteria')] },
      ],
      howWeWillHelp(wording, words.strategies, words.targetDate),
      howItIsGoing(wording),
    ],
  };
};

/** The full plan's targets in English. */
export const SHORT_TERM_COLUMNS: TargetGrid = shortTermColumns(ENGLISH);

/**
 * Scotland's Child's Plan section 4 in the same three lines, in its own words: no area (the
 * long-term target above each table gives it) and a review date rather than a target date. Always
 * English: the Child's Plan is Scotland's, and only a plan in Wales has a Welsh wording.
 */
export const CHILDS_PLAN_COLUMNS: TargetGrid = {
  weights: THREE_LINE_WEIGHTS,
  lines: [
    [
      { span: 2, columns: [fieldIn(ENGLISH)('Short-term target', 'text')] },
      { span: 1, columns: [fieldIn(ENGLISH)('Success criteria', 'successCriteria')] },
    ],
    howWeWillHelp(ENGLISH, 'Strategies and resources', 'Review date'),
    howItIsGoing(ENGLISH),
  ],
};

export const isTargetGrid = (columns: readonly TargetColumn[] | TargetGrid): columns is TargetGrid =>
  'lines' in columns;

/** A plain list of columns as a grid of one line. */
export const asTargetGrid = (columns: readonly TargetColumn[] | TargetGrid): TargetGrid =>
  isTargetGrid(columns)
    ? columns
    : { weights: columns.map((c) => c.weight), lines: [columns.map((c) => ({ span: 1, columns: [c] }))] };
