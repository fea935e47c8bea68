import {
  EditConflict,
  Offline,
  ServiceError,
  Throttled,
  type PlanDocument,
  type PlanId,
  type Plan,
  type SaveResult,
} from '../../src/domain';
import { versionOf, type Ledger } from './ledger';
import { sleep } from './random';
import { workloadOf, type ScenarioUser, type World } from './users';

/** One simulated user's one operation: who, which step, and the marker its values carry. */
export interface OpContext {
  readonly user: ScenarioUser;
  readonly ledger: Ledger;
  readonly world: World;
  readonly step: number;
  /** e.g. `r1.teacher.17`: unique in the run, written into every value this operation saves. */
  readonly token: string;
}

export type Round = 'done' | 'again';

/**
 * Rounds a user tries before giving up: counted, not timed, so a busy machine cannot fail the run. The
 * pauses between rounds (up to 0.4 s) add up to minutes, enough to ride out a killed stand-in's restart.
 */
const GIVE_UP_AFTER_ROUNDS = 400;

/** What a person is told to retry: "busy, try again", "check your connection". */
const isTransient = (error: unknown): error is Throttled | Offline | ServiceError =>
  error instanceof Throttled ||
  error instanceof Offline ||
  // A body cut off by a killed server has no HTTP status; 502-504 are gateways giving up.
  (error instanceof ServiceError && (error.status <= 0 || (error.status >= 502 && error.status <= 504)));

export const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

export const who = (ctx: OpContext): string => `${ctx.user.persona.name} (step ${ctx.step})`;

export const violation = (ctx: OpContext, message: string): void => {
  ctx.ledger.violations.push(`${who(ctx)}: ${message}`);
};

/**
 * Runs one round after another until the user's intended change is saved, as a person would: a
 * throttled or lost request is tried again after a pause; anything else is a failure of the run.
 */
export const persist = async (
  ctx: OpContext,
  what: string,
  round: () => Promise<Round>,
): Promise<boolean> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      if ((await round()) === 'done') return true;
    } catch (error) {
      if (!isTransient(error)) {
        violation(ctx, `${what} failed with an error a user could not act on: ${describe(error)}`);
        return false;
      }
      ctx.ledger.noteRetry(error.code);
    }
    if (ctx.ledger.halted) return false;
    if (attempt >= GIVE_UP_AFTER_ROUNDS) {
      violation(ctx, `${what} did not succeed after ${attempt} attempts`);
      return false;
    }
    await sleep(Math.min(400, 10 * attempt) + ctx.user.random.int(0, 20));
  }
};

/** "Check your connection": the answer never came, so the write may or may not have been carried out. */
const isUnanswered = (error: unknown): boolean =>
  error instanceof Offline || (error instanceof ServiceError && error.status <= 0);

/**
 * Share of unanswered writes a user sends again at once, unchanged, as the editor's "Save again" does
 * with the draft it kept: the store must find what the lost attempt created rather than create it twice.
 */
const BLIND_RESEND_SHARE = 0.5;
const MOST_BLIND_RESENDS = 2;

/**
 * Sends a write as the app's pages do: "throttled" is the product's promise that nothing was done and
 * the changes are kept, so the very same write is sent again without reading first (a write that had
 * in fact half-landed would now create its items twice, and the verifier would say so). After a lost
 * answer the user often does the same ("Save again"); otherwise the failure goes back to the round,
 * which reads again first. Either way the plan is unclear until a read settles it.
 */
export const whileThrottled = async <T>(
  ctx: OpContext,
  planId: string,
  write: () => Promise<T>,
): Promise<T> => {
  let blindResends = 0;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      const resend =
        isUnanswered(error) &&
        blindResends < MOST_BLIND_RESENDS &&
        !ctx.ledger.halted &&
        ctx.user.random.chance(BLIND_RESEND_SHARE);
      if (resend) {
        ctx.ledger.unclearPlans.add(planId);
        blindResends += 1;
        ctx.ledger.noteRetry('resent-after-lost-answer');
        continue;
      }
      if (!(error instanceof Throttled) || attempt >= 20 || ctx.ledger.halted) {
        if (isTransient(error)) ctx.ledger.unclearPlans.add(planId);
        throw error;
      }
      ctx.ledger.noteRetry(error.code);
      await sleep(10 * attempt);
    }
  }
};

export const saveKeepingChanges = (ctx: OpContext, edited: Plan, base: Plan): Promise<SaveResult> =>
  whileThrottled(ctx, base.id, () => ctx.user.store.savePlan(edited, base));

/**
 * Someone who opened the plan, left it open and saves after a colleague has saved it: once a run, on
 * Year 3's first plan (the hot spot the SENCO and Year 3's teacher share), the first edit of a plan
 * field waits with its read until someone else's save of that plan is acknowledged (or nobody is left to
 * make one). Its save must come back as an EditConflict, so every run shows one whatever the timing: a
 * TA adds evidence only, which never conflicts, leaving fewer editors to collide by chance.
 */
export const leaveOpen = async (ctx: OpContext, plan: Plan): Promise<void> => {
  if (plan.id !== ctx.world.planIds[0] || !ctx.ledger.claimLeftOpen()) return;
  const read = versionOf(plan.etag) ?? 0;
  const colleagueSaved = (): boolean =>
    ctx.ledger.fields.some(
      (write) =>
        write.itemKind === 'plan' &&
        write.planId === plan.id &&
        write.user !== ctx.user.persona.name &&
        write.version > read,
    );
  while (!colleagueSaved() && !ctx.ledger.halted && !ctx.ledger.allStarted()) await sleep(5);
};

/** A pause between reading and saving, as someone types: it widens the window for a colleague's save. */
export const think = (ctx: OpContext): Promise<void> => sleep(ctx.user.random.int(0, 40));

/** Share of operations that go to a hot spot (users.ts `workloadOf`), so the users really do collide. */
const HOT_SPOT_SHARE = 0.5;

export const choosePlan = (ctx: OpContext): PlanId => {
  const work = workloadOf(ctx.user.key, ctx.world);
  return ctx.user.random.pick(ctx.user.random.chance(HOT_SPOT_SHARE) ? work.hotSpots : work.plans);
};

export const open = async (ctx: OpContext, planId: PlanId): Promise<PlanDocument> => {
  const doc = await ctx.user.store.openPlan(planId);
  for (const problem of doc.problems)
    violation(
      ctx,
      `plan ${planId} has an unreadable ${problem.item.kind} ${problem.item.id}: ${problem.message}`,
    );
  return doc;
};

const versionInBase = (base: PlanDocument['plan'], kind: string, id: string): number | null => {
  if (kind === 'plan') return versionOf(base.etag);
  if (kind === 'target') return versionOf(base.shortTermTargets.find((t) => t.id === id)?.etag);
  const entry = base.shortTermTargets.flatMap((t) => t.evidence).find((e) => e.id === id);
  return versionOf(entry?.etag);
};

/**
 * Every conflict a save reports must be real and must say what the colleague saved, so the user can
 * compare: the item changed since it was read (a higher version) and "theirs" is there.
 */
export const noteSaveProblems = (ctx: OpContext, result: SaveResult, base: PlanDocument['plan']): void => {
  for (const conflict of result.conflicts) {
    if (!(conflict instanceof EditConflict)) {
      violation(ctx, `a save reported a conflict that is not an EditConflict`);
      continue;
    }
    const baseVersion = versionInBase(base, conflict.item.kind, conflict.item.id);
    const theirVersion = versionOf(conflict.theirEtag);
    ctx.ledger.conflicts.push({
      user: ctx.user.persona.name,
      step: ctx.step,
      item: `${conflict.item.kind} ${conflict.item.id}`,
      baseVersion,
      theirVersion,
    });
    if (conflict.theirs === null)
      violation(
        ctx,
        `the conflict on ${conflict.item.kind} ${conflict.item.id} did not say what the colleague saved`,
      );
    else if (baseVersion !== null && theirVersion !== null && theirVersion <= baseVersion)
      violation(
        ctx,
        `a conflict was reported on ${conflict.item.kind} ${conflict.item.id}, which had not changed (version ${baseVersion})`,
      );
  }
  for (const failure of result.failures) {
    if (failure.status === 429 || failure.status === 503) ctx.ledger.noteRetry('throttled-in-batch');
    // A conflict whose "theirs" could not be read is still surfaced: the user is told someone else saved
    // since they opened it, and to save again to compare.
    else if (failure.status === 412) {
      ctx.ledger.noteRetry('conflict-unread');
      ctx.ledger.conflicts.push({
        user: ctx.user.persona.name,
        step: ctx.step,
        item: `${failure.item.kind} ${failure.item.id}`,
        baseVersion: versionInBase(base, failure.item.kind, failure.item.id),
        theirVersion: null,
      });
    }
    // No answer for this item: it may or may not have landed; the next round reads before writing.
    else if (failure.status === 0) {
      ctx.ledger.noteRetry('unanswered-in-batch');
      ctx.ledger.unclearPlans.add(base.id);
    } else if (failure.status === 403)
      // Each user does only what their role may (run.ts): SharePoint refusing it is an access fault.
      violation(
        ctx,
        `REFUSED: SharePoint refused ${failure.item.kind} ${failure.item.id} (403), which this role may save`,
      );
    else
      violation(
        ctx,
        `saving ${failure.item.kind} ${failure.item.id} failed: ${failure.status} ${failure.message}`,
      );
  }
};
