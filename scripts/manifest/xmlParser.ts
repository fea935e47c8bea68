/**
 * A strict, small XML parser for checking manifests offline: elements, attributes, text, comments,
 * CDATA, the XML declaration and the predefined/numeric entities. It rejects anything not well-formed
 * (mismatched or unclosed tags, duplicate attributes, bare `&` or `<`, text outside the root) and
 * refuses DOCTYPE declarations, which no add-in manifest needs.
 */
export interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** Concatenated text content directly inside this element, entities decoded. */
  readonly text: string;
  readonly line: number;
}

export interface XmlDocument {
  readonly declaration: Readonly<Record<string, string>> | null;
  readonly root: XmlNode;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'XmlSyntaxError';
  }
}

const NAME = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

interface MutableNode {
  name: string;
  attributes: Record<string, string>;
  children: MutableNode[];
  text: string;
  line: number;
}

export const parseXml = (source: string): XmlDocument => {
  let pos = 0;
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;
  const fail = (message: string, offset = pos): never => {
    throw new XmlSyntaxError(message, lineAt(offset));
  };

  const decode = (raw: string, offset: number): string =>
    raw.replace(/&([^;\s&]*);?/g, (match, body: string) => {
      if (!match.endsWith(';')) fail('"&" must start an entity such as &amp;', offset);
      if (body in PREDEFINED) return PREDEFINED[body] ?? '';
      const numeric = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(body);
      if (numeric?.[1])
        return String.fromCodePoint(
          parseInt(numeric[1].replace(/^x/, ''), numeric[1].startsWith('x') ? 16 : 10),
        );
      return fail(`unknown entity &${body};`, offset);
    });

  const readName = (): string => {
    NAME.lastIndex = pos;
    const match = NAME.exec(source);
    if (!match) return fail('expected a name');
    pos = NAME.lastIndex;
    return match[0];
  };

  const skipSpace = () => {
    while (pos < source.length && /\s/.test(source[pos] ?? '')) pos += 1;
  };

  const readAttributes = (closers: string): Record<string, string> => {
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = pos;
      skipSpace();
      if (closers.split('|').some((closer) => source.startsWith(closer, pos))) return attributes;
      if (pos === before) fail('expected whitespace before an attribute');
      const name = readName();
      skipSpace();
      if (source[pos] !== '=') fail(`attribute ${name} needs a value`);
      pos += 1;
      skipSpace();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail(`attribute ${name}'s value must be quoted`);
      const end = source.indexOf(quote as string, pos + 1);
      if (end < 0) fail(`attribute ${name}'s value is not closed`);
      const raw = source.slice(pos + 1, end);
      if (raw.includes('<')) fail(`attribute ${name} contains "<"`);
      if (name in attributes) fail(`attribute ${name} appears twice`);
      attributes[name] = decode(raw, pos);
      pos = end + 1;
    }
  };

  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (source.startsWith('<!--', pos)) {
        const end = source.indexOf('-->', pos + 4);
        if (end < 0) fail('comment is not closed');
        pos = end + 3;
      } else if (source.startsWith('<!DOCTYPE', pos)) {
        fail('DOCTYPE declarations are not allowed in a manifest');
      } else return;
    }
  };

  let declaration: Record<string, string> | null = null;
  if (source.startsWith('\uFEFF')) pos = 1;
  if (source.startsWith('<?xml', pos)) {
    pos += 5;
    declaration = readAttributes('?>');
    pos += 2;
  }
  skipMisc();
  if (source[pos] !== '<') fail('expected the root element');

  const stack: MutableNode[] = [];
  let root: MutableNode | null = null;
  while (pos < source.length) {
    if (stack.length === 0 && root) {
      skipMisc();
      if (pos < source.length) fail('content after the root element');
      break;
    }
    const current = stack[stack.length - 1];
    if (source.startsWith('<!--', pos)) {
      const end = source.indexOf('-->', pos + 4);
      if (end < 0) fail('comment is not closed');
      pos = end + 3;
    } else if (source.startsWith('<![CDATA[', pos)) {
      const end = source.indexOf(']]>', pos);
      if (end < 0 || !current) fail('CDATA section is not closed or is outside an element');
      (current as MutableNode).text += source.slice(pos + 9, end);
      pos = end + 3;
    } else if (source.startsWith('</', pos)) {
      const at = pos;
      pos += 2;
      const name = readName();
      skipSpace();
      if (source[pos] !== '>') fail(`closing tag </${name}> is not closed`);
      pos += 1;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`</${name}> does not match <${open?.name ?? '(nothing)'}>`, at);
    } else if (source[pos] === '<') {
      const at = pos;
      pos += 1;
      const name = readName();
      const attributes = readAttributes('>|/>');
      const node: MutableNode = { name, attributes, children: [], text: '', line: lineAt(at) };
      if (current) current.children.push(node);
      else if (root) fail('a document has only one root element', at);
      else root = node;
      if (source.startsWith('/>', pos)) pos += 2;
      else {
        pos += 1;
        stack.push(node);
      }
    } else {
      const next = source.indexOf('<', pos);
      const end = next < 0 ? source.length : next;
      const raw = source.slice(pos, end);
      if (!current) fail('text outside the root element');
      if (raw.includes(']]>')) fail('"]]>" is not allowed in text');
      (current as MutableNode).text += decode(raw, pos);
      pos = end;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]?.name}> is never closed`);
  if (!root) return fail('the document has no root element');
  return { declaration, root };
};

/** Direct children with this name. */
export const childrenNamed = (node: XmlNode, name: string): XmlNode[] =>
  node.children.filter((c) => c.name === name);

/** Every descendant (depth first), for whole-document rules such as "all URLs are https". */
export const descendants = (node: XmlNode): XmlNode[] =>
  node.children.flatMap((child) => [child, ...descendants(child)]);
