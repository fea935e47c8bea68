/**
 * The composition root against the local Microsoft 365 stand-in: real Graph requests through the real
 * client, with the demo personas' local tokens. What the tab's pages rely on, end to end below the UI.
 */
import { createServices } from '../../src/app/services';
import type { AppConfig } from '../../src/app/config';
import type { ProvisionProgress } from '../../src/app/services';
import { AccessDenied, asClassTeamId, fixedClock } from '../../src/domain';
import { DEMO_PERSONAS, DEMO_SCHOOL } from '../../dev/standin/demoSchool';
import { startTestStandIn } from '../../dev/standin/testSupport';
import type { StandIn } from '../../dev/standin/server';

let standIn: StandIn;
let config: AppConfig;

const persona = (key: string) => {
  const email = DEMO_SCHOOL.users[key]?.email;
  const found = DEMO_PERSONAS.find((p) => p.email === email);
  if (!found) throw new Error(`no demo persona ${key}`);
  return found;
};
const clock = fixedClock('2026-11-24T09:00:00Z');
const otters = DEMO_SCHOOL.classes.find((c) => c.displayName === 'Year 4 Otters');

beforeAll(async () => {
  standIn = await startTestStandIn();
  config = {
    mode: 'local',
    graphBaseUrl: `${standIn.url}/`,
    senSite: DEMO_SCHOOL.senSite,
    personas: [...DEMO_PERSONAS],
  };
});
afterAll(() => standIn.close());

describe('createServices (local mode, against the stand-in)', () => {
  it('signs in as the chosen persona and lists their class teams', async () => {
    const services = await createServices(config, { clock, persona: persona('year4Teacher') });
    expect(services.mode).toBe('local');
    expect(services.currentUser).toEqual({
      name: 'James Patel',
      email: 'james.patel@oakfield.example',
      addresses: ['james.patel@oakfield.example'],
    });
    expect(services.clock.now().toISOString()).toBe('2026-11-24T09:00:00.000Z');
    expect(services.settings.nation).toBe('england');
    expect(services.settings.terms.length).toBeGreaterThanOrEqual(6);
    expect(await services.listMyClasses()).toEqual([{ id: otters?.teamId, displayName: 'Year 4 Otters' }]);
  });

  it('checks the SEN site, provisions the missing lists with progress, and then finds it ready', async () => {
    const services = await createServices(config, { clock, persona: persona('senco') });
    const before = await services.checkSenSite();
    expect(before.siteId).toBe(DEMO_SCHOOL.senSiteId);
    expect(before.missing.length).toBeGreaterThan(0);

    const progress: ProvisionProgress[] = [];
    await services.provisionSenSite((p) => progress.push(p));
    const last = progress[progress.length - 1];
    expect(last?.done).toBe(last?.total);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));

    expect((await services.checkSenSite()).missing).toEqual([]);
    const dashboard = await services.store.loadClass(asClassTeamId(otters?.teamId ?? ''));
    expect(dashboard.problems).toEqual([]);
  });

  it('refuses a pupil access to the SEN site with AccessDenied, on every path', async () => {
    const services = await createServices(config, { clock, persona: persona('pupil') });
    await expect(services.checkSenSite()).rejects.toBeInstanceOf(AccessDenied);
    await expect(services.store.loadClass(asClassTeamId(otters?.teamId ?? ''))).rejects.toBeInstanceOf(
      AccessDenied,
    );
  });

  it('wires the Outlook calendar: cancelling a meeting that does not exist is NotFound', async () => {
    const services = await createServices(config, { clock, persona: persona('senco') });
    await expect(services.calendar.cancelReviewEvent('event-1', 'Cancelled')).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(services.outbox?.list()).resolves.toEqual([]);
  });

  it('will not start local mode without a persona', async () => {
    await expect(createServices(config, { clock, persona: null })).rejects.toThrow(/persona/);
  });
});
