import type { RegisterRow } from './registerRows';

/** The figures at the top of the register and of each class dashboard. */
export interface RegisterCounts {
  readonly pupils: number;
  /** Census code K. */
  readonly senSupport: number;
  /** Census code E: an EHC plan (or the nation's statutory plan). */
  readonly statutoryPlan: number;
  readonly overdue: number;
  /** Within 14 days, not overdue, not booked. */
  readonly dueSoon: number;
  readonly booked: number;
}

export const countRegister = (rows: readonly RegisterRow[]): RegisterCounts => {
  const count = (test: (row: RegisterRow) => boolean): number => rows.filter(test).length;
  return {
    pupils: rows.length,
    senSupport: count((row) => row.pupil.senStatus === 'K'),
    statutoryPlan: count((row) => row.pupil.senStatus === 'E'),
    overdue: count((row) => row.review === 'overdue'),
    dueSoon: count((row) => row.review === 'due-soon'),
    booked: count((row) => row.review === 'booked'),
  };
};
