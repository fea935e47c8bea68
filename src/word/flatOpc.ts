/**
 * Flat OPC: the single-XML-file package `insertOoxml` expects. It carries the main document part
 * (the rendered body) and the styles it uses, linked by the two relationship parts Word requires,
 * and, when the body shows the school's logo, the image as a binary part (base64 in
 * `pkg:binaryData`, `pkg:compression="store"`), as Word itself writes a picture in Flat OPC:
 * https://learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml
 */
import { A_NS, IMAGE_REL_TYPE, LOGO_EXTENSIONS, PIC_NS, WP_NS } from './logoDrawing';
import type { SchoolLogo } from './schoolLogo';
import { R_NS, stylesXml, W_NS } from './styles';

const PKG_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOCUMENT_REL =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const STYLES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';

/** The relationship id a body uses (`r:embed`) for the logo passed to `toFlatOpc`. */
export const FLAT_OPC_LOGO_REL_ID = 'rId2';

const part = (name: string, contentType: string, xml: string): string =>
  `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;

/** Base64 in slices, so a large logo never overflows the argument list of `fromCharCode`. */
const base64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
};

const logoPartName = (logo: SchoolLogo): string => `media/logo.${LOGO_EXTENSIONS[logo.contentType]}`;

/**
 * Wraps body XML (paragraphs, tables, content controls) into a flat-OPC package for `insertOoxml`;
 * with `logo`, the body may show it through `r:embed="rId2"` (FLAT_OPC_LOGO_REL_ID).
 */
export const toFlatOpc = (bodyXml: string, logo?: SchoolLogo): string =>
  '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
  `<pkg:package xmlns:pkg="${PKG_NS}">` +
  part(
    '/_rels/.rels',
    RELS_TYPE,
    `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT_REL}" Target="word/document.xml"/></Relationships>`,
  ) +
  part(
    '/word/_rels/document.xml.rels',
    RELS_TYPE,
    `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${STYLES_REL}" Target="styles.xml"/>` +
      (logo
        ? `<Relationship Id="${FLAT_OPC_LOGO_REL_ID}" Type="${IMAGE_REL_TYPE}" Target="${logoPartName(logo)}"/>`
        : '') +
      '</Relationships>',
  ) +
  part(
    '/word/document.xml',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"` +
      (logo ? ` xmlns:wp="${WP_NS}" xmlns:a="${A_NS}" xmlns:pic="${PIC_NS}"` : '') +
      `><w:body>${bodyXml}</w:body></w:document>`,
  ) +
  part(
    '/word/styles.xml',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
    stylesXml(),
  ) +
  (logo
    ? `<pkg:part pkg:name="/word/${logoPartName(logo)}" pkg:contentType="${logo.contentType}" pkg:compression="store">` +
      `<pkg:binaryData>${base64(logo.bytes)}</pkg:binaryData></pkg:part>`
    : '') +
  '</pkg:package>';
