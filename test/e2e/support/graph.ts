import { fixedClock, type Person, type ProvisionStore } from '../../../src/domain';
import { createSharePointProvisionStore } from '../../../src/graph/sharepoint/provisions/provisionStore';
import { createGraphClient } from '../../../src/graph/client';
import { resolveIepListIds, type IepListIds } from '../../../src/graph/sharepoint/lists';
import { resolveSite } from '../../../src/graph/sharepoint/provisioning';
import { createSharePointIepStore, type SharePointIepStore } from '../../../src/graph/sharepoint/store';
import { DEMO_SEN_SITE } from '../../../dev/standin/demoSchool';
import { SENCO } from './demo';
import { E2E_NOW } from './product';

/**
 * The product's own store, used by a test to check what the browser saved really is in SharePoint
 * (the stand-in), or to play a second member of staff editing at the same time.
 */
/** The IEP lists' ids in the demo SEN site, as the configuration page finds them. */
export const senListIds = async (baseUrl: string): Promise<IepListIds> => {
  const client = createGraphClient({
    baseUrl: `${baseUrl}/`,
    getAccessToken: () => Promise.resolve(`local-dev-token:${SENCO.email}`),
    scopes: ['Sites.Selected'],
  });
  return resolveIepListIds(client, (await resolveSite(client, DEMO_SEN_SITE)).id);
};

export const storeAs = async (baseUrl: string, person: Person): Promise<SharePointIepStore> => {
  const client = createGraphClient({
    baseUrl: `${baseUrl}/`,
    getAccessToken: () => Promise.resolve(`local-dev-token:${person.email}`),
    scopes: ['Sites.Selected'],
    retry: { maxRetries: 3, delaySeconds: 1 },
  });
  const site = await resolveSite(client, DEMO_SEN_SITE);
  return createSharePointIepStore(client, {
    siteId: site.id,
    clock: fixedClock(E2E_NOW),
    currentUser: () => Promise.resolve(person),
  });
};

/** The product's own provision store as `person`, to check what the browser saved. */
export const provisionsAs = async (baseUrl: string, person: Person): Promise<ProvisionStore> => {
  const client = createGraphClient({
    baseUrl: `${baseUrl}/`,
    getAccessToken: () => Promise.resolve(`local-dev-token:${person.email}`),
    scopes: ['Sites.Selected'],
    retry: { maxRetries: 3, delaySeconds: 1 },
  });
  const site = await resolveSite(client, DEMO_SEN_SITE);
  return createSharePointProvisionStore(client, {
    siteId: site.id,
    clock: fixedClock(E2E_NOW),
    currentUser: () => Promise.resolve(person),
  });
};
