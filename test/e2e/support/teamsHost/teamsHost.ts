import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { watchProblems, type PageProblems } from '../browser';

/**
 * Teams' own origin, answered by Playwright: the tab's CSP (frame-ancestors) and teams-js's origin
 * check see a real Teams origin, cross-origin to the stand-in, without a byte leaving the machine.
 */
export const TEAMS_HOST_ORIGIN = 'https://teams.microsoft.com';
const HOST_PAGE = `${TEAMS_HOST_ORIGIN}/_e2e/iep-host.html`;
const HOST_SCRIPT = `${TEAMS_HOST_ORIGIN}/_e2e/iep-host.js`;
const HOST_SCRIPT_SOURCE = readFileSync(path.join(__dirname, 'hostPage.js'), 'utf8');

/** The context as a Teams host sends it over the wire (teams-js maps it to `app.Context`). */
export interface HostContext {
  readonly locale: string;
  readonly theme: 'default' | 'dark' | 'contrast';
  readonly hostName: 'Teams';
  readonly hostClientType: 'web';
  readonly frameContext: 'content' | 'settings';
  readonly tid: string;
  readonly userObjectId: string;
  readonly userPrincipalName: string;
  readonly loginHint: string;
  readonly teamId?: string;
  readonly groupId?: string;
  readonly teamName?: string;
  readonly channelId?: string;
  readonly channelName?: string;
  readonly entityId?: string;
}

export interface HostMessage {
  readonly direction: 'to-tab' | 'from-tab';
  readonly func: string | null;
  readonly id: number | null;
  readonly args: readonly unknown[];
}

export interface TeamsHostPage {
  readonly page: Page;
  /** The tab, inside Teams' iframe. */
  readonly tab: FrameLocator;
  /** Errors in the host page and the tab's frame, from before the first request. */
  readonly problems: PageProblems;
  messages(): Promise<HostMessage[]>;
  /** Waits until the tab has sent `func` (with `args[0]` equal to `firstArg`, when given). */
  waitForRequest(func: string, firstArg?: unknown): Promise<HostMessage>;
  /** The host raises an event of its own (`themeChange`, `settings.save`). */
  raise(func: string, args: readonly unknown[]): Promise<void>;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const hostHtml = (tabUrl: string, setup: object): string => `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Microsoft Teams (test host)</title></head>
<body style="margin:0">
<iframe id="tab" title="IEP Planner" src="${escapeHtml(tabUrl)}" style="border:0;width:1280px;height:880px"></iframe>
<script type="application/json" id="host-setup">${JSON.stringify(setup).replace(/</g, '\\u003c')}</script>
<script src="${HOST_SCRIPT}"></script>
</body>
</html>`;

type LogWindow = Window & { teamsHostLog?: HostMessage[] };

/**
 * Opens `tabUrl` in a page that plays Teams: it answers teams-js's `initialize` with the frame context
 * and runtime, `getContext` with `context`, and `settings.setSettings` with success.
 */
export const openInTeamsHost = async (
  context: BrowserContext,
  tabUrl: string,
  hostContext: HostContext,
): Promise<TeamsHostPage> => {
  const setup = { frameContext: hostContext.frameContext, context: hostContext };
  // Chromium's Local Network Access check stops a public origin framing loopback unless the user
  // allows it, as a developer does when Teams loads a tab from their own machine.
  await context.grantPermissions(['local-network-access'], { origin: TEAMS_HOST_ORIGIN });
  // Registered after the context's "abort everything off the machine" route, so these win.
  await context.route(HOST_PAGE, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostHtml(tabUrl, setup) }),
  );
  await context.route(HOST_SCRIPT, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: HOST_SCRIPT_SOURCE }),
  );
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(HOST_PAGE);
  const messages = () => page.evaluate(() => [...((window as LogWindow).teamsHostLog ?? [])]);
  const find = (log: readonly HostMessage[], func: string, firstArg: unknown, matchArg: boolean) =>
    log.find(
      (m) =>
        m.direction === 'from-tab' &&
        m.func === func &&
        (!matchArg || JSON.stringify(m.args[0]) === JSON.stringify(firstArg)),
    );
  return {
    page,
    tab: page.frameLocator('#tab'),
    problems,
    messages,
    async waitForRequest(func, ...rest) {
      const matchArg = rest.length > 0;
      const firstArg = rest[0];
      await page.waitForFunction(
        ([name, arg, match]) =>
          ((window as LogWindow).teamsHostLog ?? []).some(
            (m) =>
              m.direction === 'from-tab' &&
              m.func === name &&
              (!match || JSON.stringify(m.args[0]) === JSON.stringify(arg)),
          ),
        [func, firstArg, matchArg] as const,
      );
      const found = find(await messages(), func, firstArg, matchArg);
      if (!found) throw new Error(`The tab never sent ${func}.`);
      return found;
    },
    async raise(func, args) {
      await page.evaluate(
        ([name, values]) =>
          (window as unknown as { teamsHostRaise(f: string, a: readonly unknown[]): void }).teamsHostRaise(
            name,
            values,
          ),
        [func, args] as const,
      );
    },
  };
};
