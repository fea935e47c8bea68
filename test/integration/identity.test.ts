/**
 * Staff are recognised by every address of their mailbox, not by the sign-in name alone. Sarah Hughes
 * signs in as s.hughes@ (her UPN) but the SENCO named her on the plan by her mail address.
 */
import { DEMO_PERSONAS, DEMO_SCHOOL } from '../../dev/standin/demoSchool';
import { createServices } from '../../src/app/services';
import { fixedClock, isAddressOf, type Pupil } from '../../src/domain';
import { planFor, registerEntries } from './support/pupils';
import { SENCO, SEN_SITE, startTestbed, YEAR_5, type Testbed } from './support/iepTestbed';

const sarah = DEMO_SCHOOL.users['year5Teacher'];
let bed: Testbed;
let pupil: Pupil;

beforeAll(async () => {
  bed = await startTestbed();
  [pupil] = (await bed.storeFor(SENCO).addPupils(registerEntries(YEAR_5, 'Year 5 Foxes', 1))) as [Pupil];
  const plan = planFor(pupil, 1);
  await bed.storeFor(SENCO).createPlan({
    pupil,
    plan: {
      ...plan,
      people: { ...plan.people, classTeacher: { name: 'Sarah Hughes', email: sarah?.email ?? '' } },
    },
  });
});
afterAll(() => bed.close());

test('the demo tenant gives Sarah a sign-in name that is not her mail address', () => {
  expect(sarah?.upn).toBe('s.hughes@oakfield.example');
  expect(sarah?.email).toBe('sarah.hughes@oakfield.example');
});

test('a teacher who signs in with a UPN unlike her mail still sees her pupils in "My pupils"', async () => {
  const persona = DEMO_PERSONAS.find((p) => p.email === sarah?.upn);
  if (!persona) throw new Error('No persona signs in as Sarah.');
  const services = await createServices(
    {
      mode: 'local',
      graphBaseUrl: `${bed.standIn.url}/`,
      senSite: SEN_SITE,
      personas: [...DEMO_PERSONAS],
    },
    { clock: fixedClock('2026-11-24T09:00:00Z'), persona },
  );
  const me = { email: services.currentUser.email, addresses: await services.staffAddresses() };
  expect(me.addresses).toContain('sarah.hughes@oakfield.example');
  expect(isAddressOf(me, 'S.Hughes@oakfield.example')).toBe(true);
  expect(isAddressOf(me, 'sarah.hughes@oakfieldprimary.example')).toBe(true);
  expect(isAddressOf(me, 'emma.clarke@oakfield.example')).toBe(false);

  // What MyPupilsPage asks for.
  const mine = await services.store.listPlansForStaff(me.addresses);
  expect(mine.map((p) => p.pupil.pupilId)).toEqual([pupil.id]);
});
