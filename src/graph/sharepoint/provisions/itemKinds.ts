import type { GroupPlan, Placement, Provision } from '../../../domain/provision';
import { groupPlanFromItem, groupPlanToFields } from './groupPlanMapper';
import type { ItemKind } from './itemWrites';
import { placementFromItem, placementToFields } from './placementMapper';
import { provisionFromItem, provisionToFields } from './provisionMapper';

export const PROVISION_ITEMS: ItemKind<Provision> = {
  ref: (id) => ({ kind: 'provision', id }),
  fromItem: provisionFromItem,
  toFields: provisionToFields,
};

export const PLACEMENT_ITEMS: ItemKind<Placement> = {
  ref: (id) => ({ kind: 'placement', id }),
  fromItem: placementFromItem,
  toFields: placementToFields,
};

export const GROUP_PLAN_ITEMS: ItemKind<GroupPlan> = {
  ref: (id) => ({ kind: 'group-plan', id }),
  fromItem: groupPlanFromItem,
  toFields: groupPlanToFields,
};
