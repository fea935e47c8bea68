import type { ProvisionStore } from '../domain';

/**
 * The provision map's store, each call waiting for the chunk that holds it: only SEN leads open the
 * map, so its code stays out of the tab's first load.
 */
export const lazyProvisionStore = (load: () => Promise<ProvisionStore>): ProvisionStore => ({
  listProvisions: async () => (await load()).listProvisions(),
  loadProvisionMap: async (term) => (await load()).loadProvisionMap(term),
  createProvision: async (provision) => (await load()).createProvision(provision),
  saveProvision: async (edited, base) => (await load()).saveProvision(edited, base),
  addPlacements: async (placements, onProgress) => (await load()).addPlacements(placements, onProgress),
  savePlacement: async (edited, base) => (await load()).savePlacement(edited, base),
  removePlacement: async (placement) => (await load()).removePlacement(placement),
  createGroupPlan: async (plan) => (await load()).createGroupPlan(plan),
  saveGroupPlan: async (edited, base) => (await load()).saveGroupPlan(edited, base),
  pupilProvisions: async (pupilId) => (await load()).pupilProvisions(pupilId),
});
