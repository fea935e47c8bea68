import type { Client } from '@microsoft/microsoft-graph-client';
import type { Clock } from '../../domain/clock';
import type { NewPupil, Pupil } from '../../domain/pupil';
import type { CurrentUser, IepStore } from '../../domain/ports';
import type { BatchOptions } from '../batch';
import type { IepListIds } from './lists';
import { commitNextVersion } from './plans/commitNextVersion';
import { createPlan } from './plans/createPlan';
import { deleteDraft } from './plans/deleteDraft';
import { openPlan } from './plans/planReads';
import { planHistory } from './history/planHistory';
import { listPlansForStaff, listVersions, loadClass } from './plans/planSummaries';
import { savePlan } from './plans/savePlan';
import { addPupils } from './pupils/addPupils';
import { findPupil } from './pupils/pupilReads';
import { saveReview, saveReviews } from './reviews/saveReviews';
import type { UnsettledCreates } from './shared/unsettledCreates';
import type { StoreCareTeams } from './storeCareTeams';
import { storeContextOf } from './storeContextOf';

export { escapeODataString } from '../odata';

const registerOperations = () => import(/* webpackChunkName: "register-store" */ './registerOperations');

export interface SharePointStoreDeps {
  readonly siteId: string;
  readonly clock: Clock;
  readonly currentUser: () => Promise<CurrentUser>;
  readonly newId?: () => string;
  /** From `checkIepLists`/`provisionIepLists`; when absent they are looked up once, on first use. */
  readonly listIds?: IepListIds;
  /**
   * The configured SEN site, when `siteId` and `listIds` were carried in from outside (a tab's URL):
   * the class dashboard then checks in the same `$batch` that `siteId` is that site.
   */
  readonly confirmSite?: string;
  /** Retries of throttled sub-requests inside `$batch` (attempts, injectable sleep). */
  readonly batch?: BatchOptions;
  /** Items per page; a class of up to this many pupils loads in one request. */
  readonly pageSize?: number;
  /**
   * Where creates with an unknown outcome are remembered (default: for the life of this store). Give
   * one that outlives the page where unsaved edits do, so "Save again" after a reload looks them up too.
   */
  readonly unsettledCreates?: UnsettledCreates;
  /**
   * Care teams (docs/ACCESS.md), loaded on first use: new items go into their pupil's folder, and pupils
   * added or moved get their class's access. Absent: items are created at the lists' root, as before.
   */
  readonly careTeams?: () => Promise<StoreCareTeams>;
}

/** The IEP store, plus the register operations the SENCO's setup and the demo seed need. */
export interface SharePointIepStore extends IepStore {
  /** Adds pupils to the SEN register (IEP Pupils), as many `$batch`es of 20 as needed. */
  addPupils(pupils: readonly NewPupil[]): Promise<readonly Pupil[]>;
}

export const createSharePointIepStore = (client: Client, deps: SharePointStoreDeps): SharePointIepStore => {
  const ctx = storeContextOf(client, deps);

  return {
    loadClass: (classTeamId) => loadClass(ctx, classTeamId),
    listPlansForStaff: (addresses) => listPlansForStaff(ctx, addresses),
    openPlan: (planId) => openPlan(ctx, planId),
    planHistory: (planId) => planHistory(ctx, planId),
    listVersions: (seriesId) => listVersions(ctx, seriesId),
    createPlan: (request) => createPlan(ctx, request),
    deleteDraft: (draft) => deleteDraft(ctx, draft),
    savePlan: (edited, base) => savePlan(ctx, edited, base),
    saveReview: (review) => saveReview(ctx, review),
    saveReviews: (reviews) => saveReviews(ctx, reviews),
    commitNextVersion: (closing, next, review) => commitNextVersion(ctx, closing, next, review),
    findPupil: (pupilId) => findPupil(ctx, pupilId),
    addPupils: (pupils) => addPupils(ctx, pupils),
    loadRegister: async () => (await registerOperations()).loadRegister(ctx),
    listOffRegister: async () => (await registerOperations()).listOffRegister(ctx),
    listPupilPlans: async (pupilId) => (await registerOperations()).listPupilPlans(ctx, pupilId),
    updatePupil: async (edited, base) => (await registerOperations()).updatePupil(ctx, edited, base),
    importRegister: async (rows, onProgress) =>
      (await registerOperations()).importRegister(ctx, rows, onProgress),
    rolloverClasses: async (moves, onProgress) =>
      (await registerOperations()).rolloverClasses(ctx, moves, onProgress),
  };
};
