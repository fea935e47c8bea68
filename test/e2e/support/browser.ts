import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); Playwright never downloads a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google on a machine with no internet.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });

const TEAMS_VALID_DOMAINS = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';
const isLoopback = (url: string): boolean => {
  const { hostname, protocol } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
};

export interface PageProblems {
  /** Uncaught exceptions and unhandled rejections in the page. */
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
}

/**
 * A UK school user's browser: en-GB, Europe/London. Nothing leaves the machine: teams-js's
 * valid-domains list is answered locally and every other non-loopback request is aborted.
 */
export const newSchoolContext = async (browser: Browser): Promise<BrowserContext> => {
  const context = await browser.newContext({
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 900 },
    // Fluent honours reduced motion: colours do not animate, so axe never samples a button mid-transition.
    reducedMotion: 'reduce',
  });
  await context.route(
    (url) => !isLoopback(url.toString()),
    (route) =>
      route.request().url().startsWith(TEAMS_VALID_DOMAINS)
        ? route.fulfill({
            status: 200,
            contentType: 'application/json',
            headers: { 'access-control-allow-origin': '*' },
            body: JSON.stringify({ validOrigins: ['teams.microsoft.com', '*.teams.microsoft.com'] }),
          })
        : route.abort('internetdisconnected'),
  );
  return context;
};

export const watchProblems = (page: Page): PageProblems => {
  const problems: PageProblems = { pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  return problems;
};
