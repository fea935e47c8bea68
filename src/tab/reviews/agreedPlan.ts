import type { IepStore, Plan } from '../../domain';

/**
 * The plan as agreed at the review: the newest version of its series (completing the review opened
 * it), or the reviewed version itself when no later one exists.
 */
export const loadAgreedPlan = async (store: IepStore, reviewedPlan: Plan): Promise<Plan> => {
  const versions = await store.listVersions(reviewedPlan.seriesId);
  const newest = [...versions].sort((a, b) => b.version - a.version)[0];
  if (!newest || newest.id === reviewedPlan.id || newest.version < reviewedPlan.version) return reviewedPlan;
  return (await store.openPlan(newest.id)).plan;
};
