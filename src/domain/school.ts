import { z } from 'zod';
import { isoDate, requiredSingleLine } from './limits';
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

export const SchoolSettingsSchema = z.object({
  nation: NationSchema.default('england'),
  timeZone: z.string().default('Europe/London'),
  terms: z.array(TermSchema).min(1, { error: 'Add at least one term.' }),
  /** Special schools plan more targets per pupil (Highland: up to 8-12). */
  setting: z.enum(['mainstream', 'special']).default('mainstream'),
  /** What downloaded documents are named by: the pupil's name, or their pupil reference (no name in the file name). */
  documentNames: DocumentNamesSchema.default('pupil-name'),
});
export type SchoolSettings = z.infer<typeof SchoolSettingsSchema>;
