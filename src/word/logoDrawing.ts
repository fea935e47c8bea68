/**
 * The school's logo as an inline picture (DrawingML), shared by the .docx page header (docx.ts) and
 * the block the Word add-in inserts (insertedBlock.ts), which cannot reach the page header.
 */
import type { SchoolLogo } from './schoolLogo';
import { escapeXml } from './xmlText';

export const WP_NS = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
export const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
export const PIC_NS = 'http://schemas.openxmlformats.org/drawingml/2006/picture';
export const IMAGE_REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

export const LOGO_EXTENSIONS: Readonly<Record<SchoolLogo['contentType'], string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
};

/** English Metric Units: 914,400 to the inch, 360,000 to the centimetre. */
const EMU_PER_CM = 360000;
const LOGO_HEIGHT = Math.round(1.2 * EMU_PER_CM);
const LOGO_MAX_WIDTH = 5 * EMU_PER_CM;

/**
 * The logo at a fixed height (never wider than 5 cm), kept in proportion, as one run; `relId` is the
 * relationship from the part it sits in to the image part. Its description names the school, so a
 * screen reader says whose logo it is.
 */
export const logoRun = (logo: SchoolLogo, schoolName: string, relId: string): string => {
  const scale = Math.min(LOGO_HEIGHT / logo.heightPx, LOGO_MAX_WIDTH / logo.widthPx);
  const cx = Math.max(1, Math.round(logo.widthPx * scale));
  const cy = Math.max(1, Math.round(logo.heightPx * scale));
  const description = escapeXml(`${schoolName} logo`);
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>` +
    `<wp:docPr id="1" name="School logo" descr="${description}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic><a:graphicData uri="${PIC_NS}"><pic:pic>` +
    '<pic:nvPicPr><pic:cNvPr id="0" name="School logo"/><pic:cNvPicPr/></pic:nvPicPr>' +
    `<pic:blipFill><a:blip r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>' +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
};
