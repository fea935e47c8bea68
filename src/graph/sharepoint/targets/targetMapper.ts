import { z } from 'zod';
import { LongTermTargetIdSchema, PlanIdSchema, type PlanId } from '../../../domain/ids';
import { isoDate, multiLine, requiredSingleLine, singleLine } from '../../../domain/limits';
import {
  ShortTermTargetSchema,
  TargetAreaSchema,
  TargetOutcomeSchema,
  type ShortTermTarget,
} from '../../../domain/target';
import {
  booleanColumn,
  decodeItem,
  etagOf,
  finish,
  mapDecoded,
  nullableColumn,
  numberColumn,
  textColumn,
  type FieldValues,
  type ItemDecode,
} from '../shared/listItem';

const TargetFieldsSchema = z.object({
  Title: textColumn(requiredSingleLine('Target')),
  PlanId: textColumn(PlanIdSchema),
  SortOrder: numberColumn(z.number().int().min(0)).optional(),
  LongTermTargetId: nullableColumn(LongTermTargetIdSchema),
  TargetArea: textColumn(TargetAreaSchema),
  SuccessCriteria: textColumn(multiLine('Success criteria')),
  Strategies: textColumn(multiLine('Strategies and provision')),
  DeliveredBy: textColumn(singleLine('Who delivers it')),
  Frequency: textColumn(singleLine('How often and for how long')),
  TargetDate: nullableColumn(isoDate('Target date')),
  Outcome: z.preprocess(
    (value) => (value === undefined || value === null || value === '' ? 'open' : value),
    TargetOutcomeSchema,
  ),
  OutcomeComment: textColumn(multiLine('Outcome comment')),
  ContinuesTargetId: nullableColumn(z.string().max(255)),
  // Schema 6; items written before it have neither and read as not withdrawn.
  Withdrawn: booleanColumn,
  WithdrawnOn: nullableColumn(isoDate('Withdrawn on')),
  // Schema 10; targets written before it deliver no provision.
  ProvisionId: nullableColumn(z.string().min(1).max(255)),
});

export interface StoredTarget {
  readonly planId: PlanId;
  readonly sortOrder: number;
  /** Without evidence: evidence items are joined on afterwards. */
  readonly target: ShortTermTarget;
  /**
   * `YYYY-MM-DD` once the target is withdrawn from its plan (kept as a record), else null. A target
   * marked withdrawn without a readable date (edited by hand in SharePoint) counts as withdrawn on ''.
   */
  readonly withdrawnOn: string | null;
}

export const targetFromItem = (raw: unknown): ItemDecode<StoredTarget> => {
  const decoded = decodeItem('target', raw, TargetFieldsSchema);
  const target = finish('target', decoded, ShortTermTargetSchema, (f, item) => {
    const etag = etagOf(item);
    return {
      id: item.id,
      longTermTargetId: f.LongTermTargetId,
      area: f.TargetArea,
      text: f.Title,
      successCriteria: f.SuccessCriteria,
      strategies: f.Strategies,
      deliveredBy: f.DeliveredBy,
      frequency: f.Frequency,
      targetDate: f.TargetDate,
      outcome: f.Outcome,
      outcomeComment: f.OutcomeComment,
      evidence: [],
      ...(f.ContinuesTargetId === null ? {} : { continuesTargetId: f.ContinuesTargetId }),
      ...(f.ProvisionId === null ? {} : { provisionId: f.ProvisionId }),
      ...(etag === undefined ? {} : { etag }),
    };
  });
  if (!decoded.ok) return decoded;
  const { PlanId: planId, SortOrder: sortOrder, Withdrawn: withdrawn, WithdrawnOn: on } = decoded.value;
  return mapDecoded(target, (value) => ({
    planId,
    sortOrder: sortOrder ?? Number.MAX_SAFE_INTEGER,
    target: value,
    withdrawnOn: withdrawn ? (on ?? '') : null,
  }));
};

/** Every column of a target item; the store diffs these to send only what changed. */
export const targetToFields = (target: ShortTermTarget, planId: PlanId, sortOrder: number): FieldValues => ({
  // The target IS the title and is read back from it: stored exactly (the domain already keeps it to
  // one line of at most 255 characters), never tidied, or a tab or a leading BOM would be lost.
  Title: target.text,
  PlanId: planId,
  SortOrder: sortOrder,
  LongTermTargetId: target.longTermTargetId ?? '',
  TargetArea: target.area,
  SuccessCriteria: target.successCriteria,
  Strategies: target.strategies,
  DeliveredBy: target.deliveredBy,
  Frequency: target.frequency,
  TargetDate: target.targetDate ?? '',
  Outcome: target.outcome,
  OutcomeComment: target.outcomeComment,
  ContinuesTargetId: target.continuesTargetId ?? '',
  ProvisionId: target.provisionId ?? '',
});

/** The columns that withdraw a target from its plan: the item and its evidence are kept. */
export const withdrawalFields = (on: string): FieldValues => ({ Withdrawn: true, WithdrawnOn: on });
