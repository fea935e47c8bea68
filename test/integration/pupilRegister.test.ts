/** What the SEN register records about a pupil (schema 4), through the store against the stand-in. */
import { asClassTeamId, type Pupil } from '../../src/domain';
import type { SharePointIepStore } from '../../src/graph/sharepoint/store';
import { registerEntries } from './support/pupils';
import { SENCO, startTestbed, YEAR_3, type Testbed } from './support/iepTestbed';

let bed: Testbed;
let senco: SharePointIepStore;

beforeAll(async () => {
  bed = await startTestbed();
  senco = bed.storeFor(SENCO);
});
afterAll(() => bed.close());

test('a pupil added with what the register records about them reads back as it was given', async () => {
  const entry: Omit<Pupil, 'id'> = {
    ...(registerEntries(YEAR_3, 'Year 3 Kestrels', 1)[0] as Omit<Pupil, 'id'>),
    pupilRef: 'K801200111005',
    yearGroup: 'Year 3',
    dateOfBirth: '2018-08-31',
    senStatus: 'E',
    primaryNeed: 'HI',
    registerStatus: 'left',
    leftOn: '2026-02-06',
  };
  const [added] = (await senco.addPupils([entry])) as [Pupil];
  expect(added).toEqual({
    ...entry,
    id: added.id,
    etag: expect.any(String) as unknown,
    history: [{ on: expect.any(String) as unknown, by: SENCO.name, kind: 'added', detail: '' }],
  });
  await expect(senco.findPupil(added.id)).resolves.toEqual(added);
  const { pupils, problems } = await senco.loadClass(asClassTeamId(YEAR_3));
  expect(problems).toEqual([]);
  // Someone who has left is a record: found by id, but not listed as one of the class's pupils.
  expect(pupils.find((pupil) => pupil.id === added.id)).toBeUndefined();
});

test('a pupil added with only names and class is active on SEN support, with nothing else recorded', async () => {
  const [added] = (await senco.addPupils([
    {
      givenName: 'Ffion',
      familyName: 'Jones',
      classTeamId: asClassTeamId(YEAR_3),
      className: 'Year 3 Kestrels',
    },
  ])) as [Pupil];
  await expect(senco.findPupil(added.id)).resolves.toEqual({
    id: added.id,
    givenName: 'Ffion',
    familyName: 'Jones',
    preferredName: '',
    pupilRef: '',
    classTeamId: YEAR_3,
    className: 'Year 3 Kestrels',
    yearGroup: '',
    dateOfBirth: '',
    senStatus: 'K',
    primaryNeed: null,
    registerStatus: 'active',
    leftOn: '',
    history: added.history,
    etag: added.etag,
  });
  expect(added.history.map((change) => change.kind)).toEqual(['added']);
});

test('a register field the census would not accept is refused, naming it', async () => {
  const entry = registerEntries(YEAR_3, 'Year 3 Kestrels', 1)[0] as Omit<Pupil, 'id'>;
  await expect(senco.addPupils([{ ...entry, dateOfBirth: '2018-02-30' }])).rejects.toMatchObject({
    issues: [{ path: 'dateOfBirth', message: 'Date of birth is not a real date.' }],
  });
});
