import { z } from 'zod';
import { ClassTeamIdSchema } from '../../../domain/ids';
import { isoDateOrBlank, requiredSingleLine, singleLine } from '../../../domain/limits';
import { PupilSchema, RegisterStatusSchema, pupilDisplayName, type Pupil } from '../../../domain/pupil';
import { PrimaryNeedSchema, SenStatusSchema } from '../../../domain/register';
import {
  decodeItem,
  defaultedColumn,
  finish,
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
    }),
  );

export const pupilToFields = (pupil: Omit<Pupil, 'id'>): FieldValues => ({
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
});
