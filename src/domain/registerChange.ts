import { z } from 'zod';
import { isoDateTime, requiredSingleLine, singleLine } from './limits';

/**
 * What happened to a pupil's place on the register, newest last. Kept on the pupil's own item so the
 * SENCO sees a pupil's history where they see the pupil; the record SharePoint itself keeps (item
 * versions) is separate and is what an audit relies on.
 */
export const REGISTER_CHANGE_KINDS = [
  'added',
  'imported',
  'edited',
  'moved',
  'left',
  'no-longer-sen',
  'returned',
  'rolled-over',
] as const;
export const RegisterChangeKindSchema = z.enum(REGISTER_CHANGE_KINDS);
export type RegisterChangeKind = z.infer<typeof RegisterChangeKindSchema>;

export const RegisterChangeSchema = z.object({
  /** ISO 8601 instant of the change. */
  on: isoDateTime('Changed on'),
  /** Display name of whoever made it. */
  by: requiredSingleLine('Changed by'),
  kind: RegisterChangeKindSchema,
  /** In words, without personal detail beyond the register's own fields, e.g. "Moved from 3B to 4B". */
  detail: singleLine('Change').default(''),
});
export type RegisterChange = z.infer<typeof RegisterChangeSchema>;

export const REGISTER_CHANGE_LABELS: Readonly<Record<RegisterChangeKind, string>> = {
  added: 'Added to the register',
  imported: 'Imported',
  edited: 'Details changed',
  moved: 'Moved class',
  left: 'Left the school',
  'no-longer-sen': 'No longer needs SEN support',
  returned: 'Back on the register',
  'rolled-over': 'New school year',
};
