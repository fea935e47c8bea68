import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { toDomainError } from '../httpErrors';
import { withQuery } from '../odata';

/** The SEN site as Graph names it: looked up on every start, so kept apart from the lists' setup. */
export interface SiteInfo {
  readonly id: string;
  readonly displayName: string;
  readonly webUrl: string;
}

const SiteSchema = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  webUrl: z.string().nullish(),
});

/**
 * Accepts what a SENCO might paste: a site URL (`https://contoso.sharepoint.com/sites/SEN`), Graph's
 * `hostname:/server-relative-path` form, or a site id (`host,siteGuid,webGuid`).
 */
export const siteAddress = (siteRef: string): string => {
  const ref = siteRef.trim();
  if (/^https?:\/\//i.test(ref)) {
    const url = new URL(ref);
    const path = url.pathname.replace(/\/+$/, '');
    return path === '' ? url.hostname : `${url.hostname}:${encodeURI(path)}`;
  }
  return ref;
};

export const resolveSite = async (client: Client, siteRef: string): Promise<SiteInfo> => {
  try {
    const raw: unknown = await client
      .api(withQuery(`/sites/${siteAddress(siteRef)}`, { $select: 'id,displayName,webUrl' }))
      .get();
    const site = SiteSchema.parse(raw);
    return { id: site.id, displayName: site.displayName ?? '', webUrl: site.webUrl ?? '' };
  } catch (error) {
    throw toDomainError(error, { kind: 'site', id: siteRef });
  }
};
