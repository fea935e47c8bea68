import { GraphError, invalidRequest, rejectUnknownProperties } from '../core/errors';
import { isRecord } from '../core/http';
import type { StoredEvent, StoredExtendedProperty } from './model';

/**
 * Single-value extended properties (MAPI named properties) on events, as Exchange handles them:
 * https://learn.microsoft.com/en-us/graph/api/singlevaluelegacyextendedproperty-get?view=graph-rest-1.0
 * An id is `{type} {guid} Name {name}` or `{type} {guid} Id {0x...}`. The stand-in keeps String
 * properties only, which is all IEP Planner writes.
 */
const NAMED_ID =
  /^String \{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\} (Name|Id) (\S.*)$/i;

const invalidId = (id: string): GraphError =>
  new GraphError(400, 'ErrorInvalidProperty', `The extended property id '${id}' is not valid.`);

/** The GUID and the word Name/Id compare case-insensitively; the property's name does not (docs above). */
const normalisedId = (id: string): string => {
  const match = NAMED_ID.exec(id.trim());
  if (!match) throw invalidId(id);
  return `string {${(match[1] as string).toLowerCase()}} ${(match[2] as string).toLowerCase()} ${match[3] as string}`;
};

export const readExtendedProperties = (value: unknown): StoredExtendedProperty[] => {
  if (!Array.isArray(value))
    throw invalidRequest("The property 'singleValueExtendedProperties' must be a collection.");
  return value.map((item) => {
    if (!isRecord(item))
      throw invalidRequest(
        "A value of type 'microsoft.graph.singleValueLegacyExtendedProperty' was expected.",
      );
    rejectUnknownProperties(item, ['id', 'value'], 'singleValueLegacyExtendedProperty');
    if (typeof item.id !== 'string') throw invalidId(String(item.id));
    if (typeof item.value !== 'string')
      throw invalidRequest("The property 'value' of an extended property must be a string.");
    normalisedId(item.id);
    return { id: item.id.trim(), value: item.value };
  });
};

/** PATCH adds properties and replaces those with the same id; it never removes the others. */
export const mergeExtendedProperties = (
  current: readonly StoredExtendedProperty[],
  changes: readonly StoredExtendedProperty[],
): StoredExtendedProperty[] => {
  const byId = new Map(current.map((p) => [normalisedId(p.id), p]));
  for (const change of changes) byId.set(normalisedId(change.id), change);
  return [...byId.values()];
};

export interface ExtendedPropertyFilter {
  readonly id: string;
  readonly value: string;
}

const STRING_LITERAL = String.raw`'((?:[^']|'')*)'`;
const ANY_FILTER = new RegExp(
  String.raw`^singleValueExtendedProperties/any\(\s*(\w+)\s*:\s*\1/id\s+eq\s+${STRING_LITERAL}\s+and\s+\1/value\s+eq\s+${STRING_LITERAL}\s*\)$`,
  'i',
);

/**
 * `$filter=singleValueExtendedProperties/Any(ep: ep/id eq '...' and ep/value eq '...')`, the one
 * event filter the stand-in understands; any other is refused rather than silently ignored.
 */
export const parseExtendedPropertyFilter = (text: string): ExtendedPropertyFilter => {
  const match = ANY_FILTER.exec(text.trim());
  if (!match)
    throw new GraphError(
      400,
      'ErrorInvalidUrlQueryFilter',
      "The stand-in filters events only by singleValueExtendedProperties/Any(ep: ep/id eq '...' and ep/value eq '...').",
    );
  const id = (match[2] as string).replace(/''/g, "'");
  normalisedId(id);
  return { id, value: (match[3] as string).replace(/''/g, "'") };
};

/** Filtering on the value is case-insensitive, as the docs above say. */
export const hasExtendedProperty = (event: StoredEvent, filter: ExtendedPropertyFilter): boolean => {
  const wanted = normalisedId(filter.id);
  return (event.extendedProperties ?? []).some(
    (p) => normalisedId(p.id) === wanted && p.value.toLowerCase() === filter.value.toLowerCase(),
  );
};
