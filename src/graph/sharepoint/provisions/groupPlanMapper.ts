import { z } from 'zod';
import { ProvisionIdSchema } from '../../../domain/ids';
import { isoDate } from '../../../domain/limits';
import { GroupPlanSchema, GroupTargetSchema, type GroupPlan } from '../../../domain/provision';
import {
  decodeItem,
  defaultedColumn,
  etagOf,
  finish,
  jsonColumn,
  jsonNote,
  nullableColumn,
  numberColumn,
  textColumn,
  type FieldValues,
  type ItemDecode,
} from '../shared/listItem';

const GroupPlanFieldsSchema = z.object({
  ProvisionId: textColumn(ProvisionIdSchema),
  Term: textColumn(isoDate('Term')),
  GroupNumber: defaultedColumn(numberColumn(z.number()), 1),
  // Checked whole: a damaged target list is reported, never read in part.
  TargetsJson: jsonColumn(z.array(GroupTargetSchema), []),
  ReviewDate: nullableColumn(isoDate('Review date')),
});

export const groupPlanFromItem = (raw: unknown): ItemDecode<GroupPlan> =>
  finish('group-plan', decodeItem('group-plan', raw, GroupPlanFieldsSchema), GroupPlanSchema, (f, item) => ({
    id: item.id,
    provisionId: f.ProvisionId,
    term: f.Term,
    group: f.GroupNumber,
    targets: f.TargetsJson,
    reviewDate: f.ReviewDate,
    ...(etagOf(item) === undefined ? {} : { etag: etagOf(item) }),
  }));

export const groupPlanToFields = (plan: Omit<GroupPlan, 'id' | 'etag'>): FieldValues => ({
  Title: `Group ${plan.group} of provision ${plan.provisionId}, ${plan.term}`,
  ProvisionId: plan.provisionId,
  Term: plan.term,
  GroupNumber: plan.group,
  TargetsJson: jsonNote(plan.targets, 'targets', 'Shared targets'),
  ReviewDate: plan.reviewDate ?? '',
});
