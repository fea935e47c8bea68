import type { SchoolRegister } from '../../../domain/ports';
import { byRegisterName, isOnActiveRegister } from '../../../domain/pupil';
import { PLAN_SUMMARY_COLUMNS, planSummaryFromItem } from '../plans/planMapper';
import { pupilFromItem } from '../pupils/pupilMapper';
import { bookedReviewsFrom, bookedReviewsRead } from '../reviews/bookedReviews';
import { partition } from '../shared/listItem';
import { readAll } from '../shared/reads';
import { LARGEST_PAGE_SIZE, queryItems } from '../shared/requests';
import type { StoreContext } from '../storeContext';

/**
 * The lowest value a current plan's `CurrentClassTeamId` can hold. SharePoint uses one index per query
 * and refuses `ne` on large lists, so "not empty" is asked as a range on the same index: class team
 * ids are Microsoft 365 group ids, GUIDs of hex digits and hyphens, which all sort at or after '0',
 * while a closed version's empty value sorts before it (and SharePoint stores empty text as null,
 * which no range matches). 50,000 plan items over the years still yield only the current ones.
 */
const ANY_CLASS_TEAM = '0';

/**
 * The whole school's SEN register in one `$batch`: active pupils (RegisterStatus index), current
 * plans (CurrentClassTeamId index, as a range) and booked reviews (ReviewStatus index), each in pages
 * of Graph's largest size, so a school of 2,000 pupils needs no second page.
 */
export const loadRegister = async (ctx: StoreContext): Promise<SchoolRegister> => {
  const lists = await ctx.listIds();
  const [pupilItems, planItems, reviewItems] = await readAll(
    ctx.client,
    [
      {
        request: queryItems(ctx.siteId, lists.pupils, {
          column: 'RegisterStatus',
          value: 'active',
          pageSize: LARGEST_PAGE_SIZE,
        }),
        item: { kind: 'list', id: 'IEP Pupils' },
      },
      {
        request: queryItems(ctx.siteId, lists.plans, {
          column: 'CurrentClassTeamId',
          comparison: 'ge',
          value: ANY_CLASS_TEAM,
          pageSize: LARGEST_PAGE_SIZE,
          select: PLAN_SUMMARY_COLUMNS,
        }),
        item: { kind: 'list', id: 'IEP Plans' },
      },
      bookedReviewsRead(ctx, lists.reviews),
    ],
    ctx.batch,
  );
  const pupils = partition((pupilItems as unknown[]).map(pupilFromItem));
  const plans = partition((planItems as unknown[]).map(planSummaryFromItem));
  const reviews = bookedReviewsFrom(reviewItems);
  return {
    // A RegisterStatus edited by hand into something unreadable reads as active (and is reported):
    // the filter is checked again on what was read.
    pupils: pupils.values.filter(isOnActiveRegister).sort(byRegisterName),
    plans: plans.values
      .filter((plan) => plan.status !== 'closed')
      .sort((a, b) => a.pupil.name.localeCompare(b.pupil.name, 'en-GB')),
    booked: reviews.booked,
    problems: [...pupils.problems, ...plans.problems, ...reviews.problems],
  };
};
