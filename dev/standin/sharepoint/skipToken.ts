import { invalidRequest } from '../core/errors';
import type { SortKey } from './fieldValues';
import type { Cursor } from './query';

/**
 * Opaque `$skiptoken`s in SharePoint's style (base64 of `Paged=TRUE&p_ID=…`), carrying the last row's sort keys
 * so the next page starts after it even if items were added or removed in between.
 */
export function encodeSkipToken(cursor: Cursor): string {
  const params = new URLSearchParams({ Paged: 'TRUE', p_ID: String(cursor.id) });
  if (cursor.keys.length > 0) params.set('p_Keys', JSON.stringify(cursor.keys));
  return Buffer.from(params.toString(), 'utf8').toString('base64url');
}

export function decodeSkipToken(token: string, sortKeyCount: number): Cursor {
  const invalid = () =>
    invalidRequest('The $skiptoken is not valid for this query; start again from the first page.');
  const params = new URLSearchParams(Buffer.from(token, 'base64url').toString('utf8'));
  const id = Number(params.get('p_ID'));
  if (params.get('Paged') !== 'TRUE' || !Number.isInteger(id)) throw invalid();
  let keys: SortKey[] = [];
  const rawKeys = params.get('p_Keys');
  if (rawKeys !== null) {
    try {
      keys = JSON.parse(rawKeys) as SortKey[];
    } catch {
      throw invalid();
    }
  }
  if (!Array.isArray(keys) || keys.length !== sortKeyCount) throw invalid();
  return { id, keys };
}
