/**
 * What a tagged target field says, compared as text: the same function reads the value the renderer
 * put in the document and the text Word reports back, so both sides of every comparison match.
 */
import type { TargetField } from './tags';
import { sanitiseText } from './xmlText';

const SINGLE_LINE: ReadonlySet<TargetField> = new Set([
  'text',
  'deliveredBy',
  'frequency',
  'area',
  'outcome',
  'targetDate',
]);

/**
 * Word reports paragraph ends as CR and manual line breaks (`w:br`) as vertical tab; both become
 * LF. A trailing paragraph mark is not part of the value. Single-line fields join lines with a space.
 */
export const normaliseCellText = (text: string, field: TargetField): string => {
  const lines = sanitiseText(text.replace(/\v/g, '\n')).replace(/\n+$/, '');
  return SINGLE_LINE.has(field) ? lines.replace(/\s*\n\s*/g, ' ').trim() : lines;
};
