import { columnWidths, CONTENT_WIDTH, widenToMinimums } from './layout';

describe('column widths', () => {
  it('fill the text width exactly', () => {
    expect(columnWidths([1, 1, 1]).reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH);
  });

  it('widen a column too narrow for its longest word, taking the room from columns with some to spare', () => {
    const widened = widenToMinimums([1000, 4000, 4000], [1800, 0, 3900]);
    expect(widened.reduce((a, b) => a + b, 0)).toBe(9000);
    expect(widened[0]).toBeGreaterThanOrEqual(1800);
    expect(widened[2]).toBeGreaterThanOrEqual(3900);
    expect(widened[1]).toBeLessThan(4000);
  });

  it('stay as they are when every column is wide enough, or when there is no room to give', () => {
    expect(widenToMinimums([3000, 3000], [1000, 1000])).toEqual([3000, 3000]);
    expect(widenToMinimums([3000, 3000], [4000, 3000])).toEqual([3000, 3000]);
  });
});
