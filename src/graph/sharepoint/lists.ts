import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { NotFound } from '../../domain/errors';
import type { BatchOptions } from '../batch';
import { withQuery } from '../odata';
import { readAll } from './shared/reads';
import { sitePath } from './shared/requests';
import { IEP_LISTS, schemaVersionOf, type IepListKey } from './schema';

export type IepListIds = Readonly<Record<IepListKey, string>>;

export interface SiteList {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly schemaVersion: number | null;
}

const SiteListSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  description: z.string().nullish(),
});

/** The site's lists (system lists are hidden by Graph unless asked for, which is what we want). */
export const fetchSiteLists = async (
  client: Client,
  siteId: string,
  batch: BatchOptions = {},
): Promise<SiteList[]> => {
  const [raw] = await readAll(
    client,
    [
      {
        request: {
          method: 'GET',
          url: withQuery(`${sitePath(siteId)}/lists`, { $select: 'id,displayName,description' }),
        },
        item: { kind: 'site', id: siteId },
      },
    ],
    batch,
  );
  return z
    .array(SiteListSchema)
    .parse(raw)
    .map((list) => ({
      id: list.id,
      displayName: list.displayName,
      description: list.description ?? '',
      schemaVersion: schemaVersionOf(list.description),
    }));
};

/** Finds the IEP lists by display name; names every list that is missing so setup can be offered. */
export const resolveIepListIds = async (
  client: Client,
  siteId: string,
  batch: BatchOptions = {},
): Promise<IepListIds> => {
  const found = await fetchSiteLists(client, siteId, batch);
  const byName = new Map(found.map((list) => [list.displayName.toLowerCase(), list.id]));
  const ids: Partial<Record<IepListKey, string>> = {};
  for (const spec of IEP_LISTS) {
    const id = byName.get(spec.displayName.toLowerCase());
    if (!id) throw new NotFound({ kind: 'list', id: spec.displayName });
    ids[spec.key] = id;
  }
  return ids as IepListIds;
};
