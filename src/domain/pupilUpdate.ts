import { Invalid, type FieldIssue } from './errors';
import { formatUkDate } from './dates';
import type { PlanPupil } from './plan';
import { PupilSchema, pupilDisplayName, type Pupil } from './pupil';
import { PRIMARY_NEED_LABELS, SEN_STATUS_LABELS } from './register';
import type { RegisterChange, RegisterChangeKind } from './registerChange';
import { issuesFromZod } from './validation';

/**
 * A SENCO's edit of a pupil's register entry, checked and turned into the line its history gains.
 * Both stores use it, so the SharePoint store and the test store record the same history.
 */

/** The register's fields in the order a history line names them, with the form's labels. */
const EDITABLE_FIELD_LABELS = {
  givenName: 'First name',
  familyName: 'Last name',
  preferredName: 'Preferred name',
  dateOfBirth: 'Date of birth',
  pupilRef: 'Pupil reference',
  yearGroup: 'Year group',
  senStatus: 'SEN status',
  primaryNeed: 'Primary need',
} as const satisfies Partial<Record<keyof Pupil, string>>;

type EditableField = keyof typeof EDITABLE_FIELD_LABELS;

const changedEditableFields = (edited: Pupil, base: Pupil): EditableField[] =>
  (Object.keys(EDITABLE_FIELD_LABELS) as EditableField[]).filter((field) => edited[field] !== base[field]);

const movedClass = (edited: Pupil, base: Pupil): boolean => edited.classTeamId !== base.classTeamId;

/**
 * The edited pupil, checked as the domain defines a pupil, or the Invalid a form shows field by field.
 * Its id, history and eTag are the stored pupil's: a caller cannot rewrite history through an edit.
 */
export const checkPupilEdit = (edited: Pupil, base: Pupil): Pupil => {
  const ref = { kind: 'pupil', id: base.id } as const;
  if (edited.id !== base.id)
    throw new Invalid([{ path: 'id', message: 'The edited pupil is not the pupil that was opened.' }], ref);
  const parsed = PupilSchema.safeParse({ ...edited, history: base.history, etag: base.etag });
  if (!parsed.success) throw new Invalid(issuesFromZod(parsed.error), ref);
  const issues: FieldIssue[] = [];
  if (parsed.data.registerStatus === 'left' && parsed.data.leftOn === '')
    issues.push({ path: 'leftOn', message: 'Left on is required for a pupil who has left the school.' });
  if (issues.length > 0) throw new Invalid(issues, ref);
  return parsed.data;
};

const valueInWords = (field: EditableField, pupil: Pupil): string => {
  if (field === 'senStatus') return SEN_STATUS_LABELS[pupil.senStatus];
  if (field === 'primaryNeed') return pupil.primaryNeed ? PRIMARY_NEED_LABELS[pupil.primaryNeed] : 'none';
  if (field === 'dateOfBirth') return pupil.dateOfBirth === '' ? '' : formatUkDate(pupil.dateOfBirth);
  return pupil[field];
};

const listInWords = (labels: readonly string[]): string =>
  labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] as string}`;

/** "Year group and SEN status changed", or '' when nothing else did. */
const otherChanges = (edited: Pupil, base: Pupil): string => {
  const labels = changedEditableFields(edited, base).map((field) => EDITABLE_FIELD_LABELS[field]);
  return labels.length === 0 ? '' : `${listInWords(labels)} changed`;
};

const joined = (...parts: string[]): string => parts.filter((part) => part !== '').join('; ');

const kindAndDetail = (edited: Pupil, base: Pupil): { kind: RegisterChangeKind; detail: string } | null => {
  const others = otherChanges(edited, base);
  const move = movedClass(edited, base) ? `Moved from ${base.className} to ${edited.className}` : '';
  if (edited.registerStatus !== base.registerStatus) {
    if (edited.registerStatus === 'left')
      return { kind: 'left', detail: joined(`Left on ${formatUkDate(edited.leftOn)}`, move, others) };
    if (edited.registerStatus === 'no-longer-sen')
      return { kind: 'no-longer-sen', detail: joined(move, others) };
    return { kind: 'returned', detail: joined(move, others) };
  }
  if (move !== '') return { kind: 'moved', detail: joined(move, others) };
  const fields = changedEditableFields(edited, base);
  if (fields.length === 1) {
    const field = fields[0] as EditableField;
    return {
      kind: 'edited',
      detail: `${EDITABLE_FIELD_LABELS[field]} changed to ${valueInWords(field, edited) || 'blank'}`,
    };
  }
  if (others !== '') return { kind: 'edited', detail: others };
  if (edited.className !== base.className || edited.leftOn !== base.leftOn)
    return {
      kind: 'edited',
      detail: edited.className !== base.className ? 'Class renamed' : 'Left on changed',
    };
  return null;
};

/** The line the pupil's history gains for this edit, or null when nothing on the register changed. */
export const registerChangeFor = (
  edited: Pupil,
  base: Pupil,
  on: string,
  by: string,
): RegisterChange | null => {
  const change = kindAndDetail(edited, base);
  return change ? { on, by, ...change } : null;
};

/** What a pupil's current plans must do after this edit: follow the pupil, close, or nothing. */
export type PlanFollowUp = 'close' | 'follow' | 'none';

export const planFollowUpFor = (edited: Pupil, base: Pupil): PlanFollowUp => {
  if (edited.registerStatus !== 'active' && base.registerStatus === 'active') return 'close';
  const follows =
    movedClass(edited, base) ||
    edited.className !== base.className ||
    pupilDisplayName(edited) !== pupilDisplayName(base) ||
    edited.yearGroup !== base.yearGroup ||
    edited.pupilRef !== base.pupilRef;
  return follows ? 'follow' : 'none';
};

/** The pupil as a current plan records them, after the edit. */
export const planPupilOf = (pupil: Pupil): PlanPupil => ({
  pupilId: pupil.id,
  name: pupilDisplayName(pupil),
  classTeamId: pupil.classTeamId,
  className: pupil.className,
  yearGroup: pupil.yearGroup,
  pupilRef: pupil.pupilRef,
});
