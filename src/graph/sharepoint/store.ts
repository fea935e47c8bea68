import type { Client } from '@microsoft/microsoft-graph-client';
import type { NewPupil, Pupil } from '../../domain/pupil';
import type { PupilId } from '../../domain/ids';
import type { IepStore, RecordLockOutcome } from '../../domain/ports';
import { commitNextVersion } from './plans/commitNextVersion';
import { createPlan } from './plans/createPlan';
import { deleteDraft } from './plans/deleteDraft';
import { openPlan } from './plans/planReads';
import { planHistory } from './history/planHistory';
import { listPlansForStaff, listVersions, loadClass, loadMyPupils } from './plans/planSummaries';
import { savePlan } from './plans/savePlan';
import { addPupils } from './pupils/addPupils';
import { lockClosedVersions, lockVersions } from './records/lockClosedVersions';
import { findPupil } from './pupils/pupilReads';
import { saveReview, saveReviews } from './reviews/saveReviews';
import { storeContextOf, type StoreContextDeps } from './storeContextOf';

export { escapeODataString } from '../odata';

const registerOperations = () => import(/* webpackChunkName: "register-store" */ './registerOperations');

/** What the store is built from (storeContextOf.ts says what each is for). */
export type SharePointStoreDeps = StoreContextDeps;

/** The IEP store, plus the register operations the SENCO's setup and the demo seed need. */
export interface SharePointIepStore extends IepStore {
  /** Adds pupils to the SEN register (IEP Pupils), as many `$batch`es of 20 as needed. */
  addPupils(pupils: readonly NewPupil[]): Promise<readonly Pupil[]>;
  /** Always there: 'not-configured' when the school named no record label (docs/RECORDS.md). */
  lockClosedVersions(pupilId: PupilId): Promise<RecordLockOutcome>;
}

export const createSharePointIepStore = (client: Client, deps: SharePointStoreDeps): SharePointIepStore => {
  const ctx = storeContextOf(client, deps);

  return {
    loadClass: (classTeamId) => loadClass(ctx, classTeamId),
    listPlansForStaff: (addresses) => listPlansForStaff(ctx, addresses),
    loadMyPupils: (addresses) => loadMyPupils(ctx, addresses),
    openPlan: (planId) => openPlan(ctx, planId),
    planHistory: (planId) => planHistory(ctx, planId),
    listVersions: (seriesId) => listVersions(ctx, seriesId),
    createPlan: (request) => createPlan(ctx, request),
    deleteDraft: (draft) => deleteDraft(ctx, draft),
    savePlan: (edited, base) => savePlan(ctx, edited, base),
    saveReview: (review) => saveReview(ctx, review),
    saveReviews: (reviews) => saveReviews(ctx, reviews),
    // The closed version becomes a record SharePoint locks; a failed labelling is reported, never undone.
    commitNextVersion: async (closing, next, review) => {
      const committed = await commitNextVersion(ctx, closing, next, review);
      return { ...committed, recordLock: await lockVersions(ctx, [committed.closed.id]) };
    },
    lockClosedVersions: (pupilId) => lockClosedVersions(ctx, pupilId),
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
