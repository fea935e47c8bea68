import {
  EditConflict,
  asClassTeamId,
  asPupilId,
  planFollowUpFor,
  planPupilOf,
  pupilFromImport,
  pupilRefKey,
  pupilRolledOver,
  pupilUpdatedByImport,
  registerFieldsDiffer,
  type ChangeStamp,
  type ClassMove,
  type ItemFailure,
  type Plan,
  type ProgressReport,
  type Pupil,
  type RegisterImportResult,
  type RegisterWrite,
  type RolloverResult,
} from '../../src/domain';
import { firstEtag, nextEtag } from './inMemoryPlanSave';

/** The in-memory store's register and plans, as the register operations change them. */
export interface RegisterData {
  readonly pupils: Map<string, Pupil>;
  readonly plans: Map<string, Plan>;
  newId(kind: string): string;
}

/** As the SharePoint store reports progress: after each `$batch` of 20 writes. */
const progressEvery20 = (total: number, onProgress?: ProgressReport) => {
  let done = 0;
  return (): void => {
    done += 1;
    if (done % 20 === 0 || done === total) onProgress?.(done, total);
  };
};

const byRef = (pupils: Iterable<Pupil>, pupilRef: string): Pupil | undefined =>
  [...pupils].find((pupil) => pupilRefKey(pupil.pupilRef) === pupilRefKey(pupilRef));

/**
 * The pupil's current plans take the pupil's new class, names and reference, and are closed (kept as
 * records) when `close` says who took the pupil off the register; closed ones are records already.
 */
export const followPupilInMemory = (
  data: Pick<RegisterData, 'plans'>,
  pupil: Pupil,
  close?: { readonly by: string; readonly at: string },
): void => {
  for (const plan of data.plans.values()) {
    if (plan.status === 'closed' || plan.pupil.pupilId !== pupil.id) continue;
    data.plans.set(plan.id, {
      ...plan,
      pupil: planPupilOf(pupil),
      etag: nextEtag(plan.etag, plan.id),
      ...(close ? { status: 'closed' as const, updatedBy: close.by, updatedAt: close.at } : {}),
    });
  }
};

export const importIntoMemory = (
  data: RegisterData,
  rows: readonly RegisterWrite[],
  stamp: ChangeStamp,
  onProgress?: ProgressReport,
): RegisterImportResult => {
  const added: Pupil[] = [];
  const updated: Pupil[] = [];
  const conflicts: EditConflict<Pupil>[] = [];
  const failures: ItemFailure[] = [];
  const tick = progressEvery20(rows.length, onProgress);
  for (const row of rows) {
    tick();
    if (row.existing === null) {
      const fresh = pupilFromImport(row, stamp);
      const already = byRef(data.pupils.values(), row.entry.pupilRef);
      if (already && registerFieldsDiffer(fresh, already))
        conflicts.push(new EditConflict({ kind: 'pupil', id: already.id }, already, already.etag ?? null));
      if (already) continue;
      const id = asPupilId(data.newId('pupil'));
      const pupil: Pupil = { ...fresh, id, etag: firstEtag(id) };
      data.pupils.set(id, pupil);
      added.push(pupil);
      continue;
    }
    const existing = row.existing;
    const stored = data.pupils.get(existing.id);
    const stale = existing.etag !== undefined && stored?.etag !== existing.etag;
    if (!stored || stale) {
      conflicts.push(
        new EditConflict({ kind: 'pupil', id: existing.id }, stored ?? null, stored?.etag ?? null),
      );
      continue;
    }
    const next = pupilUpdatedByImport(existing, row, stamp);
    if (next === null) continue;
    const saved: Pupil = { ...next, etag: nextEtag(stored.etag, stored.id) };
    data.pupils.set(saved.id, saved);
    updated.push(saved);
    if (planFollowUpFor(saved, existing) === 'follow') followPupilInMemory(data, saved);
  }
  return { added, updated, conflicts, failures };
};

export const rolloverInMemory = (
  data: RegisterData,
  moves: readonly ClassMove[],
  stamp: ChangeStamp,
  onProgress?: ProgressReport,
): RolloverResult => {
  const movingPupils = moves.flatMap((move) =>
    [...data.pupils.values()]
      .filter((pupil) => pupil.classTeamId === move.from && pupil.registerStatus === 'active')
      .map((pupil) => ({ move, pupil })),
  );
  const movingPlans = moves.flatMap((move) =>
    [...data.plans.values()]
      .filter((plan) => plan.status !== 'closed' && plan.pupil.classTeamId === move.from)
      .filter((plan) => {
        const pupil = data.pupils.get(plan.pupil.pupilId);
        return !(pupil?.classTeamId === move.from && pupil.registerStatus !== 'active');
      })
      .map((plan) => ({ move, plan })),
  );
  const tick = progressEvery20(movingPupils.length + movingPlans.length, onProgress);
  for (const { move, pupil } of movingPupils) {
    const moved = pupilRolledOver(pupil, move.to, stamp);
    data.pupils.set(pupil.id, { ...moved, etag: nextEtag(pupil.etag, pupil.id) });
    tick();
  }
  for (const { move, plan } of movingPlans) {
    data.plans.set(plan.id, {
      ...plan,
      pupil: { ...plan.pupil, classTeamId: asClassTeamId(move.to.id), className: move.to.displayName },
      etag: nextEtag(plan.etag, plan.id),
    });
    tick();
  }
  return { pupilsMoved: movingPupils.length, plansMoved: movingPlans.length, conflicts: [], failures: [] };
};
