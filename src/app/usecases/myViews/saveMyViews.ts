import { Invalid, validatePlan, type IepStore, type MyViews, type Plan } from '../../../domain';

/** What the My views page may change: the child's answers and the one record of the parents' views. */
export interface ViewsEdit {
  readonly myViews: MyViews;
  readonly parentViews: string;
}

export type ViewsSaveOutcome =
  | { readonly kind: 'saved'; readonly plan: Plan }
  /**
   * Someone saved the plan since it was read. Nothing was written: `theirs` is the plan as it is now
   * (null if it could not be read), so the views can be put onto it and saved again knowingly.
   */
  | { readonly kind: 'conflict'; readonly theirs: Plan | null };

/** The views on `base`, dated `today` the first time the child's answers are saved. */
export const withViews = (base: Plan, edit: ViewsEdit, today: string): Plan => ({
  ...base,
  parentViews: edit.parentViews,
  myViews: { ...edit.myViews, filledInOn: edit.myViews.filledInOn ?? today },
});

/**
 * Saves the views through the plan's own save (the store's `savePlan`: only changed columns, under
 * If-Match on the plan item), so a colleague's save is reported as a conflict, never overwritten.
 */
export const saveMyViews = async (
  store: Pick<IepStore, 'savePlan'>,
  base: Plan,
  edit: ViewsEdit,
  today: string,
): Promise<ViewsSaveOutcome> => {
  const valid = validatePlan(withViews(base, edit, today));
  if (!valid.ok) throw new Invalid(valid.issues, { kind: 'plan', id: base.id });
  const result = await store.savePlan(valid.plan, base);
  const [conflict] = result.conflicts;
  if (conflict) return { kind: 'conflict', theirs: (conflict.theirs as Plan | null) ?? null };
  const [failure] = result.failures;
  if (failure) throw new Error(failure.message);
  return { kind: 'saved', plan: result.plan };
};

/**
 * After a conflict: this page's views put onto their copy. What this page did not change keeps their
 * value, so only what was typed here replaces theirs, and the person has seen that it will.
 */
export const rebaseViews = (edit: ViewsEdit, original: Plan, theirs: Plan): ViewsEdit => ({
  myViews: JSON.stringify(edit.myViews) === JSON.stringify(original.myViews) ? theirs.myViews : edit.myViews,
  parentViews: edit.parentViews === original.parentViews ? theirs.parentViews : edit.parentViews,
});
