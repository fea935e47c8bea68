import { z } from 'zod';
import {
  AreaOfNeedSchema,
  DeliverySchema,
  ProvisionSchema,
  StaffRoleSchema,
  issuesFromZod,
  type Provision,
} from '../../../domain';
import { poundsText, readPounds } from './money';

/** The provision form as typed: text for numbers and money, so a half-typed value is never lost. */
export const ProvisionFormValuesSchema = z.object({
  name: z.string(),
  areaOfNeed: z.union([AreaOfNeedSchema, z.literal('')]),
  delivery: DeliverySchema,
  groupSize: z.string(),
  staffRole: StaffRoleSchema,
  staffNames: z.array(z.string()),
  staffPerSession: z.string(),
  sessionsPerWeek: z.string(),
  minutesPerSession: z.string(),
  weeksPerTerm: z.string(),
  costPerHour: z.string(),
  resourcesCost: z.string(),
  description: z.string(),
  measureName: z.string(),
  higherIsBetter: z.boolean(),
  retired: z.boolean(),
});
export type ProvisionFormValues = z.infer<typeof ProvisionFormValuesSchema>;

/** A message per field, keyed by the form's field names (`staffNames.1` for one named member of staff). */
export type ProvisionFormErrors = Readonly<Record<string, string>>;

export type ProvisionFormReading =
  | { readonly ok: true; readonly provision: Omit<Provision, 'id' | 'etag'> }
  | { readonly ok: false; readonly errors: ProvisionFormErrors };

export const EMPTY_PROVISION_FORM: ProvisionFormValues = {
  name: '',
  areaOfNeed: '',
  delivery: 'group',
  groupSize: '6',
  staffRole: 'teaching-assistant',
  staffNames: [],
  staffPerSession: '1',
  sessionsPerWeek: '',
  minutesPerSession: '',
  weeksPerTerm: '',
  costPerHour: '',
  resourcesCost: '0.00',
  description: '',
  measureName: '',
  higherIsBetter: true,
  retired: false,
};

export const provisionFormValuesOf = (provision: Provision): ProvisionFormValues => ({
  name: provision.name,
  areaOfNeed: provision.areaOfNeed,
  delivery: provision.delivery,
  groupSize: String(provision.groupSize),
  staffRole: provision.staffRole,
  staffNames: [...provision.staffNames],
  staffPerSession: String(provision.staffPerSession),
  sessionsPerWeek: String(provision.sessionsPerWeek),
  minutesPerSession: String(provision.minutesPerSession),
  weeksPerTerm: String(provision.weeksPerTerm),
  costPerHour: poundsText(provision.costPerHourPence),
  resourcesCost: poundsText(provision.resourcesCostPence),
  description: provision.description,
  measureName: provision.entryExit.name,
  higherIsBetter: provision.entryExit.higherIsBetter,
  retired: provision.retired,
});

/** Text as a number for the schema: blank is absent (a default applies), anything else is tried. */
const numberOrAbsent = (text: string): number | undefined =>
  text.trim() === '' ? undefined : Number(text.trim());

/** The schema's field names as the form names them. */
const FORM_FIELD: Readonly<Record<string, string>> = {
  costPerHourPence: 'costPerHour',
  resourcesCostPence: 'resourcesCost',
  'entryExit.name': 'measureName',
};

/** Where a message about one of the provision's fields shows on the form (the store's refusals too). */
export const provisionFormField = (path: string): string => FORM_FIELD[path] ?? path;

const NewProvisionSchema = ProvisionSchema.omit({ id: true, etag: true });

/**
 * Reads the form into a provision, or says what to correct at each field: money is read here (pounds
 * and pence), everything else is the domain schema's own messages.
 */
export const readProvisionForm = (values: ProvisionFormValues): ProvisionFormReading => {
  const errors: Record<string, string> = {};
  const cost = readPounds(values.costPerHour, 'Cost per hour');
  if (!cost.ok) errors.costPerHour = cost.message;
  const resources =
    values.resourcesCost.trim() === ''
      ? { ok: true as const, pence: 0 }
      : readPounds(values.resourcesCost, 'Resources cost per term');
  if (!resources.ok) errors.resourcesCost = resources.message;
  if (values.areaOfNeed === '') errors.areaOfNeed = 'Choose the area of need it meets.';

  const result = NewProvisionSchema.safeParse({
    name: values.name,
    areaOfNeed: values.areaOfNeed,
    delivery: values.delivery,
    groupSize: values.delivery === 'one-to-one' ? 1 : numberOrAbsent(values.groupSize),
    staffRole: values.staffRole,
    // Blank rows are dropped after reading, so a message's position matches the row on screen.
    staffNames: values.staffNames.map((n) => n.trim()),
    staffPerSession: numberOrAbsent(values.staffPerSession),
    sessionsPerWeek: numberOrAbsent(values.sessionsPerWeek),
    minutesPerSession: numberOrAbsent(values.minutesPerSession),
    weeksPerTerm: numberOrAbsent(values.weeksPerTerm),
    costPerHourPence: cost.ok ? cost.pence : 0,
    resourcesCostPence: resources.ok ? resources.pence : 0,
    description: values.description,
    entryExit: { name: values.measureName, higherIsBetter: values.higherIsBetter },
    retired: values.retired,
  });
  if (!result.success) {
    for (const issue of issuesFromZod(result.error)) {
      const field = provisionFormField(issue.path);
      errors[field] ??= issue.message;
    }
  }
  if (!result.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    provision: { ...result.data, staffNames: result.data.staffNames.filter((n) => n !== '') },
  };
};
