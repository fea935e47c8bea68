import { EditConflict, type ItemRef } from '../../../domain/errors';
import type { PlanSummary } from '../../../domain/plan';
import type { ClassMove, ItemFailure, ProgressReport, RolloverResult } from '../../../domain/ports';
import type { Pupil } from '../../../domain/pupil';
import { pupilRolledOver } from '../../../domain/registerImport';
import { PLAN_SUMMARY_COLUMNS, planSummaryFromItem } from '../plans/planMapper';
import { readWhileBusy, runBulkWrites, type BulkOutcome, type BulkWrite } from '../shared/bulkWrites';
import { changedFields } from '../shared/changedFields';
import { partition, type ItemDecode } from '../shared/listItem';
import { readAll } from '../shared/reads';
import { patchFields, queryItems } from '../shared/requests';
import { readTheirItems } from '../shared/theirItems';
import { progressCount } from '../shared/progress';
import type { StoreContext } from '../storeContext';
import { applyAccessChanges, type PupilAccessChange } from './pupilScopes';
import { changeStampOf } from './changeStamp';
import { pupilWithEtagFromItem } from './pupilItems';
import { pupilToFields } from './pupilMapper';

interface ClassContents {
  readonly move: ClassMove;
  readonly pupils: readonly Pupil[];
  readonly plans: readonly PlanSummary[];
}

/** Each `from` class's pupils and current plans, through the two indexed class columns, in one `$batch`. */
const readClasses = async (ctx: StoreContext, moves: readonly ClassMove[]): Promise<ClassContents[]> => {
  const lists = await ctx.listIds();
  const pages = await readAll(
    ctx.client,
    moves.flatMap((move) => [
      {
        request: queryItems(ctx.siteId, lists.pupils, {
          column: 'ClassTeamId',
          value: move.from,
          pageSize: ctx.pageSize,
        }),
        item: { kind: 'list' as const, id: 'IEP Pupils' },
      },
      {
        request: queryItems(ctx.siteId, lists.plans, {
          column: 'CurrentClassTeamId',
          value: move.from,
          pageSize: ctx.pageSize,
          select: PLAN_SUMMARY_COLUMNS,
        }),
        item: { kind: 'list' as const, id: 'IEP Plans' },
      },
    ]),
    ctx.batch,
  );
  return moves.map((move, index) => ({
    move,
    pupils: partition((pages[index * 2] as unknown[]).map(pupilWithEtagFromItem)).values,
    plans: partition((pages[index * 2 + 1] as unknown[]).map(planSummaryFromItem)).values.filter(
      (plan) => plan.status !== 'closed',
    ),
  }));
};

const conflictsOn = async <T>(
  ctx: StoreContext,
  listId: string,
  items: readonly ItemRef[],
  decode: (raw: unknown) => ItemDecode<T & { etag?: string }>,
  failures: ItemFailure[],
): Promise<EditConflict<T>[]> => {
  const theirs = await readTheirItems(ctx, listId, items);
  return items.flatMap((item, index) => {
    const their = theirs[index];
    if (their?.kind === 'unreadable') {
      failures.push(their.failure);
      return [];
    }
    const decoded = their?.kind === 'found' ? decode(their.raw) : null;
    const value = decoded?.ok ? decoded.value : null;
    return [new EditConflict<T>(item, value, value?.etag ?? null)];
  });
};

const tally = (
  outcomes: readonly BulkOutcome[],
  failures: ItemFailure[],
  conflicted: ItemRef[],
  kind: 'pupil' | 'plan',
) => {
  let saved = 0;
  for (const outcome of outcomes) {
    if (outcome.kind === 'saved') saved += 1;
    else if (outcome.kind === 'conflict') conflicted.push({ kind, id: outcome.id });
    else failures.push(outcome.failure);
  }
  return saved;
};

/**
 * The new school year: every active pupil of each `from` class moves to its `to` class, the move in their
 * history, then the current plans of the pupils who moved (and of pupils an earlier run moved) follow.
 * Closed versions keep the class they were written in. Every write is under If-Match, in `$batch`es of
 * 20; a pupil someone changed meanwhile stays where they are, with their plan, and is reported. Run
 * again, it finds only what did not move the first time.
 */
export const rolloverClasses = async (
  ctx: StoreContext,
  moves: readonly ClassMove[],
  onProgress?: ProgressReport,
): Promise<RolloverResult> => {
  const lists = await ctx.listIds();
  const stamp = await changeStampOf(ctx);
  const classes = await readWhileBusy(ctx, () => readClasses(ctx, moves));

  const pupilMoves = classes.flatMap(({ move, pupils }) =>
    pupils
      .filter((pupil) => pupil.registerStatus === 'active')
      .map((pupil): { write: BulkWrite; access: PupilAccessChange } => {
        const fields =
          changedFields(pupilToFields(pupilRolledOver(pupil, move.to, stamp)), pupilToFields(pupil)) ?? {};
        return {
          write: {
            item: { kind: 'pupil', id: pupil.id },
            listId: lists.pupils,
            request: patchFields(ctx.siteId, lists.pupils, pupil.id, fields, pupil.etag),
            patch: { itemId: pupil.id, fields },
          },
          access: { pupilId: pupil.id, classTeamId: move.to.id, fromClassTeamId: move.from },
        };
      }),
  );
  const pupilWrites = pupilMoves.map(({ write }) => write);
  const staying = new Set(
    classes.flatMap(({ pupils }) =>
      pupils.filter((pupil) => pupil.registerStatus !== 'active').map((p) => p.id as string),
    ),
  );
  const candidatePlans = classes.flatMap(({ move, plans }) =>
    plans.filter((plan) => !staying.has(plan.pupil.pupilId)).map((plan) => ({ move, plan })),
  );

  const total = pupilWrites.length + candidatePlans.length;
  const progress = progressCount(total, onProgress);
  const report = (count: number): void => progress.add(count);

  const pupilOutcomes = await runBulkWrites(ctx, pupilWrites, report);
  pupilOutcomes.forEach((outcome, index) => {
    if (outcome.kind !== 'saved') staying.add((pupilWrites[index] as BulkWrite).item.id);
  });
  const planMoves = candidatePlans.filter(({ plan }) => !staying.has(plan.pupil.pupilId));
  report(candidatePlans.length - planMoves.length);
  const planWrites = planMoves.map(({ move, plan }): BulkWrite => {
    const fields = {
      CurrentClassTeamId: move.to.id,
      ClassTeamId: move.to.id,
      ClassName: move.to.displayName,
    };
    return {
      item: { kind: 'plan', id: plan.id },
      listId: lists.plans,
      request: patchFields(ctx.siteId, lists.plans, plan.id, fields, plan.etag),
      patch: { itemId: plan.id, fields },
    };
  });
  const planOutcomes = await runBulkWrites(ctx, planWrites, report);
  const moved = pupilMoves.flatMap(({ access }, index) =>
    pupilOutcomes[index]?.kind === 'saved' ? [access] : [],
  );

  // Access follows each pupil who moved; one that could not is reported, their move saved all the same.
  const failures: ItemFailure[] = await applyAccessChanges(ctx, moved);
  const pupilConflicts: ItemRef[] = [];
  const planConflicts: ItemRef[] = [];
  const pupilsMoved = tally(pupilOutcomes, failures, pupilConflicts, 'pupil');
  const plansMoved = tally(planOutcomes, failures, planConflicts, 'plan');
  progress.finish();
  const conflicts = [
    ...(await conflictsOn(ctx, lists.pupils, pupilConflicts, pupilWithEtagFromItem, failures)),
    ...(await conflictsOn(ctx, lists.plans, planConflicts, planSummaryFromItem, failures)),
  ];
  return { pupilsMoved, plansMoved, conflicts, failures };
};
