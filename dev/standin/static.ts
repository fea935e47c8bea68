import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { DEMO_PERSONAS, DEMO_SCHOOL, DEMO_SEN_SITE } from './demoSchool';
import { DEMO_CLOSED_VERSION_LABEL } from './sharepoint/records/retentionLabels';

/** No inline script; Office and Teams script hosts only; framed only by Teams and Office. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://res.cdn.office.net https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  // teams-js fetches Microsoft's current list of Teams host origins from res.cdn.office.net (as in docs/DEPLOY.md).
  "connect-src 'self' https://res.cdn.office.net",
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.cloud.microsoft",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The demo school's logo, served beside the app as a school's own would be (app-config.json `school.logo`). */
export const DEMO_LOGO_PATH = 'demo-school-logo.png';
const DEMO_LOGO_FILE = path.resolve(__dirname, '../../assets/demo/oakfield-logo.png');

/**
 * app-config.json for local mode (see src/app/config.ts): Graph on this server, the demo SEN site,
 * the school's name and logo for documents, and personas.
 */
export const localAppConfig = (baseUrl: string): Record<string, unknown> => ({
  mode: 'local',
  graphBaseUrl: `${baseUrl}/`,
  senSite: DEMO_SEN_SITE,
  school: { name: DEMO_SCHOOL.organisationName, logo: DEMO_LOGO_PATH },
  records: { closedVersionLabel: DEMO_CLOSED_VERSION_LABEL },
  personas: DEMO_PERSONAS,
});

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body?: Buffer | string,
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

/** Serves app-config.json, `/` → `/tab.html`, and exact files below `staticDir`. */
export function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  staticDir: string | undefined,
  baseUrl: string,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(
      res,
      405,
      { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' },
      'Only GET and HEAD are served here.',
    );
    return;
  }
  if (rawPath === '/app-config.json') {
    send(
      res,
      200,
      { 'Content-Type': 'application/json; charset=utf-8' },
      JSON.stringify(localAppConfig(baseUrl), null, 2),
    );
    return;
  }
  if (rawPath === `/${DEMO_LOGO_PATH}`) {
    send(res, 200, { 'Content-Type': 'image/png' }, fs.readFileSync(DEMO_LOGO_FILE));
    return;
  }
  if (!staticDir) {
    send(
      res,
      404,
      { 'Content-Type': 'text/plain; charset=utf-8' },
      'Not found. Start the stand-in with a static folder (STANDIN_STATIC) to serve the app.',
    );
    return;
  }
  if (rawPath === '/') {
    send(res, 302, { Location: '/tab.html' });
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    send(res, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad path.');
    return;
  }
  const root = path.resolve(staticDir);
  const file = path.resolve(root, `.${decoded}`);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found.');
    return;
  }
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const body = fs.readFileSync(file);
  send(
    res,
    200,
    { 'Content-Type': contentType, 'Content-Length': String(body.length) },
    req.method === 'HEAD' ? undefined : body,
  );
}
