/**
 * Flat OPC: the single-XML-file package `insertOoxml` expects. It carries the main document part
 * (the rendered body) and the styles it uses, linked by the two relationship parts Word requires.
 */
import { R_NS, stylesXml, W_NS } from './styles';

const PKG_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOCUMENT_REL =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const STYLES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';

const part = (name: string, contentType: string, xml: string): string =>
  `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;

/** Wraps body XML (paragraphs, tables, content controls) into a flat-OPC package for `insertOoxml`. */
export const toFlatOpc = (bodyXml: string): string =>
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
    `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${STYLES_REL}" Target="styles.xml"/></Relationships>`,
  ) +
  part(
    '/word/document.xml',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${bodyXml}</w:body></w:document>`,
  ) +
  part(
    '/word/styles.xml',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
    stylesXml(),
  ) +
  '</pkg:package>';
