import { z } from 'zod';
import { NotFound } from '../../domain/errors';
import { withQuery } from '../odata';
import { siteAddress } from './site';
import type { Read } from './shared/reads';

/**
 * Confirms, inside the same `$batch` as a screen's reads, that a site id given from outside (a tab's
 * saved URL) still is the configured SEN site. Anyone who can edit a tab's URL could otherwise point
 * the app at another site, and a teacher's next save would put a child's plan there.
 */
export interface SiteCheck {
  readonly read: Read;
  /** Throws NotFound for the site unless the answer to `read` names the expected site. */
  confirm(answer: unknown): void;
}

const SiteIdSchema = z.object({ id: z.string() });

export const siteCheck = (configuredSite: string, expectedSiteId: string): SiteCheck => ({
  read: {
    request: { method: 'GET', url: withQuery(`/sites/${siteAddress(configuredSite)}`, { $select: 'id' }) },
    item: { kind: 'site', id: configuredSite },
  },
  confirm: (answer) => {
    const site = SiteIdSchema.safeParse(answer);
    if (!site.success || site.data.id.toLowerCase() !== expectedSiteId.toLowerCase())
      throw new NotFound({ kind: 'site', id: configuredSite });
  },
});
