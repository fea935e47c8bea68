import { sendBatch, unansweredBy, type BatchOptions, type BatchResponse } from '../../batch';
import type { StoreContext } from '../storeContext';
import type { FieldValues } from './listItem';
import { getItem, type FolderCreate, type StoreRequest } from './requests';

/**
 * Creates list items inside a pupil's folder, where the pupil's care team has its permissions
 * (docs/ACCESS.md). Microsoft Graph v1.0 creates list items only at a list's root, so this goes through
 * SharePoint's REST API; everything else the store does stays on Graph.
 */
export interface FolderCreates {
  /** Answers the new item's id; rejects with a SharePointRestFailure when SharePoint refused it. */
  createInFolder(listId: string, pupilId: string, fields: FieldValues): Promise<string>;
}

/** SharePoint's refusal of a REST call, with its HTTP status; anything else thrown means no answer came. */
export class SharePointRestFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfter?: string,
  ) {
    super(message);
    this.name = 'SharePointRestFailure';
  }
}

const refusedBy = (error: unknown): BatchResponse =>
  error instanceof SharePointRestFailure
    ? {
        status: error.status,
        headers: error.retryAfter === undefined ? {} : { 'retry-after': error.retryAfter },
        body: { error: { code: error.code, message: error.message } },
      }
    : unansweredBy(error);

/**
 * Sends the creates one by one, then reads what they made through Graph in one `$batch`, so callers get
 * the same answer (a Graph listItem with its eTag) as from a Graph create. A created item that cannot be
 * read back is an outcome unknown: the caller's client-key look-up finds it rather than creating it twice.
 */
const createAll = async (
  ctx: StoreContext,
  folders: FolderCreates,
  creates: readonly FolderCreate[],
): Promise<BatchResponse[]> => {
  const made: (string | BatchResponse)[] = [];
  for (const create of creates) {
    made.push(await folders.createInFolder(create.listId, create.pupilId, create.fields).catch(refusedBy));
  }
  const reads = made.flatMap((result, index) =>
    typeof result === 'string'
      ? [{ index, request: getItem(ctx.siteId, (creates[index] as FolderCreate).listId, result) }]
      : [],
  );
  let answers: BatchResponse[] = [];
  try {
    answers =
      reads.length === 0
        ? []
        : await sendBatch(
            ctx.client,
            reads.map((read) => read.request),
            ctx.batch,
          );
  } catch (error) {
    answers = reads.map(() => unansweredBy(error));
  }
  const readAnswer = new Map(reads.map((read, position) => [read.index, answers[position] as BatchResponse]));
  return made.map((result, index) => {
    if (typeof result !== 'string') return result;
    const answer = readAnswer.get(index) as BatchResponse;
    return answer.status === 200
      ? { ...answer, status: 201 }
      : unansweredBy(new Error('created but not read'));
  });
};

/**
 * `sendBatch` for the store: creates that belong in a pupil's folder go through SharePoint's REST API,
 * the rest as Graph `$batch`es. Answers come back in request order, one per request, as from `sendBatch`;
 * the parts are independent (no `dependsOn`), so which goes first does not matter.
 */
export const sendStoreBatch = async (
  ctx: StoreContext,
  requests: readonly StoreRequest[],
  batch: BatchOptions = ctx.batch,
): Promise<BatchResponse[]> => {
  const folders = ctx.folders;
  const inFolder = folders === undefined ? [] : requests.flatMap((r, i) => (r.inFolder ? [i] : []));
  if (folders === undefined || inFolder.length === 0) return sendBatch(ctx.client, requests, batch);
  const viaGraph = requests.flatMap((_, i) => (inFolder.includes(i) ? [] : [i]));
  const graphAnswers =
    viaGraph.length === 0
      ? []
      : await sendBatch(
          ctx.client,
          viaGraph.map((i) => requests[i] as StoreRequest),
          batch,
        );
  const folderAnswers = await createAll(
    ctx,
    folders,
    inFolder.map((i) => (requests[i] as StoreRequest).inFolder as FolderCreate),
  );
  const results: BatchResponse[] = requests.map(() => unansweredBy(new Error('not sent')));
  viaGraph.forEach((i, position) => (results[i] = graphAnswers[position] as BatchResponse));
  inFolder.forEach((i, position) => (results[i] = folderAnswers[position] as BatchResponse));
  return results;
};
