/**
 * Page geometry and house style, in the units WordprocessingML uses: twentieths of a point (dxa,
 * 1 cm = 567) for lengths, half-points for font sizes.
 */

/** A4 portrait. */
export const PAGE_WIDTH = 11906;
export const PAGE_HEIGHT = 16838;
/** 2 cm on every side. */
export const PAGE_MARGIN = 1134;
export const HEADER_FOOTER_DISTANCE = 567;
/** The width every table fills: A4 less both margins (16.99 cm). */
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * PAGE_MARGIN;
/** The height body text may fill on one page (25.7 cm). */
export const CONTENT_HEIGHT = PAGE_HEIGHT - 2 * PAGE_MARGIN;

export const FONT = 'Arial';
/** 11 pt: the smallest size for anything a parent reads, body text and tables alike. */
export const BODY_SIZE = 22;
export const TABLE_SIZE = 22;

/** Table cell padding in dxa: 0.15 cm either side, 0.1 cm above and below. */
export const CELL_PADDING = { side: 85, top: 57, bottom: 57 } as const;

export const COLOURS = {
  heading: '1F3864',
  border: '7F7F7F',
  headerFill: 'D9E2F3',
  labelFill: 'F2F2F2',
  muted: '595959',
} as const;

/**
 * Scales relative column weights to whole dxa that add up to exactly `total`, so a table never
 * spills past the right margin because of rounding.
 */
export const columnWidths = (weights: readonly number[], total: number = CONTENT_WIDTH): number[] => {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  const shortfall = total - widths.reduce((a, b) => a + b, 0);
  const last = widths.length - 1;
  if (last >= 0) widths[last] = (widths[last] ?? 0) + shortfall;
  return widths;
};

/**
 * Widens every column to at least its minimum, taking the difference from the columns with room
 * to spare in proportion to that room, so the total stays the same. Used so the longest single
 * word of a column ("Communication", "Discontinued", a date) never breaks mid-word.
 */
export const widenToMinimums = (widths: readonly number[], minimums: readonly number[]): number[] => {
  const needed = widths.map((w, i) => Math.max(0, (minimums[i] ?? 0) - w));
  const shortfall = needed.reduce((a, b) => a + b, 0);
  const spare = widths.map((w, i) => Math.max(0, w - (minimums[i] ?? 0)));
  const totalSpare = spare.reduce((a, b) => a + b, 0);
  if (shortfall === 0 || totalSpare < shortfall) return [...widths];
  const widened = widths.map((w, i) =>
    needed[i] ? w + (needed[i] ?? 0) : w - Math.ceil(((spare[i] ?? 0) / totalSpare) * shortfall),
  );
  // Rounding up above may take a few dxa too many; give them back to the widest column.
  const excess = widths.reduce((a, b) => a + b, 0) - widened.reduce((a, b) => a + b, 0);
  const widest = widened.indexOf(Math.max(...widened));
  widened[widest] = (widened[widest] ?? 0) + excess;
  return widened;
};
