import { z } from 'zod';
import { Invalid, type ItemRef, type StoredItemKind } from '../../../domain/errors';
import { MULTI_LINE_MAX, SINGLE_LINE_MAX } from '../../../domain/limits';
import type { ItemProblem } from '../../../domain/ports';

/** A Graph `listItem` as the store reads it: everything else on the item is ignored. */
export const ListItemSchema = z.object({
  id: z.string().min(1),
  eTag: z.string().optional(),
  '@odata.etag': z.string().optional(),
  lastModifiedDateTime: z.string().optional(),
  // SharePoint's own record of who last wrote the item (an identitySet): unlike a column, no client sets it.
  lastModifiedBy: z.object({ user: z.object({ displayName: z.string().optional() }).optional() }).optional(),
  fields: z.record(z.string(), z.unknown()),
});
export type RawListItem = z.infer<typeof ListItemSchema>;

export type FieldValues = Record<string, string | number | boolean | null>;

export type ItemDecode<T> =
  | {
      readonly ok: true;
      readonly value: T;
      readonly item: RawListItem;
      readonly problems: readonly ItemProblem[];
    }
  | { readonly ok: false; readonly problem: ItemProblem };

/** SharePoint list item ids are whole numbers; the editor's ids for items not yet saved are not. */
export const isSharePointItemId = (id: string): boolean => /^\d+$/.test(id);

/**
 * The item's eTag, wherever this service put it. Opaque: list items say `"guid,7"`, other SharePoint
 * resources `"{GUID},7"`; it is only ever sent back as it came, in If-Match.
 */
export const etagOf = (item: RawListItem): string | undefined => {
  const fromFields = item.fields['@odata.etag'];
  return item.eTag ?? item['@odata.etag'] ?? (typeof fromFields === 'string' ? fromFields : undefined);
};

/** Who last changed the item, as SharePoint recorded it (`lastModifiedBy`): never a column a client wrote. */
export const lastModifiedOf = (item: RawListItem): { readonly by: string } => ({
  by: item.lastModifiedBy?.user?.displayName?.trim() ?? '',
});

const unreadableId = (raw: unknown): string => {
  if (
    raw &&
    typeof raw === 'object' &&
    'id' in raw &&
    (typeof raw.id === 'string' || typeof raw.id === 'number')
  ) {
    return String(raw.id);
  }
  return 'unknown';
};

const problemFrom = (ref: ItemRef, issue: z.core.$ZodIssue): ItemProblem => ({
  item: ref,
  field: issue.path.map(String).join('.') || '(item)',
  message: issue.message,
});

/**
 * Reads one item's `fields` through a zod schema keyed by column name, so a problem names the
 * column (and, inside a JSON column, the path within it). Columns in `soft` may be replaced by
 * their defaults when broken: the item still loads and the problem is reported alongside.
 */
export const decodeItem = <S extends z.ZodType>(
  kind: StoredItemKind,
  raw: unknown,
  fieldsSchema: S,
  soft: ReadonlySet<string> = new Set(),
): ItemDecode<z.output<S>> => {
  const envelope = ListItemSchema.safeParse(raw);
  if (!envelope.success) {
    const issue = envelope.error.issues[0] as z.core.$ZodIssue;
    return { ok: false, problem: problemFrom({ kind, id: unreadableId(raw) }, issue) };
  }
  const item = envelope.data;
  const ref: ItemRef = { kind, id: item.id };
  const first = fieldsSchema.safeParse(item.fields);
  if (first.success) return { ok: true, value: first.data, item, problems: [] };

  const brokenColumns = new Set(first.error.issues.map((issue) => String(issue.path[0] ?? '')));
  const allSoft = [...brokenColumns].every((column) => soft.has(column));
  if (!allSoft) {
    const hard = first.error.issues.find(
      (issue) => !soft.has(String(issue.path[0] ?? '')),
    ) as z.core.$ZodIssue;
    return { ok: false, problem: problemFrom(ref, hard) };
  }
  const repaired = Object.fromEntries(
    Object.entries(item.fields).filter(([column]) => !brokenColumns.has(column)),
  );
  const second = fieldsSchema.safeParse(repaired);
  if (!second.success)
    return { ok: false, problem: problemFrom(ref, second.error.issues[0] as z.core.$ZodIssue) };
  return {
    ok: true,
    value: second.data,
    item,
    problems: first.error.issues.map((issue) => problemFrom(ref, issue)),
  };
};

/**
 * The last step of every mapper: the assembled value must also pass the domain schema (which may
 * check more than a column can, e.g. cross-field rules). If it does not, that is the item's problem.
 */
export const finish = <T, R>(
  kind: StoredItemKind,
  decoded: ItemDecode<R>,
  schema: z.ZodType<T>,
  candidate: (fields: R, item: RawListItem) => unknown,
): ItemDecode<T> => {
  if (!decoded.ok) return decoded;
  const parsed = schema.safeParse(candidate(decoded.value, decoded.item));
  if (parsed.success) return { ok: true, value: parsed.data, item: decoded.item, problems: decoded.problems };
  return {
    ok: false,
    problem: problemFrom({ kind, id: decoded.item.id }, parsed.error.issues[0] as z.core.$ZodIssue),
  };
};

export const mapDecoded = <T, R>(
  decoded: ItemDecode<T>,
  map: (value: T, item: RawListItem) => R,
): ItemDecode<R> => (decoded.ok ? { ...decoded, value: map(decoded.value, decoded.item) } : decoded);

/** SharePoint leaves empty columns out of `fields`; these read "absent" as the domain's empty value. */
const absentAs =
  (fallback: unknown) =>
  (value: unknown): unknown =>
    value === undefined || value === null ? fallback : value;

export const textColumn = <S extends z.ZodType>(schema: S) => z.preprocess(absentAs(''), schema);

export const nullableColumn = <S extends z.ZodType>(schema: S) =>
  z.preprocess(
    (value) => (value === undefined || value === null || value === '' ? null : value),
    schema.nullable(),
  );

/**
 * A column a later schema added: items written before it, or with it left empty, read as the domain's
 * default for the field.
 */
export const defaultedColumn = <S extends z.ZodType>(schema: S, fallback: z.input<S>) =>
  z.preprocess((value) => (value === undefined || value === null || value === '' ? fallback : value), schema);

/** Number columns come back as JSON numbers; tolerate a numeric string. */
export const numberColumn = (schema: z.ZodNumber) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value), schema);

export const booleanColumn = z.preprocess(absentAs(false), z.boolean());

/** Multi-valued data lives as JSON in a note column (multi-value choice columns are unreliable via Graph). */
export const jsonColumn = <S extends z.ZodType>(schema: S, whenEmpty: unknown) =>
  z
    .preprocess(absentAs(''), z.string())
    .transform((text, context): unknown => {
      if (text.trim() === '') return whenEmpty;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'The column does not hold valid JSON.' });
        return z.NEVER;
      }
    })
    .pipe(schema);

/** Dotted paths of the non-empty text inside a value, e.g. `profile.likes`, `people.professionals.0.name`. */
const textPaths = (value: unknown, path: string): string[] => {
  if (typeof value === 'string') return value === '' ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((entry, index) => textPaths(entry, `${path}.${index}`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, entry]) => textPaths(entry, `${path}.${key}`));
  return [];
};

/**
 * The text of a JSON note column. Each field in it passes its own limit, but together, with JSON's
 * quotes and escapes, they can pass the column's 63,999 characters, which SharePoint refuses. That is
 * refused here, before anything is sent, at every field that feeds the column (`path` is where the
 * value sits in the domain object, `label` how the form names it): never cut short, never a 400.
 */
export const jsonNote = (value: unknown, path: string, label: string): string => {
  const text = JSON.stringify(value);
  if (text.length <= MULTI_LINE_MAX) return text;
  const message =
    `${label} is too long to save: its fields together come to ${text.length.toLocaleString('en-GB')} ` +
    `characters once stored, and SharePoint holds ${MULTI_LINE_MAX.toLocaleString('en-GB')}. Shorten some of them.`;
  const paths = textPaths(value, path);
  throw new Invalid((paths.length > 0 ? paths : [path]).map((at) => ({ path: at, message })));
};

/** The built-in Title column is a single line of text: keep it readable and within 255 characters. */
export const titleOf = (text: string): string => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= SINGLE_LINE_MAX ? oneLine : `${oneLine.slice(0, SINGLE_LINE_MAX - 1)}…`;
};

/** Splits decoded items into values and problems: one bad item never hides the rest of a list. */
export const partition = <T>(results: readonly ItemDecode<T>[]): { values: T[]; problems: ItemProblem[] } => {
  const values: T[] = [];
  const problems: ItemProblem[] = [];
  for (const result of results) {
    if (result.ok) {
      values.push(result.value);
      problems.push(...result.problems);
    } else problems.push(result.problem);
  }
  return { values, problems };
};
