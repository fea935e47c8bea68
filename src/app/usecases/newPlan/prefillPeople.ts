import type { ClassStaff, CurrentUser, Person, PlanPeople } from '../../../domain';

const sameEmail = (a: string, b: string): boolean =>
  a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();

const COORDINATOR_TITLES = ['SENCO', 'SENDCo', 'ALNCo', 'ALENCo', 'Support for Learning'];

/** Whether a job title names the school's SEN coordinator, in any UK nation's wording. */
export const isCoordinatorTitle = (jobTitle: string, nationTitle: string): boolean =>
  [...COORDINATOR_TITLES, nationTitle].some((title) => jobTitle.toLowerCase().includes(title.toLowerCase()));

/**
 * Who a new plan names before anyone types: the signed-in member of staff and the class teacher, so
 * the plan shows in their "My pupils" and a review has someone to invite. The class team's owners
 * are its teachers (the SENCO often owns every class team too). The signed-in user goes in as the
 * SENCO when their job title says so, as the class teacher when they own the class team, and as a
 * teaching assistant otherwise; the class teacher is then the first other owner.
 */
export const prefillPeople = (
  people: PlanPeople,
  staff: ClassStaff | null,
  me: CurrentUser,
  coordinatorTitle: string,
): PlanPeople => {
  const myself: Person = { name: me.name, email: me.email };
  const owners = staff?.owners ?? [];
  const otherOwner = owners.find((owner) => !sameEmail(owner.email, me.email)) ?? null;
  if (staff && isCoordinatorTitle(staff.myJobTitle, coordinatorTitle))
    return { ...people, senco: myself, classTeacher: otherOwner };
  if (owners.some((owner) => sameEmail(owner.email, me.email))) return { ...people, classTeacher: myself };
  return { ...people, classTeacher: otherOwner, teachingAssistants: [myself] };
};
