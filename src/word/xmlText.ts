/**
 * Turning user text into WordprocessingML runs. Everything a teacher, parent or pupil typed goes
 * through here, so this is where hostile input (markup characters, control characters, lone
 * surrogates, right-to-left names, very long notes) is made safe without changing what it says.
 */

/**
 * Characters XML 1.0 cannot carry at all (not even escaped): C0 controls other than tab/LF/CR,
 * lone surrogates, U+FFFE and U+FFFF. With the `u` flag a lone surrogate is its own code point.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes what XML 1.0 forbids and makes every line ending a single LF. */
export const sanitiseText = (value: string): string =>
  value.replace(NOT_XML_CHAR, '').replace(/\r\n?/g, '\n');

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes markup characters; quotes too, so the result is safe in attribute values as well. */
export const escapeXml = (value: string): string =>
  sanitiseText(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Strong right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan and their presentation forms. */
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const LETTER = /\p{L}/u;

type Direction = 'ltr' | 'rtl';

const strongDirection = (char: string): Direction | null => {
  if (RTL_CHAR.test(char)) return 'rtl';
  return LETTER.test(char) ? 'ltr' : null;
};

export const containsRtl = (value: string): boolean => RTL_CHAR.test(value);

/** Whether a paragraph reads right to left: its first strongly directional character decides (Unicode bidi rule P2). */
export const startsRtl = (value: string): boolean => {
  for (const char of value) {
    const direction = strongDirection(char);
    if (direction !== null) return direction === 'rtl';
  }
  return false;
};

/**
 * Splits text where the script direction changes, so only the right-to-left parts carry `w:rtl`.
 * Neutral characters (spaces, digits, punctuation) stay with the run before them.
 */
export const splitByDirection = (value: string): { text: string; rtl: boolean }[] => {
  const chunks: { text: string; rtl: boolean }[] = [];
  let current = '';
  let currentRtl = false;
  for (const char of value) {
    const direction = strongDirection(char);
    const isRtl = direction === 'rtl';
    if (direction !== null && isRtl !== currentRtl && current !== '') {
      if (/\S/u.test(current) || chunks.length > 0) {
        chunks.push({ text: current, rtl: currentRtl });
        current = '';
      }
    }
    if (direction !== null) currentRtl = isRtl;
    current += char;
  }
  if (current !== '') chunks.push({ text: current, rtl: currentRtl });
  return chunks;
};

export interface RunFormat {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Half-points, as WordprocessingML counts font sizes. */
  readonly size?: number;
  readonly color?: string;
}

const runProperties = (format: RunFormat, rtl: boolean): string => {
  const parts = [
    format.bold ? '<w:b/><w:bCs/>' : '',
    format.italic ? '<w:i/><w:iCs/>' : '',
    format.color ? `<w:color w:val="${escapeXml(format.color)}"/>` : '',
    format.size ? `<w:sz w:val="${format.size}"/><w:szCs w:val="${format.size}"/>` : '',
    rtl ? '<w:rtl/>' : '',
  ].join('');
  return parts === '' ? '' : `<w:rPr>${parts}</w:rPr>`;
};

/** Text inside one run: tabs become `w:tab`, line breaks `w:br`, and spaces are preserved. */
const runContent = (text: string): string =>
  text
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((piece) => (piece === '' ? '' : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`))
        .join('<w:tab/>'),
    )
    .join('<w:br/>');

/** One or more `w:r` elements carrying `value` exactly; empty text gives no runs. */
export const runs = (value: string, format: RunFormat = {}): string => {
  const clean = sanitiseText(value);
  if (clean === '') return '';
  return splitByDirection(clean)
    .map((chunk) => `<w:r>${runProperties(format, chunk.rtl)}${runContent(chunk.text)}</w:r>`)
    .join('');
};
