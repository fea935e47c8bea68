/**
 * The styles part shared by the flat-OPC insert and the .docx export. Headings use Word's built-in
 * style ids and names (Title, Heading1, Heading2) so the navigation pane and a table of contents
 * see them; when inserted into a document that already defines them, Word keeps the document's own
 * look, which is what a school with a house style wants.
 */
import { BODY_SIZE, COLOURS, CONTENT_WIDTH, FONT, TABLE_SIZE } from './layout';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const fonts = `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>`;

const paragraphStyle = (id: string, name: string, body: string, extra = ''): string =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${extra}${body}</w:style>`;

const headingStyle = (level: 1 | 2, size: number, before: number, border: boolean): string =>
  paragraphStyle(
    `Heading${level}`,
    `heading ${level}`,
    `<w:pPr><w:keepNext/><w:keepLines/>` +
      (border
        ? `<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="${COLOURS.heading}"/></w:pBdr>`
        : '') +
      `<w:spacing w:before="${before}" w:after="100"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
      `<w:rPr><w:b/><w:bCs/><w:color w:val="${COLOURS.heading}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`,
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>',
  );

/** `languageTag` is the document's language (en-GB, or cy-GB for a Welsh document) for Word's proofing. */
export const stylesXml = (languageTag = 'en-GB'): string =>
  `<w:styles xmlns:w="${W_NS}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:sz w:val="${BODY_SIZE}"/><w:szCs w:val="${BODY_SIZE}"/>` +
  `<w:lang w:val="${languageTag}" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>' +
  '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>' +
  '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>' +
  '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  // Word's built-in "Table Grid", so every table carries a named style Word and its accessibility
  // checker know; the tables' own borders and padding still apply on top of it.
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>' +
  '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
    .join('') +
  '</w:tblBorders></w:tblPr></w:style>' +
  paragraphStyle(
    'Title',
    'Title',
    `<w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="${COLOURS.heading}"/>` +
      '<w:kern w:val="28"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr>',
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>',
  ) +
  paragraphStyle(
    'Subtitle',
    'Subtitle',
    `<w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:color w:val="${COLOURS.heading}"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>`,
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>',
  ) +
  headingStyle(1, 28, 320, true) +
  headingStyle(2, 23, 160, false) +
  paragraphStyle(
    'IepTableText',
    'IEP table text',
    `<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="${TABLE_SIZE}"/><w:szCs w:val="${TABLE_SIZE}"/></w:rPr>`,
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:qFormat/>',
  ) +
  // A value's label inside a table cell: a style rather than bold runs, so a reader of the runs (the
  // task pane's preview) does not take the cell for a header. No keep-with-next: in a table Word
  // reads it as keeping the whole row with the next one, which targetTable.ts decides row by row.
  paragraphStyle(
    'IepTableLabel',
    'IEP table label',
    '<w:rPr><w:b/><w:bCs/></w:rPr>',
    '<w:basedOn w:val="IepTableText"/><w:next w:val="IepTableText"/><w:uiPriority w:val="99"/><w:qFormat/>',
  ) +
  paragraphStyle(
    'Footer',
    'footer',
    `<w:pPr><w:tabs><w:tab w:val="right" w:pos="${CONTENT_WIDTH}"/></w:tabs><w:spacing w:after="0"/></w:pPr>` +
      `<w:rPr><w:color w:val="${COLOURS.muted}"/><w:sz w:val="${BODY_SIZE}"/><w:szCs w:val="${BODY_SIZE}"/></w:rPr>`,
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
  ) +
  '</w:styles>';
