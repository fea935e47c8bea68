import { issuesFromZod, type Placement } from '../../../domain';
import { PlacementSchema } from '../../../domain/provision';
import { formatUkDate } from '../../../domain/dates';
import type { SchoolTerm } from '../../../domain/termDates';

/** One pupil's row on a provision as typed. */
export interface PlacementFormValues {
  readonly start: string;
  readonly end: string;
  readonly group: string;
  readonly entryScore: string;
  readonly exitScore: string;
}

export type PlacementFormErrors = Partial<Record<keyof PlacementFormValues, string>>;

export type PlacementFormReading =
  | { readonly ok: true; readonly placement: Placement }
  | { readonly ok: false; readonly errors: PlacementFormErrors };

const scoreText = (score: number | null): string => (score === null ? '' : String(score));

export const placementFormValuesOf = (placement: Placement): PlacementFormValues => ({
  start: placement.start,
  end: placement.end,
  group: String(placement.group),
  entryScore: scoreText(placement.entryScore),
  exitScore: scoreText(placement.exitScore),
});

/** Blank is "not recorded yet"; anything else must read as a number (the schema says so if not). */
const scoreOf = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

/** The row's values read onto the placement, or a message at each field to correct. */
export const readPlacementForm = (
  values: PlacementFormValues,
  placement: Placement,
  term: Pick<SchoolTerm, 'name' | 'start' | 'end'>,
): PlacementFormReading => {
  const errors: Record<string, string> = {};
  const result = PlacementSchema.safeParse({
    ...placement,
    start: values.start,
    end: values.end,
    group: values.group.trim() === '' ? undefined : Number(values.group.trim()),
    entryScore: scoreOf(values.entryScore),
    exitScore: scoreOf(values.exitScore),
  });
  if (!result.success) {
    for (const issue of issuesFromZod(result.error)) errors[issue.path] ??= issue.message;
  }
  const within = `between ${formatUkDate(term.start)} and ${formatUkDate(term.end)}, in the ${term.name.toLowerCase()}`;
  if (!errors.start && (values.start < term.start || values.start > term.end))
    errors.start = `The start date must be ${within}.`;
  if (!errors.end && (values.end < term.start || values.end > term.end))
    errors.end = `The end date must be ${within}.`;
  if (!errors.start && !errors.end && values.end < values.start)
    errors.end = 'The end date cannot be before the start date.';
  if (!result.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, placement: result.data };
};
