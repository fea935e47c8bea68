/**
 * The school's name and logo for documents, from the configuration. The logo is fetched from beside
 * the app's pages once per session, on the first document made; a missing, unreachable or unreadable
 * logo is left out and the document is made with the name alone.
 */
import type { SchoolIdentity } from '../domain';
import { readSchoolLogo, type SchoolBranding } from '../word/schoolLogo';

export type LoadSchoolBranding = () => Promise<SchoolBranding | undefined>;

type FetchLogo = (url: string, init?: RequestInit) => Promise<Pick<Response, 'ok' | 'arrayBuffer'>>;

const fetchLogo = async (fetchFn: FetchLogo, path: string): Promise<SchoolBranding['logo'] | null> => {
  try {
    const response = await fetchFn(path, { credentials: 'same-origin' });
    return response.ok ? readSchoolLogo(new Uint8Array(await response.arrayBuffer())) : null;
  } catch {
    return null;
  }
};

export const schoolBrandingLoader = (
  school: SchoolIdentity | undefined,
  fetchFn: FetchLogo = (url, init) => fetch(url, init),
): LoadSchoolBranding => {
  let loaded: Promise<SchoolBranding | undefined> | null = null;
  const load = async (): Promise<SchoolBranding | undefined> => {
    if (!school) return undefined;
    const logo = school.logo ? await fetchLogo(fetchFn, school.logo) : null;
    return logo ? { name: school.name, logo } : { name: school.name };
  };
  return () => (loaded ??= load());
};
