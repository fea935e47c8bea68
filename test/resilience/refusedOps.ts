import { AccessDenied, type Plan, type SaveResult } from '../../src/domain';
import { choosePlan, open, persist, think, violation, whileThrottled, type OpContext } from './attempts';
import { TARGET_FIELDS } from './fields';
import { marker, tokensIn } from './ledger';
import { newTarget, withTarget } from './planOps';

/**
 * What a teaching assistant may not do under care teams, tried anyway: with `assistantsMayEdit` off they
 * read plans, targets and reviews and add evidence only (docs/ACCESS.md). The tab offers them nothing
 * more, but a stale tab or a hand-made Graph call could try, so SharePoint itself must refuse it with
 * 403, whatever the faults, and none of it may be stored. A 403 here is the answer expected, counted as
 * a refusal; a 403 to anything a role may do is a violation (attempts.ts `noteSaveProblems`).
 */

const TEXT_FIELDS = TARGET_FIELDS.filter((spec) => spec.kind !== 'outcome');

const carriesToken = (plan: Plan, token: string): boolean =>
  plan.shortTermTargets.some((target) =>
    [target.text, ...TEXT_FIELDS.map((spec) => spec.get(target))].some((text) =>
      tokensIn(text).includes(token),
    ),
  );

/** 'refused' when SharePoint said no to the part the role may not write; otherwise what to do next. */
const verdictOf = (ctx: OpContext, result: SaveResult, what: string): 'refused' | 'again' | 'saved' => {
  if (result.failures.some((failure) => failure.status === 403)) return 'refused';
  for (const failure of result.failures) {
    if (failure.status === 0) ctx.ledger.unclearPlans.add(result.plan.id);
    else if (failure.status !== 429 && failure.status !== 503 && failure.status !== 412)
      violation(ctx, `${what} failed with ${failure.status}, not 403: ${failure.message}`);
  }
  return result.failures.length > 0 || result.conflicts.length > 0 ? 'again' : 'saved';
};

/** The TA changes a text of one of a plan's targets, or adds a target: SharePoint must refuse either. */
export const tryChangingTargets = async (ctx: OpContext): Promise<void> => {
  const planId = choosePlan(ctx);
  const adding = ctx.user.random.chance(0.4);
  const spec = ctx.user.random.pick(TEXT_FIELDS);
  const what = adding
    ? `adding a target to plan ${planId}`
    : `changing a target's ${spec.name} in plan ${planId}`;
  let targetId: string | null = null;
  ctx.ledger.refusable.add(ctx.token);
  await persist(ctx, `${what} (not allowed)`, async () => {
    const { plan } = await open(ctx, planId);
    if (carriesToken(plan, ctx.token)) {
      violation(ctx, `REFUSED WRITE STORED: ${what} was not allowed, but it is in the plan`);
      return 'done';
    }
    let edited: Plan;
    if (adding) edited = { ...plan, shortTermTargets: [...plan.shortTermTargets, newTarget(ctx, [])] };
    else {
      targetId ??= ctx.user.random.pick(plan.shortTermTargets).id;
      const target = plan.shortTermTargets.find((t) => t.id === targetId);
      if (!target) {
        violation(ctx, `target ${targetId} of plan ${planId} has disappeared`);
        return 'done';
      }
      edited = withTarget(
        plan,
        spec.set(target, `${spec.name} as the TA would have it ${marker(ctx.token)}`),
      );
    }
    await think(ctx);
    let result: SaveResult;
    try {
      result = await whileThrottled(ctx, planId, () => ctx.user.store.savePlan(edited, plan));
    } catch (error) {
      if (!(error instanceof AccessDenied)) throw error;
      ctx.ledger.refusals += 1;
      return 'done';
    }
    const verdict = verdictOf(ctx, result, what);
    if (verdict === 'refused') ctx.ledger.refusals += 1;
    else if (verdict === 'saved')
      violation(ctx, `SharePoint let the TA go on ${what}, which their role may not do`);
    return verdict === 'again' ? 'again' : 'done';
  });
};
