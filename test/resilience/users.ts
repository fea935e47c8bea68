import type { Client } from '@microsoft/microsoft-graph-client';
import { DEMO_PERSONAS, DEMO_SCHOOL, DEMO_SEN_SITE } from '../../dev/standin/demoSchool';
import { seedDemoPlans } from '../../dev/seed/seedDemoPlans';
import { GRAPH_SCOPES } from '../../src/auth/scopes';
import {
  asClassTeamId,
  systemClock,
  type PlanId,
  type ReviewCalendar,
  type ScheduledEvent,
} from '../../src/domain';
import { createGraphReviewCalendar } from '../../src/graph/calendar/graphReviewCalendar';
import { REAL_TIMING, type RetryTiming } from '../../src/graph/backoff';
import { createGraphClient } from '../../src/graph/client';
import { resolveIepListIds, type IepListIds } from '../../src/graph/sharepoint/lists';
import { resolveSite } from '../../src/graph/sharepoint/provisioning';
import { createSharePointIepStore, type SharePointIepStore } from '../../src/graph/sharepoint/store';
import { createCareTeams } from '../../src/graph/sharepoint/access/careTeams';
import { localWebUrl } from '../../src/graph/sharepoint/access/webUrl';
import type { Ledger, Meeting } from './ledger';
import { sleep, type Random } from './random';

/**
 * Two care teams and the SENCO at once: Year 3 Kestrels' teacher and TA work on the same pupils' plans
 * as the SENCO, and Year 4 Otters' teacher on their own class's, each reaching only what their care team
 * may (docs/ACCESS.md).
 */
export const USER_KEYS = ['senco', 'teacher', 'assistant', 'otherTeacher'] as const;
export type UserKey = (typeof USER_KEYS)[number];

const DEMO_KEYS: Record<UserKey, string> = {
  senco: 'senco',
  teacher: 'year3Teacher',
  assistant: 'year3Assistant',
  otherTeacher: 'year4Teacher',
};

export interface Persona {
  readonly name: string;
  readonly email: string;
}

export const personaOf = (key: UserKey): Persona => {
  const email = DEMO_SCHOOL.users[DEMO_KEYS[key]]?.email;
  const persona = DEMO_PERSONAS.find((p) => p.email === email);
  if (!persona) throw new Error(`The demo school has no persona for the ${key}.`);
  return { name: persona.name, email: persona.email };
};

export const YEAR_3_TEAM = asClassTeamId(DEMO_SCHOOL.classes[0]?.teamId ?? '');
export const YEAR_4_TEAM = asClassTeamId(DEMO_SCHOOL.classes[1]?.teamId ?? '');

/** What the scenario works on: the SEN site, its lists and each class's plans. */
export interface World {
  readonly siteId: string;
  readonly listIds: IepListIds;
  /** Year 3's plans, which its teacher, its TA and the SENCO all work on. */
  readonly planIds: readonly PlanId[];
  /** Year 4's plans: the second care team's, which Year 3's staff must never reach. */
  readonly otherPlanIds: readonly PlanId[];
}

/**
 * Where a person works: their care team's plans, and hot spots (each class's first plan) where half of
 * what they do goes, so colleagues' saves really do collide. The SENCO, a SEN lead whose care team is
 * every pupil, works across both classes and shares a hot spot with each class's teacher.
 */
export interface Workload {
  readonly hotSpots: readonly PlanId[];
  readonly plans: readonly PlanId[];
}

export const workloadOf = (key: UserKey, world: World): Workload => {
  const first = (planIds: readonly PlanId[]): PlanId[] => planIds.slice(0, 1);
  if (key === 'otherTeacher') return { hotSpots: first(world.otherPlanIds), plans: world.otherPlanIds };
  if (key === 'senco')
    return {
      hotSpots: [...first(world.planIds), ...first(world.otherPlanIds)],
      plans: [...world.planIds, ...world.otherPlanIds],
    };
  return { hotSpots: first(world.planIds), plans: world.planIds };
};

/** The class staff a review of the plan invites (demo keys): the plan's own class's teacher and TA. */
export const classStaffOf = (planId: PlanId, world: World): { teacher: string; assistant: string } =>
  world.otherPlanIds.includes(planId)
    ? { teacher: 'year4Teacher', assistant: 'year4Assistant' }
    : { teacher: 'year3Teacher', assistant: 'year3Assistant' };

export interface ScenarioUser {
  readonly key: UserKey;
  readonly persona: Persona;
  readonly client: Client;
  readonly store: SharePointIepStore;
  readonly calendar: ReviewCalendar;
  readonly random: Random;
  step: number;
}

export interface ClientOptions {
  readonly fetchImpl?: typeof fetch;
  /** More patience than the product's default, for the verifier's reads. */
  readonly patient?: boolean;
}

/**
 * The product's own backoff (the same delays, jitter and caps), with every wait 100 times shorter: the
 * suite checks what survives throttling, not how long a person would wait, and seconds-long waits
 * without Retry-After would otherwise stretch a run of 200 operations to many minutes.
 */
const COMPRESSED_TIMING: RetryTiming = { ...REAL_TIMING, sleep: (milliseconds) => sleep(milliseconds / 100) };

/** A Graph client exactly as the product builds one: bearer token → RetryHandler → fetch. */
export const clientFor = (baseUrl: string, persona: Persona, options: ClientOptions = {}): Client =>
  createGraphClient({
    baseUrl: `${baseUrl}/`,
    getAccessToken: () => Promise.resolve(`local-dev-token:${persona.email}`),
    scopes: [...GRAPH_SCOPES.base, ...GRAPH_SCOPES.calendar],
    ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
    ...(options.patient ? { retry: { maxRetries: 10, delaySeconds: 0 } } : {}),
    timing: COMPRESSED_TIMING,
  });

/** The product's store as the app builds it, with care teams: creates go into each pupil's folder. */
export const storeFor = (
  client: Client,
  world: Pick<World, 'siteId'> & Partial<Pick<World, 'listIds'>>,
  persona: Persona,
  patient = false,
  care: { readonly baseUrl: string; readonly fetchImpl?: typeof fetch } | null = null,
): SharePointIepStore => {
  const careTeams = care
    ? createCareTeams({
        webUrl: localWebUrl(`${care.baseUrl}/`, DEMO_SEN_SITE),
        getAccessToken: () => Promise.resolve(`local-dev-token:${persona.email}`),
        ...(care.fetchImpl ? { fetchImpl: care.fetchImpl } : {}),
        assistantsMayEdit: false,
        timing: COMPRESSED_TIMING,
      })
    : null;
  return createSharePointIepStore(client, {
    siteId: world.siteId,
    clock: systemClock,
    currentUser: () => Promise.resolve(persona),
    ...(world.listIds ? { listIds: world.listIds } : {}),
    batch: { sleep: COMPRESSED_TIMING.sleep, ...(patient ? { maxAttempts: 12 } : {}) },
    ...(careTeams ? { careTeams: () => Promise.resolve(careTeams.store) } : {}),
  });
};

/**
 * The product's calendar adapter, with a tally of what was asked of it per review and per meeting,
 * so the verifier can tell "one meeting, invited once" from "retried into two meetings".
 */
const tallyingCalendar = (calendar: ReviewCalendar, ledger: Ledger): ReviewCalendar => {
  const meetingFor = (predicate: (meeting: Meeting) => boolean): Meeting | undefined =>
    ledger.meetings.find(predicate);
  return {
    ...calendar,
    async createReviewEvent(request): Promise<ScheduledEvent> {
      const meeting = meetingFor((m) => m.reviewId === request.review.id);
      if (meeting) meeting.createCalls += 1;
      const event = await calendar.createReviewEvent(request);
      meeting?.createdUids.add(event.iCalUId);
      return event;
    },
    async rescheduleReviewEvent(eventId, start, end, timeZone): Promise<void> {
      const meeting = meetingFor((m) => m.eventId === eventId);
      if (meeting) meeting.moveCalls += 1;
      await calendar.rescheduleReviewEvent(eventId, start, end, timeZone);
      if (meeting) meeting.movesAnswered += 1;
    },
  };
};

export const createUsers = (
  baseUrl: string,
  world: World,
  fetchImpl: typeof fetch,
  ledger: Ledger,
  random: Random,
): ScenarioUser[] =>
  USER_KEYS.map((key) => {
    const persona = personaOf(key);
    const client = clientFor(baseUrl, persona, { fetchImpl });
    return {
      key,
      persona,
      client,
      // The list ids are looked up by each user's own store on first use, as the app does.
      store: storeFor(client, { siteId: world.siteId }, persona, false, { baseUrl, fetchImpl }),
      calendar: tallyingCalendar(createGraphReviewCalendar(client), ledger),
      random: random.fork(),
      step: 0,
    };
  });

/** The demo school's IEPs, seeded through the product's own code (faults off), a few pupils a class. */
export const prepareWorld = async (baseUrl: string, pupilsPerClass = 4): Promise<World> => {
  // Set up as a school runs it: care teams, each class's staff in its groups, every pupil secured.
  await seedDemoPlans(`${baseUrl}/`, { pupilsPerClass, today: '2026-02-10' });
  const senco = personaOf('senco');
  const client = clientFor(baseUrl, senco);
  const site = await resolveSite(client, DEMO_SEN_SITE);
  const listIds = await resolveIepListIds(client, site.id);
  const store = storeFor(client, { siteId: site.id, listIds }, senco);
  const planIds = (await store.loadClass(YEAR_3_TEAM)).plans.map((plan) => plan.id);
  const otherPlanIds = (await store.loadClass(YEAR_4_TEAM)).plans.map((plan) => plan.id);
  if (planIds.length < 2 || otherPlanIds.length < 1)
    throw new Error('The demo seed gave Year 3 fewer than two plans, or Year 4 none, to work on.');
  return { siteId: site.id, listIds, planIds, otherPlanIds };
};
