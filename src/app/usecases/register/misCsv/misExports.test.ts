import { readFileSync } from 'node:fs';
import path from 'node:path';
import { suggestMapping } from './headers';
import { readMisCsv } from './parse';
import { previewImport } from './preview';

const fixture = (name: string): Uint8Array =>
  readFileSync(path.resolve(__dirname, '../../../../../test/fixtures/mis', name));

const previewOf = (name: string) => {
  const csv = readMisCsv(fixture(name));
  const suggested = suggestMapping(csv.headers);
  return { csv, suggested, preview: previewImport(csv.rows, suggested.mapping, []) };
};

/** What the SENCO reads in the preview: one line per row. */
const summary = (name: string) =>
  previewOf(name).preview.rows.map(({ rowNumber, entry, action }) => ({
    rowNumber,
    action,
    name: entry && `${entry.givenName} ${entry.familyName}`,
    preferredName: entry?.preferredName,
    dateOfBirth: entry?.dateOfBirth,
    pupilRef: entry?.pupilRef,
    yearGroup: entry?.yearGroup,
    className: entry?.className,
    codes: entry && `${entry.senStatus} ${entry.primaryNeed ?? '-'}`,
  }));

describe('a SIMS export (UTF-8 with a byte order mark, CRLF)', () => {
  test('is recognised and keyed by UPN, leaving the admission number for the SENCO', () => {
    const { csv, suggested } = previewOf('sims.csv');
    expect(csv.encoding).toBe('utf-8');
    expect(csv.headers[0]).toBe('Legal Surname');
    expect(suggested.source).toBe('SIMS');
    expect(suggested.mapping).toEqual({
      familyName: 'Legal Surname',
      givenName: 'Legal Forename',
      preferredName: 'Preferred Forename',
      dateOfBirth: 'DOB',
      pupilRef: 'UPN',
      yearGroup: 'Year',
      className: 'Reg',
      senStatus: 'SEN Status',
      primaryNeed: 'SEN Need Type',
    });
    expect(suggested.unmapped).toEqual(['Adno']);
  });

  test('previews every pupil with the right names, dates and census codes', () => {
    expect(summary('sims.csv')).toEqual([
      {
        rowNumber: 2,
        action: 'add',
        name: 'Yusuf Ahmed',
        preferredName: '',
        dateOfBirth: '2016-03-07',
        pupilRef: 'M938200115001',
        yearGroup: 'Year 3',
        className: '3B',
        codes: 'K SLCN',
      },
      {
        rowNumber: 3,
        action: 'add',
        name: 'Olivia Brown',
        preferredName: 'Liv',
        dateOfBirth: '2015-11-02',
        pupilRef: 'B938200115002',
        yearGroup: 'Year 4',
        className: '4W',
        codes: 'E ASD',
      },
      {
        rowNumber: 4,
        action: 'add',
        name: 'Niamh Campbell',
        preferredName: '',
        dateOfBirth: '2016-02-29',
        pupilRef: 'Q938200115003',
        yearGroup: 'Year 3',
        className: '3B',
        codes: 'K SPLD',
      },
      {
        rowNumber: 5,
        action: 'add',
        name: 'Zofia Dąbrowska',
        preferredName: 'Zosia',
        dateOfBirth: '2012-12-14',
        pupilRef: 'E938200115004',
        yearGroup: 'Year 6',
        className: '6E',
        codes: 'K NSA',
      },
      {
        rowNumber: 6,
        action: 'add',
        name: 'Harry Evans',
        preferredName: '',
        dateOfBirth: '2012-09-15',
        pupilRef: 'U938200115005',
        yearGroup: 'Year 6',
        className: '6E',
        codes: 'N -',
      },
    ]);
    expect(previewOf('sims.csv').preview.canImport).toBe(true);
  });
});

describe('an Arbor export (UTF-8 without a mark, quoted commas and line breaks)', () => {
  test('is recognised, and the notes column is offered for mapping by hand', () => {
    const { csv, suggested } = previewOf('arbor.csv');
    expect(suggested.source).toBe('Arbor');
    expect(suggested.mapping.className).toBe('Registration Form');
    expect(suggested.mapping.primaryNeed).toBe('Primary SEN Need');
    expect(suggested.unmapped).toEqual(['SEN Notes']);
    expect(csv.rows[1]?.cells['SEN Notes']).toBe('Uses a writing slope.\nReview seating in the spring term.');
  });

  test('keeps a quoted comma inside the name and counts a multi-line record as one row', () => {
    expect(summary('arbor.csv')).toEqual([
      {
        rowNumber: 2,
        action: 'add',
        name: 'Samuel Wright, Jnr',
        preferredName: 'Sam',
        dateOfBirth: '2017-04-23',
        pupilRef: 'G938200216001',
        yearGroup: 'Year 2',
        className: '2 Oak',
        codes: 'K SLCN',
      },
      {
        rowNumber: 3,
        action: 'add',
        name: 'Maja Kowalski',
        preferredName: '',
        dateOfBirth: '2018-01-09',
        pupilRef: 'W938200216002',
        yearGroup: 'Year 1',
        className: '1 Ash',
        codes: 'E SEMH',
      },
      {
        rowNumber: 4,
        action: 'add',
        name: 'Arjun Patel',
        preferredName: '',
        dateOfBirth: '2019-09-01',
        pupilRef: 'K938200216003',
        yearGroup: 'Reception',
        className: 'R Willow',
        codes: 'E HI',
      },
      {
        rowNumber: 5,
        action: 'add',
        name: "Grace O'Neill",
        preferredName: 'Gracie',
        dateOfBirth: '2016-06-30',
        pupilRef: 'Z938200216004',
        yearGroup: 'Year 3',
        className: '3 Elm',
        codes: 'K MLD',
      },
    ]);
  });
});

describe('a Bromcom export (Windows-1252)', () => {
  test('reads accented names and a typographic apostrophe as the MIS wrote them', () => {
    const { csv, suggested, preview } = previewOf('bromcom.csv');
    expect(csv.encoding).toBe('windows-1252');
    expect(suggested.source).toBe('Bromcom');
    expect(suggested.mapping.pupilRef).toBe('UPN');
    expect(suggested.unmapped).toEqual(['Admission Number']);
    expect(preview.rows.map((r) => r.entry && `${r.entry.givenName} ${r.entry.familyName}`)).toEqual([
      'Zoë O’Brien',
      'Siân Jones',
      'Mateo Núñez',
      'Lily-Mae Smith',
    ]);
    expect(preview.rows.map((r) => r.entry && `${r.entry.senStatus} ${r.entry.primaryNeed ?? '-'}`)).toEqual([
      'K SPLD',
      'E PMLD',
      'K VI',
      'K PD',
    ]);
    expect(preview.canImport).toBe(true);
  });
});

describe('a broken export', () => {
  test('refuses each bad row with its row number, field and reason, and cannot be imported', () => {
    const { preview } = previewOf('broken.csv');
    expect(preview.canImport).toBe(false);
    const refusals = preview.rows
      .filter((r) => r.action === 'refused')
      .flatMap((r) =>
        r.errors.map((e) => ({ row: r.rowNumber, field: e.field, column: e.column, message: e.message })),
      );
    expect(refusals).toEqual([
      {
        row: 2,
        field: 'pupilRef',
        column: 'UPN',
        message: 'Pupil reference M938200115001 is also on row 6: each pupil may appear only once.',
      },
      {
        row: 3,
        field: 'dateOfBirth',
        column: 'DOB',
        message: 'Date of birth is not a real date: 31/02/2015.',
      },
      { row: 4, field: 'familyName', column: 'Legal Surname', message: 'Last name is required.' },
      {
        row: 5,
        field: 'senStatus',
        column: 'SEN Status',
        message:
          'SEN status "Monitoring" is not recognised: use K (SEN support), E (EHC plan) or N (no SEN).',
      },
      {
        row: 6,
        field: 'pupilRef',
        column: 'UPN',
        message: 'Pupil reference M938200115001 is also on row 2: each pupil may appear only once.',
      },
      {
        row: 8,
        field: 'dateOfBirth',
        column: 'DOB',
        message: 'Date of birth has a two-digit year: 15/09/12. Write the full year, e.g. 15/09/2012.',
      },
      {
        row: 9,
        field: null,
        column: null,
        message:
          'Row 9 has 11 values but the header has 10 columns: a value with a comma or a line break may be missing its quotes.',
      },
    ]);
  });

  test('still shows the good row after a blank line, numbered as a spreadsheet numbers it', () => {
    const { preview } = previewOf('broken.csv');
    expect(preview.rows.at(-1)).toMatchObject({
      rowNumber: 10,
      action: 'add',
      entry: { familyName: 'Green' },
    });
    expect(preview.counts).toEqual({ add: 1, update: 0, unchanged: 0, refused: 7 });
  });
});
