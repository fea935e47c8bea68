/** @jest-environment jsdom */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildReview, planWithTargets } from '../../test/support/planBuilder';
import { withoutContentControls } from './cleanCopy';
import { exportCopyHomeDocx } from './copyHomeDocx';
import { exportDocx } from './docx';
import { renderTemplate } from './renderTemplate';
import { readSchoolLogo } from './schoolLogo';
import { parseBody, parseXml, textOf, wAll } from './testing/readOoxml';

const plan = planWithTargets(12);
const review = buildReview(plan);
const logoBytes = new Uint8Array(readFileSync(resolve(__dirname, '../../assets/demo/oakfield-logo.png')));

const partsOf = (docx: Uint8Array): Record<string, string> =>
  Object.fromEntries(
    Object.entries(unzipSync(docx))
      .filter(([name]) => !name.startsWith('word/media/'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );

describe("the parents' copy", () => {
  it('unwraps block, row and inline controls and keeps every word, row and paragraph', () => {
    const working = parseBody(renderTemplate('full-iep', { plan }).bodyXml);
    const clean = parseBody(withoutContentControls(renderTemplate('full-iep', { plan }).bodyXml));
    expect(wAll(working, 'sdt').length).toBeGreaterThan(12 * 8);
    expect(wAll(clean, 'sdt')).toHaveLength(0);
    expect(textOf(clean)).toBe(textOf(working));
    expect(wAll(clean, 'tr')).toHaveLength(wAll(working, 'tr').length);
    expect(wAll(clean, 'p')).toHaveLength(wAll(working, 'p').length);
    // Each table row is still a row of its table, not left stranded in the body.
    wAll(clean, 'tr').forEach((row) => expect(row.parentElement?.localName).toBe('tbl'));
  });

  it('has no content control in any part of the .docx, while the working copy keeps them', () => {
    const parents = partsOf(exportDocx('review-record', { plan, review }, 'parents'));
    Object.values(parents).forEach((xml) => expect(xml).not.toMatch(/<w:sdt[\s>]/));
    const working = partsOf(exportDocx('review-record', { plan, review }));
    expect(working['word/document.xml']).toMatch(/<w:sdt>/);
  });

  it('is what goes home after a review: the plan and the minutes with no controls', () => {
    const parts = partsOf(exportCopyHomeDocx({ agreedPlan: plan, reviewedPlan: plan, review }));
    Object.values(parts).forEach((xml) => expect(xml).not.toMatch(/<w:sdt[\s>]/));
    expect(parts['word/document.xml']).toContain('IEP review record');
  });
});

describe("the school's name and logo in the page header", () => {
  it('prints the name beside the logo on every page, the logo stored as an image part', () => {
    const logo = readSchoolLogo(logoBytes);
    expect(logo).toMatchObject({ contentType: 'image/png', widthPx: 96, heightPx: 96 });
    const files = unzipSync(
      exportDocx('full-iep', {
        plan,
        school: { name: 'Oakfield Primary School', ...(logo ? { logo } : {}) },
      }),
    );
    const header = parseXml(strFromU8(files['word/header1.xml'] as Uint8Array));
    expect(header.documentElement.textContent).toContain('Oakfield Primary School');
    expect(header.getElementsByTagNameNS('*', 'docPr')[0]?.getAttribute('descr')).toBe(
      'Oakfield Primary School logo',
    );
    expect(files['word/media/logo.png']).toEqual(logoBytes);
    expect(strFromU8(files['word/_rels/header1.xml.rels'] as Uint8Array)).toContain(
      'Target="media/logo.png"',
    );
    expect(strFromU8(files['[Content_Types].xml'] as Uint8Array)).toContain(
      '<Default Extension="png" ContentType="image/png"/>',
    );
    const document = parseXml(strFromU8(files['word/document.xml'] as Uint8Array));
    expect(wAll(document, 'headerReference')).toHaveLength(1);
  });

  it('leaves out a logo that is not a PNG or JPEG it can size, and the document is still made', () => {
    expect(readSchoolLogo(strToU8('<html>Not found</html>'))).toBeNull();
    expect(readSchoolLogo(logoBytes.slice(0, 20))).toBeNull();
    const files = unzipSync(exportDocx('full-iep', { plan, school: { name: 'Oakfield Primary School' } }));
    expect(Object.keys(files).filter((name) => name.startsWith('word/media/'))).toEqual([]);
    expect(strFromU8(files['word/header1.xml'] as Uint8Array)).toContain('Oakfield Primary School');
  });

  it('reads the size of a JPEG from its frame header', () => {
    // SOI, an APP0 segment of 16 bytes, then a baseline frame of 300 x 120 pixels.
    const jpeg = new Uint8Array([
      0xff,
      0xd8,
      0xff,
      0xe0,
      0x00,
      0x10,
      ...new Array<number>(14).fill(0),
      0xff,
      0xc0,
      0x00,
      0x11,
      0x08,
      0x00,
      0x78,
      0x01,
      0x2c,
      0x03,
      ...new Array<number>(9).fill(0),
    ]);
    expect(readSchoolLogo(jpeg)).toMatchObject({ contentType: 'image/jpeg', widthPx: 300, heightPx: 120 });
  });
});
