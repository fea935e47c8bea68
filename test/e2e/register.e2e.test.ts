import { readFileSync } from 'node:fs';
import { Workbook, type Worksheet } from 'exceljs';
import type { Page } from 'playwright-core';
import { internalsOf } from '../../dev/standin/internals';
import { DEMO_SCHOOL } from '../../dev/standin/demoSchool';
import { asClassTeamId, type Pupil } from '../../src/domain';
import { seriousAccessibilityViolations } from './support/axe';
import { newSchoolContext, watchProblems, type PageProblems } from './support/browser';
import { OTTERS, SENCO } from './support/demo';
import { storeAs } from './support/graph';
import { demoTabUrl } from './support/product';
import { productAndBrowserForThisFile } from './support/productAndBrowser';

const e2e = productAndBrowserForThisFile();

const KESTRELS = DEMO_SCHOOL.classes.find((c) => c.displayName === 'Year 3 Kestrels');
if (!KESTRELS) throw new Error('The demo school has no Year 3 Kestrels.');

/** Four pupils of the Kestrels' roster who are not on the seeded register (dev/standin/demoRosters.ts). */
const FROM_ROSTER = ['Amara Mensah', 'Harvey Whitfield', 'Ishaan Kapoor', 'Maja Kowalczyk'];

/** A SIMS export: Windows line ends, a quoted field with a comma, a name a spreadsheet would run as a formula. */
const simsExport = (rubyDob: string, rubyStatus: string): string =>
  [
    'Legal Surname,Legal Forename,Preferred Forename,UPN,DOB,Year,Reg,SEN Status,SEN Need Type',
    `"=SUM(1,2)",Ruby,,R938200115101,${rubyDob},5,Year 5 Foxes,${rubyStatus},SLCN`,
    'Evans,Osian,,R938200115102,12/09/2015,5,Year 5 Foxes,"E - Education, Health and Care Plan",HI',
  ].join('\r\n');

const openAs = async (hash: string): Promise<{ page: Page; problems: PageProblems }> => {
  const page = await (await newSchoolContext(e2e.browser)).newPage();
  const problems = watchProblems(page);
  await page.goto(demoTabUrl(e2e.product.url, SENCO.email, hash));
  return { page, problems };
};

const senco = () => storeAs(e2e.product.url, SENCO);

const pupilNamed = async (name: string): Promise<Pupil> => {
  const register = await (await senco()).loadRegister();
  const found = register.pupils.find((p) => `${p.preferredName || p.givenName} ${p.familyName}` === name);
  if (!found) throw new Error(`${name} is not on the register.`);
  return found;
};

const chooseCsv = async (page: Page, text: string): Promise<void> => {
  await page.getByLabel(/Pupil list exported from SIMS/).setInputFiles({
    name: 'sims-export.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
};

/** Each row under the header row, by its column headings. */
const sheetRows = (sheet: Worksheet): Record<string, unknown>[] => {
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const record: Record<string, unknown> = {};
    headers.forEach((header, index) => {
      if (header) record[header] = row.getCell(index).value;
    });
    rows.push(record);
  });
  return rows;
};

describe('the SEN register in Chromium, as the SENCO', () => {
  it('adds four pupils from the class roster of Year 3 Kestrels', async () => {
    const { page, problems } = await openAs(`/class/${KESTRELS.teamId}`);
    const before = (await (await senco()).loadClass(asClassTeamId(KESTRELS.teamId))).pupils.length;

    await page.getByRole('button', { name: 'Add pupils from the class roster' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add pupils from Year 3 Kestrels' });
    await dialog.getByRole('checkbox', { name: "Zoë O'Brien (already on the register)" }).waitFor();
    for (const name of FROM_ROSTER) await dialog.getByRole('checkbox', { name, exact: true }).check();
    await dialog.getByRole('button', { name: 'Add 4 pupils' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByText(`${before + 4} pupils`, { exact: true }).waitFor();
    const kestrels = await (await senco()).loadClass(asClassTeamId(KESTRELS.teamId));
    const names = kestrels.pupils.map((p) => `${p.givenName} ${p.familyName}`);
    expect(names).toEqual(expect.arrayContaining(FROM_ROSTER));
    expect(kestrels.pupils.filter((p) => FROM_ROSTER.includes(`${p.givenName} ${p.familyName}`))).toEqual(
      FROM_ROSTER.map(() => expect.objectContaining({ senStatus: 'K', primaryNeed: 'NSA' })),
    );
    expect(problems.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('imports two pupils from a SIMS file after the SENCO corrects a date that does not exist', async () => {
    const { page, problems } = await openAs('/register/import');
    await page.getByRole('heading', { name: 'Import pupils from the school’s MIS' }).waitFor();

    await chooseCsv(page, simsExport('31/02/2016', 'K'));
    await page.getByText(/1 new, 0 to update, 0 unchanged, 1 cannot be imported/).waitFor();
    expect(await page.getByRole('button', { name: 'Import 1 pupil' }).isDisabled()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const fix = page.getByRole('textbox', { name: 'Correct row 2, DOB' });
    await fix.fill('28/02/2016');
    await fix.press('Enter');
    await page.getByText(/2 new, 0 to update, 0 unchanged, 0 cannot be imported/).waitFor();
    await page.getByRole('button', { name: 'Import 2 pupils' }).click();
    await page.getByText('2 pupils added, 0 pupils updated.').waitFor();

    // The same pupils again, one with a new stage: one update, no second copy of anyone.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await chooseCsv(page, simsExport('28/02/2016', 'E'));
    await page.getByText(/0 new, 1 to update, 1 unchanged, 0 cannot be imported/).waitFor();
    await page.getByRole('button', { name: 'Import 1 pupil' }).click();
    await page.getByText('0 pupils added, 1 pupil updated.').waitFor();

    const register = await (await senco()).loadRegister();
    const imported = register.pupils.filter((p) => p.pupilRef.startsWith('R9382001151'));
    expect(imported.map((p) => [p.familyName, p.dateOfBirth, p.senStatus, p.className]).sort()).toEqual([
      ['=SUM(1,2)', '2016-02-28', 'E', 'Year 5 Foxes'],
      ['Evans', '2015-09-12', 'E', 'Year 5 Foxes'],
    ]);
    expect(problems.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('moves a pupil to another class with their plan, and records another as left (their plan read-only)', async () => {
    const ava = await pupilNamed('Ava Roberts');
    const { page } = await openAs(`/pupil/${ava.id}`);
    await page.getByRole('heading', { name: 'Ava Roberts', level: 1 }).waitFor();
    await page.getByRole('combobox', { name: /Class team/ }).selectOption({ label: 'Year 4 Otters' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved. Ava Roberts and their plan are now in Year 4 Otters.').waitFor();
    await page.getByText(/Moved from Year 3 Kestrels to Year 4 Otters/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const otters = await (await senco()).loadClass(asClassTeamId(OTTERS.teamId));
    expect(otters.plans.filter((p) => p.pupil.pupilId === ava.id).length).toBeGreaterThan(0);

    const charlie = await pupilNamed('Charlie Thomas');
    const [charliesPlan] = (await (await senco()).loadRegister()).plans.filter(
      (p) => p.pupil.pupilId === charlie.id,
    );
    if (!charliesPlan) throw new Error('Charlie Thomas has no current plan in the demo school.');
    await page.goto(demoTabUrl(e2e.product.url, SENCO.email, `/pupil/${charlie.id}`));
    await page.getByRole('button', { name: 'Mark as left the school' }).click();
    await page.getByText('Recorded as left the school. Their plan is now a read-only record.').waitFor();

    // The record is found again from the register: pupils no longer on it, then the pupil's plans.
    await page.goto(demoTabUrl(e2e.product.url, SENCO.email, '/register'));
    await page.getByRole('link', { name: 'Pupils no longer on the register' }).click();
    const offRow = page.getByRole('row', { name: /Charlie Thomas/ });
    await offRow.getByText(/Left the school on \d{2}\/\d{2}\/\d{4}/).waitFor();
    await offRow.getByRole('link', { name: 'Charlie Thomas' }).click();
    await page
      .getByRole('link', { name: `Version ${charliesPlan.version} (closed, a read-only record)` })
      .click();
    await page.getByText(`Version ${charliesPlan.version} is closed`).waitFor();
    expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(0);
    await page.context().close();
  });

  it('shows the whole school with the right counts, and exports it for the census', async () => {
    const register = await (await senco()).loadRegister();
    const onSupport = register.pupils.filter((p) => p.senStatus === 'K').length;
    const withPlan = register.pupils.filter((p) => p.senStatus === 'E').length;
    const { page, problems } = await openAs('/register');

    await page.getByText(`${register.pupils.length} pupils, what needs doing first at the top`).waitFor();
    const summary = await page.getByText(/pupils on SEN support ·/).innerText();
    expect(summary).toContain(`${onSupport} pupils on SEN support · ${withPlan} with an EHC plan`);
    expect(await page.getByRole('link', { name: 'Charlie Thomas' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export to Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^SEN register \d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(await download.path())).buffer);
    const sheet = workbook.worksheets[0] as Worksheet;
    const rows = sheetRows(sheet);
    expect(rows.length).toBe(register.pupils.length);
    const byRef = (ref: string) => rows.find((row) => row['UPN / pupil reference'] === ref);
    const ruby = byRef('R938200115101');
    expect(ruby?.['Legal surname']).toBe('=SUM(1,2)');
    expect(ruby?.['SEN provision (N/K/E)']).toBe('E');
    expect(byRef('R938200115102')?.['Primary need code']).toBe('HI');
    const codes = rows.map((row) => row['SEN provision (N/K/E)']);
    expect(new Set(codes)).toEqual(new Set(['K', 'E']));
    expect(problems.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('starts the new school year: Year 3 Kestrels and their current plans move to next year’s class team', async () => {
    const nextYear = {
      ...internalsOf(e2e.product.standIn).services.directory.teams.get(KESTRELS.teamId),
    };
    if (!nextYear.id) throw new Error('The demo directory has no Kestrels team.');
    const newTeamId = '5a0b9c7e-2d41-4f6a-8e3b-7c9d1f2a4b60';
    internalsOf(e2e.product.standIn).addClassTeam({
      ...nextYear,
      id: newTeamId,
      displayName: 'Year 4 Kestrels 2027-28',
      description: 'Class team for Year 4 Kestrels 2027-28',
    } as Parameters<ReturnType<typeof internalsOf>['addClassTeam']>[0]);
    const register = await (await senco()).loadRegister();
    const kestrelsPupils = register.pupils.filter((p) => p.classTeamId === KESTRELS.teamId);
    const kestrelsPlans = register.plans.filter((p) => p.pupil.classTeamId === KESTRELS.teamId);
    expect(kestrelsPupils.length).toBeGreaterThan(20);
    const { page, problems } = await openAs('/register/rollover');

    const choice = page.getByRole('combobox', { name: 'New class for Year 3 Kestrels' });
    await choice.waitFor();
    expect(await choice.locator('option:checked').innerText()).toBe('Year 4 Kestrels 2027-28');
    for (const other of ['Year 4 Otters', 'Year 5 Foxes']) {
      await page
        .getByRole('combobox', { name: `New class for ${other}` })
        .selectOption({ label: 'Stay where they are' });
    }
    await page
      .getByRole('button', { name: `Move ${kestrelsPupils.length} pupils to their new classes` })
      .click();
    await page
      .getByText(
        `${kestrelsPupils.length} pupils and ${kestrelsPlans.length} plans moved to their new classes.`,
      )
      .waitFor();

    const store = await senco();
    const moved = await store.loadClass(asClassTeamId(newTeamId));
    expect(moved.pupils.map((p) => p.id).sort()).toEqual(kestrelsPupils.map((p) => p.id).sort());
    expect(moved.plans.map((p) => p.id).sort()).toEqual(kestrelsPlans.map((p) => p.id).sort());
    const left = await store.loadClass(asClassTeamId(KESTRELS.teamId));
    expect([left.pupils.length, left.plans.length]).toEqual([0, 0]);
    expect(problems.pageErrors).toEqual([]);
    await page.context().close();
  });
});
