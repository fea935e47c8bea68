import { parseUkDate } from './ukDate';

const read = (text: string) => parseUkDate('Date of birth', text);

describe('UK dates from an MIS export', () => {
  test.each([
    ['07/03/2016', '2016-03-07'],
    ['7/3/2016', '2016-03-07'],
    ['07-03-2016', '2016-03-07'],
    ['07.03.2016', '2016-03-07'],
    ['2016-03-07', '2016-03-07'],
    [' 29/02/2016 ', '2016-02-29'],
    ['14/12/2012 00:00:00', '2012-12-14'],
  ])('reads %s as %s', (text, iso) => {
    expect(read(text)).toEqual({ ok: true, value: iso });
  });

  test.each([
    ['31/02/2015', 'Date of birth is not a real date: 31/02/2015.'],
    ['29/02/2015', 'Date of birth is not a real date: 29/02/2015.'],
    ['2015-02-31', 'Date of birth is not a real date: 2015-02-31.'],
    [
      '04/23/2015',
      'Date of birth is not a real date: 04/23/2015. Day and month look swapped; write it as DD/MM/YYYY.',
    ],
    ['01/09/15', 'Date of birth has a two-digit year: 01/09/15. Write the full year, e.g. 01/09/2015.'],
    ['42117', 'Date of birth must be a date like 23/04/2015 (DD/MM/YYYY): "42117" is not.'],
    ['', 'Date of birth is required.'],
  ])('refuses %s', (text, message) => {
    expect(read(text)).toEqual({ ok: false, message });
  });
});
