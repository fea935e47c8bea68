import { asClassTeamId } from '../../../domain/ids';
import { PupilSchema, type Pupil } from '../../../domain/pupil';
import { partition } from '../shared/listItem';
import { listItemOf as item } from '../shared/listItemFixture';
import { historyNote, pupilFromItem, pupilToFields } from './pupilMapper';

const pupilFields = {
  Title: "Zoë O'Brien",
  GivenName: 'Zoë',
  FamilyName: "O'Brien",
  ClassTeamId: 'team-4',
  ClassName: 'Year 4 Otters',
  YearGroup: 'Year 4',
};

describe('pupil items', () => {
  test('a well-formed item becomes a pupil; empty columns SharePoint leaves out read as empty', () => {
    const result = pupilFromItem(item('12', pupilFields));
    expect(result.ok && result.value).toEqual({
      id: '12',
      givenName: 'Zoë',
      familyName: "O'Brien",
      preferredName: '',
      pupilRef: '',
      classTeamId: 'team-4',
      className: 'Year 4 Otters',
      yearGroup: 'Year 4',
      dateOfBirth: '',
      senStatus: 'K',
      primaryNeed: null,
      registerStatus: 'active',
      leftOn: '',
      history: [],
      etag: '"{0000-12},1"',
    });
  });

  test('the register history is written as JSON and reads back with the item’s eTag', () => {
    const pupil = PupilSchema.omit({ id: true, etag: true }).parse({
      ...{ givenName: 'Isla', familyName: 'MacLeod', classTeamId: 'team-4', className: '4B' },
      history: [
        { on: '2026-09-01T08:00:00.000Z', by: 'Ms Priya Shah', kind: 'added', detail: '' },
        { on: '2026-11-02T10:00:00.000Z', by: 'Ms Priya Shah', kind: 'moved', detail: 'Moved from 4B to 4C' },
      ],
    });
    const result = pupilFromItem(item('12', pupilToFields(pupil), '"{abc},7"'));
    expect(result.ok && result.value.history.map((change) => change.detail)).toEqual([
      '',
      'Moved from 4B to 4C',
    ]);
    expect(result.ok && result.value.etag).toBe('"{abc},7"');
  });

  test('a damaged history is reported and read as empty; the pupil stays on the register', () => {
    const result = pupilFromItem(
      item('12', { ...pupilFields, RegisterHistoryJson: '[{"on":"yesterday","by":"","kind":"added"}]' }),
    );
    expect(result.ok && result.value.history).toEqual([]);
    expect(result.ok && result.problems.map((problem) => problem.field)).toEqual([
      'RegisterHistoryJson.0.on',
      'RegisterHistoryJson.0.by',
    ]);
  });

  test('a history too long for its column keeps its newest lines', () => {
    const line = (n: number) => ({
      on: '2026-09-01T08:00:00.000Z',
      by: 'Ms Priya Shah',
      kind: 'edited' as const,
      detail: `Change ${n} ${'x'.repeat(200)}`,
    });
    const history = Array.from({ length: 400 }, (_, n) => line(n));
    const kept = JSON.parse(historyNote(history)) as { detail: string }[];
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(63_999);
    expect(kept.at(-1)?.detail).toBe(history.at(-1)?.detail);
    expect(kept.length).toBeLessThan(400);
  });

  test('what the register records is written to its columns and reads back the same', () => {
    const pupil: Omit<Pupil, 'id'> = {
      history: [],
      givenName: 'Zoë',
      familyName: "O'Brien",
      preferredName: 'Zo',
      pupilRef: 'A123456789012',
      classTeamId: asClassTeamId('team-4'),
      className: 'Year 4 Otters',
      yearGroup: 'Year 4',
      dateOfBirth: '2016-11-30',
      senStatus: 'E',
      primaryNeed: 'SLCN',
      registerStatus: 'left',
      leftOn: '2026-02-06',
    };
    const fields = pupilToFields(pupil);
    expect(fields).toMatchObject({
      DateOfBirth: '2016-11-30',
      SenStatus: 'E',
      PrimaryNeed: 'SLCN',
      RegisterStatus: 'left',
      LeftOn: '2026-02-06',
    });
    const result = pupilFromItem(item('12', fields));
    expect(result.ok && result.value).toEqual({ ...pupil, id: '12', etag: '"{0000-12},1"' });
    expect(result.ok && result.problems).toEqual([]);
  });

  test('a pupil with no primary need recorded writes the column empty, which reads back as none', () => {
    const fields = pupilToFields(
      PupilSchema.omit({ id: true }).parse({
        givenName: 'Isla',
        familyName: 'MacLeod',
        classTeamId: 'team-4',
        className: 'Year 4 Otters',
      }),
    );
    expect(fields).toMatchObject({ PrimaryNeed: '', SenStatus: 'K', RegisterStatus: 'active' });
    const result = pupilFromItem(item('12', { ...fields, PrimaryNeed: '' }));
    expect(result.ok && result.value.primaryNeed).toBeNull();
  });

  test('a register column edited by hand into something unreadable is reported, and the pupil still loads', () => {
    const result = pupilFromItem(
      item('12', {
        ...pupilFields,
        SenStatus: 'SEN support',
        DateOfBirth: '31/02/2017',
        PrimaryNeed: 'SLCN',
      }),
    );
    expect(result.ok && [result.value.senStatus, result.value.dateOfBirth, result.value.primaryNeed]).toEqual(
      ['K', '', 'SLCN'],
    );
    expect(result.ok && result.problems.map((problem) => [problem.field, problem.message])).toEqual([
      ['DateOfBirth', 'Date of birth must be a date (DD/MM/YYYY).'],
      ['SenStatus', 'SEN status must be N (no special educational need), K (SEN support) or E (EHC plan).'],
    ]);
  });

  test('a malformed item is a problem naming the item and the column; the rest of the list still loads', () => {
    const { FamilyName: _, ...withoutFamilyName } = pupilFields;
    const results = [
      item('1', pupilFields),
      item('2', withoutFamilyName),
      item('3', { ...pupilFields, GivenName: 'Line one\nline two' }),
    ].map(pupilFromItem);
    const { values, problems } = partition(results);
    expect(values.map((pupil) => pupil.id)).toEqual(['1']);
    expect(problems).toEqual([
      { item: { kind: 'pupil', id: '2' }, field: 'FamilyName', message: 'Last name is required.' },
      { item: { kind: 'pupil', id: '3' }, field: 'GivenName', message: 'First name must be a single line.' },
    ]);
  });

  test('something that is not a list item at all is reported, not thrown', () => {
    const result = pupilFromItem({ id: 42 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.item).toEqual({ kind: 'pupil', id: '42' });
  });
});
