import { GraphError } from './errors';

/**
 * A parser for the OData `$filter` subset Graph accepts on SharePoint items, lists and users:
 * `eq ne lt gt le ge`, `and`, `or`, `not`, parentheses, `startswith(prop,'v')`, and literals: strings in single
 * quotes with `''` as an escaped quote (so `'O''Brien'` is O'Brien), numbers, `true`/`false`, `null`, and
 * date-times (bare `2025-01-31T09:00:00Z` or `datetime'…'`).
 */
export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

export type Literal =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'null'; readonly value: null }
  | { readonly type: 'datetime'; readonly value: string };

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | {
      readonly kind: 'compare';
      readonly op: ComparisonOperator;
      readonly property: string;
      readonly value: Literal;
    }
  | { readonly kind: 'startswith'; readonly property: string; readonly value: Literal };

type Token =
  | { readonly t: 'punct'; readonly v: '(' | ')' | ',' }
  | { readonly t: 'word'; readonly v: string }
  | { readonly t: 'literal'; readonly v: Literal };

const OPERATORS: readonly string[] = ['eq', 'ne', 'lt', 'gt', 'le', 'ge'];
const FLIPPED: Record<ComparisonOperator, ComparisonOperator> = {
  eq: 'eq',
  ne: 'ne',
  lt: 'gt',
  gt: 'lt',
  le: 'ge',
  ge: 'le',
};
const DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/;

const invalid = (detail: string): GraphError =>
  new GraphError(400, 'invalidRequest', `Invalid filter clause: ${detail}`);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ t: 'punct', v: ch });
      i++;
    } else if (ch === "'") {
      const [value, next] = readString(text, i);
      tokens.push({ t: 'literal', v: { type: 'string', value } });
      i = next;
    } else {
      const rest = text.slice(i);
      const date = DATETIME.exec(rest);
      if (date && date[0].length > 4 && /^\d{4}-/.test(rest)) {
        tokens.push({ t: 'literal', v: { type: 'datetime', value: date[0] } });
        i += date[0].length;
        continue;
      }
      const num = NUMBER.exec(rest);
      if (num) {
        tokens.push({ t: 'literal', v: { type: 'number', value: Number(num[0]) } });
        i += num[0].length;
        continue;
      }
      const word = WORD.exec(rest);
      if (!word) throw invalid(`unexpected character '${ch}' at position ${i + 1}.`);
      i += word[0].length;
      if (word[0] === 'datetime' && text[i] === "'") {
        const [value, next] = readString(text, i);
        tokens.push({ t: 'literal', v: { type: 'datetime', value } });
        i = next;
      } else if (word[0] === 'true' || word[0] === 'false') {
        tokens.push({ t: 'literal', v: { type: 'boolean', value: word[0] === 'true' } });
      } else if (word[0] === 'null') {
        tokens.push({ t: 'literal', v: { type: 'null', value: null } });
      } else {
        tokens.push({ t: 'word', v: word[0] });
      }
    }
  }
  return tokens;
}

function readString(text: string, start: number): [string, number] {
  let value = '';
  let i = start + 1;
  for (;;) {
    if (i >= text.length)
      throw invalid('a string literal is not closed; write a quote inside a string as two quotes.');
    const ch = text[i] as string;
    if (ch === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return [value, i + 1];
    }
    value += ch;
    i++;
  }
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  parse(): FilterNode {
    const node = this.parseOr();
    if (this.pos < this.tokens.length) throw invalid(`unexpected '${describe(this.tokens[this.pos])}'.`);
    return node;
  }

  private peekWord(word: string): boolean {
    const token = this.tokens[this.pos];
    return token?.t === 'word' && token.v === word;
  }

  private expectPunct(v: '(' | ')' | ','): void {
    const token = this.tokens[this.pos];
    if (token?.t !== 'punct' || token.v !== v)
      throw invalid(`expected '${v}' but found '${describe(token)}'.`);
    this.pos++;
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.peekWord('or')) {
      this.pos++;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.peekWord('and')) {
      this.pos++;
      left = { kind: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterNode {
    if (this.peekWord('not')) {
      this.pos++;
      return { kind: 'not', operand: this.parseUnary() };
    }
    const token = this.tokens[this.pos];
    if (token?.t === 'punct' && token.v === '(') {
      this.pos++;
      const inner = this.parseOr();
      this.expectPunct(')');
      return inner;
    }
    if (
      token?.t === 'word' &&
      this.tokens[this.pos + 1]?.t === 'punct' &&
      describe(this.tokens[this.pos + 1]) === '('
    ) {
      return this.parseFunction(token.v);
    }
    return this.parseComparison();
  }

  private parseFunction(name: string): FilterNode {
    if (name.toLowerCase() !== 'startswith')
      throw invalid(`the function '${name}' is not supported; use startswith.`);
    this.pos += 2;
    const property = this.tokens[this.pos];
    if (property?.t !== 'word') throw invalid('startswith needs a property as its first argument.');
    this.pos++;
    this.expectPunct(',');
    const value = this.tokens[this.pos];
    if (value?.t !== 'literal' || value.v.type !== 'string')
      throw invalid('startswith needs a string as its second argument.');
    this.pos++;
    this.expectPunct(')');
    return { kind: 'startswith', property: property.v, value: value.v };
  }

  private parseComparison(): FilterNode {
    const left = this.tokens[this.pos];
    const op = this.tokens[this.pos + 1];
    const right = this.tokens[this.pos + 2];
    if (!left || !op || !right) throw invalid('a comparison is incomplete.');
    if (op.t !== 'word' || !OPERATORS.includes(op.v))
      throw invalid(`'${describe(op)}' is not a comparison operator.`);
    this.pos += 3;
    const operator = op.v as ComparisonOperator;
    if (left.t === 'word' && right.t === 'literal')
      return { kind: 'compare', op: operator, property: left.v, value: right.v };
    if (left.t === 'literal' && right.t === 'word') {
      return { kind: 'compare', op: FLIPPED[operator], property: right.v, value: left.v };
    }
    throw invalid('each comparison must compare one property with one literal value.');
  }
}

function describe(token: Token | undefined): string {
  if (!token) return 'end of filter';
  if (token.t === 'literal') return String(token.v.value);
  return token.v;
}

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw invalid('the filter is empty.');
  return new Parser(tokens).parse();
}

/** Every property a filter refers to, in order of appearance. */
export function filterProperties(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...filterProperties(node.left), ...filterProperties(node.right)];
    case 'not':
      return filterProperties(node.operand);
    default:
      return [node.property];
  }
}

type Plain = string | number | boolean | null | undefined;

/**
 * Evaluates a filter over plain objects (users, lists). Strings compare case-insensitively, as directory
 * and SharePoint queries do.
 */
export function matchesPlain(node: FilterNode, read: (property: string) => Plain): boolean {
  switch (node.kind) {
    case 'and':
      return matchesPlain(node.left, read) && matchesPlain(node.right, read);
    case 'or':
      return matchesPlain(node.left, read) || matchesPlain(node.right, read);
    case 'not':
      return !matchesPlain(node.operand, read);
    case 'startswith': {
      const actual = read(node.property);
      return (
        typeof actual === 'string' && actual.toLowerCase().startsWith(String(node.value.value).toLowerCase())
      );
    }
    case 'compare': {
      const actual = read(node.property) ?? null;
      const expected = node.value.value;
      const a = typeof actual === 'string' ? actual.toLowerCase() : actual;
      const b = typeof expected === 'string' ? expected.toLowerCase() : expected;
      if (node.op === 'eq') return a === b;
      if (node.op === 'ne') return a !== b;
      if (a === null || b === null) return false;
      if (node.op === 'lt') return a < b;
      if (node.op === 'gt') return a > b;
      if (node.op === 'le') return a <= b;
      return a >= b;
    }
  }
}
