/** A tiny XML tree and serialiser: enough for an add-in manifest, with every value escaped. */
export interface XmlElement {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly children?: readonly (XmlElement | string)[];
}

export const el = (
  name: string,
  attributes: Readonly<Record<string, string>> = {},
  ...children: (XmlElement | string)[]
): XmlElement => ({ name, attributes, children });

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export const escapeXml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const renderAttributes = (attributes: Readonly<Record<string, string>> | undefined): string =>
  Object.entries(attributes ?? {})
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');

const render = (node: XmlElement, depth: number): string => {
  const pad = '  '.repeat(depth);
  const open = `${pad}<${node.name}${renderAttributes(node.attributes)}`;
  const children = node.children ?? [];
  if (children.length === 0) return `${open}/>`;
  if (children.every((child) => typeof child === 'string')) {
    return `${open}>${children.map((child) => escapeXml(child as string)).join('')}</${node.name}>`;
  }
  const inner = children
    .map((child) =>
      typeof child === 'string' ? `${'  '.repeat(depth + 1)}${escapeXml(child)}` : render(child, depth + 1),
    )
    .join('\n');
  return `${open}>\n${inner}\n${pad}</${node.name}>`;
};

export const serializeXml = (root: XmlElement): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, 0)}\n`;
