import { CONTENT_HEIGHT } from './layout';
import { ROW_HEIGHT_LIMIT, rowBreaks, rowHeight } from './rowBreaks';

const cell = (text: string, width = 5000) => ({ width, paragraphs: [{ text }] });
const sentence = 'The teaching assistant records the score on the tracking sheet. ';

describe('rowBreaks', () => {
  it('keeps a short target’s rows whole and together', () => {
    const plan = rowBreaks([[cell('Literacy'), cell(sentence)], [cell(sentence)], [cell('Achieved')]]);
    expect(plan.rows.map((r) => r.cantSplit)).toEqual([true, true, true]);
    expect(plan.keepTogether).toBe(true);
  });

  it('lets a row whose text would fill a page split, and stops keeping its target together', () => {
    const long = sentence.repeat(60);
    expect(rowHeight([cell(long)])).toBeGreaterThan(ROW_HEIGHT_LIMIT);
    const plan = rowBreaks([[cell('Literacy')], [cell(long), cell('Who')], [cell('Achieved')]]);
    expect(plan.rows.map((r) => r.cantSplit)).toEqual([true, false, true]);
    expect(plan.keepTogether).toBe(false);
  });

  it('keeps rows whole but apart when each fits a page and together they do not', () => {
    const half = sentence.repeat(22);
    const plan = rowBreaks([[cell(half)], [cell(half)]]);
    expect(plan.rows.map((r) => r.cantSplit)).toEqual([true, true]);
    expect(plan.keepTogether).toBe(false);
  });

  it('keeps whole nothing taller than four-fifths of a page', () => {
    expect(ROW_HEIGHT_LIMIT).toBeLessThan(CONTENT_HEIGHT * 0.8);
  });
});
