import { Workbook, type CellValue, type Worksheet } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { exportProvisionMapXlsx, provisionMapFileName } from './exportProvisionMapXlsx';
import { AUTUMN_2026, exportMap, HOSTILE_NAME } from './testing/mapExportFixtures';

const map = exportMap();

const readBack = async (bytes: Uint8Array): Promise<Workbook> => {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return workbook;
};

const sheetOf = (workbook: Workbook, name: string): Worksheet => {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
};

/** The row whose cell in `column` (the first unless given) reads `label`. */
const rowLabelled = (sheet: Worksheet, label: string, column = 1) => {
  let found: number | null = null;
  sheet.eachRow((row, number) => {
    if (found === null && row.getCell(column).value === label) found = number;
  });
  if (found === null) throw new Error(`No row "${label}"`);
  return sheet.getRow(found);
};

const formulaOf = (value: CellValue): { formula: string; result: unknown } => {
  if (value && typeof value === 'object' && 'formula' in value && typeof value.formula === 'string') {
    return { formula: value.formula, result: value.result };
  }
  throw new Error(`Not a formula: ${JSON.stringify(value)}`);
};

/** A formula's value worked out from the sheet itself, as Excel would: SUM and SUBTOTAL(9) of ranges or cells. */
const evaluate = (sheet: Worksheet, text: string): number => {
  const value = (address: string): number => {
    const cell = sheet.getCell(address).value;
    if (typeof cell === 'number') return cell;
    if (cell && typeof cell === 'object' && 'formula' in cell)
      return evaluate(sheet, formulaOf(cell).formula);
    return 0;
  };
  const subtotal = /^SUBTOTAL\(9,([A-Z]+)(\d+):\1(\d+)\)$/.exec(text);
  if (subtotal) {
    const [, column = '', from = '0', to = '0'] = subtotal;
    let total = 0;
    for (let row = Number(from); row <= Number(to); row += 1) {
      const cell = sheet.getCell(`${column}${row}`).value;
      // SUBTOTAL leaves out other SUBTOTALs in its range.
      if (typeof cell === 'number') total += cell;
    }
    return total;
  }
  const range = /^SUM\(([A-Z]+)(\d+):\1(\d+)\)$/.exec(text);
  if (range) {
    const [, column = '', from = '0', to = '0'] = range;
    let total = 0;
    for (let row = Number(from); row <= Number(to); row += 1) total += value(`${column}${row}`);
    return total;
  }
  const list = /^SUM\(([A-Z0-9,]+)\)$/.exec(text);
  if (list) return (list[1] ?? '').split(',').reduce((sum, address) => sum + value(address), 0);
  throw new Error(`Unexpected formula ${text}`);
};

describe('the provision map as an .xlsx', () => {
  it('gives one row per provision with numbers as numbers: groups, places, pupils, hours, pounds and each year group', async () => {
    const sheet = sheetOf(await readBack(await exportProvisionMapXlsx(map, '2026-11-24')), 'Provision map');
    const phonics = rowLabelled(sheet, 'Phonics catch-up group', 2);
    expect((phonics.values as CellValue[]).slice(1)).toEqual([
      'Cognition and learning',
      'Phonics catch-up group',
      'Small group',
      'Teaching assistant',
      1,
      3,
      3,
      10,
      360,
      1,
      2,
      0,
    ]);
    expect(phonics.getCell(9).numFmt).toBe('"£"#,##0.00');
    const header = rowLabelled(sheet, 'Area of need');
    expect((header.values as CellValue[]).slice(10)).toEqual(['Reception', 'Year 3', 'Year 6']);
  });

  it('totals each area and the school with SUM formulas whose cached results are the map’s totals', async () => {
    const sheet = sheetOf(await readBack(await exportProvisionMapXlsx(map, '2026-11-24')), 'Provision map');
    const learning = rowLabelled(sheet, 'Total: Cognition and learning');
    expect(formulaOf(learning.getCell(9).value).formula).toMatch(/^SUM\(I\d+:I\d+\)$/);
    expect(formulaOf(learning.getCell(9).value).result).toBe(435);
    // Ada is on both provisions: three pupils, not four.
    expect(learning.getCell(7).value).toBe(3);

    const school = rowLabelled(sheet, 'Whole school');
    const checks: [number, number][] = [
      [5, map.totals.groups],
      [6, map.totals.placements],
      [8, map.totals.staffHours],
      [9, map.totals.costPence / 100],
    ];
    for (const [column, expected] of checks) {
      const { formula, result } = formulaOf(school.getCell(column).value);
      expect(formula).toMatch(/^SUM\(/);
      expect(result).toBe(expected);
      expect(evaluate(sheet, formula)).toBeCloseTo(expected, 9);
    }
    expect(map.totals.costPence).toBe(56000);
    expect(map.totals.staffHours).toBe(20);
    expect(school.getCell(7).value).toBe(map.totals.pupils);
    expect([school.getCell(10).value, school.getCell(11).value, school.getCell(12).value]).toEqual(
      map.columnTotals.map((c) => c.pupils),
    );
  });

  it('lists each pupil’s provisions with their hours and cost, a SUBTOTAL per pupil and for the school', async () => {
    const sheet = sheetOf(await readBack(await exportProvisionMapXlsx(map, '2026-11-24')), 'Costs per pupil');
    const ada = rowLabelled(sheet, 'Total: Ada Test');
    expect(ada.getCell(2).value).toBe(map.pupils.find((p) => p.name === 'Ada Test')?.pupilRef);
    const adaCost = formulaOf(ada.getCell(9).value);
    expect(adaCost.formula).toMatch(/^SUBTOTAL\(9,I\d+:I\d+\)$/);
    expect(adaCost.result).toBe(195);
    expect(evaluate(sheet, adaCost.formula)).toBe(195);

    const school = rowLabelled(sheet, 'Whole school');
    const cost = formulaOf(school.getCell(9).value);
    expect(cost.result).toBe(560);
    expect(evaluate(sheet, cost.formula)).toBeCloseTo(560, 9);
    expect(evaluate(sheet, formulaOf(school.getCell(8).value).formula)).toBeCloseTo(
      map.pupils.reduce((sum, p) => sum + p.hours, 0),
      9,
    );
    const line = sheet.getRow(ada.number - 1);
    expect(line.getCell(6).value).toEqual(new Date(`${AUTUMN_2026.start}T00:00:00Z`));
    expect(line.getCell(6).numFmt).toBe('dd/mm/yyyy');
  });

  it('writes a provision named like a formula as text, never as a formula', async () => {
    const bytes = await exportProvisionMapXlsx(map, '2026-11-24');
    const sheet = sheetOf(await readBack(bytes), 'Provision map');
    expect(rowLabelled(sheet, HOSTILE_NAME, 2).getCell(1).value).toBe('Social, emotional and mental health');
    const files = unzipSync(bytes);
    const xml = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/worksheets/'))
      .map(([, part]) => strFromU8(part))
      .join('');
    const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1] ?? '');
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.every((f) => /^(SUM|SUBTOTAL)\(/.test(f))).toBe(true);
    expect(xml).not.toContain('HYPERLINK');
  });

  it('names the file after the term and the day, never a pupil', () => {
    expect(provisionMapFileName(AUTUMN_2026, '2026-11-24')).toBe(
      `Provision map - ${AUTUMN_2026.name} 2026 - 2026-11-24.xlsx`,
    );
    expect(provisionMapFileName(AUTUMN_2026, '2026-11-24', 'docx')).toMatch(/\.docx$/);
  });
});
