import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LIVE_CONFIG } from '../../test/support/appConfigs';
import { buildPlan } from '../../test/support/planBuilder';
import { createDocumentExporter, parentsCopyPath } from './documents';
import { ConfigError, parseConfig } from './loadConfig';
import { schoolBrandingLoader } from './schoolBranding';

const png = new Uint8Array(readFileSync(resolve(__dirname, '../../assets/demo/oakfield-logo.png')));
const answer =
  (bytes: Uint8Array, ok = true) =>
  () =>
    Promise.resolve({ ok, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) });

describe("the school's name and logo from the configuration", () => {
  it('reads the logo once, from beside the app, and sizes it', async () => {
    const fetchLogo = jest.fn(answer(png));
    const load = schoolBrandingLoader(
      { name: 'Oakfield Primary School', logo: 'school-logo.png' },
      fetchLogo,
    );
    const [first, second] = [await load(), await load()];
    expect(first?.name).toBe('Oakfield Primary School');
    expect(first?.logo).toMatchObject({ contentType: 'image/png', widthPx: 96, heightPx: 96 });
    expect(second).toBe(first);
    expect(fetchLogo).toHaveBeenCalledTimes(1);
    expect(fetchLogo.mock.calls[0]).toEqual(['school-logo.png', { credentials: 'same-origin' }]);
  });

  it('prints the name alone when the logo is missing, unreachable or not an image', async () => {
    const school = { name: 'Oakfield Primary School', logo: 'school-logo.png' };
    const notFound = await schoolBrandingLoader(school, answer(png, false))();
    const offline = await schoolBrandingLoader(school, () => Promise.reject(new TypeError('offline')))();
    const html = await schoolBrandingLoader(school, answer(new Uint8Array([0x3c, 0x68, 0x74, 0x6d, 0x6c])))();
    [notFound, offline, html].forEach((branding) =>
      expect(branding).toEqual({ name: 'Oakfield Primary School' }),
    );
    expect(await schoolBrandingLoader(undefined)()).toBeUndefined();
  });

  it('accepts a school name and a PNG or JPEG file name, and explains anything else', () => {
    const live = parseConfig({
      ...LIVE_CONFIG,
      school: { name: ' Ysgol Oakfield ', logo: 'images/logo.JPG' },
    });
    expect(live.school).toEqual({ name: 'Ysgol Oakfield', logo: 'images/logo.JPG' });
    const problems = (school: unknown) => {
      try {
        parseConfig({ ...LIVE_CONFIG, school });
        return [];
      } catch (error) {
        return error instanceof ConfigError ? error.problems : [String(error)];
      }
    };
    expect(problems({ name: 'Oakfield', logo: '../secret.png' })).toEqual([
      expect.stringMatching(/^school\.logo: school\.logo must be the file name of a PNG or JPEG/),
    ]);
    expect(problems({ name: 'Oakfield', logo: 'https://elsewhere.example/logo.png' })).toHaveLength(1);
    expect(problems({ name: 'Oakfield', logo: 'logo.gif' })).toHaveLength(1);
    expect(problems({ name: '  ' })).toEqual([expect.stringMatching(/^school\.name: /)]);
  });

  it("puts the school in every document's header, and makes the parents' PDF from a plain copy stored by ids", async () => {
    const plan = buildPlan();
    const converted: { path: string; docx: Uint8Array }[] = [];
    const exporter = createDocumentExporter({
      school: () => Promise.resolve({ name: 'Oakfield Primary School' }),
      convertToPdf: (path, docx) => {
        converted.push({ path, docx });
        return Promise.resolve(new Uint8Array([0x25, 0x50]));
      },
    });
    const working = unzipSync(await exporter.exportDocx('full-iep', { plan }));
    expect(strFromU8(working['word/header1.xml'] as Uint8Array)).toContain('Oakfield Primary School');

    expect(await exporter.exportParentsPdf?.('full-iep', { plan })).toEqual(new Uint8Array([0x25, 0x50]));
    expect(converted.map((c) => c.path)).toEqual([parentsCopyPath('full-iep', plan)]);
    expect(converted[0]?.path).not.toContain(plan.pupil.name);
    expect(converted[0]?.path).toBe(`IEP Planner/Copies for parents/plan-${plan.id}-full-iep.docx`);
    // A Welsh copy of the same document is a file of its own: making it never replaces the English one.
    await exporter.exportParentsPdf?.('full-iep', { plan: { ...plan, nation: 'wales' }, language: 'cy' });
    expect(converted[1]?.path).toBe(`IEP Planner/Copies for parents/plan-${plan.id}-full-iep-cy.docx`);
    const stored = unzipSync(converted[0]?.docx ?? new Uint8Array());
    expect(strFromU8(stored['word/document.xml'] as Uint8Array)).not.toContain('<w:sdt>');
    expect(strFromU8(stored['word/header1.xml'] as Uint8Array)).toContain('Oakfield Primary School');
  });
});
