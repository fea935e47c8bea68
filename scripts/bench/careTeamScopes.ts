/**
 * Care-team access (docs/ACCESS.md) over a school's lifetime: how many unique permission scopes each IEP
 * list holds after seven school years, and what a class dashboard costs a teacher under it. The years are
 * run through the product's own store on the stand-in (pupils added and secured, every class moved up
 * each September, the oldest leaving with their records kept), so the count is what the code makes, not
 * what the design says; it is then projected to a school of 2,000.
 */
import { seedDemoPlans } from '../../dev/seed/seedDemoPlans';
import { DEMO_SCHOOL, DEMO_SEN_SITE } from '../../dev/standin/demoSchool';
import { internalsOf } from '../../dev/standin/internals';
import { asClassTeamId, fixedClock, type ClassTeam, type CurrentUser } from '../../src/domain';
import { createCareTeams } from '../../src/graph/sharepoint/access/careTeams';
import { localWebUrl } from '../../src/graph/sharepoint/access/webUrl';
import { createSharePointIepStore, type SharePointIepStore } from '../../src/graph/sharepoint/store';
import { atMost, type BenchRow } from './report';
import { clientFor, openSchool, SENCO, YEAR_3, type BenchSchool } from './school';

const YEARS = 7;
const PUPILS_PER_CLASS = 6;
/**
 * A school of 2,000 pupils in seven year groups takes in about 300 a year, so about 3,800 pupils pass
 * through it in seven years: the most that could ever have been on the SEN register.
 */
const PUPILS_IN_SEVEN_YEARS = 2_000 + 6 * 300;
const SCOPE_GUIDANCE = 5_000;

const careStore = (school: BenchSchool, user: CurrentUser): SharePointIepStore => {
  const careTeams = createCareTeams({
    webUrl: localWebUrl(`${school.standIn.url}/`, DEMO_SEN_SITE),
    getAccessToken: () => Promise.resolve(`local-dev-token:${user.email}`),
    assistantsMayEdit: false,
  });
  return createSharePointIepStore(clientFor(school.standIn.url, user), {
    siteId: school.siteId,
    listIds: school.listIds,
    clock: fixedClock('2026-11-24T09:00:00Z'),
    currentUser: () => Promise.resolve(user),
    careTeams: () => Promise.resolve(careTeams.store),
  });
};

const classes: ClassTeam[] = DEMO_SCHOOL.classes.map((c) => ({ id: c.teamId, displayName: c.displayName }));

/** One September: the oldest class leaves (kept as records), the others move up, a new class joins. */
const schoolYear = async (senco: SharePointIepStore, year: number): Promise<void> => {
  const [youngest, middle, oldest] = classes as [ClassTeam, ClassTeam, ClassTeam];
  for (const pupil of (await senco.loadClass(asClassTeamId(oldest.id))).pupils)
    await senco.updatePupil({ ...pupil, registerStatus: 'left', leftOn: `${2026 + year}-07-20` }, pupil);
  const rollover = await senco.rolloverClasses([
    { from: asClassTeamId(middle.id), to: oldest },
    { from: asClassTeamId(youngest.id), to: middle },
  ]);
  // Each moved pupil's access moves too; a failure would leave scopes that the count does not show.
  if (rollover.failures.length > 0 || rollover.conflicts.length > 0)
    throw new Error(`September ${2026 + year}: ${rollover.failures.map((f) => f.message).join('; ')}`);
  await senco.addPupils(
    Array.from({ length: PUPILS_PER_CLASS }, (_, n) => ({
      givenName: `Pupil ${n + 1}`,
      familyName: `Intake ${2026 + year}`,
      preferredName: '',
      pupilRef: `BENCH${year}${n}`,
      classTeamId: asClassTeamId(youngest.id),
      className: youngest.displayName,
      yearGroup: 'Year 3',
    })),
  );
};

export const benchCareTeamScopes = async (): Promise<{
  rows: BenchRow[];
  details: Record<string, unknown>;
}> => {
  const school = await openSchool();
  try {
    await seedDemoPlans(`${school.standIn.url}/`, { pupilsPerClass: PUPILS_PER_CLASS, today: '2026-11-24' });
    const senco = careStore(school, SENCO);
    for (let year = 1; year <= YEARS; year += 1) await schoolYear(senco, year);

    const pupilsEver = PUPILS_PER_CLASS * (classes.length + YEARS);
    const counts = internalsOf(school.standIn).uniqueScopeCounts(school.siteId);
    const largest = Math.max(...Object.values(counts));
    // One scope is the list's own; the rest grow with the pupils ever on the register.
    const perPupil = (largest - 1) / pupilsEver;
    const projected = Math.round(perPupil * PUPILS_IN_SEVEN_YEARS + 1);

    const teacher = careStore(school, YEAR_3.teacher);
    const dashboard = await school.requestsFor(() => teacher.loadClass(asClassTeamId(YEAR_3.teamId)));
    const seen = (await teacher.loadClass(asClassTeamId(YEAR_3.teamId))).pupils.length;
    if (seen !== PUPILS_PER_CLASS)
      throw new Error(`The Year 3 teacher saw ${seen} pupils; expected their class's ${PUPILS_PER_CLASS}.`);
    return {
      rows: [
        {
          name: 'Unique permission scopes per IEP list, 2,000 pupils after 7 years',
          value: projected,
          unit: 'scopes',
          budget: atMost(SCOPE_GUIDANCE),
          note: `${perPupil.toFixed(2)} per pupil ever on the register (measured: ${largest} after ${YEARS} rollovers of ${pupilsEver} pupils), × ${PUPILS_IN_SEVEN_YEARS}`,
        },
        {
          name: 'Class dashboard for a teacher under care-team access',
          value: dashboard.requests,
          unit: 'requests',
          budget: atMost(1),
          note: `sees only their class: ${seen} pupils`,
        },
      ],
      details: { scopesByList: counts, pupilsEver, years: YEARS },
    };
  } finally {
    await school.close();
  }
};
