import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { NotFound, type ClassRoster, type RosterStudent } from '../../domain';
import type { ItemRef } from '../../domain/errors';
import { toDomainError } from '../httpErrors';
import { relativeToVersionRoot } from '../odata';

const ROSTER: ItemRef = { kind: 'list', id: 'classRoster' };

const EducationUserSchema = z.object({
  id: z.string().min(1),
  displayName: z.string().nullish(),
  givenName: z.string().nullish(),
  surname: z.string().nullish(),
  primaryRole: z.string().nullish(),
});

const TeamMemberSchema = z.object({
  userId: z.string().nullish(),
  displayName: z.string().nullish(),
  roles: z.array(z.string()).nullish(),
});

const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ value: z.array(item), '@odata.nextLink': z.string().optional() });

/** Every page of a collection, following `@odata.nextLink`; a failure maps through httpErrors once. */
const readPages = async <T extends z.ZodType>(
  client: Client,
  firstUrl: string,
  item: T,
): Promise<z.output<T>[]> => {
  const all: z.output<T>[] = [];
  const schema = pageOf(item);
  for (let url: string | undefined = firstUrl; url;) {
    let page: z.output<typeof schema>;
    try {
      page = schema.parse(await client.api(url).get());
    } catch (error) {
      throw toDomainError(error, ROSTER);
    }
    all.push(...(page.value as z.output<T>[]));
    const next = page['@odata.nextLink'];
    url = next ? relativeToVersionRoot(next) : undefined;
  }
  return all;
};

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** As a class list is read out: by family name, then given name. */
const byFamilyThenGivenName = (a: RosterStudent, b: RosterStudent): number =>
  collator.compare(a.familyName, b.familyName) ||
  collator.compare(a.givenName, b.givenName) ||
  collator.compare(a.displayName, b.displayName);

const trimmed = (text: string | null | undefined): string => text?.trim() ?? '';

/**
 * Students are the class's members with `primaryRole` student, teachers its owners with teacher
 * (https://learn.microsoft.com/en-us/graph/api/resources/educationuser); the members list holds both.
 */
const educationStudents = async (client: Client, classTeamId: string): Promise<RosterStudent[]> => {
  const members = await readPages(
    client,
    `/education/classes/${encodeURIComponent(classTeamId)}/members?$select=id,displayName,givenName,surname,primaryRole`,
    EducationUserSchema,
  );
  return members
    .filter((member) => member.primaryRole === 'student')
    .map((member) => {
      const givenName = trimmed(member.givenName);
      const familyName = trimmed(member.surname);
      return {
        userId: member.id,
        displayName: trimmed(member.displayName) || `${givenName} ${familyName}`.trim(),
        givenName,
        familyName,
      };
    });
};

/**
 * A team member carries only a display name, so the names are split at the last space: the SENCO sees
 * and can correct them before anything is written. Owners are the staff; guests are not the school's pupils.
 */
const teamMemberStudents = async (client: Client, classTeamId: string): Promise<RosterStudent[]> => {
  const members = await readPages(
    client,
    `/teams/${encodeURIComponent(classTeamId)}/members`,
    TeamMemberSchema,
  );
  return members.flatMap((member) => {
    const roles = member.roles ?? [];
    const userId = trimmed(member.userId);
    const displayName = trimmed(member.displayName);
    if (roles.includes('owner') || roles.includes('guest') || !userId || !displayName) return [];
    const lastSpace = displayName.lastIndexOf(' ');
    return [
      {
        userId,
        displayName,
        givenName: lastSpace > 0 ? displayName.slice(0, lastSpace) : displayName,
        familyName: lastSpace > 0 ? displayName.slice(lastSpace + 1) : '',
      },
    ];
  });
};

/**
 * A class team's pupils for the SENCO to choose from. The education roster
 * (`GET /education/classes/{id}/members`, EduRoster.ReadBasic) where the team is an education class;
 * Graph answers 404 there for a team made as an ordinary team, which is only a group, and then the
 * team's members who are not its owners are the pupils (`GET /teams/{id}/members`, TeamMember.Read.All,
 * the scope the class teacher look-up already uses, and the one list that says who owns the team; the
 * group's `/members` and `/owners` would need GroupMember.Read.All and two reads). A delegated caller
 * sees only their own classes (https://learn.microsoft.com/en-us/graph/api/educationclass-list-members):
 * someone else's class is refused (AccessDenied), and is not retried as a team.
 */
export const loadClassRoster = async (client: Client, classTeamId: string): Promise<ClassRoster> => {
  try {
    const students = await educationStudents(client, classTeamId);
    return { source: 'education-class', students: students.sort(byFamilyThenGivenName) };
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
  }
  const students = await teamMemberStudents(client, classTeamId);
  return { source: 'team-members', students: students.sort(byFamilyThenGivenName) };
};
