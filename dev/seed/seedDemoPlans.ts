/**
 * Demo data for the local stand-in: the IEP lists in the SEN site and ~60 pupils across the demo
 * school's class teams, with varied, realistic plans. Everything goes through the product's own
 * provisioning and store code over HTTP, signed in as the SENCO, so the demo exercises the real
 * path. Deterministic (seeded PRNG); a class that already has pupils is left alone.
 */
import { z } from 'zod';
import {
  addDays,
  asClassTeamId,
  fixedClock,
  PlanSchema,
  ReviewSchema,
  todayIn,
  type Plan,
  type Person,
  type Pupil,
  type Review,
} from '../../src/domain';
import { createGraphClient } from '../../src/graph/client';
import type { IepListIds } from '../../src/graph/sharepoint/lists';
import { provisionIepLists, resolveSite } from '../../src/graph/sharepoint/provisioning';
import { createSharePointIepStore, type SharePointIepStore } from '../../src/graph/sharepoint/store';
import { createCareTeams } from '../../src/graph/sharepoint/access/careTeams';
import { localWebUrl } from '../../src/graph/sharepoint/access/webUrl';
import {
  FAMILY_NAMES,
  FEATURED_NAMES,
  GIVEN_NAMES,
  NEEDS,
  PARENT_TITLES,
  PROFESSIONALS,
  PROFILES,
  STAGES,
  TARGETS,
  pick,
  pickSome,
  seededRandom,
  type DemoName,
  type Random,
} from './demoContent';
import { demoRegisterDetails } from './demoRegister';
import { seedDemoProvisions, type ProvisionSeedSummary } from './seedDemoProvisions';
import { DEMO_CLOSED_VERSION_LABEL } from '../standin/sharepoint/records/retentionLabels';
import { createSharePointProvisionStore } from '../../src/graph/sharepoint/provisions/provisionStore';

export const DEMO_SENCO_UPN = 'senco@oakfield.example';
export const DEMO_SEN_SITE = 'contoso.sharepoint.com:/sites/SEN';

export interface SeedOptions {
  readonly pupilsPerClass?: number;
  /** The demo's "today" (YYYY-MM-DD); review dates are set around it. Defaults to today in London. */
  readonly today?: string;
  readonly fetchImpl?: typeof fetch;
}

export interface SeededClass {
  readonly teamId: string;
  readonly displayName: string;
  readonly pupils: number;
  readonly plans: number;
  /** False when the class already had pupils and was left alone. */
  readonly seeded: boolean;
}

export interface SeedSummary {
  readonly siteId: string;
  readonly classes: readonly SeededClass[];
  /** True when anything was added (false when every class already had pupils and provision). */
  readonly created: boolean;
  /** The provision map seeded for the demo's term; null when the school already had a catalogue. */
  readonly provision: ProvisionSeedSummary | null;
  /** One line for the terminal, e.g. "60 pupils and 46 current plans in 3 classes". */
  readonly summary: string;
}

const Collection = <T extends z.ZodType>(item: T) => z.object({ value: z.array(item) });
const TeamSchema = z.object({ id: z.string(), displayName: z.string() });
const MemberSchema = z.object({ userId: z.string(), roles: z.array(z.string()).default([]) });
const UserSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  mail: z.string().nullish(),
  jobTitle: z.string().nullish(),
});
type DirectoryUser = z.infer<typeof UserSchema>;

interface ClassStaff {
  readonly teacher: Person | null;
  readonly assistant: Person | null;
}

const personOf = (user: DirectoryUser | undefined): Person | null =>
  user ? { name: user.displayName, email: user.mail ?? '' } : null;

/** Deterministic ids shaped like GUIDs, for plan series and long-term targets. */
const idGenerator = (random: Random) => () =>
  'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(random() * 16).toString(16));

const between = (random: Random, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1));

const namesFor = (random: Random, classIndex: number, count: number, used: Set<string>): DemoName[] => {
  const names: DemoName[] = [];
  const featured = FEATURED_NAMES[classIndex];
  if (featured && count > 0) names.push(featured);
  while (names.length < count) {
    const name = { givenName: pick(random, GIVEN_NAMES), familyName: pick(random, FAMILY_NAMES) };
    const key = `${name.givenName} ${name.familyName}`;
    if (used.has(key)) continue;
    used.add(key);
    names.push(name);
  }
  return names;
};

interface PlanShape {
  readonly overdue: boolean;
  readonly withEvidence: boolean;
  readonly status: 'draft' | 'active';
  readonly startOffsetDays: number;
}

const buildPlan = (
  random: Random,
  newId: () => string,
  pupil: Pupil,
  staff: ClassStaff,
  senco: Person,
  today: string,
  shape: PlanShape,
): Plan => {
  const name = pupil.preferredName || pupil.givenName;
  const startDate = addDays(today, -shape.startOffsetDays);
  const nextReviewDate = shape.overdue
    ? addDays(today, -between(random, 3, 25))
    : addDays(today, between(random, 12, 70));
  // The register decides the needs and the stage; the draws stay so every later one, and so the rest of
  // the demo school, is as it was before the register recorded them.
  const drawnNeeds = pick(random, NEEDS);
  const needs = NEEDS.find((template) => template.primaryNeed === pupil.primaryNeed) ?? drawnNeeds;
  const templates = pickSome(random, TARGETS, between(random, 3, 5));
  const longTerm = templates.slice(0, 2).map((t) => ({
    id: newId(),
    area: t.area,
    text: `${name} will make secure progress in ${t.area.replace(/-/g, ' ')} this year.`,
    wellbeing: [],
  }));
  const deliveredBy = (by: string): string =>
    by === 'home'
      ? 'Parents at home, with class teacher'
      : by === 'teacher'
        ? (staff.teacher?.name ?? 'Class teacher')
        : (staff.assistant?.name ?? 'Teaching assistant');
  const parentTitle = pick(random, PARENT_TITLES);
  pick(random, STAGES);
  return PlanSchema.parse({
    id: 'new',
    seriesId: 'new',
    version: 1,
    status: 'draft',
    nation: 'england',
    pupil: {
      pupilId: pupil.id,
      name: `${name} ${pupil.familyName}`,
      classTeamId: pupil.classTeamId,
      className: pupil.className,
      yearGroup: pupil.yearGroup,
      pupilRef: pupil.pupilRef,
    },
    stage: pupil.senStatus === 'E' ? 'ehc-plan' : 'sen-support',
    profile: pick(random, PROFILES),
    needs,
    longTermTargets: longTerm,
    shortTermTargets: templates.map((t, index) => ({
      id: `new-target-${index}`,
      longTermTargetId: longTerm[index % longTerm.length]?.id ?? null,
      area: t.area,
      text: t.text.replace('{name}', name),
      successCriteria: t.successCriteria,
      strategies: t.strategies,
      deliveredBy: deliveredBy(t.by),
      frequency: t.frequency,
      targetDate: nextReviewDate,
      outcome: 'open',
      evidence:
        shape.withEvidence && index < 2
          ? Array.from({ length: between(random, 1, 3) }, (_, e) => ({
              id: `new-evidence-${index}-${e}`,
              date: addDays(startDate, 7 * (e + 1) + index),
              rating: Math.min(5, 1 + e + between(random, 0, 1)),
              note: e === 0 ? 'First baseline check.' : 'Progress seen in class; fewer prompts needed.',
              recordedBy: deliveredBy(t.by),
            }))
          : [],
    })),
    homeSupport: {
      activities: `Share a book or game with ${name} and talk about it.`,
      frequency: '4 times a week',
      duration: '10 minutes',
    },
    childInput: `${name} will bring the reading record every day and tell an adult when something is hard.`,
    otherSupport: random() < 0.4 ? `${pick(random, PROFESSIONALS).role} involved this year.` : '',
    monitoring: 'Weekly checks by the class teacher; termly data review by the SENCO.',
    noLongerNeeded: 'Reads and writes at the level expected for the year group for two terms running.',
    reviewArrangements: 'Termly review with parents and the pupil; annual review in the summer term.',
    pupilViews: `${name} says: "I like it when I can show what I have learned."`,
    parentViews: `${parentTitle} would like more ideas for helping at home.`,
    people: {
      senco,
      classTeacher: staff.teacher,
      teachingAssistants: staff.assistant ? [staff.assistant] : [],
      parentsCarers: [
        {
          name: `${parentTitle === 'Foster carer' ? 'Ms' : 'Mx'} ${pupil.familyName}`,
          // Invented addresses on a reserved domain: in local mode invitations go to the stand-in's outbox.
          email: parentEmail(pupil.familyName),
          relationship: parentTitle,
        },
      ],
      professionals: random() < 0.35 ? [pick(random, PROFESSIONALS)] : [],
    },
    startDate,
    nextReviewDate,
  });
};

const parentEmail = (familyName: string): string =>
  `${
    familyName
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase() || 'family'
  }.family@home.example`;

/** Activates a plan (drafts are created first, as the app does) and returns the saved version. */
const activate = async (store: SharePointIepStore, plan: Plan): Promise<Plan> => {
  const result = await store.savePlan({ ...plan, status: 'active' }, plan);
  if (result.conflicts.length > 0 || result.failures.length > 0)
    throw new Error(`Activating the demo plan for ${plan.pupil.name} failed.`);
  return result.plan;
};

/** Version 1 reviewed and closed, version 2 open with continued and new targets. */
const secondVersion = async (
  store: SharePointIepStore,
  first: Plan,
  today: string,
  senco: Person,
): Promise<void> => {
  const reviewDay = addDays(today, -45);
  const review: Review = ReviewSchema.parse({
    id: 'new-review',
    seriesId: first.seriesId,
    planId: first.id,
    type: 'termly',
    format: 'in-person',
    status: 'completed',
    start: `${reviewDay}T15:30:00Z`,
    end: `${reviewDay}T16:15:00Z`,
    location: 'SENCO office',
    invitees: [
      { name: senco.name, email: senco.email, role: 'senco', internal: true, attended: true },
      ...first.people.parentsCarers.map((p) => ({ name: p.name, role: 'parent-carer', attended: true })),
    ],
    agenda: {
      progress: 'Good progress with reading; number bonds still need practice.',
      futureAction: 'Carry the maths target forward; new writing target.',
    },
    pupilComments: 'I can read more words now.',
    parentComments: 'Reading at home has really helped.',
    targetOutcomes: first.shortTermTargets.map((t, i) => ({
      targetId: t.id,
      outcome: i === 0 ? 'achieved' : i === 1 ? 'continued' : 'partly-achieved',
      comment: i === 0 ? 'Secure across three checks.' : '',
    })),
    invitationsSentOn: addDays(reviewDay, -14),
    minutesSentOn: addDays(reviewDay, 3),
    completedOn: reviewDay,
  });
  const carried = first.shortTermTargets.slice(1).map((t, i) => ({
    ...t,
    id: `next-${i}` as typeof t.id,
    etag: undefined,
    outcome: 'open' as const,
    evidence: [],
  }));
  const next: Plan = {
    ...first,
    status: 'active',
    startDate: reviewDay,
    nextReviewDate: addDays(today, 30),
    shortTermTargets: carried,
  };
  await store.commitNextVersion(first, next, review);
};

const getJson = async <T extends z.ZodType>(
  client: ReturnType<typeof createGraphClient>,
  path: string,
  schema: T,
): Promise<z.output<T>> => schema.parse(await client.api(path).get());

/** Seeds the demo school's IEPs through the Graph stand-in (or any Graph endpoint the SENCO token works on). */
export async function seedDemoPlans(graphBaseUrl: string, options: SeedOptions = {}): Promise<SeedSummary> {
  const perClass = options.pupilsPerClass ?? 20;
  const today = options.today ?? todayIn({ now: () => new Date() });
  const random = seededRandom(20_260_210);
  const newId = idGenerator(random);
  const client = createGraphClient({
    baseUrl: graphBaseUrl,
    getAccessToken: () => Promise.resolve(`local-dev-token:${DEMO_SENCO_UPN}`),
    scopes: ['Sites.Manage.All', 'Team.ReadBasic.All', 'User.ReadBasic.All'],
    retry: { maxRetries: 5, delaySeconds: 1 },
    ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
  });

  const me = await getJson(
    client,
    '/me?$select=displayName,mail',
    z.object({ displayName: z.string(), mail: z.string() }),
  );
  const senco: Person = { name: me.displayName, email: me.mail };
  const site = await resolveSite(client, DEMO_SEN_SITE);
  const lists = await provisionIepLists(client, site.id);
  // As the product's setup does: the lists' own permissions, then each class's care team (docs/ACCESS.md).
  const careTeams = createCareTeams({
    webUrl: localWebUrl(graphBaseUrl, DEMO_SEN_SITE, site.webUrl),
    getAccessToken: () => Promise.resolve(`local-dev-token:${DEMO_SENCO_UPN}`),
    ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
    assistantsMayEdit: false,
  });
  await careTeams.access.ensureSetup(lists.listIds as IepListIds);
  const storeDeps = {
    siteId: site.id,
    clock: fixedClock(`${today}T09:00:00Z`),
    currentUser: () => Promise.resolve(senco),
    newId,
    listIds: lists.listIds as IepListIds,
    careTeams: () => Promise.resolve(careTeams.store),
    // Closed versions are labelled as records, as the demo's app-config asks (docs/RECORDS.md).
    closedVersionLabel: DEMO_CLOSED_VERSION_LABEL,
  };
  const store = createSharePointIepStore(client, storeDeps);
  const teams = (await getJson(client, '/me/joinedTeams', Collection(TeamSchema))).value.sort((a, b) =>
    a.displayName.localeCompare(b.displayName, 'en-GB'),
  );
  const users = new Map(
    (await getJson(client, '/users?$select=id,displayName,mail,jobTitle', Collection(UserSchema))).value.map(
      (u) => [u.id, u],
    ),
  );

  const used = new Set<string>(FEATURED_NAMES.map((n) => `${n.givenName} ${n.familyName}`));
  const classes: SeededClass[] = [];
  for (const [classIndex, team] of teams.entries()) {
    const names = namesFor(random, classIndex, perClass, used);
    const existing = await store.loadClass(asClassTeamId(team.id));
    if (existing.pupils.length > 0) {
      classes.push({
        teamId: team.id,
        displayName: team.displayName,
        pupils: existing.pupils.length,
        plans: existing.plans.length,
        seeded: false,
      });
      continue;
    }
    const members = (await getJson(client, `/teams/${team.id}/members`, Collection(MemberSchema))).value.map(
      (m) => ({ ...m, user: users.get(m.userId) }),
    );
    const staff: ClassStaff = {
      teacher: personOf(
        members.find((m) => m.roles.includes('owner') && m.user?.jobTitle === 'Class teacher')?.user,
      ),
      assistant: personOf(members.find((m) => m.user?.jobTitle === 'Teaching assistant')?.user),
    };
    await careTeams.access.setClassStaff(team.id, {
      teachers: staff.teacher ? [staff.teacher.email] : [],
      assistants: staff.assistant ? [staff.assistant.email] : [],
    });
    const yearGroup = /^Year \d+/.exec(team.displayName)?.[0] ?? '';
    const pupils = await store.addPupils(
      names.map((name, i) => {
        const details = demoRegisterDetails(today, yearGroup, classIndex, i);
        return {
          givenName: name.givenName,
          familyName: name.familyName,
          preferredName: name.preferredName ?? '',
          pupilRef: `OAK${classIndex + 3}${String(i + 1).padStart(3, '0')}`,
          classTeamId: asClassTeamId(team.id),
          className: team.displayName,
          yearGroup,
          dateOfBirth: details.dateOfBirth,
          senStatus: details.senStatus,
          primaryNeed: details.needs.primaryNeed,
        };
      }),
    );
    let plans = 0;
    for (const [i, pupil] of pupils.entries()) {
      // About a quarter of the register has no plan yet (monitoring only); the first pupil always has one.
      if (i > 0 && random() < 0.25) continue;
      const shape: PlanShape = {
        overdue: i % 7 === 3,
        withEvidence: random() < 0.6 || i === 0,
        status: i % 9 === 5 ? 'draft' : 'active',
        startOffsetDays: classIndex === 0 && i === 1 ? 200 : between(random, 30, 90),
      };
      const created = await store.createPlan({
        pupil,
        plan: buildPlan(random, newId, pupil, staff, senco, today, shape),
      });
      const plan = shape.status === 'active' ? await activate(store, created) : created;
      if (classIndex === 0 && i === 1) await secondVersion(store, plan, today, senco);
      plans += 1;
    }
    classes.push({
      teamId: team.id,
      displayName: team.displayName,
      pupils: pupils.length,
      plans,
      seeded: true,
    });
  }
  const provision = await seedDemoProvisions(store, createSharePointProvisionStore(client, storeDeps), today);
  const pupilCount = classes.reduce((sum, c) => sum + c.pupils, 0);
  const planCount = classes.reduce((sum, c) => sum + c.plans, 0);
  const provisionLine = provision
    ? `; ${provision.provisions} provisions with ${provision.placements} places for the ${provision.term.name}`
    : '';
  return {
    siteId: site.id,
    classes,
    created: classes.some((c) => c.seeded) || provision !== null,
    provision,
    summary: `${pupilCount} pupils and ${planCount} current plans in ${classes.length} classes${provisionLine}`,
  };
}
