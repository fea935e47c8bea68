import { z } from 'zod';
import { PlanSeriesIdSchema } from '../../../domain/ids';
import { isoDateTime } from '../../../domain/limits';
import type { BookedReview, ItemProblem } from '../../../domain/ports';
import { decodeItem, nullableColumn, partition, textColumn } from '../shared/listItem';
import type { Read } from '../shared/reads';
import { LARGEST_PAGE_SIZE, queryItems } from '../shared/requests';
import type { StoreContext } from '../storeContext';

const BookedFieldsSchema = z.object({
  PlanSeriesId: textColumn(PlanSeriesIdSchema),
  StartDateTime: nullableColumn(isoDateTime('Start')),
});

/**
 * Every review meeting booked and not yet held, school-wide, through the ReviewStatus index (schema
 * 5). Only the two columns the counts need are fetched; a school books a few hundred a term at most.
 */
export const bookedReviewsRead = (ctx: StoreContext, reviewsListId: string): Read => ({
  request: queryItems(ctx.siteId, reviewsListId, {
    column: 'ReviewStatus',
    value: 'scheduled',
    pageSize: LARGEST_PAGE_SIZE,
    select: Object.keys(BookedFieldsSchema.shape),
  }),
  item: { kind: 'list', id: 'IEP Reviews' },
});

/** Booked reviews from the read's items; one with no start recorded is not a booking anyone can count. */
export const bookedReviewsFrom = (
  items: unknown,
): { readonly booked: BookedReview[]; readonly problems: ItemProblem[] } => {
  const { values, problems } = partition(
    (items as unknown[]).map((raw) => decodeItem('review', raw, BookedFieldsSchema)),
  );
  const booked = values.flatMap((fields) =>
    fields.StartDateTime === null ? [] : [{ planSeriesId: fields.PlanSeriesId, start: fields.StartDateTime }],
  );
  return { booked, problems };
};
