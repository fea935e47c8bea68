import { z } from 'zod';
import { email, requiredSingleLine, singleLine } from './limits';

/**
 * People are stored as name + email text, not SharePoint person columns: parents and outside
 * professionals are not in the school tenant, and Graph cannot resolve person-column lookup ids.
 */
export const PersonSchema = z.object({
  name: requiredSingleLine('Name'),
  email: email('Email address').default(''),
});
export type Person = z.infer<typeof PersonSchema>;

export const ParentCarerSchema = PersonSchema.extend({
  relationship: singleLine('Relationship to the pupil').default('Parent/carer'),
});
export type ParentCarer = z.infer<typeof ParentCarerSchema>;

export const PROFESSIONAL_ROLES = [
  'Speech and language therapist',
  'Occupational therapist',
  'Physiotherapist',
  'Educational psychologist',
  'Social worker',
  'Paediatrician',
  'School nurse',
  'Counsellor',
  'Specialist teacher',
  'Other',
] as const;

export const ProfessionalSchema = PersonSchema.extend({
  role: requiredSingleLine('Role'),
  organisation: singleLine('Organisation').default(''),
  /** What they provide, e.g. "Fortnightly SALT session; programme for TA to follow". */
  involvement: singleLine('Involvement').default(''),
});
export type Professional = z.infer<typeof ProfessionalSchema>;

export const PlanPeopleSchema = z.object({
  senco: PersonSchema.nullable().default(null),
  classTeacher: PersonSchema.nullable().default(null),
  teachingAssistants: z.array(PersonSchema).default([]),
  parentsCarers: z.array(ParentCarerSchema).default([]),
  professionals: z.array(ProfessionalSchema).default([]),
});
export type PlanPeople = z.infer<typeof PlanPeopleSchema>;
