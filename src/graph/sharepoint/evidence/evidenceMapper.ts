import { z } from 'zod';
import { formatUkDate } from '../../../domain/dates';
import { PlanIdSchema, TargetIdSchema, type PlanId, type TargetId } from '../../../domain/ids';
import { isoDate, multiLine, singleLine } from '../../../domain/limits';
import { EvidenceSchema, type Evidence } from '../../../domain/target';
import {
  decodeItem,
  etagOf,
  finish,
  mapDecoded,
  numberColumn,
  textColumn,
  titleOf,
  type FieldValues,
  type ItemDecode,
} from '../shared/listItem';

const EvidenceFieldsSchema = z.object({
  TargetId: textColumn(TargetIdSchema),
  PlanId: textColumn(PlanIdSchema),
  EvidenceDate: textColumn(isoDate('Evidence date')),
  EvidenceRating: numberColumn(EvidenceSchema.shape.rating),
  EvidenceNote: textColumn(multiLine('Evidence note')),
  RecordedBy: textColumn(singleLine('Recorded by')),
});

export interface StoredEvidence {
  readonly targetId: TargetId;
  readonly planId: PlanId;
  readonly evidence: Evidence;
}

export const evidenceFromItem = (raw: unknown): ItemDecode<StoredEvidence> => {
  const decoded = decodeItem('evidence', raw, EvidenceFieldsSchema);
  const evidence = finish('evidence', decoded, EvidenceSchema, (f, item) => {
    const etag = etagOf(item);
    return {
      id: item.id,
      date: f.EvidenceDate,
      rating: f.EvidenceRating,
      note: f.EvidenceNote,
      recordedBy: f.RecordedBy,
      ...(etag === undefined ? {} : { etag }),
    };
  });
  if (!decoded.ok) return decoded;
  const { TargetId: targetId, PlanId: planId } = decoded.value;
  return mapDecoded(evidence, (value) => ({ targetId, planId, evidence: value }));
};

export const evidenceToFields = (evidence: Evidence, targetId: TargetId, planId: PlanId): FieldValues => ({
  Title: titleOf(`${formatUkDate(evidence.date)} · ${evidence.rating}/5`),
  TargetId: targetId,
  PlanId: planId,
  EvidenceDate: evidence.date,
  EvidenceRating: evidence.rating,
  EvidenceNote: evidence.note,
  RecordedBy: evidence.recordedBy,
});
