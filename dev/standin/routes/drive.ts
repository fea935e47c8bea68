import { GraphError, accessDenied, invalidRequest, notFound } from '../core/errors';
import { ok, queryOption, type GraphResponse } from '../core/http';
import type { RouteContext } from '../core/router';
import type { StandInServices } from '../core/services';
import { driveIdOf, DriveFiles, type StoredDriveFile } from '../drive/driveFiles';
import { Downloads } from '../drive/downloads';
import { convertDocxToPdf } from '../drive/pdfConversion';
import type { RouteModule } from './module';
import { siteFor } from './siteAccess';

/** Whether `?format=pdf` converts (default) or answers as Graph does when it cannot; a test can turn it off. */
export const PDF_CONVERSION_KEY = 'drive.pdfConversion';

/** The files and download links of one running stand-in. */
export const driveOf = (services: StandInServices): { files: DriveFiles; downloads: Downloads } =>
  services.shared('drive', () => ({ files: new DriveFiles(services.store), downloads: new Downloads() }));

const BY_PATH = /^\/sites\/([^/]+)\/drive\/root:\/(.+):\/content$/;

/** `root:/a/b.docx:/content` holds slashes in one address part; the router wants it as one segment. */
const rewriteByPath = (path: string): string | null => {
  const match = BY_PATH.exec(path);
  if (!match) return null;
  const [, site = '', itemPath = ''] = match;
  let decoded: string;
  try {
    decoded = decodeURIComponent(itemPath);
  } catch {
    return null;
  }
  return `/sites/${site}/drive/byPath/${encodeURIComponent(decoded)}/content`;
};

/** SharePoint refuses these in a file or folder name. */
const BAD_NAME = /["*:<>?\\|#%]|^\s|\s$|^\.|\.$|\/\/|^\/|\/$/;

const driveItemOf = (file: StoredDriveFile) => {
  const folder = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '';
  return {
    id: file.id,
    name: file.name,
    size: file.size,
    createdDateTime: file.createdAt,
    lastModifiedDateTime: file.modifiedAt,
    file: { mimeType: file.contentType },
    parentReference: {
      driveId: file.driveId,
      driveType: 'documentLibrary',
      siteId: file.siteId,
      path: `/drives/${file.driveId}/root:${folder === '' ? '' : `/${folder}`}`,
    },
  };
};

const upload = (ctx: RouteContext): GraphResponse => {
  const site = siteFor(ctx, 'write');
  const path = ctx.params['path'] ?? '';
  if (path === '' || BAD_NAME.test(path) || path.split('/').some((part) => part.trim() === ''))
    throw invalidRequest('The file name or path is not valid in a SharePoint library.');
  const body = ctx.req.body;
  const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
  if (bytes.length > 250 * 1024 * 1024)
    throw new GraphError(413, 'requestTooLarge', 'Simple upload takes files up to 250 MB.');
  const { files } = driveOf(ctx.services);
  const conflict = ctx.req.query.get('@microsoft.graph.conflictBehavior') ?? 'replace';
  if (!['replace', 'fail'].includes(conflict))
    throw invalidRequest(`The stand-in supports conflictBehavior replace and fail, not '${conflict}'.`);
  const driveId = driveIdOf(site.id);
  if (conflict === 'fail' && files.exists(driveId, path))
    throw new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
  const contentType = ctx.req.headers['content-type'] ?? 'application/octet-stream';
  const { file, created } = files.put(
    site.id,
    path,
    bytes,
    contentType,
    ctx.caller.userPrincipalName,
    ctx.services.now(),
  );
  ctx.services.store.flush();
  return ok(driveItemOf(file), created ? 201 : 200);
};

/** 406 `notSupported`, as Graph answers a conversion it cannot make. */
const cannotConvert = (why: string): GraphError => new GraphError(406, 'notSupported', why);

const content = async (ctx: RouteContext): Promise<GraphResponse> => {
  const { files, downloads } = driveOf(ctx.services);
  const file = files.get(ctx.params['driveId'] ?? '', ctx.params['itemId'] ?? '');
  if (!file) throw notFound('The resource could not be found.');
  const site = ctx.services.directory.sites.get(file.siteId);
  if (!site || !ctx.services.directory.allows(site, ctx.caller, 'read')) throw accessDenied();
  const format = queryOption(ctx.req.query, 'format');
  let bytes: Buffer = Buffer.from(file.contentBase64, 'base64');
  let contentType = file.contentType;
  if (format !== null) {
    if (format !== 'pdf') throw invalidRequest(`The stand-in converts to pdf only, not '${format}'.`);
    if (!/\.(docx|doc|rtf|odt)$/i.test(file.name)) throw cannotConvert(file.name.split('.').pop() ?? '');
    if (!ctx.services.shared(PDF_CONVERSION_KEY, () => true))
      throw cannotConvert('Conversion is turned off in this stand-in.');
    const pdf = await convertDocxToPdf(bytes);
    if (!pdf)
      throw cannotConvert('LibreOffice (soffice) is not installed, so the stand-in cannot make a PDF.');
    bytes = pdf;
    contentType = 'application/pdf';
  }
  // Graph redirects to a pre-authenticated URL on another host; the client follows it without a token.
  const location = downloads.offer(ctx.services.baseUrl(), bytes, contentType, ctx.services.now());
  return { status: 302, headers: { Location: location } };
};

export const registerDrive: RouteModule = (router) => {
  router.addRewrite(rewriteByPath);
  router.add('PUT', '/sites/{siteId}/drive/byPath/{path}/content', upload);
  router.add('GET', '/drives/{driveId}/items/{itemId}/content', content);
};
