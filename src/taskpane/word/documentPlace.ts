/**
 * Where the open document is saved, as far as an IEP is concerned: the SEN site and the user's own
 * OneDrive are kept to the people who should see a child's plan; a class team's site (where pupils are
 * members), another site, someone else's OneDrive or a local disk are not.
 */
export type DocumentPlace =
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'sen-site' }
  | { readonly kind: 'own-onedrive' }
  /** `where`: the host and folder, for the warning (never the file name, which may name the pupil). */
  | { readonly kind: 'elsewhere'; readonly where: string };

const folderOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1) || '/';

const decoded = (path: string): string => {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
};

/** `contoso.sharepoint.com:/sites/SEN` (the configuration's form) as a host and a folder path. */
const senSiteParts = (senSite: string): { host: string; path: string } => {
  const [host = '', path = ''] = senSite.split(':');
  return { host: host.toLowerCase(), path: `/${path.replace(/^\/+|\/+$/g, '')}/`.toLowerCase() };
};

/**
 * OneDrive for Business lives on the tenant's "-my" host under /personal/<sign-in name, every character
 * but letters, digits and "-" as "_">/. That is a naming convention, not a promise (a renamed user or a
 * multi-geo tenant may differ); a OneDrive it misses is only warned about, and the teacher can go on.
 */
const oneDriveParts = (senHost: string, userEmail: string): { host: string; path: string } => ({
  host: senHost.replace(/^([^.]+)\./, '$1-my.'),
  path: `/personal/${userEmail
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '_')}/`,
});

/**
 * `url` is `Office.context.document.url`: empty or null for a document never saved, a web address for
 * one in SharePoint or OneDrive, a file path for one on this computer.
 */
export const documentPlace = (url: string | null, senSite: string, userEmail: string): DocumentPlace => {
  if (!url?.trim()) return { kind: 'unsaved' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'elsewhere', where: 'a folder on this computer' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return { kind: 'elsewhere', where: 'a folder on this computer' };
  const host = parsed.hostname.toLowerCase();
  const path = decoded(parsed.pathname).toLowerCase();
  const sen = senSiteParts(senSite);
  if (host === sen.host && path.startsWith(sen.path)) return { kind: 'sen-site' };
  const oneDrive = oneDriveParts(sen.host, userEmail);
  if (host === oneDrive.host && path.startsWith(oneDrive.path)) return { kind: 'own-onedrive' };
  return { kind: 'elsewhere', where: `${host}${folderOf(decoded(parsed.pathname))}` };
};
