import { asClassTeamId, asPupilId } from './ids';
import type { RegisterWrite } from './ports';
import { PupilSchema, type Pupil } from './pupil';
import { RegisterEntrySchema } from './register';
import { pupilFromImport, pupilRolledOver, pupilUpdatedByImport } from './registerImport';

const stamp = { on: '2026-09-01T08:30:00.000Z', by: 'Priya Shah' };

const entry = RegisterEntrySchema.parse({
  givenName: 'Amara',
  familyName: 'Okafor',
  dateOfBirth: '2017-03-14',
  pupilRef: 'A938200115001',
  yearGroup: 'Year 3',
  className: '3B',
  senStatus: 'K',
  primaryNeed: 'SLCN',
});
const row = (existing: Pupil | null, change: Partial<typeof entry> = {}): RegisterWrite => ({
  entry: { ...entry, ...change },
  classTeamId: asClassTeamId('team-3b'),
  existing,
});
const onRegister: Pupil = PupilSchema.parse({
  ...pupilFromImport(row(null), { on: '2026-01-05T09:00:00.000Z', by: 'Tom Bennett' }),
  id: asPupilId('7'),
  registerStatus: 'no-longer-sen',
  etag: '"a,3"',
});

describe('what an import does to a pupil', () => {
  test('a new pupil is active, in the matched class team, with "imported" as its history', () => {
    expect(pupilFromImport(row(null), stamp)).toMatchObject({
      classTeamId: 'team-3b',
      className: '3B',
      registerStatus: 'active',
      history: [{ ...stamp, kind: 'imported', detail: 'Imported from the MIS file' }],
    });
  });

  test('a row that changes nothing on the register leaves the pupil alone, history and all', () => {
    expect(pupilUpdatedByImport(onRegister, row(onRegister), stamp)).toBeNull();
  });

  test('a changed row updates the fields and adds to the history; the SENCO’s register status stays', () => {
    const updated = pupilUpdatedByImport(
      onRegister,
      row(onRegister, { senStatus: 'E', primaryNeed: 'ASD' }),
      stamp,
    );
    expect(updated).toMatchObject({
      id: '7',
      etag: '"a,3"',
      senStatus: 'E',
      registerStatus: 'no-longer-sen',
    });
    expect(updated?.history.map((change) => [change.kind, change.by])).toEqual([
      ['imported', 'Tom Bennett'],
      ['imported', 'Priya Shah'],
    ]);
  });
});

test('the new school year moves a pupil to the new class and says from where in their history', () => {
  const moved = pupilRolledOver(onRegister, { id: 'team-4b', displayName: '4B' }, stamp);
  expect([moved.classTeamId, moved.className]).toEqual(['team-4b', '4B']);
  expect(moved.history.at(-1)).toEqual({
    ...stamp,
    kind: 'rolled-over',
    detail: 'New school year: 3B to 4B',
  });
});
