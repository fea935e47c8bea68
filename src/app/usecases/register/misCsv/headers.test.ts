import { applyMapping, suggestMapping } from './headers';
import { parseMisCsvText } from './parse';

describe('suggesting which column feeds which field', () => {
  test('ignores case, spaces and punctuation in headers', () => {
    const { mapping, source } = suggestMapping([
      'SURNAME',
      'forename',
      'date_of_birth',
      'upn',
      'tutor-group',
      'Sen Status',
    ]);
    expect(mapping).toMatchObject({
      familyName: 'SURNAME',
      givenName: 'forename',
      dateOfBirth: 'date_of_birth',
      pupilRef: 'upn',
      className: 'tutor-group',
      senStatus: 'Sen Status',
      primaryNeed: null,
    });
    expect(source).toBe('Bromcom');
  });

  test('keys by admission number when there is no UPN', () => {
    expect(suggestMapping(['Legal Surname', 'Adno']).mapping.pupilRef).toBe('Adno');
  });

  test('a file of unknown origin: known columns mapped, the rest listed for the SENCO', () => {
    const suggested = suggestMapping(['Name', 'Family Name', 'DOB', 'Class', 'Key worker']);
    expect(suggested.source).toBe('unknown');
    expect(suggested.mapping).toMatchObject({
      familyName: 'Family Name',
      dateOfBirth: 'DOB',
      className: 'Class',
    });
    expect(suggested.unmapped).toEqual(['Name', 'Key worker']);
  });

  test('a column mapped by hand feeds its field, trimmed', () => {
    const csv = parseMisCsvText('Name,Family Name\n Ada ,Lovelace\n');
    const { mapping } = suggestMapping(csv.headers);
    const [row] = applyMapping(csv.rows, { ...mapping, givenName: 'Name' });
    expect(row?.values).toMatchObject({ givenName: 'Ada', familyName: 'Lovelace', dateOfBirth: '' });
  });

  test('a repeated header becomes two columns', () => {
    const csv = parseMisCsvText('Year,Year\n3,4\n');
    expect(csv.headers).toEqual(['Year', 'Year (2)']);
    expect(csv.rows[0]?.cells).toEqual({ Year: '3', 'Year (2)': '4' });
  });
});
