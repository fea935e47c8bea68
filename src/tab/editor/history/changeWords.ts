import type { PlanChange } from '../../../app/usecases/history/planChanges';
import { formatUkDate } from '../../../domain/dates';
import type { Nation } from '../../../domain/terminology';
import { ukDateOrRaw } from '../../../ui/DateField';
import { labelForPath } from '../fieldLabels';
import { ukTime } from '../ukTime';

const TARGET_WORDS_LENGTH = 60;

/** "target “Read 10 words”", or "a target" for one with no words yet. */
const quoted = (text: string | null): string => {
  if (text === null || text.trim() === '') return 'a target';
  const shown = text.length > TARGET_WORDS_LENGTH ? `${text.slice(0, TARGET_WORDS_LENGTH - 1)}…` : text;
  return `target “${shown}”`;
};

/** The fields' labels as the form shows them, each once, in the order they changed. */
const labels = (change: PlanChange, nation: Nation): string =>
  [
    ...new Set(
      change.paths.map((path) => labelForPath(path, nation, { fromSegment: change.target === null ? 0 : 2 })),
    ),
  ].join(', ');

/** What a change did, in the words the editor uses. */
export const changeWords = (change: PlanChange, nation: Nation): string => {
  switch (change.kind) {
    case 'plan-started':
      return 'Started this version of the plan';
    case 'plan-edited':
      return `Changed ${labels(change, nation)}`;
    case 'target-added':
      return `Added ${quoted(change.target)}`;
    case 'target-edited':
      return `Changed ${quoted(change.target)}: ${labels(change, nation)}`;
    case 'target-withdrawn':
      return `Withdrew ${quoted(change.target)}`;
    case 'evidence-added':
      return `Recorded evidence for ${quoted(change.target)}${
        change.evidenceDate ? ` (observed ${ukDateOrRaw(change.evidenceDate)})` : ''
      }`;
  }
};

/** "12/11/2026 at 14:05", on the school's clock. */
export const changeWhen = (at: string): string =>
  Number.isNaN(new Date(at).getTime()) ? 'Time not recorded' : `${formatUkDate(at)} at ${ukTime(at)}`;

/** Who made it, as Microsoft 365 recorded it. */
export const changeWho = (by: string): string => (by.trim() === '' ? 'Someone (not recorded)' : by);
