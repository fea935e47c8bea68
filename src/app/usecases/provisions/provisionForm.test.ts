import { EMPTY_PROVISION_FORM, readProvisionForm, type ProvisionFormValues } from './provisionForm';

const filled: ProvisionFormValues = {
  ...EMPTY_PROVISION_FORM,
  name: 'Phonics catch-up group',
  areaOfNeed: 'cognition-and-learning',
  groupSize: '6',
  staffNames: ['Mrs Bell', ''],
  sessionsPerWeek: '3',
  minutesPerSession: '30',
  weeksPerTerm: '10',
  costPerHour: '£18.50',
  resourcesCost: '45',
};

describe('reading the provision form', () => {
  test('reads money into pence and numbers as numbers, dropping blank staff rows', () => {
    const reading = readProvisionForm(filled);
    expect(reading.ok && reading.provision).toMatchObject({
      costPerHourPence: 1850,
      resourcesCostPence: 4500,
      sessionsPerWeek: 3,
      staffNames: ['Mrs Bell'],
    });
  });

  test('puts each problem at its field in the domain’s words', () => {
    const reading = readProvisionForm({
      ...filled,
      name: '',
      areaOfNeed: '',
      sessionsPerWeek: '2.5',
      minutesPerSession: 'half an hour',
      weeksPerTerm: '20',
      costPerHour: '12.345',
      resourcesCost: '-3',
    });
    expect(reading.ok ? {} : reading.errors).toEqual({
      name: expect.stringMatching(/Name/),
      areaOfNeed: 'Choose the area of need it meets.',
      sessionsPerWeek: 'Sessions per week must be a whole number.',
      minutesPerSession: 'Minutes per session must be a number.',
      weeksPerTerm: 'Weeks per term must be at most 16.',
      costPerHour: 'Cost per hour has at most two figures after the point (pence), e.g. 18.50.',
      resourcesCost: 'Resources cost per term cannot be negative.',
    });
  });

  test('a 1:1 provision is a group of one whatever the size box says', () => {
    const reading = readProvisionForm({ ...filled, delivery: 'one-to-one', groupSize: '' });
    expect(reading.ok && reading.provision.groupSize).toBe(1);
  });
});
