import { z } from 'zod';
import { isoDate, requiredSingleLine, singleLine } from './limits';

/**
 * The SEN register as England's school census records it: the SEN provision code and the type of
 * primary need, with the Department for Education's wording. Imports, the register screens and the
 * census export share these, so a code means the same everywhere.
 */
export const SEN_STATUS_CODES = ['N', 'K', 'E'] as const;
export const SenStatusSchema = z.enum(SEN_STATUS_CODES, {
  error: 'SEN status must be N (no special educational need), K (SEN support) or E (EHC plan).',
});
export type SenStatus = z.infer<typeof SenStatusSchema>;

export const SEN_STATUS_LABELS: Readonly<Record<SenStatus, string>> = {
  N: 'No special educational need',
  K: 'SEN support',
  E: 'Education, health and care plan',
};

export const PRIMARY_NEED_CODES = [
  'SPLD',
  'MLD',
  'SLD',
  'PMLD',
  'SEMH',
  'SLCN',
  'HI',
  'VI',
  'MSI',
  'PD',
  'ASD',
  'NSA',
  'OTH',
] as const;
export const PrimaryNeedSchema = z.enum(PRIMARY_NEED_CODES, {
  error: `Primary need must be one of the census codes: ${PRIMARY_NEED_CODES.join(', ')}.`,
});
export type PrimaryNeed = z.infer<typeof PrimaryNeedSchema>;

export const PRIMARY_NEED_LABELS: Readonly<Record<PrimaryNeed, string>> = {
  SPLD: 'Specific learning difficulty',
  MLD: 'Moderate learning difficulty',
  SLD: 'Severe learning difficulty',
  PMLD: 'Profound and multiple learning difficulty',
  SEMH: 'Social, emotional and mental health',
  SLCN: 'Speech, language and communication needs',
  HI: 'Hearing impairment',
  VI: 'Visual impairment',
  MSI: 'Multi-sensory impairment',
  PD: 'Physical disability',
  ASD: 'Autistic spectrum disorder',
  NSA: 'SEN support but no specialist assessment of type of need',
  OTH: 'Other difficulty or disability',
};

/**
 * One pupil's line on the register, as an MIS export or the SENCO's form gives it. The census asks
 * for a primary need for every pupil on SEN support or with an EHC plan (NSA when it has not been
 * assessed), and for none when the pupil has no SEN.
 */
export const RegisterEntrySchema = z
  .object({
    givenName: requiredSingleLine('First name'),
    familyName: requiredSingleLine('Last name'),
    preferredName: singleLine('Preferred name').default(''),
    dateOfBirth: isoDate('Date of birth'),
    /** The UPN, or the school's admission number where it has no UPN for the pupil. */
    pupilRef: requiredSingleLine('Pupil reference'),
    yearGroup: singleLine('Year group').default(''),
    className: requiredSingleLine('Registration class'),
    senStatus: SenStatusSchema,
    primaryNeed: PrimaryNeedSchema.nullable().default(null),
  })
  .refine((e) => (e.senStatus !== 'K' && e.senStatus !== 'E') || e.primaryNeed !== null, {
    path: ['primaryNeed'],
    error:
      'Primary need is required for a pupil on SEN support or with an EHC plan (NSA if it has not been assessed).',
  })
  .refine((e) => e.senStatus !== 'N' || e.primaryNeed === null, {
    path: ['primaryNeed'],
    error: 'Primary need must be blank for a pupil with no special educational need (N).',
  });
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

export type RegisterField = keyof RegisterEntry;

/** Field names in the order a form or a preview shows them, with the labels the messages use. */
export const REGISTER_FIELD_LABELS: Readonly<Record<RegisterField, string>> = {
  familyName: 'Last name',
  givenName: 'First name',
  preferredName: 'Preferred name',
  dateOfBirth: 'Date of birth',
  pupilRef: 'Pupil reference',
  yearGroup: 'Year group',
  className: 'Registration class',
  senStatus: 'SEN status',
  primaryNeed: 'Primary need',
};

export const REGISTER_FIELDS = Object.keys(REGISTER_FIELD_LABELS) as readonly RegisterField[];

/** Pupil references compare as the MIS means them: spaces around and letter case do not matter. */
export const pupilRefKey = (pupilRef: string): string => pupilRef.trim().toUpperCase();
