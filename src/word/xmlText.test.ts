import { parseUkDate, ukDate, ukDateTime } from './format';
import { escapeXml, runs, sanitiseText, splitByDirection, startsRtl } from './xmlText';

describe('xmlText', () => {
  it('escapes every markup character, including both quotes for attribute values', () => {
    expect(escapeXml(`<a href="x">Tom's & Jerry's</a> ]]>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom&apos;s &amp; Jerry&apos;s&lt;/a&gt; ]]&gt;',
    );
  });

  it('removes only what XML 1.0 forbids and unifies line endings', () => {
    expect(sanitiseText('a\u0001\tb\r\nc\rd\uFFFE\uD83D\uDE00\uDC00')).toBe('a\tb\nc\nd\uD83D\uDE00');
  });

  it('splits mixed-direction text so only the Arabic part is marked right to left', () => {
    expect(splitByDirection('Mr أحمد (TA)')).toEqual([
      { text: 'Mr ', rtl: false },
      { text: 'أحمد', rtl: true },
      { text: ' (TA)', rtl: false },
    ]);
    expect(splitByDirection('  محمد')).toEqual([{ text: '  محمد', rtl: true }]);
    expect(startsRtl('12 محمد then English')).toBe(true);
    expect(startsRtl('Sam محمد')).toBe(false);
  });

  it('writes tabs and line breaks as Word elements and preserves spaces', () => {
    expect(runs(' a\tb\n')).toBe(
      '<w:r><w:t xml:space="preserve"> a</w:t><w:tab/><w:t xml:space="preserve">b</w:t><w:br/></w:r>',
    );
    expect(runs('')).toBe('');
  });
});

describe('UK dates', () => {
  it('formats dates as DD/MM/YYYY and meeting times in London time', () => {
    expect(ukDate('2026-03-09')).toBe('09/03/2026');
    expect(ukDate(null)).toBe('');
    // 23:30 UTC in summer is already the next day in London.
    expect(ukDateTime('2026-07-01T23:30:00Z')).toBe('02/07/2026 00:30');
    expect(ukDateTime('2026-01-15T09:05:00Z')).toBe('15/01/2026 09:05');
  });

  it('reads a typed UK date back, refusing dates that do not exist', () => {
    expect(parseUkDate(' 1/4/2026 ')).toBe('2026-04-01');
    expect(parseUkDate('29/02/2027')).toBeNull();
    expect(parseUkDate('2026-04-01')).toBeNull();
  });
});
