import { z } from 'zod';
import { isoDate, requiredSingleLine } from './limits';
import { DEFAULT_INVITATION_WORDING, InvitationWordingSchema } from './invitationWording';
import { NationSchema } from './terminology';

export const TermSchema = z.object({
  name: requiredSingleLine('Term name'),
  start: isoDate('Term start'),
  end: isoDate('Term end'),
});
export type Term = z.infer<typeof TermSchema>;

/** Per-school settings the rules depend on. Term dates are the school's own (they vary by local authority). */
export const DocumentNamesSchema = z.enum(['pupil-name', 'pupil-reference']);
export type DocumentNames = z.infer<typeof DocumentNamesSchema>;

/**
 * How long the IEP records of a pupil are kept: until they reach this age. The figure is the school's own
 * retention schedule's (docs/RECORDS.md); 25 is the default the toolkit for schools in England has used.
 */
export const DEFAULT_RETAIN_UNTIL_AGE_YEARS = 25;

export const RecordsSettingsSchema = z.strictObject({
  retainUntilAgeYears: z
    .number()
    .int({ error: 'records.retainUntilAgeYears must be a whole number of years' })
    .min(18, { error: 'records.retainUntilAgeYears must be at least 18' })
    .max(100, { error: 'records.retainUntilAgeYears must be at most 100' })
    .default(DEFAULT_RETAIN_UNTIL_AGE_YEARS),
  /**
   * The name of the school's Purview retention label that marks items as a record (docs/RECORDS.md). When
   * set, a closed plan version is labelled with it, so SharePoint itself refuses to change or delete it;
   * absent, closed versions are read-only in the app only.
   */
  closedVersionLabel: z
    .string()
    .trim()
    .min(1, { error: 'records.closedVersionLabel must be the name of a retention label, or left out' })
    .optional(),
});
export type RecordsSettings = z.infer<typeof RecordsSettingsSchema>;

/**
 * The school as its documents name it: its name in every page header and, optionally, its logo, the
 * file name of a PNG or JPEG served beside the app's pages (never another site: a browser would not
 * let the app read it).
 */
export const SchoolIdentitySchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, {
      error: 'school.name must be the school’s name as documents print it, e.g. Oakfield Primary School',
    })
    .max(120, { error: 'school.name must be at most 120 characters' }),
  logo: z
    .string()
    .regex(/^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9_\-./]*\.(png|jpe?g)$/i, {
      error:
        'school.logo must be the file name of a PNG or JPEG served beside tab.html, e.g. school-logo.png',
    })
    .optional(),
});
export type SchoolIdentity = z.infer<typeof SchoolIdentitySchema>;

export const SchoolSettingsSchema = z.object({
  nation: NationSchema.default('england'),
  timeZone: z.string().default('Europe/London'),
  terms: z.array(TermSchema).min(1, { error: 'Add at least one term.' }),
  /** Special schools plan more targets per pupil (Highland: up to 8-12). */
  setting: z.enum(['mainstream', 'special']).default('mainstream'),
  /** What downloaded documents are named by: the pupil's name, or their pupil reference (no name in the file name). */
  documentNames: DocumentNamesSchema.default('pupil-name'),
  records: RecordsSettingsSchema.default({ retainUntilAgeYears: DEFAULT_RETAIN_UNTIL_AGE_YEARS }),
  /** What review invitations say before they are opened (subject) and first (introduction). */
  invitations: InvitationWordingSchema.default(DEFAULT_INVITATION_WORDING),
  /** The school's name and logo for documents' page headers; documents print without them when absent. */
  school: SchoolIdentitySchema.optional(),
});
export type SchoolSettings = z.infer<typeof SchoolSettingsSchema>;
