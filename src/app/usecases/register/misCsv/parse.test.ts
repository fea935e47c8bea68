import { parseMisCsvText } from './parse';

describe('parsing an export', () => {
  test('a quote that is never closed is a problem of its row, not a silent merge', () => {
    const csv = parseMisCsvText('Surname,Forename\r\nLovelace,Ada\r\n"Turing,Alan\r\nHopper,Grace\r\n');
    expect(csv.rows.map((r) => [r.rowNumber, r.problems])).toEqual([
      [2, []],
      [
        3,
        [
          'Row 3: a quoted value is never closed, so the rest of the file ran into it.',
          'Row 3 has 1 value but the header has 2 columns: a value with a comma or a line break may be missing its quotes.',
        ],
      ],
    ]);
  });

  test('leading blank lines and a blank file', () => {
    expect(parseMisCsvText('\r\n\r\nSurname\r\nLovelace\r\n').rows).toEqual([
      { rowNumber: 4, cells: { Surname: 'Lovelace' }, problems: [] },
    ]);
    expect(parseMisCsvText(' \n\n')).toEqual({ encoding: 'utf-8', headers: [], rows: [] });
  });
});
