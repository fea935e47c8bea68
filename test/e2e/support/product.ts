import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IEP_TEAMS_APP } from '../../../dev/seed/iepTeamsApp';
import { seedDemoPlans } from '../../../dev/seed/seedDemoPlans';
import { startStandIn, type StandIn } from '../../../dev/standin/server';

const DIST = path.resolve(__dirname, '../../../dist');

/** The frozen "today" of every browser test: the seed sets review dates around it, the tab reads `?now=`. */
export const E2E_TODAY = '2026-11-24';
export const E2E_NOW = `${E2E_TODAY}T09:00:00Z`;

/** The tab as a demo persona sees it on the frozen day (or `now`), opened at `hash` (without its `#`). */
export const demoTabUrl = (
  productUrl: string,
  persona: string,
  hash: string,
  now: string = E2E_NOW,
): string =>
  `${productUrl}/tab.html?now=${encodeURIComponent(now)}&persona=${encodeURIComponent(persona)}#${hash}`;

export interface RunningProduct {
  readonly standIn: StandIn;
  readonly url: string;
  stop(): Promise<void>;
}

/** What `npm start` runs, on a free port with its own data folder, so tests never share state. */
export const startProduct = async (): Promise<RunningProduct> => {
  if (!existsSync(path.join(DIST, 'tab.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does).');
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'iep-e2e-'));
  const standIn = await startStandIn({
    port: 0,
    dataDir,
    staticDir: DIST,
    seedDemoSchool: true,
    teamsApp: IEP_TEAMS_APP,
  });
  await seedDemoPlans(`${standIn.url}/`, { today: E2E_TODAY });
  return {
    standIn,
    url: standIn.url,
    async stop() {
      await standIn.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
