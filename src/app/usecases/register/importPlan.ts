import type { ClassTeam, ClassTeamId, Pupil, RegisterWrite } from '../../../domain';
import { matchClassTeam } from './classMatching';
import type { ImportAction, ImportPreview, PreviewRow } from './misCsv/preview';
import type { RowError } from './misCsv/rowEntry';

export interface ImportPlanRow {
  readonly preview: PreviewRow<Pupil>;
  readonly action: ImportAction;
  readonly errors: readonly RowError[];
  /** The class team the row's registration class was matched to. */
  readonly classTeam: ClassTeam | null;
}

export interface ImportPlan {
  readonly rows: readonly ImportPlanRow[];
  readonly writes: readonly RegisterWrite[];
  readonly counts: Readonly<Record<ImportAction, number>>;
  /** Every row can be written: an import writes all of them or none. */
  readonly canImport: boolean;
}

const classError = (className: string, column: string | null): RowError => ({
  field: 'className',
  column,
  message: `No class team matches "${className}": check the class name, or set up its class team first.`,
});

/**
 * The preview compares the file's class name with the register's; what matters is the team. "4B" in
 * the MIS and "Year 4 Badgers" on the register are the same class when both mean the same team.
 */
const actionWithClass = (row: PreviewRow<Pupil>, team: ClassTeam): ImportAction => {
  if (row.match === null) return row.action;
  const moved = row.match.classTeamId !== team.id;
  const otherChanges = row.changes.filter((field) => field !== 'className');
  if (moved) return 'update';
  return otherChanges.length > 0 ? 'update' : 'unchanged';
};

/**
 * Joins the file's preview to the school's class teams: a row whose registration class matches no
 * team (or more than one) is refused like any other bad cell, so nothing lands in the wrong class.
 */
export const planImport = (
  preview: ImportPreview<Pupil>,
  classes: readonly ClassTeam[],
  classColumn: string | null,
): ImportPlan => {
  const rows = preview.rows.map((row): ImportPlanRow => {
    if (row.action === 'refused' || row.entry === null) {
      return { preview: row, action: 'refused', errors: row.errors, classTeam: null };
    }
    const team = matchClassTeam(row.entry.className, classes);
    if (!team) {
      return {
        preview: row,
        action: 'refused',
        errors: [...row.errors, classError(row.entry.className, classColumn)],
        classTeam: null,
      };
    }
    return { preview: row, action: actionWithClass(row, team), errors: row.errors, classTeam: team };
  });
  const counts = { add: 0, update: 0, unchanged: 0, refused: 0 };
  for (const row of rows) counts[row.action] += 1;
  const writes: RegisterWrite[] = rows.flatMap((row) =>
    (row.action === 'add' || row.action === 'update') && row.preview.entry && row.classTeam
      ? [
          {
            entry: { ...row.preview.entry, className: row.classTeam.displayName },
            classTeamId: row.classTeam.id as ClassTeamId,
            existing: row.preview.match,
          },
        ]
      : [],
  );
  return {
    rows,
    writes,
    counts,
    canImport: preview.canImport && counts.refused === 0 && rows.length > 0,
  };
};
