import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { ServiceError } from '../../domain/errors';
import { isSuccess, sendBatch, type BatchOptions, type BatchRequest } from '../batch';
import { toDomainError } from '../httpErrors';
import { withQuery } from '../odata';
import { fetchSiteLists } from './lists';
import { failureOf, readAll } from './reads';
import { listPath, sitePath } from './requests';
import {
  IEP_LISTS,
  IEP_SCHEMA_VERSION,
  columnDefinitionFor,
  listDescription,
  type ColumnKind,
  type ColumnSpec,
  type IepListKey,
  type ListSpec,
} from './schema';

export interface SiteInfo {
  readonly id: string;
  readonly displayName: string;
  readonly webUrl: string;
}

const SiteSchema = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  webUrl: z.string().nullish(),
});

/**
 * Accepts what a SENCO might paste: a site URL (`https://contoso.sharepoint.com/sites/SEN`), Graph's
 * `hostname:/server-relative-path` form, or a site id (`host,siteGuid,webGuid`).
 */
export const siteAddress = (siteRef: string): string => {
  const ref = siteRef.trim();
  if (/^https?:\/\//i.test(ref)) {
    const url = new URL(ref);
    const path = url.pathname.replace(/\/+$/, '');
    return path === '' ? url.hostname : `${url.hostname}:${encodeURI(path)}`;
  }
  return ref;
};

export const resolveSite = async (client: Client, siteRef: string): Promise<SiteInfo> => {
  try {
    const raw: unknown = await client
      .api(withQuery(`/sites/${siteAddress(siteRef)}`, { $select: 'id,displayName,webUrl' }))
      .get();
    const site = SiteSchema.parse(raw);
    return { id: site.id, displayName: site.displayName ?? '', webUrl: site.webUrl ?? '' };
  } catch (error) {
    throw toDomainError(error, { kind: 'site', id: siteRef });
  }
};

export interface ColumnRef {
  readonly list: IepListKey;
  readonly column: string;
}

export interface IepListsCheck {
  readonly siteId: string;
  /** Ids of the IEP lists that exist. */
  readonly listIds: Partial<Record<IepListKey, string>>;
  readonly missingLists: readonly IepListKey[];
  readonly missingColumns: readonly ColumnRef[];
  /** Columns a query filters on that have lost their index (SharePoint would refuse the query). */
  readonly unindexedColumns: readonly (ColumnRef & { readonly columnId: string })[];
  /** Columns that exist with another type: provisioning cannot change a type, so someone must look. */
  readonly conflictingColumns: readonly (ColumnRef & { readonly found: string })[];
  /** The lowest schema version recorded on the lists found, or null when none is recorded. */
  readonly schemaVersion: number | null;
  readonly ready: boolean;
}

const ColumnSchema = z.object({
  id: z.string(),
  name: z.string(),
  indexed: z.boolean().nullish(),
  text: z.object({ allowMultipleLines: z.boolean().nullish() }).nullish(),
  number: z.object({}).passthrough().nullish(),
  boolean: z.object({}).passthrough().nullish(),
});
type FoundColumn = z.infer<typeof ColumnSchema>;

const kindOf = (column: FoundColumn): ColumnKind | 'other' => {
  if (column.text) return column.text.allowMultipleLines ? 'note' : 'text';
  if (column.number) return 'number';
  if (column.boolean) return 'boolean';
  return 'other';
};

/** Which IEP lists and columns exist, which are missing and which have lost an index. Two requests. */
export const checkIepLists = async (
  client: Client,
  siteId: string,
  batch: BatchOptions = {},
): Promise<IepListsCheck> => {
  const found = await fetchSiteLists(client, siteId, batch);
  const byName = new Map(found.map((list) => [list.displayName.toLowerCase(), list]));
  const present = IEP_LISTS.flatMap((spec) => {
    const list = byName.get(spec.displayName.toLowerCase());
    return list ? [{ spec, list }] : [];
  });
  const columnSets = await readAll(
    client,
    present.map(({ list }) => ({
      request: {
        method: 'GET' as const,
        url: withQuery(`${listPath(siteId, list.id)}/columns`, {
          $select: 'id,name,indexed,text,number,boolean',
        }),
      },
      item: { kind: 'list' as const, id: list.displayName },
    })),
    batch,
  );

  const missingColumns: ColumnRef[] = [];
  const unindexedColumns: (ColumnRef & { columnId: string })[] = [];
  const conflictingColumns: (ColumnRef & { found: string })[] = [];
  present.forEach(({ spec }, index) => {
    const columns = z.array(ColumnSchema).parse(columnSets[index]);
    const byColumnName = new Map(columns.map((column) => [column.name.toLowerCase(), column]));
    for (const wanted of spec.columns) {
      const column = byColumnName.get(wanted.name.toLowerCase());
      if (!column) missingColumns.push({ list: spec.key, column: wanted.name });
      else if (kindOf(column) !== wanted.kind)
        conflictingColumns.push({ list: spec.key, column: wanted.name, found: kindOf(column) });
      else if (wanted.indexed && !column.indexed)
        unindexedColumns.push({ list: spec.key, column: wanted.name, columnId: column.id });
    }
  });

  const versions = present.map(({ list }) => list.schemaVersion).filter((v): v is number => v !== null);
  const missingLists = IEP_LISTS.filter((spec) => !byName.has(spec.displayName.toLowerCase())).map(
    (spec) => spec.key,
  );
  return {
    siteId,
    listIds: Object.fromEntries(present.map(({ spec, list }) => [spec.key, list.id])),
    missingLists,
    missingColumns,
    unindexedColumns,
    conflictingColumns,
    schemaVersion: versions.length === 0 ? null : Math.min(...versions),
    ready:
      missingLists.length === 0 &&
      missingColumns.length === 0 &&
      unindexedColumns.length === 0 &&
      conflictingColumns.length === 0,
  };
};

export interface ProvisioningProgress {
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

interface Step {
  readonly request: BatchRequest;
  readonly message: string;
  readonly item: string;
}

const specOf = (key: IepListKey): ListSpec => IEP_LISTS.find((spec) => spec.key === key) as ListSpec;
const columnSpecOf = (key: IepListKey, name: string): ColumnSpec =>
  specOf(key).columns.find((column) => column.name === name) as ColumnSpec;

const newListRequest = (siteId: string, spec: ListSpec): BatchRequest => ({
  method: 'POST',
  url: `${sitePath(siteId)}/lists`,
  body: {
    displayName: spec.displayName,
    description: listDescription(spec),
    list: { template: 'genericList' },
    columns: spec.columns.map(columnDefinitionFor),
  },
});

/**
 * Creates whatever IEP lists and columns are missing and restores lost indexes; touches nothing
 * that is already right, so running it twice changes nothing. Types are never changed: a column
 * of the wrong type is reported for a person to resolve.
 */
export const provisionIepLists = async (
  client: Client,
  siteId: string,
  onProgress?: (progress: ProvisioningProgress) => void,
  batch: BatchOptions = {},
): Promise<IepListsCheck> => {
  const before = await checkIepLists(client, siteId, batch);
  if (before.schemaVersion !== null && before.schemaVersion > IEP_SCHEMA_VERSION) {
    throw new ServiceError(
      409,
      'The IEP lists were set up by a newer version of IEP Planner. Update the app before setting them up again.',
    );
  }
  const listId = (key: IepListKey): string => before.listIds[key] as string;
  const rounds: Step[][] = [
    before.missingLists.map((key) => ({
      request: newListRequest(siteId, specOf(key)),
      message: `Created the list ${specOf(key).displayName}.`,
      item: specOf(key).displayName,
    })),
    before.missingColumns.map(({ list, column }) => ({
      request: {
        method: 'POST',
        url: `${listPath(siteId, listId(list))}/columns`,
        body: columnDefinitionFor(columnSpecOf(list, column)),
      },
      message: `Added the column ${column} to ${specOf(list).displayName}.`,
      item: `${specOf(list).displayName}/${column}`,
    })),
    before.unindexedColumns.map(({ list, column, columnId }) => ({
      request: {
        method: 'PATCH',
        url: `${listPath(siteId, listId(list))}/columns/${encodeURIComponent(columnId)}`,
        body: { indexed: true },
      },
      message: `Indexed the column ${column} in ${specOf(list).displayName}.`,
      item: `${specOf(list).displayName}/${column}`,
    })),
  ];
  const total = rounds.reduce((sum, round) => sum + round.length, 0);
  let done = 0;
  onProgress?.({
    done,
    total,
    message: total === 0 ? 'The IEP lists are already set up.' : 'Setting up the IEP lists…',
  });
  for (const round of rounds) {
    if (round.length === 0) continue;
    const responses = await sendBatch(
      client,
      round.map((step) => step.request),
      batch,
    );
    responses.forEach((response, index) => {
      const step = round[index] as Step;
      if (!isSuccess(response)) throw failureOf(response, { kind: 'list', id: step.item });
      done += 1;
      onProgress?.({ done, total, message: step.message });
    });
  }
  return total === 0 ? before : checkIepLists(client, siteId, batch);
};
