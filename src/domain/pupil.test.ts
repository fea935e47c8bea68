import { PupilSchema, isOnActiveRegister } from './pupil';

const onRegister = {
  id: '7',
  givenName: 'Isla',
  familyName: 'MacLeod',
  classTeamId: 't',
  className: 'Year 4',
};

describe('a pupil on the register', () => {
  test('a pupil recorded before the register held more reads as active on SEN support, details unknown', () => {
    expect(PupilSchema.parse(onRegister)).toMatchObject({
      dateOfBirth: '',
      senStatus: 'K',
      primaryNeed: null,
      registerStatus: 'active',
      leftOn: '',
    });
  });

  test('dates must be real dates or blank, and say which field is wrong', () => {
    expect(PupilSchema.safeParse({ ...onRegister, dateOfBirth: '2017-02-29' }).error?.issues).toEqual([
      expect.objectContaining({ path: ['dateOfBirth'], message: 'Date of birth is not a real date.' }),
    ]);
    expect(PupilSchema.safeParse({ ...onRegister, leftOn: '06/02/2026' }).error?.issues).toEqual([
      expect.objectContaining({ path: ['leftOn'], message: 'Left on must be a date (DD/MM/YYYY).' }),
    ]);
    expect(PupilSchema.parse({ ...onRegister, dateOfBirth: '2016-02-29' }).dateOfBirth).toBe('2016-02-29');
  });

  test('only an active pupil is on the register the SENCO works from', () => {
    expect(isOnActiveRegister({ registerStatus: 'active' })).toBe(true);
    expect(isOnActiveRegister({ registerStatus: 'left' })).toBe(false);
    expect(isOnActiveRegister({ registerStatus: 'no-longer-sen' })).toBe(false);
  });
});
