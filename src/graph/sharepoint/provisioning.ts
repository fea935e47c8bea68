import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { ServiceError } from '../../domain/errors';
import { isSuccess, sendBatch, type BatchOptions, type BatchRequest } from '../batch';
import { domainErrorOf } from '../httpErrors';
import { withQuery } from '../odata';
import { fetchSiteLists } from './lists';
import { readAll } from './shared/reads';
import { listPath, sitePath } from './shared/requests';
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

export { resolveSite, siteAddress, type SiteInfo } from './site';

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
  /** Columns still showing a display name SharePoint reserves, which an earlier version gave them. */
  readonly relabelledColumns: readonly (ColumnRef & {
    readonly columnId: string;
    readonly displayName: string;
  })[];
  /** Columns that exist with another type: provisioning cannot change a type, so someone must look. */
  readonly conflictingColumns: readonly (ColumnRef & { readonly found: string })[];
  /** The lowest schema version recorded on the lists found, or null when none is recorded. */
  readonly schemaVersion: number | null;
  readonly ready: boolean;
}

const ColumnSchema = z.object({
  id: z.string(),
  name: z.string(),
  displayName: z.string().nullish(),
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
          $select: 'id,name,displayName,indexed,text,number,boolean',
        }),
      },
      item: { kind: 'list' as const, id: list.displayName },
    })),
    batch,
  );

  const missingColumns: ColumnRef[] = [];
  const unindexedColumns: (ColumnRef & { columnId: string })[] = [];
  const conflictingColumns: (ColumnRef & { found: string })[] = [];
  const relabelledColumns: (ColumnRef & { columnId: string; displayName: string })[] = [];
  present.forEach(({ spec }, index) => {
    const columns = z.array(ColumnSchema).parse(columnSets[index]);
    const byColumnName = new Map(columns.map((column) => [column.name.toLowerCase(), column]));
    for (const wanted of spec.columns) {
      const column = byColumnName.get(wanted.name.toLowerCase());
      if (!column) missingColumns.push({ list: spec.key, column: wanted.name });
      else if (kindOf(column) !== wanted.kind)
        conflictingColumns.push({ list: spec.key, column: wanted.name, found: kindOf(column) });
      else {
        if (wanted.indexed && !column.indexed)
          unindexedColumns.push({ list: spec.key, column: wanted.name, columnId: column.id });
        // Only our own old labels change: a label the school chose is theirs to keep.
        const shown = (column.displayName ?? '').toLowerCase();
        if (wanted.formerDisplayNames?.some((former) => former.toLowerCase() === shown))
          relabelledColumns.push({
            list: spec.key,
            column: wanted.name,
            columnId: column.id,
            displayName: wanted.displayName,
          });
      }
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
    relabelledColumns,
    conflictingColumns,
    schemaVersion: versions.length === 0 ? null : Math.min(...versions),
    ready:
      missingLists.length === 0 &&
      missingColumns.length === 0 &&
      unindexedColumns.length === 0 &&
      relabelledColumns.length === 0 &&
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

/** Every change provisioning makes, one queue per list, in the order it must happen in that list. */
const stepsByList = (siteId: string, check: IepListsCheck): Step[][] => {
  const listId = (key: IepListKey): string => check.listIds[key] as string;
  const columnUrl = (key: IepListKey, columnId: string): string =>
    `${listPath(siteId, listId(key))}/columns/${encodeURIComponent(columnId)}`;
  return IEP_LISTS.map((spec) => {
    const list = spec.displayName;
    if (check.missingLists.includes(spec.key)) {
      return [
        {
          request: newListRequest(siteId, spec),
          message: `Created the list ${list}.`,
          item: list,
        },
      ];
    }
    const mine = <T extends ColumnRef>(refs: readonly T[]): T[] =>
      refs.filter((ref) => ref.list === spec.key);
    return [
      ...mine(check.missingColumns).map(({ column }) => ({
        request: {
          method: 'POST' as const,
          url: `${listPath(siteId, listId(spec.key))}/columns`,
          body: columnDefinitionFor(columnSpecOf(spec.key, column)),
        },
        message: `Added the column ${column} to ${list}.`,
        item: `${list}/${column}`,
      })),
      ...mine(check.unindexedColumns).map(({ column, columnId }) => ({
        request: { method: 'PATCH' as const, url: columnUrl(spec.key, columnId), body: { indexed: true } },
        message: `Indexed the column ${column} in ${list}.`,
        item: `${list}/${column}`,
      })),
      ...mine(check.relabelledColumns).map(({ column, columnId, displayName }) => ({
        request: { method: 'PATCH' as const, url: columnUrl(spec.key, columnId), body: { displayName } },
        message: `Renamed the column ${column} in ${list} to "${displayName}".`,
        item: `${list}/${column}`,
      })),
    ];
  });
};

/**
 * SharePoint refuses two schema changes to one list that overlap ("Save Conflict", 409), and `$batch`
 * runs requests without `dependsOn` in any order and at once. So each `$batch` carries at most one
 * change per list: different lists change together, one list's changes follow one another.
 */
const rounds = (queues: readonly Step[][]): Step[][] => {
  const longest = Math.max(0, ...queues.map((queue) => queue.length));
  return Array.from({ length: longest }, (_, index) =>
    queues.flatMap((queue) => (index < queue.length ? [queue[index] as Step] : [])),
  );
};

/**
 * Creates whatever IEP lists and columns are missing, restores lost indexes and renames columns whose
 * old display names SharePoint reserves; touches nothing that is already right, so running it twice
 * changes nothing. Types are never changed: a column of the wrong type is reported for a person to
 * resolve.
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
  const plan = rounds(stepsByList(siteId, before));
  const total = plan.reduce((sum, round) => sum + round.length, 0);
  let done = 0;
  onProgress?.({
    done,
    total,
    message: total === 0 ? 'The IEP lists are already set up.' : 'Setting up the IEP lists…',
  });
  for (const round of plan) {
    const responses = await sendBatch(
      client,
      round.map((step) => step.request),
      batch,
    );
    responses.forEach((response, index) => {
      const step = round[index] as Step;
      if (!isSuccess(response)) throw domainErrorOf(response, { kind: 'list', id: step.item });
      done += 1;
      onProgress?.({ done, total, message: step.message });
    });
  }
  return total === 0 ? before : checkIepLists(client, siteId, batch);
};
