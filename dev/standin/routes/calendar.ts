import { GraphError, invalidRequest } from '../core/errors';
import { isRecord, ok, queryOption, type GraphResponse } from '../core/http';
import type { RouteContext } from '../core/router';
import type { StandInServices } from '../core/services';
import { allowedOnlineMeetingProviders, type DirectoryUser } from '../directory/model';
import { findMeetingTimes, getSchedule } from '../calendar/availability';
import { readEventChanges } from '../calendar/eventInput';
import { hasExtendedProperty, parseExtendedPropertyFilter } from '../calendar/extendedProperties';
import { CalendarStore } from '../calendar/eventStore';
import { toGraphEvent } from '../calendar/eventView';
import { Outbox } from '../calendar/outbox';
import { preferredZone } from '../calendar/timeZones';
import type { RouteModule } from './module';

/**
 * Where outbox files are written: the server registers `<dataDir>/outbox` under this key at start-up
 * (`services.shared(OUTBOX_FOLDER_KEY, () => folder)`); without it messages live in the journal only.
 */
export const OUTBOX_FOLDER_KEY = 'calendar.outboxFolder';

/** The calendar and outbox of one running stand-in, created on first use. */
export const calendarOf = (
  services: StandInServices,
): { readonly calendar: CalendarStore; readonly outbox: Outbox } =>
  services.shared('calendar', () => {
    const outbox = new Outbox(
      services.store,
      services.shared<string | null>(OUTBOX_FOLDER_KEY, () => null),
    );
    return {
      outbox,
      calendar: new CalendarStore(services.store, services.directory, outbox, () => services.baseUrl()),
    };
  });

/** `/me/...` acts on the caller's calendar; `/users/{id}/...` on another mailbox (a shared SEN calendar). */
const mailboxOf = (ctx: RouteContext): DirectoryUser => {
  const id = ctx.params['userId'];
  if (id === undefined) return ctx.caller;
  const user = ctx.services.directory.findUser(id);
  if (!user) throw new GraphError(404, 'ErrorInvalidUser', `The requested user '${id}' is invalid.`);
  return user;
};

const zoneOf = (ctx: RouteContext) => preferredZone(ctx.req.headers['prefer']);

/** Graph echoes the time zone it applied in `Preference-Applied`. */
const withZone = (ctx: RouteContext, response: GraphResponse): GraphResponse => {
  const zone = zoneOf(ctx);
  return ctx.req.headers['prefer']
    ? {
        ...response,
        headers: { ...response.headers, 'Preference-Applied': `outlook.timezone="${zone.graphName}"` },
      }
    : response;
};

const eventId = (ctx: RouteContext): string => ctx.params['eventId'] ?? '';

export const registerCalendar: RouteModule = (router) => {
  const createEvent = (ctx: RouteContext): GraphResponse => {
    const { calendar } = calendarOf(ctx.services);
    const event = calendar.create(mailboxOf(ctx), readEventChanges(ctx.req.body), ctx.services.now());
    ctx.services.store.flush();
    return withZone(ctx, ok(toGraphEvent(event, zoneOf(ctx), ctx.services.baseUrl()), 201));
  };

  const listEvents = (ctx: RouteContext): GraphResponse => {
    const { calendar } = calendarOf(ctx.services);
    const top = Number(queryOption(ctx.req.query, 'top') ?? 10);
    const skip = Number(queryOption(ctx.req.query, 'skip') ?? 0);
    if (!Number.isInteger(top) || top < 1 || top > 1000 || !Number.isInteger(skip) || skip < 0) {
      throw invalidRequest('$top must be 1 to 1000 and $skip 0 or more.');
    }
    const filterText = queryOption(ctx.req.query, 'filter');
    const filter = filterText ? parseExtendedPropertyFilter(filterText) : null;
    const all = calendar
      .inMailbox(mailboxOf(ctx).id)
      .filter((e) => filter === null || hasExtendedProperty(e, filter));
    const page = all.slice(skip, skip + top);
    const filterPart = filterText ? `&$filter=${encodeURIComponent(filterText)}` : '';
    const next =
      skip + top < all.length
        ? `${ctx.services.baseUrl()}/v1.0${ctx.originalPath}?$top=${top}&$skip=${skip + top}${filterPart}`
        : undefined;
    return withZone(
      ctx,
      ok({
        value: page.map((e) => toGraphEvent(e, zoneOf(ctx), ctx.services.baseUrl())),
        ...(next ? { '@odata.nextLink': next } : {}),
      }),
    );
  };

  const getEvent = (ctx: RouteContext): GraphResponse => {
    const event = calendarOf(ctx.services).calendar.find(mailboxOf(ctx), eventId(ctx));
    return withZone(ctx, ok(toGraphEvent(event, zoneOf(ctx), ctx.services.baseUrl())));
  };

  const patchEvent = (ctx: RouteContext): GraphResponse => {
    const { calendar } = calendarOf(ctx.services);
    const event = calendar.update(
      mailboxOf(ctx),
      eventId(ctx),
      readEventChanges(ctx.req.body),
      ctx.services.now(),
    );
    ctx.services.store.flush();
    return withZone(ctx, ok(toGraphEvent(event, zoneOf(ctx), ctx.services.baseUrl())));
  };

  const cancelEvent = (ctx: RouteContext): GraphResponse => {
    const body = ctx.req.body ?? {};
    if (!isRecord(body)) throw invalidRequest('The request body must be a JSON object.');
    const commentKey = Object.keys(body).find((k) => k.toLowerCase() === 'comment');
    const unknown = Object.keys(body).find((k) => k.toLowerCase() !== 'comment');
    if (unknown)
      throw invalidRequest(
        `The parameter '${unknown}' in the request payload is not a valid parameter for the operation 'cancel'.`,
      );
    const comment = commentKey === undefined ? '' : body[commentKey];
    if (typeof comment !== 'string') throw invalidRequest("The parameter 'Comment' must be a string.");
    calendarOf(ctx.services).calendar.cancel(mailboxOf(ctx), eventId(ctx), comment, ctx.services.now());
    ctx.services.store.flush();
    return { status: 202, headers: {} };
  };

  const schedule = (ctx: RouteContext): GraphResponse =>
    withZone(
      ctx,
      ok({
        '@odata.context': `${ctx.services.baseUrl()}/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)`,
        value: getSchedule(
          ctx.req.body,
          ctx.services.directory,
          calendarOf(ctx.services).calendar,
          zoneOf(ctx),
        ),
      }),
    );

  /** The default calendar: what the product may read before offering a Teams meeting. */
  const getCalendar = (ctx: RouteContext): GraphResponse => {
    const mailbox = mailboxOf(ctx);
    const allowed = allowedOnlineMeetingProviders(mailbox);
    return ok({
      '@odata.context': `${ctx.services.baseUrl()}/v1.0/$metadata#users('${mailbox.id}')/calendar/$entity`,
      id: `AAMkAD${Buffer.from(mailbox.id).toString('base64url')}AAA=`,
      name: 'Calendar',
      color: 'auto',
      hexColor: '',
      isDefaultCalendar: true,
      changeKey: 'fJKVL07sbkmIfHqjbDnRgQAAAAAA3g==',
      canShare: true,
      canViewPrivateItems: true,
      canEdit: true,
      allowedOnlineMeetingProviders: allowed,
      defaultOnlineMeetingProvider: allowed[0] ?? 'unknown',
      isTallyingResponses: true,
      isRemovable: false,
      owner: { name: mailbox.displayName, address: mailbox.mail },
    });
  };

  for (const root of ['/me', '/users/{userId}']) {
    router.add('GET', `${root}/calendar`, getCalendar);
    router.add('POST', `${root}/events`, createEvent);
    router.add('GET', `${root}/events`, listEvents);
    router.add('GET', `${root}/events/{eventId}`, getEvent);
    router.add('PATCH', `${root}/events/{eventId}`, patchEvent);
    router.add('POST', `${root}/events/{eventId}/cancel`, cancelEvent);
    router.add('POST', `${root}/calendar/getSchedule`, schedule);
  }
  router.add('POST', '/me/findMeetingTimes', (ctx) =>
    withZone(
      ctx,
      ok(
        findMeetingTimes(
          ctx.req.body,
          ctx.caller,
          ctx.services.directory,
          calendarOf(ctx.services).calendar,
          zoneOf(ctx),
          ctx.services.baseUrl(),
        ),
      ),
    ),
  );
};
