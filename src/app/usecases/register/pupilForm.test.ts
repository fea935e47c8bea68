import { EMPTY_PUPIL_FORM, classChoices, readPupilForm, type PupilFormValues } from './pupilForm';

const classes = [
  { id: 'team-4b', displayName: '4B' },
  { id: 'team-3a', displayName: '3A' },
];

const complete: PupilFormValues = {
  ...EMPTY_PUPIL_FORM,
  givenName: 'Zoë',
  familyName: "O'Brien",
  dateOfBirth: '2017-03-04',
  pupilRef: 'A123456789012',
  yearGroup: 'Year 4',
  classTeamId: 'team-4b',
  senStatus: 'K',
  primaryNeed: 'SLCN',
};

describe('the SENCO’s pupil form', () => {
  it('reads a complete entry into a pupil in the chosen class team', () => {
    const reading = readPupilForm(complete, classes);
    expect(reading).toEqual({
      ok: true,
      pupil: expect.objectContaining({ classTeamId: 'team-4b', className: '4B', primaryNeed: 'SLCN' }),
    });
  });

  it('names each field that stops the save, in the form’s own fields', () => {
    const reading = readPupilForm(
      { ...complete, givenName: ' ', dateOfBirth: '2017-02-31', classTeamId: '', primaryNeed: '' },
      classes,
    );
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(Object.keys(reading.errors).sort()).toEqual([
      'classTeamId',
      'dateOfBirth',
      'givenName',
      'primaryNeed',
    ]);
    expect(reading.errors.primaryNeed).toMatch(/NSA/);
    expect(reading.errors.classTeamId).toMatch(/class team/);
  });

  it('refuses a class team that is not one of those offered', () => {
    const reading = readPupilForm({ ...complete, classTeamId: 'team-gone' }, classes);
    expect(reading.ok).toBe(false);
  });

  it('offers the pupil’s own class even when the user is not in its team, sorted as people read them', () => {
    const choices = classChoices(classes, { id: 'team-10c', displayName: '10C' });
    expect(choices.map((c) => c.displayName)).toEqual(['3A', '4B', '10C']);
    expect(classChoices(classes, { id: 'team-4b', displayName: '4B' })).toHaveLength(2);
  });
});
