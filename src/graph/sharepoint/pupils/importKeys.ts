import { pupilRefKey } from '../../../domain/register';
import { hash53 } from '../../../domain/textHash';

/**
 * The client key of a pupil an import creates, made from the pupil reference rather than at random: the
 * same pupil imported again (a retry after a lost answer, the same file twice, a stale preview) has the
 * same key, so the indexed ClientKey column finds the pupil already made. Hashed, so the reference itself
 * is not what a look-up sends.
 */
export const importClientKey = (pupilRef: string): string => `register-${hash53(pupilRefKey(pupilRef))}`;
