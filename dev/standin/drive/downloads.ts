import { randomBytes } from 'node:crypto';
import type { ServerResponse, IncomingMessage } from 'node:http';

/**
 * Pre-authenticated download URLs, as SharePoint hands out behind a 302 from `.../content`: anyone
 * with the address may fetch it for a short while, without an Authorization header. Kept in memory
 * only; a restarted stand-in forgets them, as an expired URL would be.
 */
export const DOWNLOAD_PREFIX = '/_download/';
const LIFETIME_MS = 10 * 60 * 1000;

interface Download {
  readonly bytes: Buffer;
  readonly contentType: string;
  readonly expiresAt: number;
}

export class Downloads {
  private readonly byToken = new Map<string, Download>();

  /** The absolute URL to put in a Location header. */
  offer(baseUrl: string, bytes: Buffer, contentType: string, now: Date): string {
    for (const [token, d] of this.byToken) if (d.expiresAt <= now.getTime()) this.byToken.delete(token);
    const token = randomBytes(24).toString('base64url');
    this.byToken.set(token, { bytes, contentType, expiresAt: now.getTime() + LIFETIME_MS });
    return `${baseUrl}${DOWNLOAD_PREFIX}${token}`;
  }

  serve(req: IncomingMessage, res: ServerResponse, rawPath: string, now: Date): void {
    const download = this.byToken.get(rawPath.slice(DOWNLOAD_PREFIX.length));
    if (req.method !== 'GET' || !download || download.expiresAt <= now.getTime()) {
      res.writeHead(download ? 405 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(download ? 'Downloads are GET only.' : 'This download link has expired or never existed.');
      return;
    }
    res.writeHead(200, {
      'Content-Type': download.contentType,
      'Content-Length': String(download.bytes.length),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(download.bytes);
  }
}
