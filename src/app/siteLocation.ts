import { SEN_LIST_KEYS, type SenSiteLocation } from './services';

/**
 * The SEN site's id and the IEP lists' ids, carried in the query of the URL Teams saves for a tab
 * (`?site=…&lists=…`), so opening the tab reads the class at once. Ids only: nothing personal.
 * Anything malformed counts as absent, and the app looks the lists up as before.
 */
const SITE_PARAM = 'site';
const LISTS_PARAM = 'lists';
// Graph site ids are `hostname,siteGuid,webGuid`; list ids are GUIDs.
const SITE_ID = /^[A-Za-z0-9.-]{1,253}(,[0-9A-Fa-f-]{36}){2}$/;
const LIST_ID = /^[0-9A-Fa-f-]{36}$/;

export const withSiteLocation = (url: string, location: SenSiteLocation | null): string => {
  if (!location) return url;
  const withQuery = new URL(url);
  withQuery.searchParams.set(SITE_PARAM, location.siteId);
  withQuery.searchParams.set(LISTS_PARAM, SEN_LIST_KEYS.map((key) => location.listIds[key]).join(','));
  return withQuery.toString();
};

export const siteLocationFrom = (search: string): SenSiteLocation | null => {
  const params = new URLSearchParams(search);
  const siteId = params.get(SITE_PARAM) ?? '';
  const lists = (params.get(LISTS_PARAM) ?? '').split(',');
  if (!SITE_ID.test(siteId) || lists.length !== SEN_LIST_KEYS.length) return null;
  if (!lists.every((id) => LIST_ID.test(id))) return null;
  return {
    siteId,
    listIds: Object.fromEntries(SEN_LIST_KEYS.map((key, i) => [key, lists[i]])) as SenSiteLocation['listIds'],
  };
};
