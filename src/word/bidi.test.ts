/** @jest-environment jsdom */
import { composedLine, textParagraph } from './ooxml';
import { parseBody, wAll } from './testing/readOoxml';
import { composedRuns, splitByDirection, userValue } from './xmlText';

/** The runs of a paragraph as Word reads them: their text and whether each is marked right to left. */
const runsOf = (paragraphXml: string) => {
  const p = parseBody(paragraphXml);
  return {
    rtlParagraph: wAll(p, 'bidi').length > 0,
    runs: wAll(p, 'r').map((r) => ({
      text: wAll(r, 't')
        .map((t) => t.textContent)
        .join(''),
      rtl: wAll(r, 'rtl').length > 0,
    })),
  };
};

const rtlText = (xml: string): string =>
  runsOf(xml)
    .runs.filter((r) => r.rtl)
    .map((r) => r.text)
    .join('|');

describe('right-to-left names in documents', () => {
  it('keeps a line composed around an Arabic name left to right, with only the name marked right to left', () => {
    const line = composedLine(['P4 Room 2 · Version 2 (Active) · ', userValue('يوسف الحسن')]);
    const { rtlParagraph, runs } = runsOf(line);
    expect(rtlParagraph).toBe(false);
    expect(rtlText(line)).toBe('يوسف الحسن');
    expect(runs.map((r) => r.text).join('')).toBe('P4 Room 2 · Version 2 (Active) · يوسف الحسن');
  });

  it('does not let a bracket after an Arabic name take the right-to-left direction', () => {
    const line = composedLine([userValue('فاطمة الزهراء'), ' (', userValue('TA'), ')']);
    expect(rtlText(line)).toBe('فاطمة الزهراء');
    expect(runsOf(line).runs.find((r) => r.text.includes('('))?.rtl).toBe(false);
    // The same text typed as one value, in a left-to-right sentence: the neutral " (" between the
    // Arabic and the Latin takes the paragraph's direction.
    expect(splitByDirection('Mr فاطمة (TA)', 'ltr')).toEqual([
      { text: 'Mr ', rtl: false },
      { text: 'فاطمة', rtl: true },
      { text: ' (TA)', rtl: false },
    ]);
  });

  it('isolates each typed value, so the separator between two Arabic names stays left to right', () => {
    const runs = composedRuns([userValue('يوسف'), ' · ', userValue('فاطمة')]);
    const parsed = runsOf(`<w:p>${runs}</w:p>`).runs;
    expect(parsed).toEqual([
      { text: 'يوسف', rtl: true },
      { text: ' · ', rtl: false },
      { text: 'فاطمة', rtl: true },
    ]);
    // Without isolation the bidi algorithm would make " · " right to left (rule N1) and swap the names.
    expect(splitByDirection('يوسف · فاطمة', 'ltr')).toEqual([{ text: 'يوسف · فاطمة', rtl: true }]);
  });

  it('reads a paragraph that is one typed value right to left when that value starts in Arabic', () => {
    const single = textParagraph('يوسف الحسن (TA)');
    expect(runsOf(single).rtlParagraph).toBe(true);
    // In a right-to-left paragraph the neutral between Arabic and Latin is right to left.
    expect(rtlText(single)).toBe('يوسف الحسن (|)');
    expect(runsOf(textParagraph('Sam Taylor (TA) يوسف')).rtlParagraph).toBe(false);
  });

  it('keeps digits with the script before them and spaces between Arabic words inside the Arabic run', () => {
    expect(splitByDirection('Room 12 · غرفة 3 ب', 'ltr')).toEqual([
      { text: 'Room 12 · ', rtl: false },
      { text: 'غرفة 3 ب', rtl: true },
    ]);
  });
});
