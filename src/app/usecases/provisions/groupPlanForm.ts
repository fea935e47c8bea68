import { issuesFromZod, type GroupPlan, type GroupTarget, type NewGroupPlan } from '../../../domain';
import { GroupPlanSchema } from '../../../domain/provision';

export type GroupPlanFormErrors = Readonly<Record<string, string>>;

export type GroupPlanReading =
  | { readonly ok: true; readonly plan: Omit<GroupPlan, 'id' | 'etag'> }
  | { readonly ok: false; readonly errors: GroupPlanFormErrors };

const NewGroupPlanSchema = GroupPlanSchema.omit({ id: true, etag: true });

/** A group plan as written, checked by the domain's schema; messages keyed `targets.0.text` and so on. */
export const readGroupPlan = (
  plan: Omit<NewGroupPlan, 'targets'> & { readonly targets: readonly GroupTarget[] },
): GroupPlanReading => {
  const result = NewGroupPlanSchema.safeParse(plan);
  if (result.success) return { ok: true, plan: result.data };
  const errors: Record<string, string> = {};
  for (const issue of issuesFromZod(result.error)) errors[issue.path] ??= issue.message;
  return { ok: false, errors };
};
