import type { RegisterEntry } from '../../../../domain/register';
import { suggestMapping } from './headers';
import { parseMisCsvText } from './parse';
import { previewImport, type ExistingPupil } from './preview';

const HEADER = 'Surname,Forename,UPN,Date Of Birth,Year,Tutor Group,SEN Status,Primary Need';
const csvOf = (...rows: string[]) => parseMisCsvText([HEADER, ...rows].join('\r\n'));
const preview = <E extends ExistingPupil>(existing: readonly E[], ...rows: string[]) => {
  const csv = csvOf(...rows);
  return previewImport(csv.rows, suggestMapping(csv.headers).mapping, existing);
};

const ADA = 'Lovelace,Ada,A100000000001,10/12/2015,4,4L,K,SPLD';
const ALAN = 'Turing,Alan,A100000000002,23/06/2016,3,3T,E,ASD';

describe('previewing an import', () => {
  test('a first import adds every pupil', () => {
    const first = preview([], ADA, ALAN);
    expect(first.rows.map((r) => r.action)).toEqual(['add', 'add']);
    expect(first.canImport).toBe(true);
  });

  test('a second import of the same file updates or leaves alone, and never adds', () => {
    const first = preview([], ADA, ALAN);
    const imported: (RegisterEntry & { id: string })[] = first.rows.flatMap((r, i) =>
      r.entry ? [{ ...r.entry, id: `pupil-${String(i)}` }] : [],
    );
    const again = preview(imported, ADA, 'Turing,Alan,a100000000002 ,23/06/2016,4,4T,E,ASD');
    expect(again.rows.map((r) => [r.action, r.match?.id, r.changes])).toEqual([
      ['unchanged', 'pupil-0', []],
      ['update', 'pupil-1', ['yearGroup', 'className']],
    ]);
    expect(again.counts).toEqual({ add: 0, update: 1, unchanged: 1, refused: 0 });
  });

  test('a pupil known only by reference is updated', () => {
    expect(preview([{ pupilRef: 'A100000000001' }], ADA).rows[0]?.action).toBe('update');
  });

  test('a reference held by two pupils on the register is refused', () => {
    const row = preview([{ pupilRef: 'A100000000001' }, { pupilRef: 'a100000000001' }], ADA).rows[0];
    expect(row?.action).toBe('refused');
    expect(row?.errors).toEqual([
      {
        field: 'pupilRef',
        column: 'UPN',
        message:
          'Pupil reference A100000000001 belongs to 2 pupils already on the register: correct the register first.',
      },
    ]);
  });

  test('three rows with one reference each name the other two', () => {
    const rows = preview([], ADA, ADA, ADA).rows;
    expect(rows.map((r) => r.errors[0]?.message)).toEqual([
      'Pupil reference A100000000001 is also on rows 3 and 4: each pupil may appear only once.',
      'Pupil reference A100000000001 is also on rows 2 and 4: each pupil may appear only once.',
      'Pupil reference A100000000001 is also on rows 2 and 3: each pupil may appear only once.',
    ]);
  });

  test('census rules: a need for SEN support, none for no SEN', () => {
    const rows = preview(
      [],
      'Lovelace,Ada,A100000000001,10/12/2015,4,4L,K,',
      'Turing,Alan,A100000000002,23/06/2016,3,3T,N,ASD',
    ).rows;
    expect(rows.map((r) => r.errors)).toEqual([
      [
        {
          field: 'primaryNeed',
          column: 'Primary Need',
          message:
            'Primary need is required for a pupil on SEN support or with an EHC plan (NSA if it has not been assessed).',
        },
      ],
      [
        {
          field: 'primaryNeed',
          column: 'Primary Need',
          message: 'Primary need must be blank for a pupil with no special educational need (N).',
        },
      ],
    ]);
  });

  test('a required field with no column stops the import before any row', () => {
    const csv = parseMisCsvText('Surname,Forename\nLovelace,Ada\n');
    const result = previewImport(csv.rows, suggestMapping(csv.headers).mapping, []);
    expect(result.missingColumns).toEqual(['dateOfBirth', 'pupilRef', 'className', 'senStatus']);
    expect(result.canImport).toBe(false);
  });

  test('an empty file cannot be imported', () => {
    const result = previewImport([], suggestMapping([]).mapping, []);
    expect(result.rows).toEqual([]);
    expect(result.canImport).toBe(false);
  });
});
