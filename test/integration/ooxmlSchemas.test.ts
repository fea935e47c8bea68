/**
 * Every part of every document the app makes, checked against the ECMA-376 Transitional schemas with
 * xmllint (Debian `libxml2-utils`): each template as the school's working copy and as the parents'
 * copy, the copy sent home, and the flat OPC package the add-in inserts. Word refuses or "repairs"
 * a document whose markup breaks the schema's order, so a valid part is one Word opens as written.
 * The schemas are in test/fixtures/ooxml-xsd (see its README); validation runs offline.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { asPupilId, type Plan } from '../../src/domain';
import { exportCopyHomeDocx } from '../../src/word/copyHomeDocx';
import { exportDocx, type DocxCopy } from '../../src/word/docx';
import { toFlatOpc } from '../../src/word/flatOpc';
import { blockOoxml } from '../../src/word/insertedBlock';
import { renderTemplate } from '../../src/word/renderTemplate';
import { readSchoolLogo, type SchoolBranding } from '../../src/word/schoolLogo';
import { TEMPLATE_KINDS } from '../../src/word/tags';
import { childGroupTargets } from '../../src/app/usecases/provisions/childGroupTargets';
import { renderProvisionMapDocx } from '../../src/app/usecases/provisions/provisionMapDocx';
import { exportMap, manyClasses } from '../../src/app/usecases/provisions/testing/mapExportFixtures';
import { exportProvisionMapDocx } from '../../src/word/provisionMap/provisionMapDocx';
import { pupilOnTwoGroups } from '../support/groupPlanFixtures';
import { buildReview, planWithTargets, shortTermTarget } from '../support/planBuilder';

const SCHEMAS = resolve(__dirname, '../fixtures/ooxml-xsd');
const CATALOG = join(SCHEMAS, 'catalog.xml');

/** Which schema a part of a .docx answers to; null for parts that are not XML (images). */
const schemaFor = (part: string): string | null => {
  if (part.endsWith('.rels')) return 'opc-xsd/opc-relationships.xsd';
  if (part === '[Content_Types].xml') return 'opc-xsd/opc-contentTypes.xsd';
  if (part === 'docProps/core.xml') return 'opc-xsd/opc-coreProperties.xsd';
  if (part === 'docProps/app.xml') return 'shared-documentPropertiesExtended.xsd';
  if (/^word\/[^/]+\.xml$/.test(part)) return 'wml.xsd';
  if (/^word\/media\/[^/]+\.(png|jpeg)$/.test(part)) return null;
  throw new Error(`No schema is known for the part ${part}: add it to schemaFor.`);
};

const LONG_STRATEGY =
  'Pre-teach the vocabulary of each new topic with pictures on the Monday; supervisor checks the word ' +
  'mat is on the desk; chunk written tasks into three steps on a task board and tick each off; ' +
  'movement break after twenty minutes; a quiet place to work for the last step. '.repeat(3);

const realisticPlan = (nation: Plan['nation'], stage: Plan['stage']): Plan =>
  planWithTargets(12, {
    nation,
    stage,
    pupil: { pupilId: 'p1', name: 'يوسف الحسن', classTeamId: 'c', className: 'P4 Room 2' },
    shortTermTargets: Array.from({ length: 12 }, (_, i) =>
      shortTermTarget(i + 1, {
        longTermTargetId: 'ltt-1',
        strategies: i % 3 === 0 ? LONG_STRATEGY : `Siân's 🙂 card, step ${i + 1}.`,
        deliveredBy: 'فاطمة الزهراء (TA)',
      }),
    ),
  });

const logo = readSchoolLogo(
  new Uint8Array(readFileSync(resolve(__dirname, '../../assets/demo/oakfield-logo.png'))),
);
const school: SchoolBranding = { name: 'Ysgol Gynradd Oakfield', ...(logo ? { logo } : {}) };

/** The child's targets shared with two groups, one outcome recorded: the full plan and Child's Plan print them. */
const groupTargets = childGroupTargets(pupilOnTwoGroups(asPupilId('p1')), {
  startDate: '2025-09-08',
  nextReviewDate: null,
});

/** Every .docx the app makes, by a name that says what it is. */
const documents = (): [string, Uint8Array][] => {
  const england = realisticPlan('england', 'sen-support');
  const review = buildReview(england);
  const copies: DocxCopy[] = ['working', 'parents'];
  const all: [string, Uint8Array][] = TEMPLATE_KINDS.flatMap((kind) =>
    copies.map((copy): [string, Uint8Array] => [
      `${kind}-${copy}`,
      exportDocx(kind, { plan: england, review, school, groupTargets }, copy),
    ]),
  );
  all.push(
    ['full-iep-wales', exportDocx('full-iep', { plan: realisticPlan('wales', 'school-idp') })],
    [
      'full-iep-wales-cy',
      exportDocx('full-iep', { plan: realisticPlan('wales', 'school-idp'), language: 'cy', groupTargets }),
    ],
    [
      'childs-plan-scotland',
      exportDocx('childs-plan', { plan: realisticPlan('scotland', 'level-2'), school, groupTargets }),
    ],
    ['copy-home', exportCopyHomeDocx({ agreedPlan: england, reviewedPlan: england, review, school })],
    ['provision-map', renderProvisionMapDocx(exportMap(), school)],
    ['provision-map-many-classes', exportProvisionMapDocx(manyClasses(16))],
  );
  return all;
};

/** The parts inside a flat OPC package `insertOoxml` takes, as files: XML parts, and binary ones decoded. */
const flatOpcParts = (flat: string): [string, string | Uint8Array][] => {
  const parts = [
    ...flat.matchAll(
      /<pkg:part pkg:name="([^"]+)"[^>]*><pkg:(xmlData|binaryData)>([\s\S]*?)<\/pkg:\2><\/pkg:part>/g,
    ),
  ];
  return parts.map((match) => [
    match[1]?.replace(/^\//, '') ?? '',
    match[2] === 'binaryData' ? new Uint8Array(Buffer.from(match[3] ?? '', 'base64')) : (match[3] ?? ''),
  ]);
};

/** The packages the Word add-in sends: an insert, and an insert and a refresh with the school's logo. */
const flatOpcPackages = (): [string, string][] => {
  const rendered = renderTemplate('full-iep', { plan: realisticPlan('england', 'ehc-plan') });
  return [
    ['flat-opc', toFlatOpc(rendered.bodyXml)],
    ['flat-opc-logo', blockOoxml(rendered, school, 'block')],
    ['flat-opc-logo-refresh', blockOoxml(rendered, school, 'contents')],
  ];
};

/** One xmllint per schema over all of its files; xmllint says which file broke which rule. */
const validate = (schema: string, files: readonly string[]) =>
  spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(SCHEMAS, schema), ...files], {
    encoding: 'utf8',
    env: { ...process.env, XML_CATALOG_FILES: CATALOG },
  });

describe('every part of every document against the ECMA-376 Transitional schemas', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iep-ooxml-xsd-'));
  const bySchema = new Map<string, string[]>();
  const add = (schema: string | null, file: string, bytes: Uint8Array | string) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    if (schema !== null) bySchema.set(schema, [...(bySchema.get(schema) ?? []), file]);
  };

  beforeAll(() => {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    documents().forEach(([name, docx]) =>
      Object.entries(unzipSync(docx)).forEach(([part, bytes]) =>
        add(schemaFor(part), join(dir, name, part), bytes),
      ),
    );
    flatOpcPackages().forEach(([name, flat]) =>
      flatOpcParts(flat).forEach(([part, data]) => add(schemaFor(part), join(dir, name, part), data)),
    );
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('checks the document, styles, settings, header, footer, relationships, content types and properties of each', () => {
    expect([...bySchema.keys()].sort()).toEqual([
      'opc-xsd/opc-contentTypes.xsd',
      'opc-xsd/opc-coreProperties.xsd',
      'opc-xsd/opc-relationships.xsd',
      'shared-documentPropertiesExtended.xsd',
      'wml.xsd',
    ]);
    const wordParts = (bySchema.get('wml.xsd') ?? []).map((file) => file.slice(dir.length + 1));
    expect(wordParts).toEqual(
      expect.arrayContaining([
        'full-iep-parents/word/document.xml',
        'full-iep-working/word/header1.xml',
        'copy-home/word/footer1.xml',
        'review-record-working/word/styles.xml',
        'childs-plan-scotland/word/settings.xml',
        'flat-opc/word/document.xml',
        'flat-opc/word/styles.xml',
        'flat-opc-logo/word/document.xml',
        'flat-opc-logo-refresh/word/document.xml',
      ]),
    );
    // The inserted block shows the school's logo from an image part of its own package, byte for byte.
    const insertedLogo = join(dir, 'flat-opc-logo', 'word/media/logo.png');
    expect(new Uint8Array(readFileSync(insertedLogo))).toEqual(logo?.bytes);
    expect(readFileSync(join(dir, 'flat-opc-logo', 'word/_rels/document.xml.rels'), 'utf8')).toContain(
      'Target="media/logo.png"',
    );
    expect(readFileSync(join(dir, 'flat-opc-logo', 'word/document.xml'), 'utf8')).toMatch(
      /^<w:document [^>]*><w:body><w:sdt>.*<w:sdtContent><w:p><w:r><w:drawing>.*r:embed="rId2"/,
    );
    // The group targets' section is among what is checked, in English and in Welsh.
    const documentXml = (name: string) => readFileSync(join(dir, name, 'word/document.xml'), 'utf8');
    expect(documentXml('full-iep-working')).toContain('Phonics catch-up group');
    expect(documentXml('childs-plan-scotland')).toContain('Group targets');
    expect(documentXml('full-iep-wales-cy')).toContain('Targedau grŵp');
    expect(documentXml('provision-map')).toContain('w:orient="landscape"');
    expect(documentXml('provision-map-many-classes')).toContain('Pupils by class and area of need');
  });

  it.each([
    'wml.xsd',
    'opc-xsd/opc-relationships.xsd',
    'opc-xsd/opc-contentTypes.xsd',
    'opc-xsd/opc-coreProperties.xsd',
    'shared-documentPropertiesExtended.xsd',
  ])('every part %s governs validates', (schema) => {
    const files = bySchema.get(schema) ?? [];
    const result = validate(schema, files);
    const failures = result.stderr
      .split('\n')
      .filter((line) => !line.endsWith(' validates') && line.trim() !== '')
      .map((line) => line.replace(`${dir}/`, ''));
    expect(failures).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.stderr.match(/ validates$/gm)).toHaveLength(files.length);
  });
});
