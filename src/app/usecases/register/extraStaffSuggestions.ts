import type {
  ClassStaffAccess,
  ExtraStaffMember,
  ExtraStaffRole,
  StaffMember,
} from '../../../domain/careTeamAdmin';
import type { IepStore, PupilId } from '../../../domain';
import type { PlanPeople } from '../../../domain/people';

/** Someone a plan names as the pupil's class teacher or a teaching assistant. */
export interface NamedStaff extends StaffMember {
  readonly role: ExtraStaffRole;
}

/** The part after @, lower case. */
export const emailDomainOf = (email: string): string => email.trim().toLowerCase().split('@')[1] ?? '';

/**
 * The people of the pupil's current plan (a draft or the active version, the newest), or null when the
 * pupil has none: 2 requests, the plan versions and the one read.
 */
export const currentPlanPeople = async (
  store: Pick<IepStore, 'listPupilPlans' | 'openPlan'>,
  pupilId: PupilId,
): Promise<PlanPeople | null> => {
  const current = (await store.listPupilPlans(pupilId))
    .filter((plan) => plan.status !== 'closed')
    .sort((a, b) => b.version - a.version)[0];
  return current ? (await store.openPlan(current.id)).plan.people : null;
};

/**
 * Staff the plan names who cannot open it: in neither of the class's groups nor given the pupil's records
 * in person. Only addresses in the school's own email domains are offered (the SENCO's, usually one):
 * the plan's people are typed text, and someone outside the school's tenant cannot be given access.
 */
export const namedWithoutAccess = (
  people: PlanPeople | null,
  classStaff: ClassStaffAccess,
  extra: readonly StaffMember[],
  schoolDomains: readonly string[],
): NamedStaff[] => {
  if (people === null) return [];
  const domains = new Set(schoolDomains.map((d) => d.toLowerCase()));
  const withAccess = new Set(
    [...classStaff.teachers, ...classStaff.assistants, ...extra].map((m) => m.email.trim().toLowerCase()),
  );
  const named: NamedStaff[] = [
    ...(people.classTeacher ? [{ ...people.classTeacher, role: 'teacher' as const }] : []),
    ...people.teachingAssistants.map((ta) => ({ ...ta, role: 'assistant' as const })),
  ];
  const seen = new Set<string>();
  return named.flatMap((person) => {
    const email = person.email.trim().toLowerCase();
    if (email === '' || withAccess.has(email) || seen.has(email) || !domains.has(emailDomainOf(email)))
      return [];
    seen.add(email);
    return [{ name: person.name, email: person.email.trim(), role: person.role }];
  });
};

/** The extra staff of one role, for that role's list. */
export const extraOfRole = (extra: readonly ExtraStaffMember[], role: ExtraStaffRole): ExtraStaffMember[] =>
  extra.filter((member) => member.role === role);
