/** @jest-environment jsdom */
import { strFromU8, unzipSync } from 'fflate';
import { exportProvisionMapDocx } from '../../../word/provisionMap/provisionMapDocx';
import { readBody, rowTexts, tableCaptioned } from '../../../word/testing/documentCells';
import { buildProvisionMap } from './provisionMap';
import { renderProvisionMapDocx } from './provisionMapDocx';
import { AUTUMN_2026, exportMap, HOSTILE_NAME, manyClasses, MAP_DATA } from './testing/mapExportFixtures';

const partsOf = (bytes: Uint8Array) => {
  const files = unzipSync(bytes);
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  return {
    part,
    body: readBody(part('word/document.xml').replace(/^[\s\S]*<w:body>|<w:sectPr[\s\S]*$/g, '')),
  };
};

describe('the provision map as a Word document', () => {
  const { part, body } = partsOf(renderProvisionMapDocx(exportMap(), { name: 'Oakfield Primary' }));

  it('is landscape, with the school in the header and the term in the title', () => {
    expect(part('word/document.xml')).toContain('w:orient="landscape"');
    expect(part('word/header1.xml')).toContain('Oakfield Primary');
    expect(body.text.startsWith(`Provision map: ${AUTUMN_2026.name} 2026`)).toBe(true);
    expect(part('docProps/core.xml')).toContain(
      `<dc:title>Provision map: ${AUTUMN_2026.name} 2026</dc:title>`,
    );
  });

  it('gives a table per area: each provision’s figures, pupils per year group and the area’s total', () => {
    expect(rowTexts(tableCaptioned(body.body, 'Provision map: Cognition and learning'))).toEqual([
      [
        'Provision',
        'Delivery',
        'Groups',
        'Places',
        'Pupils',
        'Staff hours',
        'Cost',
        'Reception',
        'Year 3',
        'Year 6',
      ],
      ['Phonics catch-up group', 'Small group', '1', '3', '3', '10', '£360.00', '1', '2', '0'],
      ['Precision teaching', '1:1', '1', '1', '1', '5', '£75.00', '0', '1', '0'],
      ['Total: Cognition and learning', '', '2', '4', '3', '15', '£435.00', '1', '2', '0'],
    ]);
    const elsa = rowTexts(tableCaptioned(body.body, 'Provision map: Social, emotional and mental health'));
    expect(elsa[1]?.[0]).toBe(HOSTILE_NAME);
  });

  it('gives the school’s totals and each member of staff’s hours', () => {
    expect(rowTexts(tableCaptioned(body.body, 'Provision map: whole school'))[1]).toEqual([
      'Whole school',
      '',
      '3',
      '5',
      '4',
      '20',
      '£560.00',
      '1',
      '2',
      '1',
    ]);
    expect(rowTexts(tableCaptioned(body.body, 'Staff time'))[0]).toEqual([
      'Member of staff',
      'Hours this term',
    ]);
  });

  it('turns the grid round when there are too many classes to sit beside the figures', () => {
    const many = manyClasses(16);
    const columns = many.columns;
    const { body: wide } = partsOf(exportProvisionMapDocx(many));
    // Sixteen classes do not fit across a landscape page: the figures stand alone...
    expect(rowTexts(tableCaptioned(wide.body, 'Provision map: Cognition and learning'))[0]).toHaveLength(7);
    // ...and the classes get a table of their own, a row each.
    const turned = rowTexts(tableCaptioned(wide.body, 'Pupils by class and area of need'));
    expect(turned[0]).toEqual([
      'Class',
      'Cognition and learning',
      'Social, emotional and mental health',
      'Whole school',
    ]);
    expect(turned.slice(1).map((row) => row[0])).toEqual(columns);
  });

  it('says when the map was filtered', () => {
    const filtered = buildProvisionMap(MAP_DATA, AUTUMN_2026, {
      columns: 'year-group',
      areaOfNeed: 'cognition-and-learning',
      staffRole: 'all',
    });
    expect(partsOf(renderProvisionMapDocx(filtered)).body.text).toContain(
      'Only the provision shown on screen: area of need: Cognition and learning.',
    );
  });
});
