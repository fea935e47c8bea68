import { asClassTeamId, asPupilId, PupilSchema, type ClassRoster } from '../../../domain';
import { rosterCandidates } from './rosterCandidates';

const roster: ClassRoster = {
  source: 'education-class',
  students: [
    { userId: 'u1', displayName: 'Zoë O’Brien', givenName: 'Zoë', familyName: "O'Brien" },
    { userId: 'u2', displayName: 'Kacper Nowak', givenName: 'Kacper', familyName: 'Nowak' },
  ],
};

const pupil = (givenName: string, familyName: string, preferredName = '') =>
  PupilSchema.parse({
    id: asPupilId('1'),
    givenName,
    familyName,
    preferredName,
    classTeamId: asClassTeamId('team'),
    className: '4B',
  });

describe('the class roster offered to the SENCO', () => {
  it('marks pupils already on the register, whatever the case or spacing of their names', () => {
    const candidates = rosterCandidates(roster, [pupil('kacper ', ' NOWAK')]);
    expect(candidates.map((c) => [c.student.userId, c.onRegister])).toEqual([
      ['u1', false],
      ['u2', true],
    ]);
  });

  it('recognises a pupil the register knows by their preferred name', () => {
    const candidates = rosterCandidates(roster, [pupil('Zoella', "O'Brien", 'Zoë')]);
    expect(candidates[0]?.onRegister).toBe(true);
  });
});
