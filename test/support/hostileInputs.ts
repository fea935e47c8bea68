/**
 * Hostile and unusual inputs: what real school data and real copy-and-paste produce. Every layer
 * (domain rules, the SharePoint store over HTTP, invitations and .ics files, Word documents and the
 * editor) must either keep each ACCEPTED value exactly, byte for byte, or refuse each REFUSED value
 * with a message that names the field. Nothing may be cut, trimmed or "cleaned" without a word.
 */

export interface HostileText {
  /** Says what the case is in a test name. */
  readonly name: string;
  readonly value: string;
}

const repeatTo = (length: number, unit: string): string =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Exactly `length` UTF-16 code units (the unit SharePoint and JavaScript count), ending in a visible mark. */
export const textOfLength = (length: number, end = '.'): string =>
  repeatTo(length - end.length, 'Sam reads ') + end;

/**
 * Fits a single line of text (a name, a target): at most 255 characters, no line break, no control
 * character other than tab. Each must be stored and shown exactly.
 */
export const SINGLE_LINE_ACCEPTED: readonly HostileText[] = [
  { name: 'apostrophe in a name', value: "Liam O'Brien" },
  { name: 'doubled apostrophes and a hyphen', value: "Ava D'Arcy-O''Neil" },
  { name: 'double quotes in a name', value: 'Robert "Bobby" Tables' },
  { name: 'an OData-looking name', value: "x' or 1 eq 1 or fields/PupilName eq '" },
  { name: 'accents (diaeresis)', value: 'Zoë Brontë' },
  { name: 'accents (fada, tilde)', value: 'Siobhán Núñez' },
  { name: 'decomposed accent (e + combining acute)', value: 'Rene\u0301e Dubois' },
  { name: 'Chinese', value: '王小明' },
  { name: 'Arabic (right to left)', value: 'محمد الأحمد' },
  { name: 'mixed direction with a bidi override', value: 'Mr \u202Eأحمد\u202C (TA)' },
  { name: 'emoji with skin tone and zero-width joiner', value: 'Miss Khan 👩🏽‍🏫' },
  { name: 'flag emoji', value: 'Team 🏴󠁧󠁢󠁷󠁬󠁳󠁿 🇬🇧 🇵🇱' },
  { name: 'zero-width non-joiner (Persian)', value: 'می\u200Cخواهم' },
  { name: 'zero-width space and joiner inside a word', value: 'Ja\u200Bck\u200Dson' },
  { name: 'a leading byte order mark', value: '\uFEFFAmelia Jones' },
  { name: 'a tab', value: 'Sam\tTaylor' },
  { name: 'a script tag', value: '<script>alert(1)</script>' },
  { name: 'an image with an onerror handler', value: '<img src=x onerror="alert(1)">' },
  { name: 'a CDATA terminator', value: 'Before ]]> after' },
  { name: 'an escaped entity', value: 'Fish &amp; chips' },
  { name: 'a lone ampersand', value: 'Salt & vinegar' },
  { name: 'a numeric character reference', value: 'Tom &#60;b&#62; Jones' },
  { name: 'iCalendar delimiters', value: 'Smith; Jones, Patel: "Year 4" \\ caret ^ end' },
  { name: 'a percent-encoding lookalike and plus sign', value: 'Stage 2%20+ plus%2B 100%' },
  { name: 'a 255-character line (the SharePoint maximum)', value: textOfLength(255) },
];

/** Fits a multiple lines of text column (notes): line breaks of every kind, and the 63,999 maximum. */
export const MULTI_LINE_ACCEPTED: readonly HostileText[] = [
  { name: 'line breaks of every kind', value: 'First line\nSecond line\r\nThird line\rFourth' },
  { name: 'markup across lines', value: '<p>\n<script>alert("x")</script>\n</p> & ]]> &amp;' },
  { name: 'a 63,999-character note (the SharePoint maximum)', value: textOfLength(63_999, '\nEnd.') },
];

/** U+0000 to U+001F except tab, line feed and carriage return: XML, SharePoint and Word cannot hold them. */
export const CONTROL_CHARACTERS: readonly HostileText[] = Array.from({ length: 0x20 }, (_, code) => code)
  .filter((code) => code !== 0x09 && code !== 0x0a && code !== 0x0d)
  .map((code) => ({
    name: `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
    value: `Sam${String.fromCharCode(code)}Taylor`,
  }));

/** Refused in a single line of text, with a message naming the field. */
export const SINGLE_LINE_REFUSED: readonly HostileText[] = [
  ...CONTROL_CHARACTERS,
  { name: 'a 256-character line', value: textOfLength(256) },
  { name: 'a line break in a single line', value: 'Sam\nTaylor' },
  { name: 'half an emoji (a lone surrogate)', value: 'Sam \uD83D Taylor' },
];

/** Refused in a note, with a message naming the field. */
export const MULTI_LINE_REFUSED: readonly HostileText[] = [
  ...CONTROL_CHARACTERS,
  { name: 'a 100,000-character note', value: textOfLength(100_000) },
  { name: 'a 64,000-character note (one over the maximum)', value: textOfLength(64_000) },
  { name: 'half an emoji (a lone surrogate)', value: 'Loves \uDE00 dinosaurs' },
];

/** Email addresses that are valid and still need escaping in an OData `$filter`. */
export const HOSTILE_EMAILS: readonly string[] = [
  "liam.o'brien@oakfield.example",
  "d'arcy-o''neil@oakfield.example",
  "x'or'1'eq'1@oakfield.example",
];

export interface HostileDate {
  readonly name: string;
  readonly value: string;
  /** As a UK user sees it. */
  readonly shown: string;
}

/** Calendar dates the domain must accept and every layer must show as the same day. */
export const DATES_ACCEPTED: readonly HostileDate[] = [
  { name: 'a date long in the past', value: '2019-09-02', shown: '02/09/2019' },
  { name: '29 February in a leap year', value: '2028-02-29', shown: '29/02/2028' },
  { name: 'the Sunday the clocks go forward', value: '2026-03-29', shown: '29/03/2026' },
  { name: 'the Sunday the clocks go back', value: '2026-10-25', shown: '25/10/2026' },
  { name: 'new year’s eve', value: '2026-12-31', shown: '31/12/2026' },
];

/** Dates that do not exist or are not dates: refused, naming the field. */
export const DATES_REFUSED: readonly HostileText[] = [
  { name: '29 February in a common year', value: '2027-02-29' },
  { name: '31 April', value: '2026-04-31' },
  { name: 'month 13', value: '2026-13-01' },
  { name: 'a UK-format date where ISO is stored', value: '29/02/2028' },
  { name: 'a date with a script tag', value: '2026-03-29<script>' },
];

/**
 * Review meetings on the clock-change Sundays (Europe/London): 10:00 local is 09:00Z in BST and
 * 10:00Z in GMT. A meeting must show at 10:00 to everyone, whatever the offset that day.
 */
export const CLOCK_CHANGE_MEETINGS: readonly { name: string; start: string; end: string; local: string }[] = [
  {
    name: 'the Sunday the clocks go forward',
    start: '2026-03-29T09:00:00Z',
    end: '2026-03-29T09:45:00Z',
    local: '20260329T100000',
  },
  {
    name: 'the Sunday the clocks go back',
    start: '2026-10-25T10:00:00Z',
    end: '2026-10-25T10:45:00Z',
    local: '20261025T100000',
  },
];
