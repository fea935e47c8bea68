/**
 * Reading rendered documents as a reader would: the value printed beside a label, a table by its
 * caption, how often a phrase is printed. Not product code.
 */
import { parseBody, textOf, wAll, wChildren, wVal } from './readOoxml';

/** Parses body XML and returns the root with its whole text. */
export const readBody = (bodyXml: string): { readonly body: Element; readonly text: string } => {
  const body = parseBody(bodyXml);
  return { body, text: textOf(body) };
};

/** Every table row whose first cell reads `label`. */
export const rowsLabelled = (root: Element, label: string): Element[] =>
  wAll(root, 'tr').filter((tr) => {
    const cells = wChildren(tr, 'tc');
    return cells.length > 1 && textOf(cells[0] as Element) === label;
  });

/** The text of the cell right after the one reading `label`, anywhere in a row; throws unless exactly one. */
export const valueBeside = (root: Element, label: string): string => {
  const values = wAll(root, 'tc').flatMap((tc) => {
    if (textOf(tc) !== label) return [];
    const next = tc.nextElementSibling;
    return next?.localName === 'tc' ? [textOf(next)] : [];
  });
  if (values.length !== 1) throw new Error(`Expected one value beside "${label}", found ${values.length}`);
  return values[0] as string;
};

/** The table with the given caption (`w:tblCaption`); throws if there is none. */
export const tableCaptioned = (root: Element, caption: string): Element => {
  const found = wAll(root, 'tbl').find((tbl) => wVal(wAll(tbl, 'tblCaption')[0]) === caption);
  if (!found) throw new Error(`No table captioned "${caption}"`);
  return found;
};

/** Each row of a table as its cells' texts. */
export const rowTexts = (tbl: Element): string[][] =>
  wChildren(tbl, 'tr').map((tr) => wChildren(tr, 'tc').map((tc) => textOf(tc)));

/** How many times `phrase` is printed. */
export const timesPrinted = (text: string, phrase: string): number => text.split(phrase).length - 1;

/** Whether a row leaves room to write by hand (a minimum height). */
export const hasRoomToWrite = (tr: Element): boolean => wAll(tr, 'trHeight').length === 1;
