/**
 * Time until the SENCO sees a term's provision map of 2,000 pupils and 60 provisions (1,200 pupils on
 * provisions) in headless Chromium, as a ratio to the same page for a term with nothing on it: both
 * load the same code and make the same requests, so the ratio is what reading and drawing the big map
 * costs, and it depends little on the machine. Fresh browser contexts, taking turns, after one unmeasured
 * load of each (see firstRender.ts for how "ready" is marked).
 */
import type { Browser, Page } from 'playwright-core';
import { DEMO_SEN_SITE } from '../../dev/standin/demoSchool';
import { createCareTeams } from '../../src/graph/sharepoint/access/careTeams';
import { localWebUrl } from '../../src/graph/sharepoint/access/webUrl';
import { resolveSite } from '../../src/graph/sharepoint/site';
import { launchChromium } from '../../test/e2e/support/browser';
import { DIST } from './build';
import { loadOnce, type PageUnderTest } from './firstRender';
import { median, round } from './measure';
import {
  PROVISION_MAP_PROVISIONS,
  PROVISION_MAP_PUPILS,
  seedProvisionMapSchool,
} from './provisionMapRequests';
import { atMost, type BenchRow } from './report';
import { BENCH_NOW, SENCO } from './school';

const RUNS = 7;
/** In the spring term, for which the seeded school has no placements. */
const EMPTY_TERM_NOW = '2027-02-01T09:00:00Z';
const MAP_TABLE = 'table[aria-label^="Provision map for"]';
const EMPTY_MAP = '#provision-map-empty';

const expectRows = (atLeast: number) => async (page: Page) => {
  const rows = await page.locator(`${MAP_TABLE} tbody tr`).count();
  if (rows < atLeast) throw new Error(`The provision map showed ${rows} rows; expected at least ${atLeast}.`);
};

const measure = async (browser: Browser, url: string): Promise<{ rows: BenchRow[]; details: object }> => {
  const page = (now: string) => `${url}/tab.html?now=${now}&persona=${SENCO.email}#/provision-map`;
  const full: PageUnderTest = {
    url: page(BENCH_NOW),
    selector: `${MAP_TABLE}, ${EMPTY_MAP}`,
    check: expectRows(PROVISION_MAP_PROVISIONS),
  };
  const empty: PageUnderTest = { url: page(EMPTY_TERM_NOW), selector: `${MAP_TABLE}, ${EMPTY_MAP}` };
  await loadOnce(browser, full);
  await loadOnce(browser, empty);
  const fullMs: number[] = [];
  const emptyMs: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const order: [PageUnderTest, number[]][] = [
      [full, fullMs],
      [empty, emptyMs],
    ];
    if (i % 2 === 1) order.reverse();
    for (const [target, samples] of order) samples.push(await loadOnce(browser, target));
  }
  const fullMedian = median(fullMs);
  const emptyMedian = median(emptyMs);
  return {
    rows: [
      {
        name: `browser: provision map, ${PROVISION_MAP_PUPILS.toLocaleString('en-GB')} pupils and ${PROVISION_MAP_PROVISIONS} provisions vs an empty term`,
        value: round(fullMedian / emptyMedian, 2),
        unit: 'ratio',
        budget: atMost(2),
        note: `median ${Math.round(fullMedian)} ms vs ${Math.round(emptyMedian)} ms, ${RUNS} runs each`,
      },
    ],
    details: {
      runs: RUNS,
      fullMs: fullMs.map((ms) => round(ms, 1)),
      emptyMs: emptyMs.map((ms) => round(ms, 1)),
    },
  };
};

export const benchProvisionMapRender = async (): Promise<{ rows: BenchRow[]; details: object }> => {
  const seeded = await seedProvisionMapSchool(PROVISION_MAP_PUPILS, PROVISION_MAP_PROVISIONS, {
    staticDir: DIST,
  });
  let browser: Browser | null = null;
  try {
    // As the product's setup does: the SEN leads' group, so the SENCO is offered the map (docs/ACCESS.md).
    const url = seeded.school.standIn.url;
    const site = await resolveSite(seeded.school.clientFor(SENCO), DEMO_SEN_SITE);
    await createCareTeams({
      webUrl: localWebUrl(`${url}/`, DEMO_SEN_SITE, site.webUrl),
      getAccessToken: () => Promise.resolve(`local-dev-token:${SENCO.email}`),
      assistantsMayEdit: false,
    }).access.ensureSetup(seeded.school.listIds);
    browser = await launchChromium();
    return await measure(browser, seeded.school.standIn.url);
  } finally {
    await browser?.close();
    await seeded.school.close();
  }
};
