/**
 * The demo school's provision map for the term the demo's "today" is in (or the next, in a holiday):
 * the catalogue of demoProvisions.ts, pupils on each chosen by their primary need (a few joining after
 * half term), entry and exit scores for most, a group plan for the phonics group with two shared targets
 * and each child's own outcome, and one pupil's plan target delivered by the phonics group. Written
 * through the product's own stores; a school that already has a catalogue is left alone.
 */
import {
  academicYearOf,
  addDays,
  asGroupTargetId,
  defaultEnglishTerms,
  wholeTerms,
  type GroupOutcome,
  type IsoDate,
  type NewPlacement,
  type Placement,
  type Provision,
  type ProvisionStore,
  type Pupil,
  type SchoolTerm,
} from '../../src/domain';
import type { SharePointIepStore } from '../../src/graph/sharepoint/store';
import { DEMO_PROVISIONS, type DemoProvision } from './demoProvisions';

export interface ProvisionSeedSummary {
  readonly term: SchoolTerm;
  readonly provisions: number;
  readonly placements: number;
}

/** The term `today` is in, or the next one when it falls in a holiday. */
export const demoTerm = (today: IsoDate): SchoolTerm => {
  const year = academicYearOf(today);
  const terms = wholeTerms([...defaultEnglishTerms(year), ...defaultEnglishTerms(year + 1)]);
  return terms.find((term) => term.end >= today) ?? (terms.at(-1) as SchoolTerm);
};

/** Pupils whose need the provision suits first (in the order of its needs), then everyone else. */
const candidatesFor = (demo: DemoProvision, pupils: readonly Pupil[], load: Map<string, number>): Pupil[] => {
  const rank = (pupil: Pupil): number => {
    const index = pupil.primaryNeed === null ? -1 : demo.needs.indexOf(pupil.primaryNeed);
    return index < 0 ? demo.needs.length : index;
  };
  return [...pupils].sort((a, b) => rank(a) - rank(b) || (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0));
};

/** Scores spread a little around the usual, one pupil in five not improving: a believable "does it work?". */
const scoresFor = (demo: DemoProvision, index: number): Pick<NewPlacement, 'entryScore' | 'exitScore'> => {
  const entry = demo.entry + ((index * 7) % 5) - 2;
  if (index % 4 === 3) return { entryScore: entry, exitScore: null };
  const exit = index % 5 === 4 ? entry - 1 : entry + demo.gain + ((index * 3) % 5) - 2;
  return { entryScore: entry, exitScore: exit };
};

const placementsFor = (
  demo: DemoProvision,
  provision: Provision,
  chosen: readonly Pupil[],
  term: SchoolTerm,
): NewPlacement[] => {
  const halfTerm = term.parts[1]?.start ?? term.start;
  return chosen.map((pupil, index) => {
    const start = index >= chosen.length - demo.joiningLate ? halfTerm : term.start;
    const weeks = demo.provision.weeksPerTerm;
    const runsOut = addDays(start, weeks * 7 - 3);
    return {
      provisionId: provision.id,
      pupilId: pupil.id,
      term: term.start,
      start,
      end: runsOut < term.end ? runsOut : term.end,
      group:
        demo.provision.delivery === 'one-to-one'
          ? index + 1
          : Math.floor(index / demo.provision.groupSize) + 1,
      ...scoresFor(demo, index),
    };
  });
};

const PHONICS_TARGETS = [
  {
    id: asGroupTargetId('phonics-digraphs'),
    area: 'literacy' as const,
    text: 'Read and blend words with the digraphs sh, ch, th and ng',
    successCriteria: 'Reads 8 of 10 such words correctly in two checks a week apart.',
  },
  {
    id: asGroupTargetId('phonics-tricky-words'),
    area: 'literacy' as const,
    text: 'Read 10 common exception words on sight',
    successCriteria: 'Reads all 10 from flash cards without sounding out.',
  },
];

const OUTCOMES: readonly (readonly [GroupOutcome['outcome'], GroupOutcome['outcome']])[] = [
  ['achieved', 'partly-achieved'],
  ['partly-achieved', 'open'],
  ['achieved', 'achieved'],
  ['open', 'partly-achieved'],
];

/** The phonics group's plan: two shared targets, each child's outcome recorded on their placement. */
const phonicsGroupPlan = async (
  provisions: ProvisionStore,
  phonics: Provision,
  placed: readonly Placement[],
  term: SchoolTerm,
): Promise<void> => {
  await provisions.createGroupPlan({
    provisionId: phonics.id,
    term: term.start,
    group: 1,
    targets: PHONICS_TARGETS.map((target) => ({ ...target, targetDate: term.end })),
    reviewDate: addDays(term.end, -7),
  });
  const groupOne = placed.filter((p) => p.provisionId === phonics.id && p.group === 1);
  for (const [index, placement] of groupOne.entries()) {
    const [first, second] = OUTCOMES[index % OUTCOMES.length] as (typeof OUTCOMES)[number];
    await provisions.savePlacement(
      {
        ...placement,
        outcomes: {
          [PHONICS_TARGETS[0]?.id as string]: {
            outcome: first,
            comment: first === 'achieved' ? 'Secure in both checks.' : '',
          },
          [PHONICS_TARGETS[1]?.id as string]: { outcome: second, comment: '' },
        },
      },
      placement,
    );
  }
};

/** One pupil's first target delivered by the phonics group: its strategies and who/how often come from it. */
const linkTarget = async (store: SharePointIepStore, phonics: Provision, pupilIds: readonly string[]) => {
  for (const pupilId of pupilIds) {
    const [current] = (await store.listPupilPlans(pupilId as Pupil['id'])).filter(
      (p) => p.status !== 'closed',
    );
    if (!current) continue;
    const { plan } = await store.openPlan(current.id);
    const [first, ...rest] = plan.shortTermTargets;
    if (!first) continue;
    const linked = {
      ...first,
      area: 'literacy' as const,
      provisionId: phonics.id,
      strategies: phonics.description,
      deliveredBy: phonics.staffNames.join(', '),
      frequency: `${phonics.sessionsPerWeek} × ${phonics.minutesPerSession} minutes a week`,
    };
    await store.savePlan({ ...plan, shortTermTargets: [linked, ...rest] }, plan);
    return;
  }
};

export const seedDemoProvisions = async (
  store: SharePointIepStore,
  provisions: ProvisionStore,
  today: IsoDate,
): Promise<ProvisionSeedSummary | null> => {
  if ((await provisions.listProvisions()).provisions.length > 0) return null;
  const term = demoTerm(today);
  const pupils = (await store.loadRegister()).pupils;
  const load = new Map<string, number>();
  const placed: Placement[] = [];
  let phonics: Provision | null = null;
  for (const demo of DEMO_PROVISIONS) {
    const provision = await provisions.createProvision(demo.provision);
    phonics ??= provision;
    const chosen = candidatesFor(demo, pupils, load).slice(0, demo.pupils);
    for (const pupil of chosen) load.set(pupil.id, (load.get(pupil.id) ?? 0) + 1);
    const result = await provisions.addPlacements(placementsFor(demo, provision, chosen, term));
    if (result.failures.length > 0)
      throw new Error(
        `Placing demo pupils on ${provision.name} failed: ${result.failures[0]?.message ?? ''}`,
      );
    placed.push(...result.added);
  }
  if (phonics) {
    await phonicsGroupPlan(provisions, phonics, placed, term);
    const phonicsPupils = placed.filter((p) => p.provisionId === phonics.id).map((p) => p.pupilId);
    await linkTarget(store, phonics, phonicsPupils);
  }
  return { term, provisions: DEMO_PROVISIONS.length, placements: placed.length };
};
