/**
 * The SEN site's document library (its default drive), through the Sites.Selected grant the app
 * already has: a stored copy of what is sent home, and Graph's conversion of it to PDF.
 */
import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import { ServiceError } from '../../domain';
import { domainErrorOfResponse, errorBodyOf, toDomainError } from '../httpErrors';

export interface StoredFile {
  readonly driveId: string;
  readonly itemId: string;
}

const raw = async (request: () => Promise<unknown>): Promise<Response> => {
  try {
    return (await request()) as Response;
  } catch (error) {
    throw toDomainError(error);
  }
};

/**
 * The SDK passes a Blob through untouched; an ArrayBuffer or Uint8Array it turns into Node's Buffer,
 * which a browser does not have ("Buffer is not defined").
 */
const blobOf = (bytes: Uint8Array, contentType: string): Blob =>
  new Blob([bytes as Uint8Array<ArrayBuffer>], { type: contentType });

const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/**
 * Simple upload by path (`PUT /sites/{id}/drive/root:/{path}:/content`, up to 250 MB), creating the
 * folder on the way. `replace` makes a resent upload of the same name the same file, not a second one;
 * the conflict behaviour goes in the query string, never the body
 * (https://learn.microsoft.com/en-us/graph/api/resources/driveitem, "Notes").
 */
export const uploadToSiteDrive = async (
  client: Client,
  siteId: string,
  path: string,
  bytes: Uint8Array,
  contentType: string,
): Promise<StoredFile> => {
  const response = await raw(() =>
    client
      .api(`/sites/${encodeURIComponent(siteId)}/drive/root:/${encodePath(path)}:/content`)
      .query({ '@microsoft.graph.conflictBehavior': 'replace' })
      .header('Content-Type', contentType)
      .responseType(ResponseType.RAW)
      .put(blobOf(bytes, contentType)),
  );
  if (!response.ok) throw await domainErrorOfResponse(response);
  const item = (await response.json()) as { id?: unknown; parentReference?: { driveId?: unknown } };
  const driveId = item.parentReference?.driveId;
  if (typeof item.id !== 'string' || typeof driveId !== 'string')
    throw new ServiceError(502, 'SharePoint stored the document but did not say where.');
  return { driveId, itemId: item.id };
};

/**
 * The stored document as a PDF, or null when Graph cannot convert it (406 `notSupported`). Graph
 * documents a 302 to a pre-authenticated download URL
 * (https://learn.microsoft.com/en-us/graph/api/driveitem-get-content-format), though it has been seen
 * to answer 200 with the PDF itself; fetch follows the redirect either way, and browsers drop the
 * Authorization header when a redirect leaves Graph's origin, which the download URL does not need.
 */
export const convertToPdf = async (client: Client, file: StoredFile): Promise<Uint8Array | null> => {
  const response = await raw(() =>
    client
      .api(`/drives/${encodeURIComponent(file.driveId)}/items/${encodeURIComponent(file.itemId)}/content`)
      .query({ format: 'pdf' })
      .responseType(ResponseType.RAW)
      .get(),
  );
  if (response.status === 406) {
    const { code } = errorBodyOf(await response.json().catch(() => null));
    if (code === null || code === 'notSupported') return null;
  }
  if (!response.ok) throw await domainErrorOfResponse(response);
  return new Uint8Array(await response.arrayBuffer());
};
