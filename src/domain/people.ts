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

/**
 * Who someone is, for matching them against the people a plan names: the address they are known by,
 * and every other address of their mailbox (sign-in name, aliases), which may differ from it.
 */
export interface StaffIdentity {
  readonly email: string;
  readonly addresses?: readonly string[];
}

const normalisedAddress = (address: string): string => address.trim().toLowerCase();

/**
 * The SMTP addresses among Entra ID's `proxyAddresses` (`SMTP:` marks the primary one, `smtp:` an
 * alias; other kinds such as `X500:` or `SIP:` are not email addresses).
 */
export const smtpAddressesOf = (proxyAddresses: readonly string[]): string[] =>
  proxyAddresses.filter((p) => /^smtp:/i.test(p.trim())).map((p) => p.trim().slice(5));

/** Every address of the person, lower-cased, without blanks or repeats; the main one first. */
export const addressesOf = (identity: StaffIdentity): string[] => [
  ...new Set([identity.email, ...(identity.addresses ?? [])].map(normalisedAddress).filter((a) => a !== '')),
];

/** Whether an address written on a plan is this person: any of their addresses, ignoring case. */
export const isAddressOf = (identity: StaffIdentity, email: string): boolean => {
  const wanted = normalisedAddress(email);
  return wanted !== '' && addressesOf(identity).includes(wanted);
};
