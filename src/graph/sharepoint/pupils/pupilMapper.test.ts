import { partition } from '../shared/listItem';
import { listItemOf as item } from '../shared/listItemFixture';
import { pupilFromItem } from './pupilMapper';

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
    });
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
