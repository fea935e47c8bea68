/**
 * A complete .docx from the same renderer output the add-in inserts: for the tab's "Download as
 * Word" and for archiving a closed plan. A4 portrait, 2 cm margins, a confidential footer with
 * page numbers so a loose page can be put back with its pupil.
 */
import { strToU8, zipSync } from 'fflate';
import { renderTemplate, type RenderedBody, type RenderInput } from './renderTemplate';
import { HEADER_FOOTER_DISTANCE, PAGE_HEIGHT, PAGE_MARGIN, PAGE_WIDTH } from './layout';
import { paragraph } from './ooxml';
import { R_NS, stylesXml, W_NS } from './styles';
import type { TemplateKind } from './tags';
import { escapeXml, runs } from './xmlText';

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** What the document is, for its properties and footer; never the pupil's name in metadata. */
const DOCUMENT_TITLES: Readonly<Record<TemplateKind, string>> = {
  'full-iep': 'Individual Education Plan',
  'targets-table': 'Short-term targets',
  'review-record': 'IEP review record',
  'one-page-profile': 'One-page profile',
  'childs-plan': "Child's Plan section 4",
};

const contentTypes = (): string =>
  `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${MAIN_TYPE}.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="${MAIN_TYPE}.styles+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="${MAIN_TYPE}.settings+xml"/>` +
  `<Override PartName="/word/footer1.xml" ContentType="${MAIN_TYPE}.footer+xml"/>` +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

const relationships = (rels: readonly (readonly [id: string, type: string, target: string])[]): string =>
  `${XML_HEADER}<Relationships xmlns="${REL_NS}">` +
  rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('') +
  '</Relationships>';

const packageRels = (): string =>
  relationships([
    ['rId1', `${OFFICE_REL}/officeDocument`, 'word/document.xml'],
    [
      'rId2',
      'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
      'docProps/core.xml',
    ],
    ['rId3', `${OFFICE_REL}/extended-properties`, 'docProps/app.xml'],
  ]);

const documentRels = (): string =>
  relationships([
    ['rId1', `${OFFICE_REL}/styles`, 'styles.xml'],
    ['rId2', `${OFFICE_REL}/settings`, 'settings.xml'],
    ['rId3', `${OFFICE_REL}/footer`, 'footer1.xml'],
  ]);

const sectionProperties = (): string =>
  '<w:sectPr><w:footerReference w:type="default" r:id="rId3"/>' +
  `<w:pgSz w:w="${PAGE_WIDTH}" w:h="${PAGE_HEIGHT}"/>` +
  `<w:pgMar w:top="${PAGE_MARGIN}" w:right="${PAGE_MARGIN}" w:bottom="${PAGE_MARGIN}" w:left="${PAGE_MARGIN}" ` +
  `w:header="${HEADER_FOOTER_DISTANCE}" w:footer="${HEADER_FOOTER_DISTANCE}" w:gutter="0"/>` +
  '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>';

const documentXml = (rendered: RenderedBody): string =>
  `${XML_HEADER}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${rendered.bodyXml}${sectionProperties()}</w:body></w:document>`;

const field = (instruction: string, shown: string): string =>
  `<w:fldSimple w:instr=" ${instruction} "><w:r><w:t>${shown}</w:t></w:r></w:fldSimple>`;

/** The footer names the pupil (on the page, not in metadata) so a loose page finds its way back. */
const footerXml = (documentTitle: string, pupilName: string): string =>
  `${XML_HEADER}<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}">` +
  paragraph(
    runs(`Confidential: ${pupilName}, ${documentTitle}`) +
      '<w:r><w:tab/><w:t xml:space="preserve">Page </w:t></w:r>' +
      field('PAGE', '1') +
      '<w:r><w:t xml:space="preserve"> of </w:t></w:r>' +
      field('NUMPAGES', '1'),
    { style: 'Footer' },
  ) +
  '</w:ftr>';

const settingsXml = (): string =>
  `${XML_HEADER}<w:settings xmlns:w="${W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>` +
  '<w:characterSpacingControl w:val="doNotCompress"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '<w:themeFontLang w:val="en-GB"/></w:settings>';

const coreXml = (documentTitle: string): string =>
  `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<dc:title>${escapeXml(documentTitle)}</dc:title><dc:creator>IEP Planner</dc:creator><dc:language>en-GB</dc:language>` +
  '</cp:coreProperties>';

const appXml = (): string =>
  `${XML_HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
  '<Application>IEP Planner</Application><DocSecurity>0</DocSecurity></Properties>';

/** A fixed timestamp keeps the same plan exporting to the same bytes. */
const ZIP_MTIME = new Date(2000, 0, 1);

/** Packages an already rendered body; `exportDocx` is the usual entry point. */
export const packageDocx = (rendered: RenderedBody, pupilName: string): Uint8Array => {
  const documentTitle = DOCUMENT_TITLES[rendered.kind];
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypes()),
    '_rels/.rels': strToU8(packageRels()),
    'word/document.xml': strToU8(documentXml(rendered)),
    'word/_rels/document.xml.rels': strToU8(documentRels()),
    'word/styles.xml': strToU8(XML_HEADER + stylesXml()),
    'word/settings.xml': strToU8(settingsXml()),
    'word/footer1.xml': strToU8(footerXml(documentTitle, pupilName)),
    'docProps/core.xml': strToU8(coreXml(documentTitle)),
    'docProps/app.xml': strToU8(appXml()),
  };
  return zipSync(files, { level: 6, mtime: ZIP_MTIME });
};

/** Renders `kind` for the plan and returns the bytes of a complete .docx file. */
export const exportDocx = (kind: TemplateKind, input: RenderInput): Uint8Array =>
  packageDocx(renderTemplate(kind, input), input.plan.pupil.name);
