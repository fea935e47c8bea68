import type { ClassTeam } from './classTeam';
import { asClassTeamId } from './ids';
import type { RegisterWrite } from './ports';
import type { Pupil } from './pupil';
import type { RegisterChange, RegisterChangeKind } from './registerChange';

/** When a change was made and by whom, shared by every pupil one import or rollover touches. */
export interface ChangeStamp {
  /** ISO 8601 instant. */
  readonly on: string;
  /** Display name of the person running it. */
  readonly by: string;
}

export const IMPORT_DETAIL = 'Imported from the MIS file';

const change = (stamp: ChangeStamp, kind: RegisterChangeKind, detail: string): RegisterChange => ({
  on: stamp.on,
  by: stamp.by,
  kind,
  detail,
});

/** The register's own fields: what an import may change, and what tells "changed" from "the same". */
const REGISTER_FIELDS = [
  'givenName',
  'familyName',
  'preferredName',
  'dateOfBirth',
  'pupilRef',
  'yearGroup',
  'classTeamId',
  'className',
  'senStatus',
  'primaryNeed',
] as const satisfies readonly (keyof Pupil)[];

type RegisterFields = Pick<Pupil, (typeof REGISTER_FIELDS)[number]>;

const registerFieldsOf = (row: RegisterWrite): RegisterFields => ({
  givenName: row.entry.givenName,
  familyName: row.entry.familyName,
  preferredName: row.entry.preferredName,
  dateOfBirth: row.entry.dateOfBirth,
  pupilRef: row.entry.pupilRef,
  yearGroup: row.entry.yearGroup,
  classTeamId: row.classTeamId,
  className: row.entry.className,
  senStatus: row.entry.senStatus,
  primaryNeed: row.entry.primaryNeed,
});

/** Whether two pupils differ in anything the register records (history and eTag aside). */
export const registerFieldsDiffer = (a: RegisterFields, b: RegisterFields): boolean =>
  REGISTER_FIELDS.some((field) => a[field] !== b[field]);

/** A new pupil from an import row: active on the register, with "imported" as the first of its history. */
export const pupilFromImport = (row: RegisterWrite, stamp: ChangeStamp): Omit<Pupil, 'id' | 'etag'> => ({
  ...registerFieldsOf(row),
  registerStatus: 'active',
  leftOn: '',
  history: [change(stamp, 'imported', IMPORT_DETAIL)],
});

/**
 * The existing pupil with the row's fields, "imported" added to its history; null when the row would
 * change nothing on the register (an import run again leaves such pupils alone). Whether the pupil is
 * still on the register is the SENCO's decision, never the file's, so the register status stays.
 */
export const pupilUpdatedByImport = (
  existing: Pupil,
  row: RegisterWrite,
  stamp: ChangeStamp,
): Pupil | null => {
  const fields = registerFieldsOf(row);
  if (!registerFieldsDiffer(fields, existing)) return null;
  return { ...existing, ...fields, history: [...existing.history, change(stamp, 'imported', IMPORT_DETAIL)] };
};

/** A pupil moved to the new school year's class, the move recorded in their history. */
export const pupilRolledOver = (pupil: Pupil, to: ClassTeam, stamp: ChangeStamp): Pupil => ({
  ...pupil,
  classTeamId: asClassTeamId(to.id),
  className: to.displayName,
  history: [
    ...pupil.history,
    change(stamp, 'rolled-over', `New school year: ${pupil.className} to ${to.displayName}`),
  ],
});
