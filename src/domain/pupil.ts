import { z } from 'zod';
import { ClassTeamIdSchema, PupilIdSchema } from './ids';
import { isoDateOrBlank, requiredSingleLine, singleLine } from './limits';
import { PrimaryNeedSchema, SenStatusSchema } from './register';
import { RegisterChangeSchema } from './registerChange';

/**
 * Whether a pupil is still on the SEN register. A pupil who left the school, or who no longer needs
 * SEN support, stays in the SEN site with their plans as records; only the active register is worked.
 */
export const REGISTER_STATUSES = ['active', 'left', 'no-longer-sen'] as const;
export const RegisterStatusSchema = z.enum(REGISTER_STATUSES, {
  error: 'Register status must be active, left or no-longer-sen.',
});
export type RegisterStatus = z.infer<typeof RegisterStatusSchema>;

/**
 * A pupil on the school's SEN register, as held in the SEN site. Deliberately small: only what the
 * plan, the dashboard and the school census need (data minimisation), no address or contacts. The
 * date of birth is kept because the census return asks for it and because it tells apart two
 * pupils with the same name when the SENCO adds or imports one.
 *
 * Every field added after the first release has a default, so items written before it still read.
 * The census rule that a pupil on K or E has a primary need is checked where an entry is made
 * (`RegisterEntrySchema`), not here: pupils added before schema 4 have none recorded yet.
 */
export const PupilSchema = z.object({
  id: PupilIdSchema,
  givenName: requiredSingleLine('First name'),
  familyName: requiredSingleLine('Last name'),
  preferredName: singleLine('Preferred name').default(''),
  /** The school's own pupil reference (not the national UPN unless the school chooses it). */
  pupilRef: singleLine('Pupil reference').default(''),
  classTeamId: ClassTeamIdSchema,
  className: requiredSingleLine('Class'),
  yearGroup: singleLine('Year group').default(''),
  /** `YYYY-MM-DD`, or '' when the school has not recorded it. */
  dateOfBirth: isoDateOrBlank('Date of birth').default(''),
  /** A pupil on the register is on SEN support unless the SENCO says otherwise. */
  senStatus: SenStatusSchema.default('K'),
  primaryNeed: PrimaryNeedSchema.nullable().default(null),
  registerStatus: RegisterStatusSchema.default('active'),
  /** `YYYY-MM-DD` the pupil left the school, or ''. */
  leftOn: isoDateOrBlank('Left on').default(''),
  /** Changes to the pupil's place on the register, oldest first. */
  history: z.array(RegisterChangeSchema).default([]),
  /** SharePoint's eTag of the pupil's item as read; a save sends it as If-Match. */
  etag: z.string().optional(),
});
export type Pupil = z.infer<typeof PupilSchema>;

/** A pupil as a caller adds one to the register: no id yet, and fields with defaults may be left out. */
export type NewPupil = Omit<z.input<typeof PupilSchema>, 'id' | 'etag'>;

/** The name staff see: the preferred name if the pupil has one. */
export const pupilDisplayName = (pupil: Pick<Pupil, 'givenName' | 'familyName' | 'preferredName'>): string =>
  `${pupil.preferredName.trim() || pupil.givenName.trim()} ${pupil.familyName.trim()}`.trim();

/** Register order: by family name, then the name staff see (as the school's lists are read). */
export const byRegisterName = (a: Pupil, b: Pupil): number => {
  const key = (pupil: Pupil): string => `${pupil.familyName} ${pupilDisplayName(pupil)}`;
  return key(a).localeCompare(key(b), 'en-GB');
};

/** On the register the SENCO works from: neither left the school nor off SEN support. */
export const isOnActiveRegister = (pupil: Pick<Pupil, 'registerStatus'>): boolean =>
  pupil.registerStatus === 'active';
