import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { ItemRef } from '../../../domain/errors';
import { isSuccess, sendBatch, type BatchOptions, type BatchRequest, type BatchResponse } from '../../batch';
import { domainErrorOf } from '../../httpErrors';
import { relativeToVersionRoot } from '../../odata';

export interface Read {
  readonly request: BatchRequest;
  /** Named in the error if this read fails (e.g. the plan that was not found). */
  readonly item: ItemRef;
}

const PageSchema = z.object({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().optional(),
});

/**
 * Runs reads for one screen as one `$batch`, then follows `@odata.nextLink` for every collection
 * that has more pages, again batched, until all pages are in. A single-item read returns its body;
 * a collection read returns every item of every page. Any failed read fails the whole screen.
 */
export const readAll = async (
  client: Client,
  reads: readonly Read[],
  batch: BatchOptions,
): Promise<unknown[]> => {
  const results: unknown[] = [];
  const collected: unknown[][] = reads.map(() => []);
  const isCollection: boolean[] = reads.map(() => false);
  let pending = reads.map((read, index) => ({ index, request: read.request }));

  while (pending.length > 0) {
    const responses = await sendBatch(
      client,
      pending.map((entry) => entry.request),
      batch,
    );
    const next: typeof pending = [];
    pending.forEach((entry, position) => {
      const response = responses[position] as BatchResponse;
      const read = reads[entry.index] as Read;
      if (!isSuccess(response)) throw domainErrorOf(response, read.item);
      const page = PageSchema.safeParse(response.body);
      if (!page.success) {
        results[entry.index] = response.body;
        return;
      }
      isCollection[entry.index] = true;
      (collected[entry.index] as unknown[]).push(...page.data.value);
      const nextLink = page.data['@odata.nextLink'];
      if (nextLink)
        next.push({ index: entry.index, request: { method: 'GET', url: relativeToVersionRoot(nextLink) } });
    });
    pending = next;
  }
  return reads.map((_, index) => (isCollection[index] ? collected[index] : results[index]));
};
