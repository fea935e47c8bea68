/** The provision map as a complete .docx: landscape, the school's name and logo in the header. */
import { packageDocx } from '../docx';
import type { SchoolBranding } from '../schoolLogo';
import { provisionMapBody, type ProvisionMapDocument } from './provisionMapTemplate';

export type { MapDocumentArea, MapDocumentRow, ProvisionMapDocument } from './provisionMapTemplate';

export const exportProvisionMapDocx = (doc: ProvisionMapDocument, school?: SchoolBranding): Uint8Array =>
  packageDocx(
    { bodyXml: provisionMapBody(doc), title: doc.title, language: 'en' },
    {
      // The footer's "Confidential: …" names whose figures these are.
      pupilName: school?.name.trim() || 'SEN provision',
      orientation: 'landscape',
      ...(school ? { school } : {}),
    },
  );
