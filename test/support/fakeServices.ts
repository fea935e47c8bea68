import { DEFAULT_INVITATION_WORDING } from '../../src/domain/invitationWording';
import type { AppServices, SenSiteStatus, SiteGrantCheck } from '../../src/app/services';
import {
  AccessDenied,
  addressesOf,
  asClassTeamId,
  asPlanId,
  asPlanSeriesId,
  asPupilId,
  fixedClock,
  FULL_ACCESS,
  PlanSchema,
  PupilSchema,
  type ClassRoster,
  type ClassTeam,
  type IepStore,
  type Plan,
  type PlanSummary,
  type ProvisionStore,
  type Pupil,
  type ReviewCalendar,
  type SchoolSettings,
  type StaffAccess,
} from '../../src/domain';
import { defaultEnglishTerms } from '../../src/domain/termDates';
import { createInMemoryIepStore, type InMemoryIepStore } from './inMemoryIepStore';
import { createInMemoryProvisionStore } from './inMemoryProvisionStore';

/**
 * A fake of the AppServices PORT for component tests: every method records its calls. The store is
 * the in-memory one (test/support/inMemoryIepStore.ts) unless a test answers a method itself; the
 * rest answers what the test set up. The running app never uses this; it always talks to Graph.
 */
export const TEST_NOW = '2026-11-24T09:00:00Z';
export const CLASS_4B = asClassTeamId('class-4b-group-id');

export const pupil = (
  overrides: Partial<Record<keyof Pupil, string>> & { id: string; givenName: string; familyName: string },
): Pupil =>
  PupilSchema.parse({ classTeamId: CLASS_4B, className: 'Class 4B', yearGroup: 'Year 4', ...overrides });

export const planSummary = (
  forPupil: Pupil,
  overrides: Partial<Omit<PlanSummary, 'pupil'>> = {},
): PlanSummary => ({
  id: asPlanId(`plan-${forPupil.id}`),
  seriesId: asPlanSeriesId(`series-${forPupil.id}`),
  version: 1,
  status: 'active',
  pupil: {
    pupilId: forPupil.id,
    name: `${forPupil.givenName} ${forPupil.familyName}`,
    classTeamId: forPupil.classTeamId,
    className: forPupil.className,
    yearGroup: forPupil.yearGroup,
    pupilRef: forPupil.pupilRef,
  },
  stage: 'sen-support',
  targetCount: 4,
  achievedCount: 1,
  nextReviewDate: '2027-02-01',
  updatedBy: 'Ms Priya Shah',
  updatedAt: '2026-11-10T15:30:00Z',
  ...overrides,
});

export type Calls = Record<string, unknown[][]>;

export interface FakeServices extends AppServices {
  readonly calls: Calls;
}

const notSetUp = (name: string) => () =>
  Promise.reject(new Error(`fakeServices: ${name} was not set up for this test`));

/** A store method given here answers instead of the in-memory store: a canned answer or a failure. */
export interface FakeOptions extends Partial<IepStore> {
  /** The store's data (default: an empty in-memory store). */
  readonly store?: InMemoryIepStore;
  readonly findClassStaff?: AppServices['findClassStaff'];
  /**
   * Each class team's roster, by team id; a class not given is refused as Graph refuses a class the
   * user is not in. `listClassRoster` answers instead when a test needs another failure.
   */
  readonly rosters?: Readonly<Record<string, ClassRoster>>;
  readonly listClassRoster?: AppServices['listClassRoster'];
  readonly listPlansForStaff?: IepStore['listPlansForStaff'];
  readonly loadMyPupils?: IepStore['loadMyPupils'];
  readonly listMyClasses?: () => Promise<readonly ClassTeam[]>;
  readonly checkSenSite?: () => Promise<SenSiteStatus>;
  readonly checkSiteGrant?: (listId: string) => Promise<SiteGrantCheck>;
  /** The school's record label for closed versions (records.closedVersionLabel); none by default. */
  readonly closedVersionLabel?: string;
  readonly provisionSenSite?: AppServices['provisionSenSite'];
  readonly exportDocx?: AppServices['documents']['exportDocx'];
  readonly sendCopyHome?: AppServices['copyHome']['send'];
  readonly now?: string;
  readonly documentNames?: SchoolSettings['documentNames'];
  /** The school's retention setting (default 25). */
  readonly retainUntilAgeYears?: number;
  readonly currentUser?: { readonly name: string; readonly email: string };
  readonly careTeams?: AppServices['careTeams'];
  /** What the signed-in person may do (default: a SEN lead, who is offered everything). */
  readonly access?: StaffAccess;
  /** The provision map's data (default: an empty in-memory provision store). */
  readonly provisions?: ProvisionStore;
}

const rosterFrom =
  (rosters: FakeOptions['rosters']): AppServices['listClassRoster'] =>
  (classTeamId) => {
    if (!rosters) return notSetUp('listClassRoster')();
    const roster = rosters[classTeamId];
    return roster ? Promise.resolve(roster) : Promise.reject(new AccessDenied());
  };

export const fakeServices = (options: FakeOptions = {}): FakeServices => {
  const calls: Calls = {};
  const record =
    <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      (calls[name] ??= []).push(args);
      return fn(...args);
    };
  const memory = options.store ?? createInMemoryIepStore({ clock: fixedClock(options.now ?? TEST_NOW) });
  const answer = <K extends keyof IepStore>(name: K): IepStore[K] => {
    const answering = (options[name] ?? memory[name]) as (...args: unknown[]) => Promise<unknown>;
    return record(name, answering) as IepStore[K];
  };
  const store: IepStore = {
    loadClass: answer('loadClass'),
    listPlansForStaff: answer('listPlansForStaff'),
    loadMyPupils: answer('loadMyPupils'),
    openPlan: answer('openPlan'),
    listVersions: answer('listVersions'),
    planHistory: answer('planHistory'),
    createPlan: answer('createPlan'),
    deleteDraft: answer('deleteDraft'),
    savePlan: answer('savePlan'),
    saveReview: answer('saveReview'),
    saveReviews: answer('saveReviews'),
    commitNextVersion: answer('commitNextVersion'),
    findPupil: answer('findPupil'),
    loadRegister: answer('loadRegister'),
    listOffRegister: answer('listOffRegister'),
    listPupilPlans: answer('listPupilPlans'),
    addPupils: answer('addPupils'),
    updatePupil: answer('updatePupil'),
    importRegister: answer('importRegister'),
    rolloverClasses: answer('rolloverClasses'),
    // Only where the store keeps record labels (a test that gives one), as the SharePoint store does.
    ...(options.lockClosedVersions || memory.lockClosedVersions
      ? { lockClosedVersions: answer('lockClosedVersions') }
      : {}),
  };
  const calendar: ReviewCalendar = {
    suggestTimes: notSetUp('suggestTimes'),
    getBusy: notSetUp('getBusy'),
    createReviewEvent: notSetUp('createReviewEvent'),
    createReviewEvents: notSetUp('createReviewEvents'),
    rescheduleReviewEvent: notSetUp('rescheduleReviewEvent'),
    cancelReviewEvent: notSetUp('cancelReviewEvent'),
  };
  const settings: SchoolSettings = {
    nation: 'england',
    timeZone: 'Europe/London',
    terms: [...defaultEnglishTerms(2026), ...defaultEnglishTerms(2027)],
    setting: 'mainstream',
    documentNames: options.documentNames ?? 'pupil-name',
    records: {
      retainUntilAgeYears: options.retainUntilAgeYears ?? 25,
      ...(options.closedVersionLabel ? { closedVersionLabel: options.closedVersionLabel } : {}),
    },
    invitations: DEFAULT_INVITATION_WORDING,
  };
  return {
    calls,
    mode: 'local',
    senSite: 'contoso.sharepoint.com:/sites/SEN',
    store,
    provisions: options.provisions ?? createInMemoryProvisionStore(),
    calendar,
    clock: fixedClock(options.now ?? TEST_NOW),
    settings,
    currentUser: options.currentUser ?? { name: 'Ms Priya Shah', email: 'priya.shah@school.example' },
    staffAddresses: () =>
      Promise.resolve(addressesOf(options.currentUser ?? { email: 'priya.shah@school.example' })),
    myAccess: record('myAccess', () => Promise.resolve(options.access ?? FULL_ACCESS)),
    listMyClasses: record('listMyClasses', options.listMyClasses ?? notSetUp('listMyClasses')),
    findClassStaff: record('findClassStaff', options.findClassStaff ?? notSetUp('findClassStaff')),
    listClassRoster: record('listClassRoster', options.listClassRoster ?? rosterFrom(options.rosters)),
    checkSenSite: record('checkSenSite', options.checkSenSite ?? notSetUp('checkSenSite')),
    checkSiteGrant: record('checkSiteGrant', options.checkSiteGrant ?? notSetUp('checkSiteGrant')),
    provisionSenSite: record('provisionSenSite', options.provisionSenSite ?? notSetUp('provisionSenSite')),
    signOut: record('signOut', () => Promise.resolve()),
    careTeams: options.careTeams ?? null,
    documents: { exportDocx: record('exportDocx', options.exportDocx ?? notSetUp('exportDocx')) },
    copyHome: { send: record('sendCopyHome', options.sendCopyHome ?? notSetUp('sendCopyHome')) },
  };
};

/** What the store answers for a new plan: the request's plan with the ids and status the store assigns. */
export const createdPlan = (id: string, request: Parameters<IepStore['createPlan']>[0]): Plan =>
  PlanSchema.parse({
    ...request.plan,
    id: asPlanId(id),
    seriesId: asPlanSeriesId(`series-${id}`),
    version: 1,
    status: 'draft',
  });

export { asPupilId };
