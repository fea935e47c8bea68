import { DEMO_SCHOOL } from '../../dev/standin/demoSchool';
import { internalsOf } from '../../dev/standin/internals';
import type { LocalAppConfig } from '../../src/app/config';
import { createServices, type AppServices, type SenSiteLocation } from '../../src/app/services';
import { asClassTeamId, fixedClock } from '../../src/domain';
import { provisionIepLists } from '../../src/graph/sharepoint/provisioning';
import { createSharePointIepStore } from '../../src/graph/sharepoint/store';
import { siteLocationFrom, withSiteLocation } from '../../src/app/siteLocation';
import { registerEntries } from './support/pupils';
import { SEN_SITE, SENCO, startTestbed, TEACHER, YEAR_3, type Testbed } from './support/iepTestbed';

/**
 * Opening a configured tab: the composition root as the tab builds it, with the site and list ids
 * the configuration page wrote into the tab's URL, counted in HTTP requests the stand-in answered.
 */
let bed: Testbed;
let config: LocalAppConfig;
let carried: SenSiteLocation;
const teacher = { ...TEACHER, role: 'Class teacher' };
const clock = fixedClock('2026-02-10T10:00:00Z');

beforeAll(async () => {
  bed = await startTestbed();
  await bed.storeFor(SENCO).addPupils(registerEntries(YEAR_3, 'Year 3 Kestrels', 3));
  config = {
    mode: 'local',
    graphBaseUrl: `${bed.standIn.url}/`,
    senSite: SEN_SITE,
    personas: [teacher, { ...SENCO, role: 'SENCO' }],
  };
  // What the configuration page saves for the tab, and what the tab reads back from its URL.
  const senco = await createServices(config, { clock, persona: { ...SENCO, role: 'SENCO' } });
  const status = await senco.checkSenSite();
  const contentUrl = withSiteLocation(
    `${bed.standIn.url}/tab.html#/class/${YEAR_3}`,
    status.location ?? null,
  );
  carried = siteLocationFrom(new URL(contentUrl).search) as SenSiteLocation;
}, 60_000);
afterAll(() => bed.close());

/** HTTP requests from building the services to the class dashboard's data, and the pupils it showed. */
const openTab = async (
  knownLocation: SenSiteLocation | null,
): Promise<{ requests: number; pupils: string[] }> => {
  bed.standIn.resetStats();
  const services: AppServices = await createServices(config, { clock, persona: teacher, knownLocation });
  const dashboard = await services.store.loadClass(asClassTeamId(YEAR_3));
  return {
    requests: bed.standIn.stats().httpRequests,
    pupils: dashboard.pupils.map((p) => p.pupilRef).sort(),
  };
};

const KESTRELS = ['P-0e3b-0', 'P-0e3b-1', 'P-0e3b-2'];

test('the configuration page writes the site and every list id into the tab URL', () => {
  expect(carried).toEqual({ siteId: bed.siteId, listIds: bed.lists.listIds });
});

test('a tab whose URL carries the ids shows its class after one Graph request', async () => {
  expect(await openTab(carried)).toEqual({ requests: 1, pupils: KESTRELS });
});

test('without the ids (a tab saved by an older version) the lists are looked up first', async () => {
  expect(await openTab(null)).toEqual({ requests: 3, pupils: KESTRELS });
});

test('stale list ids (lists recreated) cost one failed request, then the lists are looked up again', async () => {
  const stale: SenSiteLocation = {
    ...carried,
    listIds: { ...carried.listIds, pupils: '00000000-0000-4000-8000-000000000000' },
  };
  expect(await openTab(stale)).toEqual({ requests: 4, pupils: KESTRELS });
});

test('ids naming another site are not trusted, even where that site has IEP lists the teacher can read', async () => {
  // A class team's own site, with IEP lists someone created there and a pupil who is not on the SEN register.
  const otherSite = DEMO_SCHOOL.classes[0]?.siteId as string;
  // Whoever planted them needed the app's grant on that site and to own it; a class site has neither by default.
  internalsOf(bed.standIn).setAppGrant(otherSite, 'manage');
  internalsOf(bed.standIn).setSiteRole(otherSite, TEACHER.email, 'fullControl');
  const teacherClient = bed.clientFor(TEACHER);
  const planted = await provisionIepLists(teacherClient, otherSite);
  const plantedIds = planted.listIds as SenSiteLocation['listIds'];
  await createSharePointIepStore(teacherClient, {
    siteId: otherSite,
    listIds: plantedIds,
    clock,
    currentUser: () => Promise.resolve(TEACHER),
  }).addPupils(
    registerEntries(YEAR_3, 'Year 3 Kestrels', 1).map((entry) => ({ ...entry, pupilRef: 'PLANTED' })),
  );
  const result = await openTab({ siteId: otherSite, listIds: plantedIds });
  expect(result.pupils).toEqual(KESTRELS);
  expect(result.requests).toBe(4);
});
