/**
 * Test doubles for the task pane: an AppServices whose store is the in-memory one holding Sam's two
 * plan versions (each method a jest mock, to inspect or answer differently once), a
 * WordPort that records what the pane asked of Word, and a stand-in for office.js's `Office`
 * global. Not product code: only the pane's tests import this.
 */
import { createInMemoryProvisionStore } from '../../../test/support/inMemoryProvisionStore';
import { DEFAULT_INVITATION_WORDING } from '../../domain/invitationWording';
import { createDocumentExporter } from '../../app/documents';
import type { AppServices } from '../../app/services';
import {
  asReviewId,
  fixedClock,
  FULL_ACCESS,
  type IepStore,
  type Plan,
  type PlanDocument,
  type StaffAccess,
} from '../../domain';
import type { TargetCellText, TargetField } from '../../word';
import { fieldFingerprint } from '../../word/fieldFingerprint';
import { FIELD_TEXT } from '../../word/templates/targetTable';
import { buildPlan, buildReview, shortTermTarget } from '../../../test/support/planBuilder';
import { createInMemoryIepStore, type InMemoryIepStore } from '../../../test/support/inMemoryIepStore';
import type { OfficeLike } from '../host/officeHost';
import type { TaskPaneBoot } from '../TaskPaneApp';
import type { WordPort } from '../word/wordPort';
import { LIVE_CONFIG } from '../../../test/support/appConfigs';

/** Sam Taylor's current plan (version 2) with two stored targets, each with its eTag; Priya is his SENCO. */
export const samPlan = (): Plan =>
  buildPlan({
    etag: '"plan-1,4"',
    people: { ...buildPlan().people, senco: { name: 'Ms Priya Shah', email: 'priya.shah@school.example' } },
    shortTermTargets: [
      shortTermTarget(1, { etag: '"target-1,3"', targetDate: '2026-03-27' }),
      shortTermTarget(2, { etag: '"target-2,1"' }),
    ],
  });

/** Version 1 of the same plan, closed at its review. */
export const samPlanV1 = (): Plan =>
  buildPlan({ id: 'plan-0', version: 1, status: 'closed', etag: '"plan-0,9"' });

export const samDocument = (plan: Plan = samPlan()): PlanDocument => ({
  plan,
  reviews: [buildReview(plan)],
  problems: [],
});

type StoreMethod<K extends keyof IepStore> = NonNullable<IepStore[K]>;

export type MockedStore = {
  [K in keyof IepStore]: jest.Mock<ReturnType<StoreMethod<K>>, Parameters<StoreMethod<K>>>;
};

export interface PaneServices extends AppServices {
  readonly store: MockedStore;
  /** The data behind `store`, e.g. for a colleague's save: `memory.as(name).savePlanNow(...)`. */
  readonly memory: InMemoryIepStore;
}

const refuse = (name: string) => () => Promise.reject(new Error(`${name} was not expected in this test`));

/** One store method as a jest mock that answers from `memory` until a test says otherwise. */
const spyOn = <K extends keyof IepStore>(
  memory: IepStore,
  method: K,
): jest.Mock<ReturnType<StoreMethod<K>>, Parameters<StoreMethod<K>>> =>
  jest.fn((...args: Parameters<StoreMethod<K>>) =>
    (memory[method] as (...a: Parameters<StoreMethod<K>>) => ReturnType<StoreMethod<K>>)(...args),
  );

/** Sam's plan in "plans that name me", two versions, each with its review. */
export const paneServices = (
  mode: 'local' | 'live' = 'live',
  /** What the signed-in person may do (default: a SEN lead). */
  access: StaffAccess = FULL_ACCESS,
): PaneServices => {
  const memory = createInMemoryIepStore({
    plans: [samPlan(), samPlanV1()],
    reviews: [buildReview(samPlan()), { ...buildReview(samPlanV1()), id: asReviewId('review-0') }],
    userName: 'Ms Priya Shah',
  });
  const store: MockedStore = {
    listPlansForStaff: spyOn(memory, 'listPlansForStaff'),
    loadMyPupils: spyOn(memory, 'loadMyPupils'),
    loadClass: spyOn(memory, 'loadClass'),
    listVersions: spyOn(memory, 'listVersions'),
    planHistory: spyOn(memory, 'planHistory'),
    openPlan: spyOn(memory, 'openPlan'),
    createPlan: spyOn(memory, 'createPlan'),
    deleteDraft: spyOn(memory, 'deleteDraft'),
    savePlan: spyOn(memory, 'savePlan'),
    saveReview: spyOn(memory, 'saveReview'),
    saveReviews: spyOn(memory, 'saveReviews'),
    commitNextVersion: spyOn(memory, 'commitNextVersion'),
    findPupil: spyOn(memory, 'findPupil'),
    loadRegister: spyOn(memory, 'loadRegister'),
    listOffRegister: spyOn(memory, 'listOffRegister'),
    listPupilPlans: spyOn(memory, 'listPupilPlans'),
    addPupils: spyOn(memory, 'addPupils'),
    updatePupil: spyOn(memory, 'updatePupil'),
    importRegister: spyOn(memory, 'importRegister'),
    rolloverClasses: spyOn(memory, 'rolloverClasses'),
  };
  return {
    mode,
    senSite: 'contoso.sharepoint.com:/sites/SEN',
    store,
    memory,
    provisions: createInMemoryProvisionStore(),
    calendar: {
      suggestTimes: refuse('suggestTimes'),
      getBusy: refuse('getBusy'),
      createReviewEvent: refuse('createReviewEvent'),
      createReviewEvents: refuse('createReviewEvents'),
      rescheduleReviewEvent: refuse('rescheduleReviewEvent'),
      cancelReviewEvent: refuse('cancelReviewEvent'),
    },
    clock: fixedClock('2026-11-24T09:00:00Z'),
    settings: {
      nation: 'england',
      timeZone: 'Europe/London',
      terms: [],
      setting: 'mainstream',
      documentNames: 'pupil-name',
      records: { retainUntilAgeYears: 25 },
      invitations: DEFAULT_INVITATION_WORDING,
    },
    currentUser: { name: 'Ms Priya Shah', email: 'priya.shah@school.example' },
    staffAddresses: () => Promise.resolve(['priya.shah@school.example']),
    myAccess: () => Promise.resolve(access),
    listMyClasses: jest.fn(() => Promise.resolve([])),
    findClassStaff: refuse('findClassStaff'),
    listClassRoster: refuse('listClassRoster'),
    checkSenSite: refuse('checkSenSite'),
    checkSiteGrant: refuse('checkSiteGrant'),
    provisionSenSite: refuse('provisionSenSite'),
    signOut: jest.fn(() => Promise.resolve()),
    // The real exporter: a download test gets a real .docx.
    documents: createDocumentExporter(),
    copyHome: { send: refuse('copyHome') },
  };
};

type WordMock<K extends keyof WordPort> = jest.Mock<ReturnType<WordPort[K]>, Parameters<WordPort[K]>>;

export type FakeWord = { readonly [K in keyof WordPort]: WordMock<K> };

const wordMock = <K extends keyof WordPort>(
  _method: K,
  impl: (...args: Parameters<WordPort[K]>) => ReturnType<WordPort[K]>,
): WordMock<K> => jest.fn(impl);

/**
 * One target field as Word reads it from a document inserted from `inserted`: the fingerprint of
 * the value inserted, and `typed` where the teacher changed it (otherwise the value inserted).
 */
export const wordCell = (
  inserted: Plan,
  targetIndex: number,
  field: TargetField,
  typed?: string,
): TargetCellText => {
  const target = inserted.shortTermTargets[targetIndex];
  if (!target) throw new Error(`the plan has no target ${targetIndex + 1}`);
  const shown = FIELD_TEXT[field](target);
  return { targetId: target.id, field, text: typed ?? shown, inserted: fieldFingerprint(field, shown) };
};

/** A Word whose document holds `cells` in its tagged target controls. */
export const fakeWord = (cells: readonly TargetCellText[] = []): FakeWord => ({
  insertTemplate: wordMock('insertTemplate', (kind) =>
    Promise.resolve({
      status: 'inserted' as const,
      inserted: { kind, tag: `iep:plan:plan-1:${kind}`, targetTags: [] },
    }),
  ),
  refreshTemplates: wordMock('refreshTemplates', () =>
    Promise.resolve({ status: 'refreshed' as const, refreshed: { 'full-iep': 1 }, total: 1 }),
  ),
  // A document holding the full plan inserted once, its target cells saying `cells`.
  readTargetEdits: wordMock('readTargetEdits', () =>
    Promise.resolve({ cells: [...cells], blocks: { 'full-iep': 1 }, markersStripped: false }),
  ),
  // A Word that reports no selection changes, so every Insert checks where the cursor is first.
  readCursorPlace: wordMock('readCursorPlace', () => Promise.resolve(null)),
  watchSelection: wordMock('watchSelection', () => Promise.resolve(null)),
  // A document holding none of the plan's templates, so the remembered language stands.
  readInsertedLanguage: wordMock('readInsertedLanguage', () => Promise.resolve(null)),
  // A document saved in the SEN site, unless a test says otherwise.
  documentUrl: wordMock(
    'documentUrl',
    () => 'https://contoso.sharepoint.com/sites/SEN/Shared%20Documents/IEP.docx',
  ),
});

/** office.js as Word provides it (or another host), installed as the `Office` global. */
export const installOffice = (
  host: string | null,
  options: { wordApi?: boolean; dark?: boolean } = {},
): OfficeLike => {
  const office: OfficeLike = {
    onReady: () => Promise.resolve({ host }),
    context: {
      requirements: { isSetSupported: (name) => name === 'WordApi' && (options.wordApi ?? true) },
      officeTheme: {
        isDarkTheme: options.dark ?? false,
        bodyBackgroundColor: options.dark ? '#262626' : '#ffffff',
      },
    },
  };
  (globalThis as { Office?: unknown }).Office = office;
  return office;
};

export const removeOffice = (): void => {
  delete (globalThis as { Office?: unknown }).Office;
};

export { LIVE_CONFIG };

export const paneBoot = (
  services: AppServices,
  word: WordPort,
  overrides: Partial<TaskPaneBoot> = {},
): TaskPaneBoot => ({
  detectHost: overrides.detectHost ?? (() => Promise.reject(new Error('detectHost not set up'))),
  loadConfig: () => Promise.resolve(LIVE_CONFIG),
  createServices: () => Promise.resolve(services),
  search: '',
  storage: null,
  word,
  saveFile: () => undefined,
  loginHint: () => Promise.resolve(undefined),
  ...overrides,
});
