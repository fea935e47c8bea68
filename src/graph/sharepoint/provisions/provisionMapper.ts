import { z } from 'zod';
import { multiLine, requiredSingleLine, singleLine } from '../../../domain/limits';
import {
  DeliverySchema,
  MeasureSchema,
  ProvisionSchema,
  StaffRoleSchema,
  type Provision,
} from '../../../domain/provision';
import { AreaOfNeedSchema } from '../../../domain/target';
import {
  booleanColumn,
  decodeItem,
  defaultedColumn,
  etagOf,
  finish,
  jsonColumn,
  jsonNote,
  numberColumn,
  textColumn,
  type FieldValues,
  type ItemDecode,
} from '../shared/listItem';

/** Number columns are checked by the domain schema afterwards: here only that each is a number. */
const count = numberColumn(z.number());
const optionalCount = defaultedColumn(count, 0);

const ProvisionFieldsSchema = z.object({
  Title: textColumn(requiredSingleLine('Name')),
  AreaOfNeed: textColumn(AreaOfNeedSchema),
  Delivery: textColumn(DeliverySchema),
  GroupSize: count,
  StaffRole: textColumn(StaffRoleSchema),
  // Checked whole: a damaged list is reported, never half-read.
  StaffNamesJson: jsonColumn(z.array(singleLine('Member of staff')), []),
  StaffPerSession: defaultedColumn(count, 1),
  SessionsPerWeek: count,
  MinutesPerSession: count,
  WeeksPerTerm: count,
  CostPerHourPence: count,
  ResourcesCostPence: optionalCount,
  SessionDescription: textColumn(multiLine('What happens in a session')),
  MeasureJson: jsonColumn(MeasureSchema, { name: '', higherIsBetter: true }),
  Retired: booleanColumn,
});

export const provisionFromItem = (raw: unknown): ItemDecode<Provision> =>
  finish('provision', decodeItem('provision', raw, ProvisionFieldsSchema), ProvisionSchema, (f, item) => ({
    id: item.id,
    name: f.Title,
    areaOfNeed: f.AreaOfNeed,
    delivery: f.Delivery,
    groupSize: f.GroupSize,
    staffRole: f.StaffRole,
    staffNames: f.StaffNamesJson,
    staffPerSession: f.StaffPerSession,
    sessionsPerWeek: f.SessionsPerWeek,
    minutesPerSession: f.MinutesPerSession,
    weeksPerTerm: f.WeeksPerTerm,
    costPerHourPence: f.CostPerHourPence,
    resourcesCostPence: f.ResourcesCostPence,
    description: f.SessionDescription,
    entryExit: f.MeasureJson,
    retired: f.Retired,
    ...(etagOf(item) === undefined ? {} : { etag: etagOf(item) }),
  }));

export const provisionToFields = (provision: Omit<Provision, 'id' | 'etag'>): FieldValues => ({
  // The name IS the title and is read back from it: the domain keeps it to one line of 255 characters.
  Title: provision.name,
  AreaOfNeed: provision.areaOfNeed,
  Delivery: provision.delivery,
  GroupSize: provision.groupSize,
  StaffRole: provision.staffRole,
  StaffNamesJson: jsonNote(provision.staffNames, 'staffNames', 'Named staff'),
  StaffPerSession: provision.staffPerSession,
  SessionsPerWeek: provision.sessionsPerWeek,
  MinutesPerSession: provision.minutesPerSession,
  WeeksPerTerm: provision.weeksPerTerm,
  CostPerHourPence: provision.costPerHourPence,
  ResourcesCostPence: provision.resourcesCostPence,
  SessionDescription: provision.description,
  MeasureJson: jsonNote(provision.entryExit, 'entryExit', 'Entry and exit measure'),
  Retired: provision.retired,
});
