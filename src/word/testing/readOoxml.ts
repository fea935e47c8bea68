/**
 * Reads rendered WordprocessingML back with a real XML parser (the DOMParser of a jsdom test
 * environment), the way Word would: `w:t` is text, `w:tab` a tab, `w:br` a line break. Tests use
 * it to prove output is well-formed and that text survives exactly. Not product code.
 */
import { W_NS } from '../styles';
import { parseFieldTag } from '../tags';

/** Parses XML and throws with the parser's message if it is not well-formed. */
export const parseXml = (xml: string): Document => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
};

/** Parses body XML (which uses the `w:` prefix without declaring it) inside a `w:body`. */
export const parseBody = (bodyXml: string): Element => {
  const doc = parseXml(`<w:body xmlns:w="${W_NS}">${bodyXml}</w:body>`);
  return doc.documentElement;
};

export const wAll = (root: Element | Document, localName: string): Element[] =>
  Array.from(root.getElementsByTagNameNS(W_NS, localName));

export const wChildren = (element: Element, localName: string): Element[] =>
  Array.from(element.children).filter((c) => c.namespaceURI === W_NS && c.localName === localName);

export const wVal = (element: Element | undefined): string | null =>
  element?.getAttributeNS(W_NS, 'val') ?? null;

/** Run text of everything under `element`, paragraphs separated by LF. */
export const textOf = (element: Element): string => {
  const paragraphs = element.localName === 'p' ? [element] : wAll(element, 'p');
  const runText = (p: Element): string =>
    (p.localName === 'r' ? [p] : wAll(p, 'r'))
      .flatMap((r) => Array.from(r.children))
      .map((child) => {
        if (child.localName === 't') return child.textContent ?? '';
        if (child.localName === 'tab') return '\t';
        if (child.localName === 'br') return '\n';
        return '';
      })
      .join('');
  // Inline content (a field control's runs) has no paragraph of its own.
  return paragraphs.length === 0 ? runText(element) : paragraphs.map(runText).join('\n');
};

/** The tag of a `w:sdt`. */
export const sdtTag = (sdt: Element): string | null => {
  const props = wChildren(sdt, 'sdtPr')[0];
  return props ? wVal(wChildren(props, 'tag')[0]) : null;
};

export const sdtTitle = (sdt: Element): string | null => {
  const props = wChildren(sdt, 'sdtPr')[0];
  return props ? wVal(wChildren(props, 'alias')[0]) : null;
};

export const sdtContent = (sdt: Element): Element => {
  const content = wChildren(sdt, 'sdtContent')[0];
  if (!content) throw new Error('w:sdt without w:sdtContent');
  return content;
};

/** Every content control whose tag starts with `prefix`, in document order. */
export const controlsTagged = (root: Element, prefix: string): Element[] =>
  wAll(root, 'sdt').filter((sdt) => sdtTag(sdt)?.startsWith(prefix) ?? false);

/** The text of the field control of `targetId` and `field` (tags.ts); throws if there is not exactly one. */
export const fieldText = (root: Element, targetId: string, field: string): string => {
  const matches = controlsTagged(root, 'iep:field:').filter((c) => {
    const parsed = parseFieldTag(sdtTag(c) ?? '');
    return parsed?.targetId === targetId && parsed.field === field;
  });
  if (matches.length !== 1)
    throw new Error(`Expected one control for ${targetId}:${field}, found ${matches.length}`);
  return textOf(sdtContent(matches[0] as Element));
};
