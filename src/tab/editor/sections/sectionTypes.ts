import type { FieldIssue } from '../../../domain/errors';
import type { Plan } from '../../../domain/plan';
import { issueAt } from '../validation/fieldIssues';

export interface SectionProps {
  readonly plan: Plan;
  readonly update: (change: (plan: Plan) => Plan) => void;
  readonly issues: readonly FieldIssue[];
  readonly readOnly: boolean;
}

type StringKeys<T> = { [K in keyof T]-?: T[K] extends string ? K : never }[keyof T] & string;
type Group = 'profile' | 'needs' | 'homeSupport';

/** Props for a LimitedTextField bound to a plan-level text field such as `childInput`. */
export const bindPlanText = (ctx: SectionProps, field: StringKeys<Plan>) => ({
  value: ctx.plan[field],
  fieldPath: field,
  error: issueAt(ctx.issues, field),
  readOnly: ctx.readOnly,
  onChange: (value: string) => ctx.update((plan) => ({ ...plan, [field]: value })),
});

/** Props for a LimitedTextField bound to a field of a group such as `profile.likes`. */
export const bindGroupText = <G extends Group>(ctx: SectionProps, group: G, field: StringKeys<Plan[G]>) => ({
  value: ctx.plan[group][field] as string,
  fieldPath: `${group}.${field}`,
  error: issueAt(ctx.issues, `${group}.${field}`),
  readOnly: ctx.readOnly,
  onChange: (value: string) =>
    ctx.update((plan) => ({ ...plan, [group]: { ...plan[group], [field]: value } })),
});
