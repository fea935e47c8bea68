import {
  asClassTeamId,
  asPlanId,
  asProvisionId,
  asPupilId,
  type ClassTeamId,
  type ProvisionId,
  type PlanId,
  type PupilId,
} from '../../domain';
import { routeSegment } from './routeSegment';
import { parseReviewRoute, reviewRouteHash, type ReviewRoute } from '../reviews/reviewRoutes';

/**
 * Hash routes, so the static host needs no rewrite rules and Teams can deep-link with a contentUrl:
 * `#/config`, `#/class/<teamId>`, `#/plan/<planId>`, `#/new/<pupilId>` (a plan not yet saved), `#/my`,
 * `#/outbox`, `#/register` (the whole school's register, and its `/add`, `/import`, `/rollover`, `/off` and `/staff` pages),
 * `#/pupil/<pupilId>`, `#/plan/<planId>/my-views` (the child's own views), the provision map's
 * `#/provisions`, `#/provisions/new`, `#/provision/<provisionId>` and `#/provision-map`. Only ids go in a hash, never a name.
 */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'config' }
  | { readonly name: 'class'; readonly classTeamId: ClassTeamId }
  | { readonly name: 'plan'; readonly planId: PlanId }
  | { readonly name: 'my-views'; readonly planId: PlanId }
  | { readonly name: 'new'; readonly pupilId: PupilId }
  | { readonly name: 'my' }
  | { readonly name: 'outbox' }
  | { readonly name: 'register' }
  | { readonly name: 'register-add' }
  | { readonly name: 'register-import' }
  | { readonly name: 'register-rollover' }
  | { readonly name: 'register-off' }
  | { readonly name: 'register-staff' }
  | { readonly name: 'pupil'; readonly pupilId: PupilId }
  | { readonly name: 'provisions' }
  | { readonly name: 'provision-new' }
  | { readonly name: 'provision'; readonly provisionId: ProvisionId }
  | { readonly name: 'provision-map' }
  | ReviewRoute
  | { readonly name: 'not-found'; readonly hash: string };

// A Map, not an object: a hash such as `#/register/constructor` must not find a prototype's property.
const REGISTER_PAGES: ReadonlyMap<
  string,
  'register-add' | 'register-import' | 'register-rollover' | 'register-off' | 'register-staff'
> = new Map([
  ['add', 'register-add'],
  ['import', 'register-import'],
  ['rollover', 'register-rollover'],
  ['off', 'register-off'],
  ['staff', 'register-staff'],
]);

export const parseRoute = (hash: string): Route => {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  // Query strings after the hash path are not used; ignore them rather than treat them as part of an id.
  const [head = '', id, ...rest] = (path.split('?')[0] ?? '').split('/');
  if (head === '' && id === undefined) return { name: 'home' };
  const reviewRoute = parseReviewRoute((path.split('?')[0] ?? '').split('/'));
  if (reviewRoute) return reviewRoute;
  if (head === 'plan' && rest.length === 1 && rest[0] === 'my-views') {
    const planId = routeSegment(id);
    return planId === null ? { name: 'not-found', hash } : { name: 'my-views', planId: asPlanId(planId) };
  }
  if (rest.length > 0) return { name: 'not-found', hash };
  if (id === undefined) {
    if (head === 'config') return { name: 'config' };
    if (head === 'my') return { name: 'my' };
    if (head === 'outbox') return { name: 'outbox' };
    if (head === 'register') return { name: 'register' };
    if (head === 'provisions') return { name: 'provisions' };
    if (head === 'provision-map') return { name: 'provision-map' };
    return { name: 'not-found', hash };
  }
  if (head === 'register') {
    const page = REGISTER_PAGES.get(id);
    return page ? { name: page } : { name: 'not-found', hash };
  }
  if (head === 'provisions') return id === 'new' ? { name: 'provision-new' } : { name: 'not-found', hash };
  const value = routeSegment(id);
  if (value === null) return { name: 'not-found', hash };
  if (head === 'class') return { name: 'class', classTeamId: asClassTeamId(value) };
  if (head === 'plan') return { name: 'plan', planId: asPlanId(value) };
  if (head === 'new') return { name: 'new', pupilId: asPupilId(value) };
  if (head === 'pupil') return { name: 'pupil', pupilId: asPupilId(value) };
  if (head === 'provision') return { name: 'provision', provisionId: asProvisionId(value) };
  return { name: 'not-found', hash };
};

export const routeHash = (route: Exclude<Route, { name: 'not-found' }>): string => {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'config':
      return '#/config';
    case 'class':
      return `#/class/${encodeURIComponent(route.classTeamId)}`;
    case 'plan':
      return `#/plan/${encodeURIComponent(route.planId)}`;
    case 'my-views':
      return `#/plan/${encodeURIComponent(route.planId)}/my-views`;
    case 'new':
      return `#/new/${encodeURIComponent(route.pupilId)}`;
    case 'my':
      return '#/my';
    case 'outbox':
      return '#/outbox';
    case 'register':
      return '#/register';
    case 'register-add':
      return '#/register/add';
    case 'register-import':
      return '#/register/import';
    case 'register-rollover':
      return '#/register/rollover';
    case 'register-off':
      return '#/register/off';
    case 'register-staff':
      return '#/register/staff';
    case 'pupil':
      return `#/pupil/${encodeURIComponent(route.pupilId)}`;
    case 'provisions':
      return '#/provisions';
    case 'provision-new':
      return '#/provisions/new';
    case 'provision':
      return `#/provision/${encodeURIComponent(route.provisionId)}`;
    case 'provision-map':
      return '#/provision-map';
    case 'plan-reviews':
    case 'review-record':
    case 'review-meeting':
    case 'parents-evening':
      return reviewRouteHash(route);
  }
};
