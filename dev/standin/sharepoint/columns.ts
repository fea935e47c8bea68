import { randomUUID } from 'node:crypto';
import { GraphError, invalidRequest, isRecordOrThrow, rejectUnknownProperties } from '../core/errors';
import type { ChoiceFacet, ColumnKind, StoredColumn, TextFacet } from './model';

/** SharePoint allows at most 20 indexed columns per list. */
export const MAX_INDEXED_COLUMNS = 20;
/** A single line of text holds at most 255 characters. */
export const SINGLE_LINE_MAX = 255;
/** A multiple lines of text column holds at most 63,999 characters, unless it appends changes. */
export const MULTI_LINE_MAX = 63_999;

const builtIn = (
  id: string,
  name: string,
  displayName: string,
  kind: ColumnKind,
  extra: Partial<StoredColumn> = {},
): StoredColumn => ({
  id,
  name,
  displayName,
  description: '',
  columnGroup: kind === 'personOrGroup' ? 'Core Contact and Calendar Columns' : 'Custom Columns',
  enforceUniqueValues: false,
  hidden: false,
  indexed: false,
  readOnly: true,
  required: false,
  kind,
  builtIn: true,
  ...extra,
});

/** The columns every generic list starts with (SharePoint's well-known field ids). */
export const defaultColumns = (): StoredColumn[] => [
  builtIn('fa564e0f-0c70-4ab9-b863-0177e6ddd247', 'Title', 'Title', 'text', {
    readOnly: false,
    required: false,
    text: {
      allowMultipleLines: false,
      appendChangesToExistingText: false,
      linesForEditing: 0,
      maxLength: SINGLE_LINE_MAX,
    },
  }),
  builtIn('c042a256-787d-4a6f-8a8a-cf6ab767f12d', 'ContentType', 'Content Type', 'choice', {
    choice: { allowTextEntry: false, choices: ['Item'], displayAs: 'dropDownMenu' },
  }),
  builtIn('1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', 'ID', 'number', { indexed: true, number: {} }),
  builtIn('28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'Modified', 'Modified', 'dateTime', {
    dateTime: { displayAs: 'default', format: 'dateTime' },
  }),
  builtIn('8c06beca-0777-48f7-91c7-6da68bc07b69', 'Created', 'Created', 'dateTime', {
    dateTime: { displayAs: 'default', format: 'dateTime' },
  }),
  builtIn('1df5e554-ec7e-46a6-901d-d85a3881cb18', 'Author', 'Created By', 'personOrGroup'),
  builtIn('d31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'Editor', 'Modified By', 'personOrGroup'),
];

/**
 * Names of the fields SharePoint puts in every list, hidden ones included (MS-WSSTS 2.4.2 "Base Data
 * Fields", https://learn.microsoft.com/en-us/openspecs/sharepoint_protocols/ms-wssts/bac496c6-c19e-4243-94e0-4f92477b6e82),
 * by internal and by display name. A new column may not take one: SharePoint answers "The column name
 * that you entered is already in use or reserved." Compared without regard to case.
 */
export const RESERVED_FIELD_NAMES: ReadonlySet<string> = new Set(
  [
    // Internal names.
    'ID',
    'Title',
    'ContentType',
    'ContentTypeId',
    'Created',
    'Modified',
    'Author',
    'Editor',
    'Attachments',
    'Order',
    'GUID',
    'owshiddenversion',
    'Version',
    '_UIVersion',
    '_UIVersionString',
    '_ModerationStatus',
    '_ModerationComments',
    '_Level',
    '_IsCurrentVersion',
    '_HasCopyDestinations',
    '_CopySource',
    'FileRef',
    'FileDirRef',
    'FileLeafRef',
    'FSObjType',
    'UniqueId',
    'ProgId',
    'ScopeId',
    'MetaInfo',
    'PermMask',
    'Edit',
    'LinkTitle',
    'LinkTitleNoMenu',
    'DocIcon',
    'ItemChildCount',
    'FolderChildCount',
    'AppAuthor',
    'AppEditor',
    'InstanceID',
    'WorkflowVersion',
    'WorkflowInstanceID',
    'ServerUrl',
    'EncodedAbsUrl',
    'BaseName',
    'SelectTitle',
    'SortBehavior',
    'Restricted',
    'ComplianceAssetId',
    // Display names of those fields.
    'Content Type',
    'Created By',
    'Modified By',
    'Type',
    'Name',
    'Path',
    'URL Path',
    'Item Type',
    'Level',
    'Unique Id',
    'Item Child Count',
    'Folder Child Count',
    'App Created By',
    'App Modified By',
    'Approval Status',
    'Approver Comments',
    'Workflow Version',
    'Effective Permissions Mask',
    'Encoded Absolute URL',
    'Is Current Version',
    'Compliance Asset Id',
  ].map((name) => name.toLowerCase()),
);

const refuseReservedName = (name: string): void => {
  if (RESERVED_FIELD_NAMES.has(name.trim().toLowerCase())) {
    throw invalidRequest(
      `The column name that you entered ('${name}') is already in use or reserved. Choose another name.`,
    );
  }
};

/** columnDefinition's properties in Graph v1.0 (from the CSDL). */
const COLUMN_PROPERTIES = [
  'boolean',
  'calculated',
  'choice',
  'columnGroup',
  'contentApprovalStatus',
  'currency',
  'dateTime',
  'defaultValue',
  'description',
  'displayName',
  'enforceUniqueValues',
  'geolocation',
  'hidden',
  'hyperlinkOrPicture',
  'id',
  'indexed',
  'isDeletable',
  'isReorderable',
  'isSealed',
  'lookup',
  'name',
  'number',
  'personOrGroup',
  'propagateChanges',
  'readOnly',
  'required',
  'sourceContentType',
  'term',
  'text',
  'thumbnail',
  'type',
  'validation',
  'sourceColumn',
] as const;
const SUPPORTED_KINDS = ['text', 'number', 'dateTime', 'choice', 'boolean'] as const;
const UNSUPPORTED_FACETS = [
  'calculated',
  'contentApprovalStatus',
  'currency',
  'geolocation',
  'hyperlinkOrPicture',
  'lookup',
  'personOrGroup',
  'term',
  'thumbnail',
  'defaultValue',
  'validation',
] as const;

const optionalBoolean = (body: Record<string, unknown>, key: string, fallback: boolean): boolean => {
  const value = body[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') throw invalidRequest(`'${key}' must be true or false.`);
  return value;
};

const optionalString = (body: Record<string, unknown>, key: string, fallback: string): string => {
  const value = body[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string') throw invalidRequest(`'${key}' must be a string.`);
  return value;
};

function parseText(raw: unknown): TextFacet {
  const body = isRecordOrThrow(raw, 'text');
  rejectUnknownProperties(
    body,
    ['allowMultipleLines', 'appendChangesToExistingText', 'linesForEditing', 'maxLength', 'textType'],
    'textColumn',
  );
  const allowMultipleLines = optionalBoolean(body, 'allowMultipleLines', false);
  const maxLength = body['maxLength'];
  if (
    maxLength !== undefined &&
    maxLength !== null &&
    (!Number.isInteger(maxLength) || (maxLength as number) < 1)
  ) {
    throw invalidRequest('text.maxLength must be a whole number of characters, at least 1.');
  }
  if (!allowMultipleLines && typeof maxLength === 'number' && maxLength > SINGLE_LINE_MAX) {
    throw invalidRequest(
      `A single line of text column holds at most ${SINGLE_LINE_MAX} characters (text.maxLength ${maxLength} was given). Use allowMultipleLines for longer text.`,
    );
  }
  const linesForEditing = body['linesForEditing'];
  return {
    allowMultipleLines,
    appendChangesToExistingText: optionalBoolean(body, 'appendChangesToExistingText', false),
    linesForEditing: typeof linesForEditing === 'number' ? linesForEditing : allowMultipleLines ? 6 : 0,
    ...(allowMultipleLines
      ? typeof maxLength === 'number'
        ? { maxLength }
        : {}
      : { maxLength: typeof maxLength === 'number' ? maxLength : SINGLE_LINE_MAX }),
    ...(typeof body['textType'] === 'string' ? { textType: body['textType'] } : {}),
  };
}

function parseChoice(raw: unknown): ChoiceFacet {
  const body = isRecordOrThrow(raw, 'choice');
  rejectUnknownProperties(body, ['allowTextEntry', 'choices', 'displayAs'], 'choiceColumn');
  const choices = body['choices'];
  if (
    !Array.isArray(choices) ||
    choices.length === 0 ||
    !choices.every((c) => typeof c === 'string' && c.length > 0)
  ) {
    throw invalidRequest('choice.choices must be a list of one or more non-empty strings.');
  }
  return {
    allowTextEntry: optionalBoolean(body, 'allowTextEntry', false),
    choices: choices as string[],
    displayAs: optionalString(body, 'displayAs', 'dropDownMenu'),
  };
}

/** Validates a columnDefinition payload (POST .../columns or `columns` in a new list). */
export function parseColumnDefinition(raw: unknown, existing: readonly StoredColumn[]): StoredColumn {
  const body = isRecordOrThrow(raw, 'columnDefinition');
  rejectUnknownProperties(body, COLUMN_PROPERTIES, 'columnDefinition');
  for (const facet of UNSUPPORTED_FACETS) {
    if (body[facet] !== undefined && body[facet] !== null) {
      throw invalidRequest(
        `The local stand-in does not support '${facet}' columns. Store people as text (name and email) and use text, number, dateTime, choice or boolean columns.`,
      );
    }
  }
  const name = body['name'];
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(name)) {
    throw invalidRequest(
      "A column needs a 'name' of 1-32 letters, digits or underscores, starting with a letter (it becomes the field's internal name).",
    );
  }
  if (existing.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
    throw new GraphError(409, 'nameAlreadyExists', `A duplicate field name "${name}" was found.`);
  }
  refuseReservedName(name);
  const displayName = optionalString(body, 'displayName', name);
  refuseReservedName(displayName);
  const kinds = SUPPORTED_KINDS.filter((k) => body[k] !== undefined && body[k] !== null);
  if (kinds.length !== 1) {
    throw invalidRequest(`Column '${name}' must have exactly one type facet: ${SUPPORTED_KINDS.join(', ')}.`);
  }
  const kind = kinds[0] as (typeof SUPPORTED_KINDS)[number];
  const column: StoredColumn = {
    id: randomUUID(),
    name,
    displayName,
    description: optionalString(body, 'description', ''),
    columnGroup: optionalString(body, 'columnGroup', 'Custom Columns'),
    enforceUniqueValues: optionalBoolean(body, 'enforceUniqueValues', false),
    hidden: optionalBoolean(body, 'hidden', false),
    indexed: optionalBoolean(body, 'indexed', false),
    readOnly: false,
    required: optionalBoolean(body, 'required', false),
    kind,
    builtIn: false,
    ...(kind === 'text' ? { text: parseText(body['text']) } : {}),
    ...(kind === 'choice' ? { choice: parseChoice(body['choice']) } : {}),
    ...(kind === 'number' ? { number: isRecordOrThrow(body['number'], 'number') } : {}),
    ...(kind === 'dateTime' ? { dateTime: isRecordOrThrow(body['dateTime'], 'dateTime') } : {}),
  };
  checkIndexRules(column, existing);
  return column;
}

/** SharePoint's index rules: no index on multiple lines of text, at most 20, unique values need an index. */
export function checkIndexRules(column: StoredColumn, others: readonly StoredColumn[]): void {
  if (column.indexed && column.text?.allowMultipleLines) {
    throw invalidRequest(
      `Column '${column.name}' cannot be indexed: multiple lines of text columns cannot be indexed.`,
    );
  }
  if (column.enforceUniqueValues && !column.indexed) {
    throw invalidRequest(`Column '${column.name}' must be indexed to enforce unique values.`);
  }
  const indexedOthers = others.filter((c) => c.indexed && !c.builtIn && c.id !== column.id).length;
  if (column.indexed && !column.builtIn && indexedOthers >= MAX_INDEXED_COLUMNS) {
    throw invalidRequest(
      `A list can have at most ${MAX_INDEXED_COLUMNS} indexed columns; '${column.name}' would be one more.`,
    );
  }
}

/** PATCH .../columns/{id}: the properties a list owner can change after creation. */
export function patchColumn(column: StoredColumn, raw: unknown, all: readonly StoredColumn[]): StoredColumn {
  const body = isRecordOrThrow(raw, 'columnDefinition');
  rejectUnknownProperties(body, COLUMN_PROPERTIES, 'columnDefinition');
  const changeable = [
    'displayName',
    'description',
    'indexed',
    'required',
    'hidden',
    'enforceUniqueValues',
    'choice',
  ];
  for (const key of Object.keys(body)) {
    if (key.startsWith('@odata.') || key === 'id' || key === 'name') continue;
    if (!changeable.includes(key))
      throw invalidRequest(`The local stand-in cannot change '${key}' of an existing column.`);
  }
  if (column.readOnly && Object.keys(body).some((k) => k !== 'indexed' && !k.startsWith('@odata.'))) {
    throw invalidRequest(`Column '${column.name}' is read-only; only its index can change.`);
  }
  if (body['displayName'] !== undefined && body['displayName'] !== column.displayName)
    refuseReservedName(optionalString(body, 'displayName', column.displayName));
  const next: StoredColumn = {
    ...column,
    displayName: optionalString(body, 'displayName', column.displayName),
    description: optionalString(body, 'description', column.description),
    indexed: optionalBoolean(body, 'indexed', column.indexed),
    required: optionalBoolean(body, 'required', column.required),
    hidden: optionalBoolean(body, 'hidden', column.hidden),
    enforceUniqueValues: optionalBoolean(body, 'enforceUniqueValues', column.enforceUniqueValues),
    ...(body['choice'] !== undefined && column.kind === 'choice'
      ? { choice: parseChoice(body['choice']) }
      : {}),
  };
  checkIndexRules(next, all);
  return next;
}

/** Graph's columnDefinition projection. */
export function toGraphColumn(column: StoredColumn): Record<string, unknown> {
  const facet: Record<string, unknown> = {};
  if (column.kind === 'text') facet['text'] = column.text ?? {};
  if (column.kind === 'number') facet['number'] = column.number ?? {};
  if (column.kind === 'dateTime') facet['dateTime'] = column.dateTime ?? {};
  if (column.kind === 'choice') facet['choice'] = column.choice ?? {};
  if (column.kind === 'boolean') facet['boolean'] = {};
  if (column.kind === 'personOrGroup')
    facet['personOrGroup'] = {
      allowMultipleSelection: false,
      displayAs: 'nameWithPresence',
      chooseFromType: 'peopleOnly',
    };
  return {
    columnGroup: column.columnGroup,
    description: column.description,
    displayName: column.displayName,
    enforceUniqueValues: column.enforceUniqueValues,
    hidden: column.hidden,
    id: column.id,
    indexed: column.indexed,
    name: column.name,
    readOnly: column.readOnly,
    required: column.required,
    isDeletable: !column.builtIn,
    isReorderable: true,
    isSealed: column.builtIn,
    propagateChanges: false,
    ...facet,
  };
}
