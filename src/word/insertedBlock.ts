/**
 * What the add-in sends Word for one template: the block control with the template in it (insert),
 * or only what goes inside an existing control (refresh). A .docx carries the school's logo in its
 * page header; a block inserted into a teacher's document cannot reach the header (the Flat OPC
 * package has no header part, and the document's header is the school's own), so the logo goes in
 * the block, above the title, where the school has one.
 */
import { FLAT_OPC_LOGO_REL_ID, toFlatOpc } from './flatOpc';
import { logoRun } from './logoDrawing';
import { contentControl, paragraph } from './ooxml';
import type { RenderedBody } from './renderTemplate';
import type { SchoolBranding } from './schoolLogo';

export const blockOoxml = (
  rendered: RenderedBody,
  school: SchoolBranding | undefined,
  part: 'block' | 'contents',
): string => {
  const logo = school?.logo;
  if (!logo) return toFlatOpc(part === 'block' ? rendered.bodyXml : rendered.innerXml);
  const contents = paragraph(logoRun(logo, school.name.trim(), FLAT_OPC_LOGO_REL_ID)) + rendered.innerXml;
  return toFlatOpc(part === 'block' ? contentControl(rendered.controls.plan, contents) : contents, logo);
};
