/**
 * The copy for parents: the same document with every content control taken away, so a family sees
 * a plain document with no control handles or titles. Only the renderer's own `w:sdt` markup is
 * matched: user text is always escaped, so it can never contain a `<w:sdt` tag.
 */

const CONTROL_START =
  /<w:sdt>(?:<w:sdtPr>[\s\S]*?<\/w:sdtPr>|<w:sdtPr\/>)?(?:<w:sdtEndPr>[\s\S]*?<\/w:sdtEndPr>)?<w:sdtContent>/g;
const CONTROL_END = /<\/w:sdtContent><\/w:sdt>/g;
const EMPTY_CONTROL = /<w:sdt>(?:<w:sdtPr>[\s\S]*?<\/w:sdtPr>|<w:sdtPr\/>)?<w:sdtContent\/><\/w:sdt>/g;

/**
 * Unwraps every content control (block, table row or inline) to its content, which is valid where
 * the control stood: paragraphs in the body or a cell, rows in a table, runs in a paragraph.
 */
export const withoutContentControls = (xml: string): string =>
  xml.replace(EMPTY_CONTROL, '').replace(CONTROL_START, '').replace(CONTROL_END, '');
