/**
 * The SharePoint groups of the care-team design (docs/ACCESS.md). Titles carry a class team's id, never a
 * name, so renaming a class in Teams never strands its group.
 */
export const SEN_LEADS_GROUP = 'IEP SEN leads';
export const READ_ONLY_GROUP = 'IEP Read-only staff';

export const classTeachersGroup = (classTeamId: string): string => `IEP class ${classTeamId} teachers`;
export const classAssistantsGroup = (classTeamId: string): string => `IEP class ${classTeamId} assistants`;

const CLASS_GROUP = /^IEP class (.+) (teachers|assistants)$/;

/** What the signed-in user's groups say they may do, for the pages' choices (SharePoint enforces it). */
export interface CareTeamRoles {
  readonly isSenLead: boolean;
  readonly isReadOnly: boolean;
  /** Class team ids. */
  readonly teacherOf: ReadonlySet<string>;
  readonly assistantOf: ReadonlySet<string>;
}

/** Roles from group titles (`currentuser/groups`); titles of other groups are ignored. */
export const rolesFromGroups = (titles: readonly string[]): CareTeamRoles => {
  const teacherOf = new Set<string>();
  const assistantOf = new Set<string>();
  for (const title of titles) {
    const match = CLASS_GROUP.exec(title.trim());
    if (!match) continue;
    (match[2] === 'teachers' ? teacherOf : assistantOf).add(match[1] as string);
  }
  const has = (name: string) => titles.some((title) => title.trim() === name);
  return { isSenLead: has(SEN_LEADS_GROUP), isReadOnly: has(READ_ONLY_GROUP), teacherOf, assistantOf };
};
