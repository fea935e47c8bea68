/**
 * OData literals and query strings. The Graph SDK joins query parameters into the URL as given,
 * so every value is escaped for OData and then percent-encoded here, once.
 */

/** A string literal for `$filter`: single quotes are doubled, so O'Brien becomes 'O''Brien'. */
export const escapeODataString = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** `fields/Column eq 'value'`: the store's usual filter (one indexed column per query). */
export const fieldEquals = (column: string, value: string): string =>
  `fields/${column} eq ${escapeODataString(value)}`;

/** `fields/Column ge 'value'`: a range on one indexed column, for "any value from here on". */
export const fieldAtLeast = (column: string, value: string): string =>
  `fields/${column} ge ${escapeODataString(value)}`;

export type QueryParameters = Readonly<Record<string, string | number | undefined>>;

/** `path?$a=1&$b=x` with every value percent-encoded; undefined values are left out. */
export const withQuery = (path: string, query: QueryParameters): string => {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
};

/**
 * An `@odata.nextLink` is absolute; `$batch` sub-requests and the SDK's path parser (which only
 * strips https:// hosts) need it relative to the version root, e.g. `/sites/x/lists/y/items?$skiptoken=...`.
 */
export const relativeToVersionRoot = (absoluteUrl: string): string => {
  const url = new URL(absoluteUrl);
  const match = /^(?:.*?)\/(?:v1\.0|beta)(\/.*)$/.exec(url.pathname);
  return `${match?.[1] ?? url.pathname}${url.search}`;
};
