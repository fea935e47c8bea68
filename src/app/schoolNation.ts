import { NationSchema, type Nation } from '../domain/terminology';

/**
 * Which nation's SEN guidance the school follows (England, Wales or Scotland): chosen on the tab's
 * configuration page and carried in the URL Teams saves for the tab (`?nation=…`), like the SEN site's
 * ids. New plans take it (their terms, stages and the co-ordinator's title); a plan keeps its own after.
 */
const NATION_PARAM = 'nation';

export const withSchoolNation = (url: string, nation: Nation): string => {
  const withQuery = new URL(url);
  withQuery.searchParams.set(NATION_PARAM, nation);
  return withQuery.toString();
};

/** The nation the tab was saved with, or null (anything unknown counts as not given). */
export const schoolNationFrom = (search: string): Nation | null => {
  const parsed = NationSchema.safeParse(new URLSearchParams(search).get(NATION_PARAM));
  return parsed.success ? parsed.data : null;
};
