import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Workbook } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { buildProvisionMap } from '../../../app/usecases/provisions/provisionMap';
import { AUTUMN_2026, exportMap, MAP_DATA } from '../../../app/usecases/provisions/testing/mapExportFixtures';
import { fakeServices } from '../../../../test/support/fakeServices';
import { MapExportButtons } from './MapExportButtons';

interface Saved {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly mimeType: string;
}

const show = (
  map = exportMap(),
  saveFile?: (bytes: Uint8Array, fileName: string, mimeType: string) => void,
) => {
  const saved: Saved[] = [];
  render(
    <FluentProvider theme={teamsLightTheme}>
      <MapExportButtons
        services={fakeServices()}
        map={map}
        term={AUTUMN_2026}
        saveFile={saveFile ?? ((bytes, fileName, mimeType) => saved.push({ bytes, fileName, mimeType }))}
      />
    </FluentProvider>,
  );
  return saved;
};

describe('exporting the provision map', () => {
  it('downloads the map as an .xlsx whose school total is the map’s', async () => {
    const saved = show();
    await userEvent.click(screen.getByRole('button', { name: 'Export to Excel' }));
    const fileName = `Provision map - ${AUTUMN_2026.name} 2026 - 2026-11-24.xlsx`;
    expect(await screen.findByText(`Downloaded ${fileName}.`)).toBeTruthy();
    expect(saved.map((s) => [s.fileName, s.mimeType])).toEqual([
      [fileName, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    const workbook = new Workbook();
    await workbook.xlsx.load(saved[0]?.bytes.slice().buffer as ArrayBuffer);
    let total: unknown = null;
    workbook.getWorksheet('Provision map')?.eachRow((row) => {
      if (row.getCell(1).value === 'Whole school') total = row.getCell(9).value;
    });
    expect(total).toEqual({ formula: expect.stringMatching(/^SUM\(/) as unknown, result: 560 });
  });

  it('downloads the map as a Word document', async () => {
    const saved = show();
    await userEvent.click(screen.getByRole('button', { name: 'Export to Word' }));
    expect(
      await screen.findByText(`Downloaded Provision map - ${AUTUMN_2026.name} 2026 - 2026-11-24.docx.`),
    ).toBeTruthy();
    const xml = strFromU8(
      unzipSync(saved[0]?.bytes ?? new Uint8Array())['word/document.xml'] ?? new Uint8Array(),
    );
    expect(xml).toContain('Phonics catch-up group');
    expect(xml).toContain('£560.00');
  });

  it('says what went wrong when the file cannot be saved, and lets the person try again', async () => {
    let fail = true;
    const saved: string[] = [];
    show(exportMap(), (_bytes, fileName) => {
      if (fail) throw new Error('The download was blocked');
      saved.push(fileName);
    });
    await userEvent.click(screen.getByRole('button', { name: 'Export to Word' }));
    expect(await screen.findByText('The provision map could not be exported to Word')).toBeTruthy();
    expect(screen.getByText(/tell school IT which term you were exporting/)).toBeTruthy();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Export to Word' }));
    await screen.findByText(/^Downloaded/);
    expect(screen.queryByText('The provision map could not be exported to Word')).toBeNull();
    expect(saved).toHaveLength(1);
  });

  it('offers nothing to export when no pupil is on the provision shown', () => {
    const empty = buildProvisionMap({ ...MAP_DATA, placements: [] }, AUTUMN_2026);
    show(empty);
    expect(screen.getByRole('button', { name: 'Export to Excel' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Export to Word' })).toHaveProperty('disabled', true);
  });
});
