/**
 * The parents' PDF from the tab's export, below the UI: the plain .docx stored in the SEN site's library
 * on the stand-in and converted by its `?format=pdf` (LibreOffice, as Graph converts it), read back with
 * pdftotext. Needs `libreoffice` and `pdftotext`, as the .docx to PDF test does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GRAPH_SCOPES } from '../../src/auth/scopes';
import { createDocumentExporter } from '../../src/app/documents';
import { pdfThroughSiteLibrary } from '../../src/app/parentsPdf';
import { planWithTargets } from '../support/planBuilder';
import { SENCO, startTestbed, type Testbed } from './support/iepTestbed';

let bed: Testbed;
const dir = mkdtempSync(join(tmpdir(), 'iep-parents-pdf-'));
beforeAll(async () => {
  bed = await startTestbed({ pdfConversion: true });
});
afterAll(async () => {
  await bed.close();
  rmSync(dir, { recursive: true, force: true });
});

it("makes the parents' PDF through the site's library, with the school's name and every target", async () => {
  const plan = planWithTargets(3);
  const exporter = createDocumentExporter({
    school: () => Promise.resolve({ name: 'Oakfield Primary School' }),
    convertToPdf: pdfThroughSiteLibrary(bed.clientFor(SENCO, GRAPH_SCOPES.base), () =>
      Promise.resolve(bed.siteId),
    ),
  });
  const pdf = await exporter.exportParentsPdf?.('full-iep', { plan });
  expect(
    Buffer.from(pdf ?? [])
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  const file = join(dir, 'parents.pdf');
  writeFileSync(file, pdf ?? new Uint8Array());
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Oakfield Primary School');
  expect(text).toContain('SEN support plan (IEP)');
  plan.shortTermTargets.forEach((target) => expect(text).toContain(target.text));
});
