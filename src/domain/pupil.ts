import { z } from 'zod';
import { ClassTeamIdSchema, PupilIdSchema } from './ids';
import { requiredSingleLine, singleLine } from './limits';

/**
 * A pupil on the school's SEN register, as held in the SEN site. Deliberately small: only what
 * the plan and the dashboard need (data minimisation), no date of birth or address.
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
});
export type Pupil = z.infer<typeof PupilSchema>;

/** The name staff see: the preferred name if the pupil has one. */
export const pupilDisplayName = (pupil: Pick<Pupil, 'givenName' | 'familyName' | 'preferredName'>): string =>
  `${pupil.preferredName.trim() || pupil.givenName.trim()} ${pupil.familyName.trim()}`.trim();
