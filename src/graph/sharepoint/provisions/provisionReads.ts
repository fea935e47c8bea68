import type { PupilId } from '../../../domain/ids';
import type { ItemProblem } from '../../../domain/ports';
import type { GroupPlan, Placement, Provision, TermKey } from '../../../domain/provision';
import type { ProvisionMapData, PupilProvisions } from '../../../domain/provisionPorts';
import { byRegisterName, isOnActiveRegister } from '../../../domain/pupil';
import { pupilFromItem } from '../pupils/pupilMapper';
import { partition } from '../shared/listItem';
import { readAll, type Read } from '../shared/reads';
import { LARGEST_PAGE_SIZE, allItems, itemsWhereAny, queryItems } from '../shared/requests';
import type { StoreContext } from '../storeContext';
import { groupPlanFromItem } from './groupPlanMapper';
import { placementFromItem } from './placementMapper';
import { provisionFromItem } from './provisionMapper';

const TERMS_PER_QUERY = 15;

const byName = (a: Provision, b: Provision): number => a.name.localeCompare(b.name, 'en-GB');
const byTermThenStart = (a: Placement, b: Placement): number =>
  a.term.localeCompare(b.term) || a.start.localeCompare(b.start) || Number(a.id) - Number(b.id);

/** The whole catalogue: a school runs tens of provisions, so one page of Graph's largest size holds it. */
const catalogueRead = (ctx: StoreContext, listId: string): Read => ({
  request: allItems(ctx.siteId, listId, LARGEST_PAGE_SIZE),
  item: { kind: 'list', id: 'IEP Provisions' },
});

const provisionsFrom = (items: unknown): { values: Provision[]; problems: ItemProblem[] } => {
  const read = partition((items as unknown[]).map(provisionFromItem));
  return { values: read.values.sort(byName), problems: read.problems };
};

export const listProvisions = async (
  ctx: StoreContext,
): Promise<{ readonly provisions: readonly Provision[]; readonly problems: readonly ItemProblem[] }> => {
  const lists = await ctx.listIds();
  const [items] = await readAll(ctx.client, [catalogueRead(ctx, lists.provisions)], ctx.batch);
  const { values, problems } = provisionsFrom(items);
  return { provisions: values, problems };
};

/**
 * A term's provision map in one `$batch`: the catalogue, the term's placements and group plans (each by
 * its indexed Term) and the active register (RegisterStatus index), each in pages of Graph's largest
 * size, so 2,000 pupils and 60 provisions need no second page.
 */
export const loadProvisionMap = async (ctx: StoreContext, term: TermKey): Promise<ProvisionMapData> => {
  const lists = await ctx.listIds();
  const byTerm = (listId: string) =>
    queryItems(ctx.siteId, listId, { column: 'Term', value: term, pageSize: LARGEST_PAGE_SIZE });
  const [provisionItems, placementItems, planItems, pupilItems] = await readAll(
    ctx.client,
    [
      catalogueRead(ctx, lists.provisions),
      { request: byTerm(lists.placements), item: { kind: 'list', id: 'IEP Provision Pupils' } },
      { request: byTerm(lists.groupPlans), item: { kind: 'list', id: 'IEP Group Plans' } },
      {
        request: queryItems(ctx.siteId, lists.pupils, {
          column: 'RegisterStatus',
          value: 'active',
          pageSize: LARGEST_PAGE_SIZE,
        }),
        item: { kind: 'list', id: 'IEP Pupils' },
      },
    ],
    ctx.batch,
  );
  const provisions = provisionsFrom(provisionItems);
  const placements = partition((placementItems as unknown[]).map(placementFromItem));
  const plans = partition((planItems as unknown[]).map(groupPlanFromItem));
  const pupils = partition((pupilItems as unknown[]).map(pupilFromItem));
  return {
    provisions: provisions.values,
    // Checked again on what was read: a Term edited by hand is not this term's.
    placements: placements.values.filter((p) => p.term === term).sort(byTermThenStart),
    groupPlans: plans.values.filter((g) => g.term === term),
    pupils: pupils.values.filter(isOnActiveRegister).sort(byRegisterName),
    problems: [...provisions.problems, ...placements.problems, ...plans.problems, ...pupils.problems],
  };
};

const inGroupOf =
  (placements: readonly Placement[]) =>
  (plan: GroupPlan): boolean =>
    placements.some(
      (p) => p.provisionId === plan.provisionId && p.term === plan.term && p.group === plan.group,
    );

/**
 * One pupil's provisions: their placements (PupilId index) with the catalogue in one `$batch`, then the
 * group plans of their terms (Term index) in a second, only when they have any placements.
 */
export const pupilProvisions = async (ctx: StoreContext, pupilId: PupilId): Promise<PupilProvisions> => {
  const lists = await ctx.listIds();
  const [placementItems, provisionItems] = await readAll(
    ctx.client,
    [
      {
        request: queryItems(ctx.siteId, lists.placements, {
          column: 'PupilId',
          value: pupilId,
          pageSize: LARGEST_PAGE_SIZE,
        }),
        item: { kind: 'pupil', id: pupilId },
      },
      catalogueRead(ctx, lists.provisions),
    ],
    ctx.batch,
  );
  const placements = partition((placementItems as unknown[]).map(placementFromItem))
    .values.filter((p) => p.pupilId === pupilId)
    .sort(byTermThenStart);
  const mine = new Set(placements.map((p) => p.provisionId));
  const provisions = provisionsFrom(provisionItems).values.filter((p) => mine.has(p.id));
  const terms = [...new Set(placements.map((p) => p.term))];
  if (terms.length === 0) return { placements, provisions, groupPlans: [] };
  // Terms go 15 to a query, as client keys do: a short URL, and every query still in the one `$batch`.
  const chunks = Array.from({ length: Math.ceil(terms.length / TERMS_PER_QUERY) }, (_, i) =>
    terms.slice(i * TERMS_PER_QUERY, (i + 1) * TERMS_PER_QUERY),
  );
  const planPages = await readAll(
    ctx.client,
    chunks.map((values) => ({
      request: itemsWhereAny(ctx.siteId, lists.groupPlans, {
        column: 'Term',
        values,
        pageSize: LARGEST_PAGE_SIZE,
      }),
      item: { kind: 'list', id: 'IEP Group Plans' },
    })),
    ctx.batch,
  );
  const groupPlans = partition(
    planPages.flatMap((page) => (page as unknown[]).map(groupPlanFromItem)),
  ).values.filter(inGroupOf(placements));
  return { placements, provisions, groupPlans };
};
