/**
 * A short fingerprint of the value a field showed when it was inserted, carried in the field's tag.
 * Save-back and refresh compare it with what the field says now (did the teacher type here?) and
 * with the plan as it is now (did a colleague change it since?), without keeping the value itself
 * in the document's hidden markup.
 */
import { hash53 } from '../domain/textHash';
import { normaliseCellText } from './cellText';
import type { TargetField } from './tags';

/** Base-36 characters kept: 8 (about 41 bits) tell edits apart while keeping tags short. */
const FINGERPRINT_LENGTH = 8;

export const fieldFingerprint = (field: TargetField, text: string): string =>
  hash53(normaliseCellText(text, field)).padStart(FINGERPRINT_LENGTH, '0').slice(-FINGERPRINT_LENGTH);
