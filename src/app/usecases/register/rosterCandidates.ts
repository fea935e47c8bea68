import type { ClassRoster, Pupil, RosterStudent } from '../../../domain';

export interface RosterCandidate {
  readonly student: RosterStudent;
  /** A pupil of the class with the same name is on the register already. */
  readonly onRegister: boolean;
}

const nameKey = (given: string, family: string): string =>
  `${given} ${family}`.normalize('NFKC').toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();

/**
 * The roster's pupils, each saying whether the class's register already has them. The register keeps
 * no directory id (a pupil may have no account), so a pupil is recognised by legal or preferred name.
 */
export const rosterCandidates = (roster: ClassRoster, onRegister: readonly Pupil[]): RosterCandidate[] => {
  const known = new Set(
    onRegister.flatMap((p) => [nameKey(p.givenName, p.familyName), nameKey(p.preferredName, p.familyName)]),
  );
  return roster.students.map((student) => ({
    student,
    onRegister: known.has(nameKey(student.givenName, student.familyName)),
  }));
};
