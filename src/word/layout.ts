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

export const FONT = 'Arial';
export const BODY_SIZE = 21;
export const TABLE_SIZE = 18;

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
