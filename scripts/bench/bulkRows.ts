/**
 * Large registers for the bench, loaded with the stand-in's bulk hook (`seedListItems`) because 50,000
 * items over HTTP would take longer than the whole bench may. The rows are exactly what the store
 * writes: `pupilToFields` and `planToFields` from the product's own mappers, fed valid domain values,
 * so the store reads them back like any other item. Plan targets are not written as items: the class
 * dashboard reads only the summary columns of the plan item (TargetCount, AchievedCount, ...).
 */
import { internalsOf } from '../../dev/standin/internals';
import type { StandIn } from '../../dev/standin/server';
import {
  asClassTeamId,
  asPlanId,
  asPlanSeriesId,
  asPupilId,
  PRIMARY_NEED_CODES,
  type CurrentUser,
  type Plan,
  type PlanStatus,
  type PrimaryNeed,
  type Pupil,
} from '../../src/domain';
import type { IepListIds } from '../../src/graph/sharepoint/lists';
import { planToFields } from '../../src/graph/sharepoint/plans/planMapper';
import { pupilToFields } from '../../src/graph/sharepoint/pupils/pupilMapper';
import { buildPlan, shortTermTarget } from '../../test/support/planBuilder';
import { BENCH_NOW, SENCO } from './school';

export interface BulkTarget {
  readonly standIn: StandIn;
  readonly siteId: string;
  readonly listIds: IepListIds;
}

export interface RegisterClass {
  readonly teamId: string;
  readonly displayName: string;
  readonly yearGroup: string;
  readonly teacher: CurrentUser;
}

const GIVEN = ['Zoë', 'Oliver', 'Amelia', 'Mohammed', 'Isla', 'Kacper', 'Ffion', 'Yusuf', 'Niamh', 'Leo'];
const FAMILY = ["O'Brien", 'Shah', 'Evans', 'Nowak', 'MacLeod', 'Okafor', 'Jones', 'Chen', 'Murphy'];

const pupilFor = (register: RegisterClass, n: number): Omit<Pupil, 'id'> => ({
  history: [],
  givenName: GIVEN[n % GIVEN.length] as string,
  familyName: `${FAMILY[n % FAMILY.length] as string}-${n}`,
  preferredName: '',
  pupilRef: `BENCH${String(n).padStart(6, '0')}`,
  classTeamId: asClassTeamId(register.teamId),
  className: register.displayName,
  yearGroup: register.yearGroup,
  dateOfBirth: '',
  // One pupil in ten with an EHC plan, roughly as in English schools; needs cycle through the codes.
  senStatus: n % 10 === 0 ? 'E' : 'K',
  primaryNeed: PRIMARY_NEED_CODES[n % PRIMARY_NEED_CODES.length] as PrimaryNeed,
  registerStatus: 'active',
  leftOn: '',
});

/** One realistic plan, parsed once; each bulk plan is a copy with its own pupil, people and status. */
const BASE_PLAN: Plan = buildPlan({
  shortTermTargets: [1, 2, 3, 4].map((n) => shortTermTarget(n, n === 1 ? { outcome: 'achieved' } : {})),
  updatedBy: SENCO.name,
  updatedAt: BENCH_NOW,
});

const planFor = (pupil: Pupil, register: RegisterClass, status: PlanStatus): Plan => {
  const name = `${pupil.givenName} ${pupil.familyName}`;
  return {
    ...BASE_PLAN,
    id: asPlanId('new'),
    seriesId: asPlanSeriesId(`bench-series-${pupil.id}`),
    version: 1,
    status,
    pupil: {
      pupilId: pupil.id,
      name,
      classTeamId: pupil.classTeamId,
      className: pupil.className,
      yearGroup: pupil.yearGroup,
      pupilRef: pupil.pupilRef,
    },
    people: {
      ...BASE_PLAN.people,
      senco: SENCO,
      classTeacher: register.teacher,
      parentsCarers: [
        {
          name: `Parent of ${name}`,
          email: `parent.${pupil.pupilRef.toLowerCase()}@home.example`,
          relationship: 'Mother',
        },
      ],
    },
  };
};

interface Enrolment {
  readonly register: RegisterClass;
  readonly number: number;
  readonly status: PlanStatus;
}

/** Pupils first (plans need their ids), then one plan each: two bulk writes, two fsyncs. */
const seedEnrolments = (target: BulkTarget, enrolments: readonly Enrolment[]): Pupil[] => {
  const internals = internalsOf(target.standIn);
  const entries = enrolments.map((e) => pupilFor(e.register, e.number));
  const ids = internals.seedListItems(
    target.siteId,
    target.listIds.pupils,
    entries.map(pupilToFields),
    SENCO.email,
  );
  const pupils = entries.map((entry, i) => ({ ...entry, id: asPupilId(ids[i] as string) }));
  internals.seedListItems(
    target.siteId,
    target.listIds.plans,
    pupils.map((pupil, i) => {
      const enrolment = enrolments[i] as Enrolment;
      return planToFields(planFor(pupil, enrolment.register, enrolment.status));
    }),
    SENCO.email,
  );
  return pupils;
};

/**
 * Puts `count` pupils of one class on the register, each with an active plan, numbered from
 * `firstNumber` so pupils stay unique across calls. Returns the pupils with their item ids.
 */
export const seedClassWithPlans = (
  target: BulkTarget,
  register: RegisterClass,
  count: number,
  firstNumber: number,
): Pupil[] =>
  seedEnrolments(
    target,
    Array.from({ length: count }, (_, i) => ({ register, number: firstNumber + i, status: 'active' })),
  );

const OTHER_CLASS_SIZE = 30;
const CHUNK = 2_500;

const otherClass = (classNumber: number): RegisterClass => ({
  teamId: `bench-class-${classNumber}`,
  displayName: `Class ${classNumber}`,
  yearGroup: `Year ${1 + (classNumber % 6)}`,
  teacher: SENCO,
});

/**
 * Fills the register up with `count` more pupils and plans in classes of 30 other than the measured
 * one; a third of the plans are closed versions (they keep their rows but leave class queries).
 * Written in chunks so the bench never holds 50,000 rows at once.
 */
export const seedOtherClasses = (target: BulkTarget, count: number, firstNumber: number): void => {
  for (let done = 0; done < count; done += CHUNK) {
    const size = Math.min(CHUNK, count - done);
    seedEnrolments(
      target,
      Array.from({ length: size }, (_, i) => {
        const n = done + i;
        return {
          register: otherClass(Math.floor(n / OTHER_CLASS_SIZE)),
          number: firstNumber + n,
          status: n % 3 === 2 ? 'closed' : 'active',
        };
      }),
    );
  }
};
