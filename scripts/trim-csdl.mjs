#!/usr/bin/env node
// Writes the Graph schema fixtures in test/fixtures/graph/ from Microsoft Graph's full v1.0 schema, so the
// tests check requests against Graph's own words without the 3 MB original in the repository:
//
//   curl -o v1.0.csdl 'https://graph.microsoft.com/v1.0/$metadata'
//   node scripts/trim-csdl.mjs v1.0.csdl
//
// Each fixture holds the types IEP Planner sends or reads (ROOTS below), copied element by element
// unchanged from the `microsoft.graph` schema, plus what they need: base types always; for a root marked
// `closed`, the complex and enum types its properties use, recursively. Navigation targets are never
// followed (they would pull in most of Graph); a type reached only that way must be a root itself.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'graph');

/**
 * `closed`: the type and every complex or enum type its properties reach (bodies are checked in depth).
 * `shallow`: the type and its base types only (read with `$select`, never sent).
 * An action is named with the type it is bound to, as several actions share a name.
 */
const FIXTURE_SPECS = [
  {
    file: 'sharepoint-types.csdl.xml',
    about:
      'the SharePoint site, list, column, item and item version types, the user and team types, and the class roster types ' +
      '(education class and user, team member), and the team activity-feed notice, that IEP Planner sends or reads; ' +
      'test/integration/graphSchema.test.ts checks every request the provisioning, the IEP store and the roster make against it',
    closed: ['site', 'list', 'columnDefinition', 'listItem', 'fieldValueSet', 'aadUserNotificationRecipient'],
    shallow: [
      'user',
      'team',
      'educationClass',
      'educationUser',
      'aadUserConversationMember',
      'listItemVersion',
    ],
    // Review reminders: the team-scoped activity-feed notice and the one recipient kind the app sends.
    actions: [{ name: 'sendActivityNotification', boundTo: 'team' }],
  },
  {
    file: 'calendar-types.csdl.xml',
    about:
      'the calendar types, enums and actions IEP Planner sends; ' +
      'src/graph/calendar/graphSchema.test.ts checks every request the calendar adapter makes against it',
    closed: ['event', 'singleValueLegacyExtendedProperty'],
    shallow: [],
    actions: [
      { name: 'findMeetingTimes', boundTo: 'user' },
      { name: 'getSchedule', boundTo: 'calendar' },
      { name: 'cancel', boundTo: 'event' },
    ],
  },
];

const source = process.argv[2];
if (!source) {
  console.error(
    'Usage: node scripts/trim-csdl.mjs <Graph v1.0 CSDL, e.g. from https://graph.microsoft.com/v1.0/$metadata>',
  );
  process.exit(2);
}

const text = readFileSync(source, 'utf8');
const schemaStart = text.indexOf('<Schema Namespace="microsoft.graph"');
if (schemaStart < 0) throw new Error(`${source} has no microsoft.graph schema.`);
const schema = text.slice(schemaStart, text.indexOf('</Schema>', schemaStart));

/** The text of every top-level element of one kind, by name (or, for actions, every one of that name). */
const elementsOf = (kind) => {
  const found = new Map();
  const pattern = new RegExp(`<${kind} Name="([^"]+)"[^>]*?(/?)>`, 'g');
  for (let match = pattern.exec(schema); match; match = pattern.exec(schema)) {
    const end = match[2]
      ? pattern.lastIndex
      : schema.indexOf(`</${kind}>`, pattern.lastIndex) + kind.length + 3;
    const element = schema.slice(match.index, end);
    found.set(match[1], [...(found.get(match[1]) ?? []), element]);
  }
  return found;
};

const structured = new Map([...elementsOf('EntityType'), ...elementsOf('ComplexType')]);
const enums = elementsOf('EnumType');
const actions = elementsOf('Action');

const only = (elements, name) => {
  if (!elements || elements.length !== 1)
    throw new Error(`Expected one type ${name}, found ${elements?.length ?? 0}.`);
  return elements[0];
};

/** `graph.x` or `Collection(graph.x)` → `x`; Edm and other namespaces → null. */
const graphTypeName = (type) =>
  /^(?:Collection\()?(?:graph|microsoft\.graph)\.([A-Za-z0-9_]+)\)?$/.exec(type)?.[1] ?? null;

const baseOf = (element) => /BaseType="graph\.([^"]+)"/.exec(element.slice(0, element.indexOf('>')))?.[1];

const trim = (spec) => {
  const kept = new Map();
  const keep = (name, closed) => {
    if (kept.has(name)) return;
    const enumElements = enums.get(name);
    if (enumElements) {
      kept.set(name, only(enumElements, name));
      return;
    }
    const element = only(structured.get(name), name);
    kept.set(name, element);
    const base = baseOf(element);
    if (base) keep(base, closed);
    if (!closed) return;
    for (const [, type] of element.matchAll(/<Property Name="[^"]+" Type="([^"]+)"/g)) {
      const name = graphTypeName(type);
      if (name) keep(name, true);
    }
  };
  for (const name of spec.closed) keep(name, true);
  for (const name of spec.shallow) keep(name, false);

  const keptActions = spec.actions.map(({ name, boundTo }) => {
    const element = (actions.get(name) ?? []).find((candidate) =>
      candidate.includes(`<Parameter Name="bindingParameter" Type="graph.${boundTo}" />`),
    );
    if (!element) throw new Error(`No action ${name} bound to ${boundTo}.`);
    for (const [, type] of element.matchAll(/<(?:Parameter Name="[^"]+"|ReturnType) Type="([^"]+)"/g)) {
      const typeName = graphTypeName(type);
      if (typeName && typeName !== boundTo) keep(typeName, true);
    }
    return element;
  });

  const isEnum = (element) => element.startsWith('<EnumType');
  const sorted = [...kept.entries()].sort(([a], [b]) => a.localeCompare(b, 'en'));
  const body = [
    ...sorted.filter(([, e]) => !isEnum(e)).map(([, e]) => e),
    ...sorted.filter(([, e]) => isEnum(e)).map(([, e]) => e),
    ...keptActions,
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!--',
    "  An excerpt of Microsoft Graph's v1.0 schema (https://graph.microsoft.com/v1.0/$metadata):",
    `  ${spec.about}.`,
    '  Written by scripts/trim-csdl.mjs, which copies each element unchanged; do not edit by hand.',
    '-->',
    '<Schema Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">',
    ...body.map((element) => `  ${element}`),
    '</Schema>',
    '',
  ].join('\n');
};

for (const spec of FIXTURE_SPECS) {
  const out = join(FIXTURES, spec.file);
  const xml = trim(spec);
  writeFileSync(out, xml);
  console.log(
    `${spec.file}: ${(xml.match(/^ {2}<(EntityType|ComplexType|EnumType|Action) /gm) ?? []).length} elements`,
  );
}
