/** @jest-environment jsdom */
import { strFromU8, unzipSync } from 'fflate';
import { planWithTargets } from '../../test/support/planBuilder';
import { exportDocx } from './docx';
import { toFlatOpc } from './flatOpc';
import { renderTemplate } from './renderTemplate';
import { W_NS } from './styles';
import { controlsTagged, parseXml, sdtTag, wAll, wVal } from './testing/readOoxml';

const PKG_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const plan = planWithTargets(12, {
  pupil: { pupilId: 'p1', name: 'Zoë <O’Neil> & co', classTeamId: 'c', className: '4B' },
});

describe('toFlatOpc', () => {
  const doc = parseXml(toFlatOpc(renderTemplate('full-iep', { plan }).bodyXml));
  const parts = Array.from(doc.getElementsByTagNameNS(PKG_NS, 'part'));
  const partNamed = (name: string) => parts.find((p) => p.getAttributeNS(PKG_NS, 'name') === name);

  it('is one well-formed package with the document, its styles and the relationships that link them', () => {
    expect(parts.map((p) => p.getAttributeNS(PKG_NS, 'name'))).toEqual([
      '/_rels/.rels',
      '/word/_rels/document.xml.rels',
      '/word/document.xml',
      '/word/styles.xml',
    ]);
    const relTargets = (name: string) =>
      Array.from(partNamed(name)?.getElementsByTagName('Relationship') ?? []).map((r) =>
        r.getAttribute('Target'),
      );
    expect(relTargets('/_rels/.rels')).toEqual(['word/document.xml']);
    expect(relTargets('/word/_rels/document.xml.rels')).toEqual(['styles.xml']);
  });

  it('defines every paragraph style the body uses, with the built-in heading names Word recognises', () => {
    const defined = new Map(
      wAll(doc, 'style').map((s) => [s.getAttributeNS(W_NS, 'styleId'), wVal(wAll(s, 'name')[0])]),
    );
    const used = new Set(wAll(doc, 'pStyle').map((s) => wVal(s)));
    used.forEach((id) => expect(defined.has(id)).toBe(true));
    expect(defined.get('Heading1')).toBe('heading 1');
    expect(defined.get('Heading2')).toBe('heading 2');
    expect(defined.get('Title')).toBe('Title');
    const heading1 = wAll(doc, 'style').find(
      (s) => s.getAttributeNS(W_NS, 'styleId') === 'Heading1',
    ) as Element;
    expect(wVal(wAll(heading1, 'outlineLvl')[0])).toBe('0');
  });
});

describe('exportDocx', () => {
  const files = unzipSync(exportDocx('full-iep', { plan }));
  const xml = (name: string): Document => {
    const file = files[name];
    if (!file) throw new Error(`${name} is missing from the package`);
    return parseXml(strFromU8(file));
  };

  it('is a complete package: every part well-formed and declared in [Content_Types].xml', () => {
    expect(Object.keys(files).sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/app.xml',
        'docProps/core.xml',
        'word/_rels/document.xml.rels',
        'word/document.xml',
        'word/footer1.xml',
        'word/header1.xml',
        'word/settings.xml',
        'word/styles.xml',
      ].sort(),
    );
    Object.keys(files).forEach((name) => expect(() => xml(name)).not.toThrow());
    const overrides = Array.from(xml('[Content_Types].xml').getElementsByTagName('Override')).map((o) =>
      o.getAttribute('PartName'),
    );
    Object.keys(files)
      .filter((name) => !name.endsWith('.rels') && name !== '[Content_Types].xml')
      .forEach((name) => expect(overrides).toContain(`/${name}`));
  });

  it('points every relationship at a part that exists', () => {
    const targets = (relsName: string, base: string) =>
      Array.from(xml(relsName).getElementsByTagName('Relationship')).map(
        (r) => `${base}${r.getAttribute('Target') ?? ''}`,
      );
    [...targets('_rels/.rels', ''), ...targets('word/_rels/document.xml.rels', 'word/')].forEach((target) =>
      expect(files[target]).toBeDefined(),
    );
  });

  it('sets A4 portrait with 2 cm margins and the footer on the page', () => {
    const doc = xml('word/document.xml');
    const pgSz = wAll(doc, 'pgSz')[0] as Element;
    expect([pgSz.getAttributeNS(W_NS, 'w'), pgSz.getAttributeNS(W_NS, 'h')]).toEqual(['11906', '16838']);
    const pgMar = wAll(doc, 'pgMar')[0] as Element;
    ['top', 'right', 'bottom', 'left'].forEach((side) =>
      expect(pgMar.getAttributeNS(W_NS, side)).toBe('1134'),
    );
    expect(wAll(doc, 'footerReference')).toHaveLength(1);
    expect(xml('word/footer1.xml').documentElement.textContent).toContain('Confidential: Zoë <O’Neil> & co');
  });

  it('carries the same content controls as an insert, and keeps the pupil’s name out of the metadata', () => {
    const body = wAll(xml('word/document.xml'), 'body')[0] as Element;
    expect(controlsTagged(body, 'iep:plan:').map(sdtTag)).toEqual(['iep:plan:plan-1:full-iep']);
    expect(controlsTagged(body, 'iep:target:')).toHaveLength(12);
    const core = strFromU8(files['docProps/core.xml'] as Uint8Array);
    expect(core).toContain('<dc:title>SEN support plan (IEP)</dc:title>');
    expect(core).not.toContain('Zo');
  });

  it('gives the same bytes for the same plan, so exports can be compared', () => {
    expect(exportDocx('full-iep', { plan })).toEqual(exportDocx('full-iep', { plan }));
  });
});
