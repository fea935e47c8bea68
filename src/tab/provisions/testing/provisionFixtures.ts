import { fakeServices, pupil } from '../../../../test/support/fakeServices';
import { createInMemoryIepStore } from '../../../../test/support/inMemoryIepStore';
import { createInMemoryProvisionStore } from '../../../../test/support/inMemoryProvisionStore';
import { asClassTeamId, type NewProvision, type Pupil } from '../../../domain';

/** The autumn term 2026 of the test school (fakeServices' English term dates; today is 24/11/2026). */
export const AUTUMN = { start: '2026-09-07', end: '2026-12-18' } as const;

export const phonics = (overrides: Partial<NewProvision> = {}): NewProvision => ({
  name: 'Phonics catch-up group',
  areaOfNeed: 'cognition-and-learning',
  delivery: 'group',
  groupSize: 6,
  staffRole: 'teaching-assistant',
  staffNames: ['Mrs Bell'],
  sessionsPerWeek: 3,
  minutesPerSession: 30,
  weeksPerTerm: 10,
  costPerHourPence: 1850,
  resourcesCostPence: 4500,
  description: 'Daily phonics in a small group with a trained assistant.',
  entryExit: { name: 'Phonics screening score', higherIsBetter: true },
  ...overrides,
});

const OTTERS = asClassTeamId('team-otters');
const HERONS = asClassTeamId('team-herons');
const KESTRELS = asClassTeamId('team-kestrels');

const inClass = (
  id: string,
  givenName: string,
  familyName: string,
  team: string,
  className: string,
  year: string,
) => pupil({ id, givenName, familyName, classTeamId: team, className, yearGroup: year });

/** Two Year 2 classes and a Year 3 class on the register. */
export const REGISTER: readonly Pupil[] = [
  inClass('p-ava', 'Ava', 'Brown', OTTERS, 'Year 2 Otters', 'Year 2'),
  inClass('p-ben', 'Ben', 'Clarke', OTTERS, 'Year 2 Otters', 'Year 2'),
  inClass('p-cara', 'Cara', 'Dunn', OTTERS, 'Year 2 Otters', 'Year 2'),
  inClass('p-dev', 'Dev', 'Evans', HERONS, 'Year 2 Herons', 'Year 2'),
  inClass('p-ella', 'Ella', 'Fox', HERONS, 'Year 2 Herons', 'Year 2'),
  inClass('p-finn', 'Finn', 'Green', KESTRELS, 'Year 3 Kestrels', 'Year 3'),
];

/** Services with the register above and an empty provision store, ready for a page. */
export const provisionServices = () => {
  const store = createInMemoryIepStore({ pupils: REGISTER });
  const provisions = createInMemoryProvisionStore();
  provisions.setPupils(REGISTER);
  const services = fakeServices({ store, provisions });
  return { services, store, provisions };
};
