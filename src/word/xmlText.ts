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
const DIGIT = /\p{Nd}/u;
/** Tabs and line breaks end a stretch of text: neutrals never look across them for a direction. */
const SEPARATOR = /[\t\n]/u;

export type Direction = 'ltr' | 'rtl';

const strongDirection = (char: string): Direction | null => {
  if (RTL_CHAR.test(char)) return 'rtl';
  return LETTER.test(char) ? 'ltr' : null;
};

export const containsRtl = (value: string): boolean => RTL_CHAR.test(value);

/** The direction of the first strongly directional character (Unicode bidi rule P2), if there is one. */
const firstStrong = (value: string): Direction | null => {
  for (const char of value) {
    const direction = strongDirection(char);
    if (direction !== null) return direction;
  }
  return null;
};

/** Whether a paragraph reads right to left: its first strongly directional character decides (Unicode bidi rule P2). */
export const startsRtl = (value: string): boolean => firstStrong(value) === 'rtl';

/** The direction a value someone typed reads in on its own: its first strong character's, else `base`. */
export const ownDirection = (value: string, base: Direction = 'ltr'): Direction => firstStrong(value) ?? base;

/**
 * The direction of each character, as the Unicode bidi algorithm resolves it in text whose embedding
 * direction is `base`: digits follow the strong character before them (rule W7), and a stretch of
 * neutrals (spaces, punctuation) takes the direction of the strong characters on both sides when they
 * agree and `base` when they do not (rules N1, N2). So the "(" in "فاطمة الزهراء (TA)" in a left to
 * right paragraph is left to right and is not mirrored onto the Arabic name.
 */
const resolveDirections = (chars: readonly string[], base: Direction): Direction[] => {
  let previousStrong: Direction = base;
  const typed = chars.map((char): Direction | null => {
    if (SEPARATOR.test(char)) {
      previousStrong = base;
      return base;
    }
    const strong = strongDirection(char);
    if (strong !== null) previousStrong = strong;
    if (strong !== null || DIGIT.test(char)) return previousStrong;
    return null;
  });
  const resolved: Direction[] = [];
  let index = 0;
  while (index < typed.length) {
    const known = typed[index];
    if (known !== null && known !== undefined) {
      resolved.push(known);
      index += 1;
      continue;
    }
    let end = index;
    while (end < typed.length && typed[end] === null) end += 1;
    const before = resolved[index - 1] ?? base;
    const after = typed[end] ?? base;
    const direction = before === after ? before : base;
    for (let k = index; k < end; k += 1) resolved.push(direction);
    index = end;
  }
  return resolved;
};

/**
 * Splits text where its resolved direction changes, so only the right-to-left parts carry `w:rtl`.
 * ECMA-376 Part 1, I.7 (https://ooxml.info/docs/i/i.7): a producer resolves weak and neutral types
 * with the bidi algorithm and tags the runs resolved right to left; Word then lays them out.
 * `base` is the direction of the text's surroundings: its own first strong character's by default.
 */
export const splitByDirection = (
  value: string,
  base: Direction = ownDirection(value),
): { text: string; rtl: boolean }[] => {
  const chars = Array.from(value);
  const directions = resolveDirections(chars, base);
  const chunks: { text: string; rtl: boolean }[] = [];
  chars.forEach((char, index) => {
    const rtl = directions[index] === 'rtl';
    const last = chunks[chunks.length - 1];
    if (last && last.rtl === rtl) last.text += char;
    else chunks.push({ text: char, rtl });
  });
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
export const runs = (value: string, format: RunFormat = {}, base?: Direction): string => {
  const clean = sanitiseText(value);
  if (clean === '') return '';
  return splitByDirection(clean, base ?? ownDirection(clean))
    .map((chunk) => `<w:r>${runProperties(format, chunk.rtl)}${runContent(chunk.text)}</w:r>`)
    .join('');
};

/** Part of a composed line: fixed wording, or a value someone typed (see `userValue`). */
export type LinePart = string | { readonly userValue: string };

/** Marks a typed value (a name, a class) inside a composed line, so it is isolated from its neighbours. */
export const userValue = (value: string): LinePart => ({ userValue: value });

/**
 * Runs for a line composed of fixed wording and typed values, in a paragraph of direction `base`.
 * Each typed value is a bidi isolate (what U+2068 FSI ... U+2069 PDI would do, written as runs): it
 * is resolved on its own, in its own first strong direction, and the wording between values is
 * resolved in the paragraph's direction. So in "P4 Room 2 · Version 2 · يوسف الحسن" the separators
 * stay left to right and two Arabic names side by side keep their order.
 */
export const composedRuns = (
  parts: readonly LinePart[],
  format: RunFormat = {},
  base: Direction = 'ltr',
): string =>
  parts
    .map((part) =>
      typeof part === 'string'
        ? runs(part, format, base)
        : runs(part.userValue, format, ownDirection(sanitiseText(part.userValue), base)),
    )
    .join('');
