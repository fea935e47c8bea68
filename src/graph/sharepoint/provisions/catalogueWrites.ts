import type { z } from 'zod';
import { Invalid } from '../../../domain/errors';
import {
  GroupPlanSchema,
  PlacementSchema,
  ProvisionSchema,
  type GroupPlan,
  type NewGroupPlan,
  type NewProvision,
  type Placement,
  type Provision,
} from '../../../domain/provision';
import { invalidFrom } from '../shared/writeResults';
import type { StoreContext } from '../storeContext';
import { GROUP_PLAN_ITEMS, PLACEMENT_ITEMS, PROVISION_ITEMS } from './itemKinds';
import { createOne, deleteOne, saveOne } from './itemWrites';

const checked = <S extends z.ZodType>(schema: S, value: unknown): z.output<S> => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidFrom(parsed.error);
  return parsed.data;
};

export const createProvision = async (ctx: StoreContext, provision: NewProvision): Promise<Provision> => {
  const value = checked(ProvisionSchema.omit({ id: true, etag: true }), provision);
  const lists = await ctx.listIds();
  return createOne(ctx, lists.provisions, PROVISION_ITEMS, value, value.name);
};

export const saveProvision = async (
  ctx: StoreContext,
  edited: Provision,
  base: Provision,
): Promise<Provision> => {
  const value = checked(ProvisionSchema, edited);
  const lists = await ctx.listIds();
  return saveOne(ctx, lists.provisions, PROVISION_ITEMS, value, base);
};

export const createGroupPlan = async (ctx: StoreContext, plan: NewGroupPlan): Promise<GroupPlan> => {
  const value = checked(GroupPlanSchema.omit({ id: true, etag: true }), plan);
  const lists = await ctx.listIds();
  return createOne(ctx, lists.groupPlans, GROUP_PLAN_ITEMS, value, `${value.provisionId} ${value.term}`);
};

export const saveGroupPlan = async (
  ctx: StoreContext,
  edited: GroupPlan,
  base: GroupPlan,
): Promise<GroupPlan> => {
  const value = checked(GroupPlanSchema, edited);
  const lists = await ctx.listIds();
  return saveOne(ctx, lists.groupPlans, GROUP_PLAN_ITEMS, value, base);
};

export const savePlacement = async (
  ctx: StoreContext,
  edited: Placement,
  base: Placement,
): Promise<Placement> => {
  const value = checked(PlacementSchema, edited);
  const lists = await ctx.listIds();
  return saveOne(ctx, lists.placements, PLACEMENT_ITEMS, value, base);
};

/** Something recorded about the child on it: then it is a record to keep, not a mistake to take back. */
const hasRecords = (placement: Placement): boolean =>
  placement.entryScore !== null || placement.exitScore !== null || Object.keys(placement.outcomes).length > 0;

/**
 * Takes a pupil off a provision they were put on by mistake, under If-Match: scores or outcomes
 * recorded since it was read make its eTag newer, so it is then a conflict, never deleted unseen.
 */
export const removePlacement = async (ctx: StoreContext, placement: Placement): Promise<void> => {
  if (hasRecords(placement))
    throw new Invalid(
      [
        {
          path: 'placement',
          message:
            'This pupil has scores or outcomes recorded on this provision, so it stays as a record. Change the end date instead.',
        },
      ],
      { kind: 'placement', id: placement.id },
    );
  const lists = await ctx.listIds();
  await deleteOne(ctx, lists.placements, PLACEMENT_ITEMS, placement);
};
