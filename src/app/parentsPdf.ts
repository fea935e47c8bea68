/**
 * The parents' PDF of a document: the plain .docx stored in the SEN site's library on the app's
 * Sites.Selected grant, then Graph's conversion of it (`GET /drives/{id}/items/{id}/content?format=pdf`),
 * the same two requests a copy sent home makes.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { convertToPdf, uploadToSiteDrive } from '../graph/mail/siteDrive';
import { DOCX_MIME_TYPE, type DocumentExporterDeps } from './documents';

export const pdfThroughSiteLibrary =
  (client: Client, siteId: () => Promise<string>): NonNullable<DocumentExporterDeps['convertToPdf']> =>
  async (path, docx) =>
    convertToPdf(client, await uploadToSiteDrive(client, await siteId(), path, docx, DOCX_MIME_TYPE));
