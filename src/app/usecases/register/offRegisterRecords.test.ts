import { asClassTeamId, fixedClock, PupilSchema, type Pupil } from '../../../domain';
import { offRegisterRecords } from './offRegisterRecords';

const leaver = (id: string, dateOfBirth: string): Pupil =>
  PupilSchema.parse({
    id,
    givenName: id,
    familyName: 'Leaver',
    classTeamId: asClassTeamId('team-otters'),
    className: 'Year 11 Otters',
    dateOfBirth,
    registerStatus: 'left',
  });

const store = (pupils: readonly Pupil[]) => ({
  listOffRegister: () => Promise.resolve({ pupils, problems: [] }),
});
const settings = { timeZone: 'Europe/London', records: { retainUntilAgeYears: 25 } };

test('pupils past the retention period are counted, not listed; the rest keep their order and end date', async () => {
  const pupils = [leaver('past', '2000-01-10'), leaver('kept', '2005-03-02'), leaver('undated', '')];
  const result = await offRegisterRecords(store(pupils), settings, fixedClock('2026-11-24T09:00:00Z'));
  expect(result.pastRetention).toBe(1);
  expect(result.kept.map(({ pupil, keptUntil }) => [pupil.id, keptUntil])).toEqual([
    ['kept', '2030-03-02'],
    ['undated', null],
  ]);
});
