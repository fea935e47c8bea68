/**
 * A complete .docx from the same renderer output the add-in inserts: for the tab's downloads, a copy
 * sent home and archiving a closed plan. A4 portrait, 2 cm margins, the school's name (and logo) in
 * the page header, and a confidential footer with page numbers so a loose page can be put back with
 * its pupil. Two copies: the school's working copy keeps the tagged content controls that refresh
 * and save-back use; the parents' copy has none.
 */
import { strToU8, zipSync } from 'fflate';
import { withoutContentControls } from './cleanCopy';
import { HEADER_FOOTER_DISTANCE, PAGE_HEIGHT, PAGE_MARGIN, PAGE_WIDTH } from './layout';
import { A_NS, IMAGE_REL_TYPE, LOGO_EXTENSIONS, logoRun, PIC_NS, WP_NS } from './logoDrawing';
import { paragraph } from './ooxml';
import { renderTemplate, type RenderedBody, type RenderInput } from './renderTemplate';
import type { SchoolBranding, SchoolLogo } from './schoolLogo';
import { R_NS, stylesXml, W_NS } from './styles';
import type { TemplateKind } from './tags';
import { wordingFor, type Wording } from './wording';
import { composedRuns, escapeXml, userValue } from './xmlText';

/** The school's working copy (editable, with content controls) or the family's plain copy. */
export type DocxCopy = 'working' | 'parents';

export interface PackageOptions {
  /** Who or what the footer says the pages are about: the pupil, or the term of a provision map. */
  readonly pupilName: string;
  readonly copy?: DocxCopy;
  readonly school?: SchoolBranding;
  /** Landscape for a grid too wide for portrait (the provision map); plans are portrait. */
  readonly orientation?: 'portrait' | 'landscape';
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

const contentTypes = (logo: SchoolLogo | undefined): string =>
  `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  (logo
    ? `<Default Extension="${LOGO_EXTENSIONS[logo.contentType]}" ContentType="${logo.contentType}"/>`
    : '') +
  `<Override PartName="/word/document.xml" ContentType="${MAIN_TYPE}.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="${MAIN_TYPE}.styles+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="${MAIN_TYPE}.settings+xml"/>` +
  `<Override PartName="/word/header1.xml" ContentType="${MAIN_TYPE}.header+xml"/>` +
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
    ['rId4', `${OFFICE_REL}/header`, 'header1.xml'],
  ]);

const LOGO_REL_ID = 'rId1';
const headerRels = (logo: SchoolLogo): string =>
  relationships([[LOGO_REL_ID, IMAGE_REL_TYPE, `media/logo.${LOGO_EXTENSIONS[logo.contentType]}`]]);

const sectionProperties = (orientation: PackageOptions['orientation']): string =>
  '<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId3"/>' +
  (orientation === 'landscape'
    ? `<w:pgSz w:w="${PAGE_HEIGHT}" w:h="${PAGE_WIDTH}" w:orient="landscape"/>`
    : `<w:pgSz w:w="${PAGE_WIDTH}" w:h="${PAGE_HEIGHT}"/>`) +
  `<w:pgMar w:top="${PAGE_MARGIN}" w:right="${PAGE_MARGIN}" w:bottom="${PAGE_MARGIN}" w:left="${PAGE_MARGIN}" ` +
  `w:header="${HEADER_FOOTER_DISTANCE}" w:footer="${HEADER_FOOTER_DISTANCE}" w:gutter="0"/>` +
  '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>';

const documentXml = (bodyXml: string, orientation: PackageOptions['orientation']): string =>
  `${XML_HEADER}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${bodyXml}${sectionProperties(orientation)}</w:body></w:document>`;

const field = (instruction: string, shown: string): string =>
  `<w:fldSimple w:instr=" ${instruction} "><w:r><w:t>${shown}</w:t></w:r></w:fldSimple>`;

/** The footer names the pupil (on the page, not in metadata) so a loose page finds its way back. */
const footerXml = (documentTitle: string, pupilName: string, { footer }: Wording): string =>
  `${XML_HEADER}<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}">` +
  paragraph(
    composedRuns([`${footer.confidential}: `, userValue(pupilName), `, ${documentTitle}`]) +
      `<w:r><w:tab/><w:t xml:space="preserve">${escapeXml(footer.page)} </w:t></w:r>` +
      field('PAGE', '1') +
      `<w:r><w:t xml:space="preserve"> ${escapeXml(footer.of)} </w:t></w:r>` +
      field('NUMPAGES', '1'),
    { style: 'Footer' },
  ) +
  '</w:ftr>';

/** The school's name (and logo) at the top of every page; an empty header when the school is not configured. */
const headerXml = (school: SchoolBranding | undefined): string => {
  const name = school?.name.trim() ?? '';
  const logo = school?.logo
    ? logoRun(school.logo, name, LOGO_REL_ID) +
      (name === '' ? '' : '<w:r><w:t xml:space="preserve">  </w:t></w:r>')
    : '';
  return (
    `${XML_HEADER}<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}" xmlns:wp="${WP_NS}" xmlns:a="${A_NS}" xmlns:pic="${PIC_NS}">` +
    paragraph(logo + composedRuns([userValue(name)], { bold: true })) +
    '</w:hdr>'
  );
};

const settingsXml = (languageTag: string): string =>
  `${XML_HEADER}<w:settings xmlns:w="${W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>` +
  '<w:characterSpacingControl w:val="doNotCompress"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  `<w:themeFontLang w:val="${languageTag}"/></w:settings>`;

const coreXml = (documentTitle: string, languageTag: string): string =>
  `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<dc:title>${escapeXml(documentTitle)}</dc:title><dc:creator>IEP Planner</dc:creator>` +
  `<dc:language>${languageTag}</dc:language>` +
  '</cp:coreProperties>';

const appXml = (): string =>
  `${XML_HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
  '<Application>IEP Planner</Application><DocSecurity>0</DocSecurity></Properties>';

/** A fixed timestamp keeps the same plan exporting to the same bytes. */
const ZIP_MTIME = new Date(2000, 0, 1);

/** Packages an already rendered body; `exportDocx` is the usual entry point for a plan's documents. */
export const packageDocx = (
  rendered: Pick<RenderedBody, 'bodyXml' | 'title' | 'language'>,
  options: PackageOptions,
): Uint8Array => {
  const { school } = options;
  const logo = school?.logo;
  const bodyXml = options.copy === 'parents' ? withoutContentControls(rendered.bodyXml) : rendered.bodyXml;
  // A Welsh document says so, so Word proofs it in Welsh and search and screen readers know its language.
  const wording = wordingFor(rendered.language);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypes(logo)),
    '_rels/.rels': strToU8(packageRels()),
    'word/document.xml': strToU8(documentXml(bodyXml, options.orientation)),
    'word/_rels/document.xml.rels': strToU8(documentRels()),
    'word/styles.xml': strToU8(XML_HEADER + stylesXml(wording.languageTag)),
    'word/settings.xml': strToU8(settingsXml(wording.languageTag)),
    'word/header1.xml': strToU8(headerXml(school)),
    'word/footer1.xml': strToU8(footerXml(rendered.title, options.pupilName, wording)),
    'docProps/core.xml': strToU8(coreXml(rendered.title, wording.languageTag)),
    'docProps/app.xml': strToU8(appXml()),
  };
  if (logo) {
    files['word/_rels/header1.xml.rels'] = strToU8(headerRels(logo));
    files[`word/media/logo.${LOGO_EXTENSIONS[logo.contentType]}`] = logo.bytes;
  }
  return zipSync(files, { level: 6, mtime: ZIP_MTIME });
};

/** Renders `kind` for the plan and returns the bytes of a complete .docx file: the working copy unless asked. */
export const exportDocx = (kind: TemplateKind, input: RenderInput, copy: DocxCopy = 'working'): Uint8Array =>
  packageDocx(renderTemplate(kind, input), {
    pupilName: input.plan.pupil.name,
    copy,
    ...(input.school ? { school: input.school } : {}),
  });
