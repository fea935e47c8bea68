import { z } from 'zod';
import { ClassTeamIdSchema } from '../../../domain/ids';
import { MULTI_LINE_MAX, isoDateOrBlank, requiredSingleLine, singleLine } from '../../../domain/limits';
import { PupilSchema, RegisterStatusSchema, pupilDisplayName, type Pupil } from '../../../domain/pupil';
import { PrimaryNeedSchema, SenStatusSchema } from '../../../domain/register';
import { RegisterChangeSchema, type RegisterChange } from '../../../domain/registerChange';
import {
  decodeItem,
  defaultedColumn,
  etagOf,
  finish,
  jsonColumn,
  nullableColumn,
  textColumn,
  titleOf,
  type FieldValues,
  type ItemDecode,
} from '../shared/listItem';

const PupilFieldsSchema = z.object({
  GivenName: textColumn(requiredSingleLine('First name')),
  FamilyName: textColumn(requiredSingleLine('Last name')),
  PreferredName: textColumn(singleLine('Preferred name')),
  PupilRef: textColumn(singleLine('Pupil reference')),
  ClassTeamId: textColumn(ClassTeamIdSchema),
  ClassName: textColumn(requiredSingleLine('Class')),
  YearGroup: textColumn(singleLine('Year group')),
  DateOfBirth: textColumn(isoDateOrBlank('Date of birth')),
  SenStatus: defaultedColumn(SenStatusSchema, 'K'),
  PrimaryNeed: nullableColumn(PrimaryNeedSchema),
  RegisterStatus: defaultedColumn(RegisterStatusSchema, 'active'),
  LeftOn: textColumn(isoDateOrBlank('Left on')),
  // Checked whole: one damaged entry is reported and the history reads as empty, not half-read.
  RegisterHistoryJson: jsonColumn(z.array(RegisterChangeSchema), []),
});

/**
 * Columns edited by hand in SharePoint as often as through the app: a value the app cannot read there
 * is reported and read as its default, rather than taking the pupil off every list.
 */
const SOFT_PUPIL_COLUMNS: ReadonlySet<string> = new Set([
  'DateOfBirth',
  'SenStatus',
  'PrimaryNeed',
  'RegisterStatus',
  'LeftOn',
  'RegisterHistoryJson',
]);

export const pupilFromItem = (raw: unknown): ItemDecode<Pupil> =>
  finish(
    'pupil',
    decodeItem('pupil', raw, PupilFieldsSchema, SOFT_PUPIL_COLUMNS),
    PupilSchema,
    (f, item) => ({
      id: item.id,
      givenName: f.GivenName,
      familyName: f.FamilyName,
      preferredName: f.PreferredName,
      pupilRef: f.PupilRef,
      classTeamId: f.ClassTeamId,
      className: f.ClassName,
      yearGroup: f.YearGroup,
      dateOfBirth: f.DateOfBirth,
      senStatus: f.SenStatus,
      primaryNeed: f.PrimaryNeed,
      registerStatus: f.RegisterStatus,
      leftOn: f.LeftOn,
      history: f.RegisterHistoryJson,
      ...(etagOf(item) === undefined ? {} : { etag: etagOf(item) }),
    }),
  );

/**
 * The history as the note column holds it. SharePoint's item versions are the audit record, so when a
 * long history would pass the column's limit the oldest lines give way, never the save.
 */
export const historyNote = (history: readonly RegisterChange[]): string => {
  for (let from = 0; from < history.length; from += 1) {
    const text = JSON.stringify(history.slice(from));
    if (text.length <= MULTI_LINE_MAX) return text;
  }
  return '[]';
};

export const pupilToFields = (pupil: Omit<Pupil, 'id' | 'etag'>): FieldValues => ({
  Title: titleOf(pupilDisplayName(pupil)),
  GivenName: pupil.givenName,
  FamilyName: pupil.familyName,
  PreferredName: pupil.preferredName,
  PupilRef: pupil.pupilRef,
  ClassTeamId: pupil.classTeamId,
  ClassName: pupil.className,
  YearGroup: pupil.yearGroup,
  DateOfBirth: pupil.dateOfBirth,
  SenStatus: pupil.senStatus,
  PrimaryNeed: pupil.primaryNeed ?? '',
  RegisterStatus: pupil.registerStatus,
  LeftOn: pupil.leftOn,
  RegisterHistoryJson: historyNote(pupil.history),
});
