/**
 * Time to the first class dashboard in headless Chromium, against the stand-in, as a ratio to the
 * least a Fluent page can be (blankPage/): absolute milliseconds depend on the machine, the ratio much
 * less. Each load is a fresh browser context (cold cache, like a teacher's first open of the tab); the
 * two pages take turns, after one unmeasured load each.
 *
 * "Ready" is marked inside the page (a MutationObserver installed before any page script) at the
 * moment the awaited element is in the document with a size; the time is performance.now(), i.e.
 * milliseconds since navigation start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStandIn, type StandIn } from '../../dev/standin/server';
import { withSiteLocation } from '../../src/app/siteLocation';
import { launchChromium, newSchoolContext, watchProblems } from '../../test/e2e/support/browser';
import { BLANK_PAGE, buildBlankPage } from './blankPage/buildBlankPage';
import { median, round } from './measure';
import { atMost, type BenchRow } from './report';
import { BENCH_NOW, SENCO, YEAR_3, type BenchSchool } from './school';

const RUNS = 9;
const READY_KEY = '__benchReadyAt';
const DASHBOARD_TABLE = 'table[aria-label^="Pupils in"]';
const BLANK_TEXT = '[data-bench-ready]';
const LOAD_TIMEOUT_MS = 60_000;

export interface PageUnderTest {
  readonly url: string;
  readonly selector: string;
  /** Checks the page showed what it should (e.g. the whole class), not an error that happens to fit. */
  readonly expectedRows?: number;
  /** Any other check of what the page showed once it was ready. */
  readonly check?: (page: Page) => Promise<void>;
}

/**
 * Runs in the page before its own scripts. Plain JavaScript in a string: a function would be sent as
 * its source, and tsx's compiled source refers to helpers the page does not have.
 */
const markWhenVisible = (selector: string): string => `(() => {
  const check = () => {
    const element = document.querySelector(${JSON.stringify(selector)});
    if (!element || window.${READY_KEY} !== undefined) return;
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) {
      window.${READY_KEY} = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export const loadOnce = async (
  browser: Browser,
  target: PageUnderTest,
  onReady?: () => void,
): Promise<number> => {
  const context = await newSchoolContext(browser);
  try {
    await context.addInitScript({ content: markWhenVisible(target.selector) });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(target.url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    await page
      // Anonymous inline functions: the page's CSP forbids evaluating strings.
      .waitForFunction(
        (key) => (window as unknown as Record<string, unknown>)[key] !== undefined,
        READY_KEY,
        {
          timeout: LOAD_TIMEOUT_MS,
        },
      )
      .catch((error: unknown) => {
        const seen = [...problems.pageErrors, ...problems.consoleErrors].join(' | ');
        throw new Error(`${target.url} never showed ${target.selector}. ${seen}`, { cause: error });
      });
    onReady?.();
    const readyAt = await page.evaluate(
      (key) => (window as unknown as Record<string, unknown>)[key],
      READY_KEY,
    );
    if (target.expectedRows !== undefined) {
      const rows = await page.locator(`${target.selector} tbody tr`).count();
      if (rows !== target.expectedRows)
        throw new Error(`The dashboard showed ${rows} pupils; expected ${target.expectedRows}.`);
    }
    await target.check?.(page);
    if (typeof readyAt !== 'number') throw new Error(`${target.url}: the page lost its ready time.`);
    return readyAt;
  } finally {
    await context.close();
  }
};

interface FirstRender {
  readonly rows: BenchRow[];
  readonly details: object;
}

const measurePages = async (
  browser: Browser,
  school: BenchSchool,
  blankUrl: string,
): Promise<FirstRender> => {
  // A saved tab: its URL carries the SEN site's and lists' ids, as the configuration page saves it.
  const savedTab = withSiteLocation(
    `${school.standIn.url}/tab.html?now=${BENCH_NOW}&persona=${SENCO.email}#/class/${YEAR_3.teamId}`,
    { siteId: school.siteId, listIds: school.listIds },
  );
  const tab: PageUnderTest = {
    url: savedTab,
    selector: DASHBOARD_TABLE,
    expectedRows: 30,
  };
  const blank: PageUnderTest = { url: `${blankUrl}/${BLANK_PAGE}`, selector: BLANK_TEXT };

  // The first load of each warms the browser process and the servers; it is not counted, but the
  // tab's Graph requests are: a fresh context has nothing cached, as every measured load.
  school.standIn.resetStats();
  let firstLoad = school.standIn.stats();
  await loadOnce(browser, tab, () => (firstLoad = school.standIn.stats()));
  await loadOnce(browser, blank);

  const tabMs: number[] = [];
  const blankMs: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const order: [PageUnderTest, number[]][] = [
      [tab, tabMs],
      [blank, blankMs],
    ];
    if (i % 2 === 1) order.reverse();
    for (const [target, samples] of order) samples.push(await loadOnce(browser, target));
  }
  const tabMedian = median(tabMs);
  const blankMedian = median(blankMs);
  // SharePoint's REST API is asked, beside Graph, which groups the person is in.
  const sharePointRest = firstLoad.sharePointRestRequests;
  return {
    rows: [
      {
        name: 'browser: first dashboard (30 pupils) vs blank Fluent page',
        value: round(tabMedian / blankMedian, 2),
        unit: 'ratio',
        budget: atMost(4),
        note: `median ${Math.round(tabMedian)} ms vs ${Math.round(blankMedian)} ms, ${RUNS} runs each`,
      },
      {
        name: 'browser: Graph requests until the dashboard shows',
        value: firstLoad.httpRequests - sharePointRest,
        unit: 'requests',
        budget: atMost(1),
        note: `saved tab: site check, pupils and plans in one $batch; beside it ${sharePointRest} SharePoint REST request (the person's groups)`,
      },
    ],
    details: {
      runs: RUNS,
      tabMs: tabMs.map((ms) => round(ms, 1)),
      blankMs: blankMs.map((ms) => round(ms, 1)),
      tabFirstLoadRequests: firstLoad.byPath,
    },
  };
};

export const benchFirstRender = async (school: BenchSchool): Promise<FirstRender> => {
  const blankDir = await buildBlankPage();
  const blankData = mkdtempSync(path.join(tmpdir(), 'iep-bench-blank-data-'));
  let blankServer: StandIn | null = null;
  let browser: Browser | null = null;
  try {
    // The blank page is served by a second stand-in, so both pages come from the same static server.
    blankServer = await startStandIn({ port: 0, dataDir: blankData, staticDir: blankDir });
    browser = await launchChromium();
    return await measurePages(browser, school, blankServer.url);
  } finally {
    await browser?.close();
    await blankServer?.close();
    rmSync(blankDir, { recursive: true, force: true });
    rmSync(blankData, { recursive: true, force: true });
  }
};
