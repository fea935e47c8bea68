import { Invalid } from './errors';
import { PupilSchema, type Pupil } from './pupil';
import { checkPupilEdit, planFollowUpFor, registerChangeFor } from './pupilUpdate';

const base: Pupil = PupilSchema.parse({
  id: '7',
  givenName: 'Isla',
  familyName: 'MacLeod',
  pupilRef: 'R7',
  classTeamId: 'team-3b',
  className: '3B',
  yearGroup: 'Year 3',
  senStatus: 'K',
  primaryNeed: 'SLCN',
  history: [{ on: '2026-09-01T08:00:00.000Z', by: 'Ms Priya Shah', kind: 'added' }],
  etag: '"7,1"',
});
const ON = '2026-11-24T09:00:00.000Z';
const lineFor = (edit: Partial<Pupil>) => {
  const change = registerChangeFor({ ...base, ...edit }, base, ON, 'Ms Priya Shah');
  return change && [change.kind, change.detail];
};

describe("a pupil's register history", () => {
  test('one changed field is named with its new value in words', () => {
    expect(lineFor({ senStatus: 'E' })).toEqual([
      'edited',
      'SEN status changed to Education, health and care plan',
    ]);
    expect(lineFor({ primaryNeed: null })).toEqual(['edited', 'Primary need changed to none']);
    expect(lineFor({ preferredName: 'Izzy' })).toEqual(['edited', 'Preferred name changed to Izzy']);
    expect(lineFor({ dateOfBirth: '2018-03-04' })).toEqual(['edited', 'Date of birth changed to 04/03/2018']);
    expect(lineFor({ pupilRef: '' })).toEqual(['edited', 'Pupil reference changed to blank']);
  });

  test('several changed fields are named by their labels', () => {
    expect(lineFor({ yearGroup: 'Year 4', pupilRef: 'R8', dateOfBirth: '2018-03-04' })).toEqual([
      'edited',
      'Date of birth, Pupil reference and Year group changed',
    ]);
  });

  test('a move names both classes, and what else changed with it', () => {
    expect(
      lineFor({ classTeamId: 'team-4b' as Pupil['classTeamId'], className: '4B', yearGroup: 'Year 4' }),
    ).toEqual(['moved', 'Moved from 3B to 4B; Year group changed']);
  });

  test('leaving, coming off SEN support and coming back are their own kinds of change', () => {
    expect(lineFor({ registerStatus: 'left', leftOn: '2026-12-18' })).toEqual(['left', 'Left on 18/12/2026']);
    expect(lineFor({ registerStatus: 'no-longer-sen' })).toEqual(['no-longer-sen', '']);
    const off = { ...base, registerStatus: 'no-longer-sen' as const };
    expect(registerChangeFor(base, off, ON, 'Ms Priya Shah')?.kind).toBe('returned');
  });

  test('an edit that changes nothing records nothing', () => {
    expect(lineFor({})).toBeNull();
  });
});

describe('checking an edit', () => {
  test('a pupil marked as left needs the date they left', () => {
    expect(() => checkPupilEdit({ ...base, registerStatus: 'left' }, base)).toThrow(
      new Invalid([{ path: 'leftOn', message: 'Left on is required for a pupil who has left the school.' }]),
    );
  });

  test('history cannot be rewritten through an edit: the stored history is kept', () => {
    expect(checkPupilEdit({ ...base, history: [] }, base).history).toEqual(base.history);
  });
});

describe("what a pupil's current plans do after an edit", () => {
  test('they follow a new class or name, close when the pupil leaves, and stay for anything else', () => {
    expect(planFollowUpFor({ ...base, classTeamId: 'team-4b' as Pupil['classTeamId'] }, base)).toBe('follow');
    expect(planFollowUpFor({ ...base, preferredName: 'Izzy' }, base)).toBe('follow');
    expect(planFollowUpFor({ ...base, registerStatus: 'left', leftOn: '2026-12-18' }, base)).toBe('close');
    expect(planFollowUpFor({ ...base, registerStatus: 'no-longer-sen' }, base)).toBe('close');
    expect(planFollowUpFor({ ...base, senStatus: 'E', dateOfBirth: '2018-03-04' }, base)).toBe('none');
  });
});
