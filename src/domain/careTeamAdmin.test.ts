import { staffEmailProblem } from './careTeamAdmin';

describe('an address typed to add someone to a care-team group', () => {
  const members = [{ name: 'Priya Shah', email: 'priya.shah@oakfield.example' }];

  it('must be given', () => {
    expect(staffEmailProblem('  ', members)).toBe('Enter the school email address of the person to add.');
  });

  it('must look like an email address', () => {
    expect(staffEmailProblem('Priya Shah', members)).toMatch(/such as name@school.example/);
  });

  it('must not name someone already in the group, whatever the case', () => {
    expect(staffEmailProblem('Priya.Shah@Oakfield.example', members)).toBe(
      'This person is already in the group.',
    );
  });

  it('is accepted otherwise', () => {
    expect(staffEmailProblem(' tom.bennett@oakfield.example ', members)).toBeNull();
  });
});
