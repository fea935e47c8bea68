import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StandInServices } from '../core/services';
import { activityFeedOf } from '../routes/activityNotifications';
import { CONTENT_SECURITY_POLICY } from '../static';

/**
 * `GET /activity-feed`: every activity-feed notice the stand-in delivered, as JSON `{ notices: [...] }`,
 * oldest first. Not part of Graph (Teams has no API to read someone else's feed), so outside `/v1.0`,
 * like the calendar's `/outbox`. Only invented demo data ever reaches it.
 */
export const ACTIVITY_FEED_PATH = '/activity-feed';

export const serveActivityFeed = (
  req: IncomingMessage,
  res: ServerResponse,
  services: StandInServices,
): void => {
  const readOnly = req.method === 'GET';
  const body = readOnly
    ? JSON.stringify({ notices: activityFeedOf(services).list() })
    : 'The activity feed is read-only.';
  res.writeHead(readOnly ? 200 : 405, {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Content-Type': readOnly ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...(readOnly ? {} : { Allow: 'GET' }),
  });
  res.end(body);
};
