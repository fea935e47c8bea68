import { z } from 'zod';
import { ClassTeamIdSchema } from '../../../domain/ids';
import { requiredSingleLine, singleLine } from '../../../domain/limits';
import { PupilSchema, pupilDisplayName, type Pupil } from '../../../domain/pupil';
import {
  decodeItem,
  finish,
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
});

export const pupilFromItem = (raw: unknown): ItemDecode<Pupil> =>
  finish('pupil', decodeItem('pupil', raw, PupilFieldsSchema), PupilSchema, (f, item) => ({
    id: item.id,
    givenName: f.GivenName,
    familyName: f.FamilyName,
    preferredName: f.PreferredName,
    pupilRef: f.PupilRef,
    classTeamId: f.ClassTeamId,
    className: f.ClassName,
    yearGroup: f.YearGroup,
  }));

export const pupilToFields = (pupil: Omit<Pupil, 'id'>): FieldValues => ({
  Title: titleOf(pupilDisplayName(pupil)),
  GivenName: pupil.givenName,
  FamilyName: pupil.familyName,
  PreferredName: pupil.preferredName,
  PupilRef: pupil.pupilRef,
  ClassTeamId: pupil.classTeamId,
  ClassName: pupil.className,
  YearGroup: pupil.yearGroup,
});
