import path from 'node:path';
import fs from 'node:fs';

/**
 * Checks recorded Graph requests against Graph's own v1.0 schema (the CSDL): every `$select`,
 * `$expand` and body property must exist on the type the URL addresses. `fieldValueSet` is open in
 * the CSDL, so SharePoint column names are checked against the IEP list schema instead, and every
 * column in `$filter`/`$orderby` must be indexed.
 */

export interface CsdlProperty {
  readonly type: string;
  readonly navigation: boolean;
}

export interface CsdlType {
  readonly baseType: string | null;
  readonly open: boolean;
  readonly properties: ReadonlyMap<string, CsdlProperty>;
}

/**
 * The part of Graph's own v1.0 schema that the SharePoint requests use, copied element by element from
 * the full schema by scripts/trim-csdl.mjs (run it again against a newer schema to update the fixture).
 */
export const CSDL_PATH = path.resolve(__dirname, '../../fixtures/graph/sharepoint-types.csdl.xml');

/** The `microsoft.graph` schema's entity and complex types, by unqualified name. */
export const loadGraphTypes = (file: string = CSDL_PATH): Map<string, CsdlType> => {
  const text = fs.readFileSync(file, 'utf8');
  const start = text.indexOf('<Schema Namespace="microsoft.graph"');
  const schema = text.slice(start, text.indexOf('</Schema>', start));
  const types = new Map<string, CsdlType>();
  const typePattern = /<(EntityType|ComplexType) Name="([^"]+)"([^>]*?)(\/?)>/g;
  for (let match = typePattern.exec(schema); match; match = typePattern.exec(schema)) {
    const [, kind, name, attributes = '', selfClosing] = match;
    const body = selfClosing
      ? ''
      : schema.slice(typePattern.lastIndex, schema.indexOf(`</${kind}>`, typePattern.lastIndex));
    const properties = new Map<string, CsdlProperty>();
    for (const prop of body.matchAll(/<(Property|NavigationProperty) Name="([^"]+)" Type="([^"]+)"/g)) {
      properties.set(prop[2] as string, {
        type: prop[3] as string,
        navigation: prop[1] === 'NavigationProperty',
      });
    }
    types.set(name as string, {
      baseType: /BaseType="graph\.([^"]+)"/.exec(attributes)?.[1] ?? null,
      open: /OpenType="true"/.test(attributes),
      properties,
    });
  }
  // A bound action's body is its parameters: kept as a type named `<action>@<bound type>`.
  for (const action of schema.matchAll(/<Action Name="([^"]+)"[^>]*>([\s\S]*?)<\/Action>/g)) {
    const boundTo = /<Parameter Name="bindingParameter" Type="graph\.([^"]+)"/.exec(action[2] ?? '')?.[1];
    const properties = new Map<string, CsdlProperty>();
    for (const parameter of (action[2] ?? '').matchAll(/<Parameter Name="([^"]+)" Type="([^"]+)"/g)) {
      if (parameter[1] !== 'bindingParameter')
        properties.set(parameter[1] as string, { type: parameter[2] as string, navigation: false });
    }
    if (boundTo) types.set(`${action[1] as string}@${boundTo}`, { baseType: null, open: false, properties });
  }
  return types;
};

export interface ListColumns {
  readonly all: ReadonlySet<string>;
  readonly indexed: ReadonlySet<string>;
}

export interface CheckContext {
  readonly types: ReadonlyMap<string, CsdlType>;
  /** Columns of each IEP list, by list id. */
  readonly lists: ReadonlyMap<string, ListColumns>;
}

const propertiesOf = (ctx: CheckContext, typeName: string): Map<string, CsdlProperty> => {
  const all = new Map<string, CsdlProperty>();
  for (let name: string | null = typeName; name;) {
    const type = ctx.types.get(name);
    if (!type) throw new Error(`The CSDL has no type ${name}.`);
    for (const [key, value] of type.properties) if (!all.has(key)) all.set(key, value);
    name = type.baseType;
  }
  return all;
};

const elementType = (type: string): string | null => {
  const match = /^(?:Collection\()?graph\.([A-Za-z0-9_]+)\)?$/.exec(type);
  return match ? (match[1] as string) : null;
};

const checkColumns = (names: Iterable<string>, list: ListColumns | undefined, where: string): string[] =>
  list
    ? [...names]
        .filter((name) => !name.startsWith('@odata.') && !list.all.has(name))
        .map((name) => `${where}: no column ${name}`)
    : [`${where}: unknown list`];

/** Every property of a JSON body, recursively, against the CSDL type it is sent as. */
export const checkBody = (
  ctx: CheckContext,
  value: unknown,
  typeName: string,
  list: ListColumns | undefined,
  where: string,
): string[] => {
  if (Array.isArray(value))
    return value.flatMap((entry, i) => checkBody(ctx, entry, typeName, list, `${where}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  if (typeName === 'fieldValueSet') return checkColumns(Object.keys(value), list, where);
  // A value of an abstract type (a notification's recipient) names its derived type, as OData requires.
  const named = (value as Record<string, unknown>)['@odata.type'];
  const derived = typeof named === 'string' ? named.replace(/^#?microsoft\.graph\./, '') : null;
  if (derived !== null && !ctx.types.has(derived)) return [`${where}: no type ${String(named)}`];
  const sentAs = derived ?? typeName;
  const properties = propertiesOf(ctx, sentAs);
  return Object.entries(value).flatMap(([key, child]) => {
    if (key.startsWith('@odata.')) return [];
    const property = properties.get(key);
    if (!property) return [`${where}: ${sentAs} has no property ${key}`];
    const childType = elementType(property.type);
    return childType ? checkBody(ctx, child, childType, list, `${where}.${key}`) : [];
  });
};

/** Splits `a,b($select=x,y),c` at top-level commas. */
const splitTopLevel = (text: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  return current === '' ? parts : [...parts, current];
};

/** Column names a filter or orderby refers to; anything else (other than operators and literals) is reported. */
const checkFilter = (filter: string, list: ListColumns | undefined, where: string): string[] => {
  const withoutStrings = filter.replace(/'(?:[^']|'')*'/g, "''");
  const words = withoutStrings.match(/[A-Za-z_][A-Za-z0-9_/]*/g) ?? [];
  return words.flatMap((word) => {
    const operators = [
      'eq',
      'ne',
      'gt',
      'ge',
      'lt',
      'le',
      'and',
      'or',
      'not',
      'asc',
      'desc',
      'true',
      'false',
      'null',
    ];
    if (operators.includes(word)) return [];
    const column = /^fields\/([A-Za-z0-9_]+)$/.exec(word)?.[1];
    if (!column) return [`${where}: ${word} is not a fields/ column`];
    if (!list) return [`${where}: unknown list`];
    return list.indexed.has(column) ? [] : [`${where}: ${column} is not indexed`];
  });
};

const checkQuery = (
  ctx: CheckContext,
  query: URLSearchParams,
  typeName: string,
  list: ListColumns | undefined,
  where: string,
): string[] => {
  const problems: string[] = [];
  const properties = propertiesOf(ctx, typeName);
  for (const [key, value] of query) {
    if (key === '$select') {
      for (const name of value.split(','))
        if (!properties.has(name)) problems.push(`${where}: $select ${name} is not on ${typeName}`);
    } else if (key === '$expand') {
      for (const part of splitTopLevel(value)) {
        const [, name = '', inner] = /^([A-Za-z]+)(?:\((.*)\))?$/.exec(part) ?? [];
        const property = properties.get(name);
        if (!property?.navigation) {
          problems.push(`${where}: $expand ${name} is not a navigation property of ${typeName}`);
          continue;
        }
        const selected = inner ? /\$select=([^;)]*)/.exec(inner)?.[1] : undefined;
        const target = elementType(property.type) ?? '';
        if (selected && target === 'fieldValueSet')
          problems.push(...checkColumns(selected.split(','), list, `${where} $expand`));
        else if (selected)
          for (const n of selected.split(','))
            if (!propertiesOf(ctx, target).has(n)) problems.push(`${where}: ${n} is not on ${target}`);
      }
    } else if (key === '$filter' || key === '$orderby') {
      problems.push(...checkFilter(value, list, `${where} ${key}`));
    } else if (key === '$top') {
      if (!/^\d+$/.test(value)) problems.push(`${where}: $top ${value} is not a number`);
    } else if (key !== '$skiptoken') {
      problems.push(`${where}: unexpected query option ${key}`);
    }
  }
  return problems;
};

interface Route {
  readonly pattern: RegExp;
  /** The type the URL addresses (a collection's element type). */
  readonly type: string;
  /** The type a body is sent as, when it differs. */
  readonly bodyType?: string;
}

const ROUTES: readonly Route[] = [
  { pattern: /^\/sites\/[^/]+$/, type: 'site' },
  // A site addressed by `hostname:/server-relative-path`.
  { pattern: /^\/sites\/[^/]+:\/[^:]+$/, type: 'site' },
  { pattern: /^\/sites\/[^/]+\/lists$/, type: 'list' },
  { pattern: /^\/sites\/[^/]+\/lists\/([^/]+)$/, type: 'list' },
  { pattern: /^\/sites\/[^/]+\/lists\/([^/]+)\/columns(?:\/[^/]+)?$/, type: 'columnDefinition' },
  { pattern: /^\/sites\/[^/]+\/lists\/([^/]+)\/items(?:\/[^/]+)?$/, type: 'listItem' },
  { pattern: /^\/sites\/[^/]+\/lists\/([^/]+)\/items\/[^/]+\/fields$/, type: 'fieldValueSet' },
  // An item's kept versions (the plan's history), read, never sent.
  {
    pattern: /^\/sites\/[^/]+\/lists\/([^/]+)\/items\/[^/]+\/versions(?:\/[^/]+)?$/,
    type: 'listItemVersion',
  },
  // The class roster: an education class's members, or a plain team's (read, never sent).
  { pattern: /^\/education\/classes\/[^/]+\/members$/, type: 'educationUser' },
  { pattern: /^\/teams\/[^/]+\/members$/, type: 'aadUserConversationMember' },
  // A review reminder: the action's parameters are its body.
  {
    pattern: /^\/teams\/[^/]+\/sendActivityNotification$/,
    type: 'team',
    bodyType: 'sendActivityNotification@team',
  },
];

/** Problems with one request; `url` may be absolute or relative to the version root. `$batch` is opened up. */
export const checkRequest = (ctx: CheckContext, method: string, url: string, body: unknown): string[] => {
  const parsed = new URL(url, 'http://relative.invalid/v1.0/');
  const path = decodeURIComponent(parsed.pathname.replace(/^.*?\/v1\.0(?=\/)/, ''));
  const where = `${method} ${path}`;
  if (path === '/$batch') {
    const requests =
      (body as { requests?: { method: string; url: string; body?: unknown }[] }).requests ?? [];
    return requests.flatMap((sub) =>
      checkRequest(ctx, sub.method, sub.url.startsWith('/') ? sub.url : `/${sub.url}`, sub.body),
    );
  }
  const route = ROUTES.find((candidate) => candidate.pattern.test(path));
  if (!route) return [`${where}: not a Graph path this check knows`];
  const listId = route.pattern.exec(path)?.[1];
  const list = listId ? ctx.lists.get(listId) : undefined;
  const problems =
    route.type === 'fieldValueSet' ? [] : checkQuery(ctx, parsed.searchParams, route.type, list, where);
  if (body !== undefined) problems.push(...checkBody(ctx, body, route.bodyType ?? route.type, list, where));
  return problems;
};
