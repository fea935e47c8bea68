import { invalidRequest } from './errors';
import { queryOption } from './http';

/** `$expand=fields($select=a,b),columns` → { fields: { select: [a, b] }, columns: { select: null } }. */
export interface ExpandOption {
  readonly select: readonly string[] | null;
}

/** Splits on commas that are not inside parentheses. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

export function parseExpand(query: URLSearchParams): Map<string, ExpandOption> {
  const text = queryOption(query, 'expand');
  const result = new Map<string, ExpandOption>();
  if (!text) return result;
  for (const part of splitTopLevel(text, ',')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:\((.*)\))?$/.exec(part);
    if (!match) throw invalidRequest(`Invalid $expand clause '${part}'.`);
    let select: string[] | null = null;
    for (const option of splitTopLevel(match[2] ?? '', ';')) {
      const [name, value] = option.split('=', 2);
      if (name?.replace(/^\$/, '').toLowerCase() !== 'select' || value === undefined) {
        throw invalidRequest(`Only $select is supported inside $expand; '${option}' was given.`);
      }
      select = parseList(value);
    }
    result.set(match[1] as string, { select });
  }
  return result;
}

const parseList = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

export function parseSelect(query: URLSearchParams): string[] | null {
  const text = queryOption(query, 'select');
  return text ? parseList(text) : null;
}

/**
 * `$top`: a positive whole number. Some APIs quietly cap it (SharePoint items at 5,000), others refuse
 * anything over their maximum (directory users over 999): `onTooLarge` says which.
 */
export function parseTop(
  query: URLSearchParams,
  fallback: number,
  max: number,
  onTooLarge: 'cap' | 'refuse',
): number {
  const text = queryOption(query, 'top');
  if (text === null) return fallback;
  const top = Number(text);
  if (!/^\d+$/.test(text.trim()) || top < 1)
    throw invalidRequest(`Invalid page size specified: '${text}'. It must be a whole number of at least 1.`);
  if (top > max) {
    if (onTooLarge === 'cap') return max;
    throw invalidRequest(`Invalid page size specified: '${text}'. Must be between 1 and ${max} inclusive.`);
  }
  return top;
}

/** Keeps OData annotations, the id and the selected properties. */
export function applySelect(
  entity: Record<string, unknown>,
  select: readonly string[] | null,
): Record<string, unknown> {
  if (!select) return entity;
  return Object.fromEntries(
    Object.entries(entity).filter(
      ([key]) => key.startsWith('@odata.') || key === 'id' || select.includes(key),
    ),
  );
}

export const odataContext = (baseUrl: string, fragment: string): string =>
  `${baseUrl}/v1.0/$metadata#${fragment}`;
