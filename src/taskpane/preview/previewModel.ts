/**
 * The preview reads the very WordprocessingML the Insert button will put into the document, so
 * what the teacher sees is what they get. It keeps only what a preview needs (paragraph styles,
 * text, tables, spans, which cells are labels) as plain data for React to show as text: nothing
 * from the document is ever rendered as HTML.
 */
import { W_NS } from '../../word/styles';

export type PreviewParagraphStyle = 'title' | 'subtitle' | 'heading1' | 'heading2' | 'text';

export interface PreviewCell {
  readonly text: string;
  readonly span: number;
  /** Every run is bold: a column header or a row label. */
  readonly label: boolean;
}

export interface PreviewRow {
  /** Repeats as a header on every page in Word (`w:tblHeader`). */
  readonly header: boolean;
  readonly cells: readonly PreviewCell[];
}

export type PreviewBlock =
  | { readonly type: 'paragraph'; readonly style: PreviewParagraphStyle; readonly text: string }
  | { readonly type: 'table'; readonly caption: string; readonly rows: readonly PreviewRow[] };

const STYLES: Readonly<Record<string, PreviewParagraphStyle>> = {
  Title: 'title',
  Subtitle: 'subtitle',
  Heading1: 'heading1',
  Heading2: 'heading2',
};

const isW = (node: Node, localName: string): node is Element =>
  node.nodeType === 1 && (node as Element).namespaceURI === W_NS && (node as Element).localName === localName;

const wChildren = (element: Element, localName: string): Element[] =>
  Array.from(element.children).filter((child) => isW(child, localName));

const wChild = (element: Element | undefined, localName: string): Element | undefined =>
  element ? wChildren(element, localName)[0] : undefined;

const wVal = (element: Element | undefined): string | null => element?.getAttributeNS(W_NS, 'val') ?? null;

/** Text as Word shows it: `w:t` text, `w:tab` a tab, `w:br` a line break; properties are skipped. */
const textOf = (element: Element): string => {
  let text = '';
  for (const child of Array.from(element.childNodes)) {
    if (isW(child, 't')) text += child.textContent ?? '';
    else if (isW(child, 'tab')) text += '\t';
    else if (isW(child, 'br')) text += '\n';
    else if (child.nodeType === 1 && !/Pr$/.test((child as Element).localName))
      text += textOf(child as Element);
  }
  return text;
};

const styleOf = (paragraph: Element): PreviewParagraphStyle =>
  STYLES[wVal(wChild(wChild(paragraph, 'pPr'), 'pStyle')) ?? ''] ?? 'text';

const allRunsBold = (element: Element): boolean => {
  const runs = Array.from(element.getElementsByTagNameNS(W_NS, 'r')).filter((run) => textOf(run) !== '');
  return runs.length > 0 && runs.every((run) => wChild(wChild(run, 'rPr'), 'b') !== undefined);
};

/** Rows may sit inside row-level content controls (one per target). */
const rowsOf = (parent: Element): Element[] =>
  Array.from(parent.children).flatMap((child) => {
    if (isW(child, 'tr')) return [child];
    if (isW(child, 'sdt')) {
      const content = wChild(child, 'sdtContent');
      return content ? rowsOf(content) : [];
    }
    return [];
  });

const cellOf = (cell: Element): PreviewCell => ({
  text: wChildren(cell, 'p').map(textOf).join('\n'),
  span: Number(wVal(wChild(wChild(cell, 'tcPr'), 'gridSpan')) ?? 1) || 1,
  label: allRunsBold(cell),
});

const tableOf = (table: Element): PreviewBlock => ({
  type: 'table',
  caption: wVal(wChild(wChild(table, 'tblPr'), 'tblCaption')) ?? '',
  rows: rowsOf(table).map((row) => ({
    header: wChild(wChild(row, 'trPr'), 'tblHeader') !== undefined,
    cells: wChildren(row, 'tc').map(cellOf),
  })),
});

const blocksOf = (parent: Element): PreviewBlock[] =>
  Array.from(parent.children).flatMap((child): PreviewBlock[] => {
    if (isW(child, 'p')) {
      const text = textOf(child);
      return text === '' ? [] : [{ type: 'paragraph', style: styleOf(child), text }];
    }
    if (isW(child, 'tbl')) return [tableOf(child)];
    if (isW(child, 'sdt')) {
      const content = wChild(child, 'sdtContent');
      return content ? blocksOf(content) : [];
    }
    return [];
  });

/** Body XML from the renderer (the `w:` prefix undeclared, as it is inside a document) to preview blocks. */
export const previewBlocks = (bodyXml: string): PreviewBlock[] => {
  const doc = new DOMParser().parseFromString(
    `<w:body xmlns:w="${W_NS}">${bodyXml}</w:body>`,
    'application/xml',
  );
  if (doc.getElementsByTagName('parsererror').length > 0) {
    throw new Error('The template could not be read for the preview.');
  }
  return blocksOf(doc.documentElement);
};
