import { PlanPeopleSchema } from '../../../domain/people';
import { namedWithoutAccess } from './extraStaffSuggestions';

const people = PlanPeopleSchema.parse({
  classTeacher: { name: 'Priya Shah', email: 'Priya.Shah@school.example' },
  teachingAssistants: [
    { name: 'Tom Bennett', email: 'tom.bennett@school.example' },
    { name: 'Aisha Khan', email: 'aisha.khan@school.example' },
    { name: 'Aisha Khan', email: 'AISHA.KHAN@school.example' },
    { name: 'Outside SALT', email: 'salt@nhs.example' },
    { name: 'No address', email: '' },
  ],
});

describe('staff the plan names who cannot open it', () => {
  it('offers only school addresses outside the class’s groups and the extra staff, once each', () => {
    const found = namedWithoutAccess(
      people,
      { teachers: [], assistants: [{ name: 'Tom Bennett', email: 'TOM.BENNETT@school.example' }] },
      [],
      ['School.example'],
    );
    expect(found).toEqual([
      { name: 'Priya Shah', email: 'Priya.Shah@school.example', role: 'teacher' },
      { name: 'Aisha Khan', email: 'aisha.khan@school.example', role: 'assistant' },
    ]);
  });

  it('offers no one already given the pupil in person, and no one without a plan', () => {
    const extra = [{ name: 'Priya Shah', email: 'priya.shah@school.example' }];
    const found = namedWithoutAccess(people, { teachers: [], assistants: [] }, extra, ['school.example']);
    expect(found.map((p) => p.name)).toEqual(['Tom Bennett', 'Aisha Khan']);
    expect(namedWithoutAccess(null, { teachers: [], assistants: [] }, [], ['school.example'])).toEqual([]);
  });
});
