import { CELL_PADDING, TABLE_SIZE } from './layout';
import {
  cellHeight,
  lineCount,
  lineHeight,
  minimumColumnWidth,
  textWidth,
  widestWordWidth,
} from './textMeasure';

describe('textWidth', () => {
  it('measures "Communication" in 11 pt Arial at no less than its true 76.4 pt (1,528 dxa)', () => {
    expect(textWidth('Communication', 22)).toBeGreaterThanOrEqual(1528);
    // Erring on the large side, but not so far that columns become absurdly wide.
    expect(textWidth('Communication', 22)).toBeLessThan(1528 * 1.15);
  });

  it('counts bold wider, and emoji and other scripts at least as wide as Latin letters', () => {
    expect(textWidth('Discontinued', 22, true)).toBeGreaterThan(textWidth('Discontinued', 22));
    expect(textWidth('🌈', 22)).toBeGreaterThanOrEqual(textWidth('m', 22));
    expect(textWidth('يوسف', 22)).toBeGreaterThanOrEqual(textWidth('abcd', 22));
    expect(textWidth('Llŷr', 22)).toBe(textWidth('Llyr', 22));
  });
});

describe('the narrowest column for a set of texts', () => {
  it('is its widest word plus the cell padding either side', () => {
    expect(widestWordWidth('Mrs Patel (TA) supervisor', 22)).toBe(textWidth('supervisor', 22));
    expect(minimumColumnWidth(['Achieved', 'Partly achieved', 'Discontinued'], 22)).toBe(
      textWidth('Discontinued', 22) + 2 * CELL_PADDING.side,
    );
  });
});

describe('lineCount', () => {
  const width = textWidth('aaaa aaaa', 22) + 5;

  it('wraps word by word', () => {
    expect(lineCount('aaaa aaaa', width, 22)).toBe(1);
    expect(lineCount('aaaa aaaa aaaa', width, 22)).toBe(2);
    expect(lineCount('', width, 22)).toBe(1);
  });

  it('breaks a word wider than the column over as many lines as it needs', () => {
    expect(lineCount('a'.repeat(30), textWidth('a'.repeat(10), 22), 22)).toBe(3);
  });
});

describe('cellHeight', () => {
  it('adds a line per line break and per paragraph, plus the padding above and below', () => {
    const line = lineHeight(TABLE_SIZE);
    const padding = CELL_PADDING.top + CELL_PADDING.bottom;
    expect(cellHeight([{ text: 'Who', bold: true }, { text: 'Mrs Patel' }], 3000, TABLE_SIZE)).toBe(
      2 * line + padding,
    );
    expect(cellHeight([{ text: 'one\ntwo\nthree' }], 3000, TABLE_SIZE)).toBe(3 * line + padding);
  });

  it('makes a 640-character strategy in a 2.4 cm column taller than the same text across 9.6 cm', () => {
    const strategy = 'Pre-teach the key vocabulary on a word mat before each lesson. '.repeat(10);
    expect(cellHeight([{ text: strategy }], 1361, TABLE_SIZE)).toBeGreaterThan(
      3 * cellHeight([{ text: strategy }], 5469, TABLE_SIZE),
    );
  });
});
