import { z } from 'zod';
import { PupilIdSchema, ProvisionIdSchema } from '../../../domain/ids';
import { isoDate } from '../../../domain/limits';
import { GroupOutcomeSchema, PlacementSchema, type Placement } from '../../../domain/provision';
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

const PlacementFieldsSchema = z.object({
  ProvisionId: textColumn(ProvisionIdSchema),
  PupilId: textColumn(PupilIdSchema),
  Term: textColumn(isoDate('Term')),
  StartDate: textColumn(isoDate('Start date')),
  EndDate: textColumn(isoDate('End date')),
  GroupNumber: defaultedColumn(numberColumn(z.number()), 1),
  // An empty score is "not measured yet", not nought.
  EntryScore: nullableColumn(numberColumn(z.number())),
  ExitScore: nullableColumn(numberColumn(z.number())),
  // Checked whole: one damaged outcome is reported and none is read, never half of them.
  OutcomesJson: jsonColumn(z.record(z.string(), GroupOutcomeSchema), {}),
});

export const placementFromItem = (raw: unknown): ItemDecode<Placement> =>
  finish('placement', decodeItem('placement', raw, PlacementFieldsSchema), PlacementSchema, (f, item) => ({
    id: item.id,
    provisionId: f.ProvisionId,
    pupilId: f.PupilId,
    term: f.Term,
    start: f.StartDate,
    end: f.EndDate,
    group: f.GroupNumber,
    entryScore: f.EntryScore,
    exitScore: f.ExitScore,
    outcomes: f.OutcomesJson,
    ...(etagOf(item) === undefined ? {} : { etag: etagOf(item) }),
  }));

/** The title says which provision and term, by id only: a child's name never leaves their own item. */
export const placementToFields = (placement: Omit<Placement, 'id' | 'etag'>): FieldValues => ({
  Title: `Provision ${placement.provisionId}, ${placement.term}`,
  ProvisionId: placement.provisionId,
  PupilId: placement.pupilId,
  Term: placement.term,
  StartDate: placement.start,
  EndDate: placement.end,
  GroupNumber: placement.group,
  EntryScore: placement.entryScore,
  ExitScore: placement.exitScore,
  OutcomesJson: jsonNote(placement.outcomes, 'outcomes', 'Group target outcomes'),
});

/** A new item's columns: a score not measured yet is left out (SharePoint refuses null in a create). */
export const newPlacementFields = (placement: Omit<Placement, 'id' | 'etag'>): FieldValues =>
  Object.fromEntries(Object.entries(placementToFields(placement)).filter(([, value]) => value !== null));
