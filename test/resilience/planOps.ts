import {
  asEvidenceId,
  asTargetId,
  ShortTermTargetSchema,
  TargetAreaSchema,
  type Evidence,
  type Plan,
  type ShortTermTarget,
} from '../../src/domain';
import {
  choosePlan,
  leaveOpen,
  noteSaveProblems,
  open,
  persist,
  saveKeepingChanges,
  think,
  violation,
  type OpContext,
} from './attempts';
import { OUTCOMES, PLAN_FIELDS, TARGET_FIELDS, type FieldSpec } from './fields';
import { marker, tokensIn, versionOf, type CreatedKind } from './ledger';

/** Edits of a plan, as the editor makes them: read the plan, change it, save only what changed. */

const valueFor = (ctx: OpContext, spec: FieldSpec<unknown>, current: string): string => {
  if (spec.kind === 'outcome') return ctx.user.random.pick(OUTCOMES.filter((o) => o !== current));
  return `${spec.name} as noted by ${ctx.user.persona.name} ${marker(ctx.token)}`;
};

export const withTarget = (plan: Plan, target: ShortTermTarget): Plan => ({
  ...plan,
  shortTermTargets: plan.shortTermTargets.map((t) => (t.id === target.id ? target : t)),
});

const acknowledge = (
  ctx: OpContext,
  item: { kind: 'plan' | 'target'; id: string; etag?: string | undefined },
  planId: string,
  field: string,
  value: string,
  baseVersion: number | null,
): void => {
  const version = versionOf(item.etag);
  if (version === null) {
    violation(ctx, `the ${item.kind} ${item.id} came back without a SharePoint version (eTag ${item.etag})`);
    return;
  }
  ctx.ledger.acknowledgeField({
    user: ctx.user.persona.name,
    step: ctx.step,
    itemKind: item.kind,
    itemId: item.id,
    planId,
    field,
    value,
    version,
    baseVersion,
  });
};

/** Changes one field of the plan or of one of its targets; on a conflict, re-reads and changes it again. */
export const editField = async (ctx: OpContext): Promise<void> => {
  const planId = choosePlan(ctx);
  const onTarget = ctx.user.random.chance(0.45);
  const planSpec = ctx.user.random.pick(PLAN_FIELDS);
  const targetSpec = ctx.user.random.pick(TARGET_FIELDS);
  let targetId: string | null = null;
  let value: string | null = null;
  let sent = false;
  const field = onTarget ? `target ${targetSpec.name}` : planSpec.name;

  await persist(ctx, `editing ${field} of plan ${planId}`, async () => {
    const { plan } = await open(ctx, planId);
    if (!onTarget) {
      value ??= valueFor(ctx, planSpec as FieldSpec<unknown>, planSpec.get(plan));
      if (sent && planSpec.get(plan) === value) {
        // The answer to an earlier try was lost, but the change is there: confirmed by reading.
        acknowledge(ctx, { kind: 'plan', id: plan.id, etag: plan.etag }, planId, planSpec.name, value, null);
        return 'done';
      }
      await think(ctx);
      await leaveOpen(ctx, plan);
      sent = true;
      const result = await saveKeepingChanges(ctx, planSpec.set(plan, value), plan);
      noteSaveProblems(ctx, result, plan);
      if (result.plan.etag === plan.etag) return 'again';
      const baseVersion = versionOf(plan.etag);
      acknowledge(
        ctx,
        { kind: 'plan', id: plan.id, etag: result.plan.etag },
        planId,
        planSpec.name,
        value,
        baseVersion,
      );
      return 'done';
    }

    targetId ??= ctx.user.random.pick(plan.shortTermTargets).id;
    const target = plan.shortTermTargets.find((t) => t.id === targetId);
    if (!target) {
      violation(ctx, `target ${targetId} of plan ${planId} has disappeared`);
      return 'done';
    }
    value ??= valueFor(ctx, targetSpec as FieldSpec<unknown>, targetSpec.get(target));
    if (targetSpec.get(target) === value && (sent || targetSpec.kind === 'outcome')) {
      acknowledge(ctx, { kind: 'target', ...target }, planId, targetSpec.name, value, null);
      return 'done';
    }
    await think(ctx);
    sent = true;
    const result = await saveKeepingChanges(ctx, withTarget(plan, targetSpec.set(target, value)), plan);
    noteSaveProblems(ctx, result, plan);
    const saved = result.plan.shortTermTargets.find((t) => t.id === targetId);
    if (!saved || saved.etag === target.etag) return 'again';
    acknowledge(ctx, { kind: 'target', ...saved }, planId, targetSpec.name, value, versionOf(target.etag));
    return 'done';
  });
};

const acknowledgeCreate = (
  ctx: OpContext,
  kind: CreatedKind,
  token: string,
  planId: string,
  itemId: string,
  confirmedByReading: boolean,
): void => {
  ctx.ledger.acknowledgeCreate({
    user: ctx.user.persona.name,
    step: ctx.step,
    kind,
    token,
    planId,
    itemId,
    confirmedByReading,
  });
};

const newEvidence = (ctx: OpContext, token: string): Evidence => ({
  id: asEvidenceId(`new-${token}`),
  date: `2026-02-${String(ctx.user.random.int(10, 27)).padStart(2, '0')}`,
  rating: ctx.user.random.int(1, 5),
  note: `Seen in class by ${ctx.user.persona.name} ${marker(token)}`,
  recordedBy: ctx.user.persona.name,
});

const carrying = (entries: readonly Evidence[], token: string): Evidence[] =>
  entries.filter((entry) => tokensIn(entry.note).includes(token));

/** Records a dated observation against one target. */
export const addEvidence = async (ctx: OpContext): Promise<void> => {
  const planId = choosePlan(ctx);
  let targetId: string | null = null;
  let sent = false;
  await persist(ctx, `adding evidence to plan ${planId}`, async () => {
    const { plan } = await open(ctx, planId);
    targetId ??= ctx.user.random.pick(plan.shortTermTargets).id;
    const target = plan.shortTermTargets.find((t) => t.id === targetId);
    if (!target) {
      violation(ctx, `target ${targetId} of plan ${planId} has disappeared`);
      return 'done';
    }
    const present = carrying(target.evidence, ctx.token);
    if (present[0]) {
      if (!sent) violation(ctx, `evidence ${ctx.token} was in the plan before it was saved`);
      acknowledgeCreate(ctx, 'evidence', ctx.token, planId, present[0].id, true);
      return 'done';
    }
    await think(ctx);
    sent = true;
    ctx.ledger.attempted.add(ctx.token);
    const edited = withTarget(plan, {
      ...target,
      evidence: [...target.evidence, newEvidence(ctx, ctx.token)],
    });
    const result = await saveKeepingChanges(ctx, edited, plan);
    noteSaveProblems(ctx, result, plan);
    const savedTarget = result.plan.shortTermTargets.find((t) => t.id === targetId);
    const saved = carrying(savedTarget?.evidence ?? [], ctx.token).find((e) => e.etag !== undefined);
    if (!saved) return 'again';
    acknowledgeCreate(ctx, 'evidence', ctx.token, planId, saved.id, false);
    return 'done';
  });
};

export const newTarget = (ctx: OpContext, evidence: readonly Evidence[]): ShortTermTarget =>
  ShortTermTargetSchema.parse({
    id: asTargetId(`new-${ctx.token}`),
    area: ctx.user.random.pick(TargetAreaSchema.options),
    text: `By half term the pupil will read ten new words a week ${marker(ctx.token)}`,
    successCriteria: 'Reads the words aloud in three separate checks.',
    deliveredBy: ctx.user.persona.name,
    frequency: '10 minutes daily',
    evidence,
  });

/** Adds a short-term target, sometimes with its first evidence (saved once the target has an id). */
export const addTarget = async (ctx: OpContext): Promise<void> => {
  const planId = choosePlan(ctx);
  const evidenceToken = ctx.user.random.chance(0.35) ? `${ctx.token}.evidence` : null;
  let targetAcknowledged = false;
  let sent = false;
  await persist(ctx, `adding a target to plan ${planId}`, async () => {
    const { plan } = await open(ctx, planId);
    const target = plan.shortTermTargets.find((t) => tokensIn(t.text).includes(ctx.token));
    if (target && !targetAcknowledged) {
      if (!sent) violation(ctx, `target ${ctx.token} was in the plan before it was saved`);
      acknowledgeCreate(ctx, 'target', ctx.token, planId, target.id, true);
      targetAcknowledged = true;
    }
    const evidencePresent = evidenceToken ? carrying(target?.evidence ?? [], evidenceToken)[0] : undefined;
    if (evidencePresent && evidenceToken) {
      acknowledgeCreate(ctx, 'evidence', evidenceToken, planId, evidencePresent.id, true);
      return 'done';
    }
    if (target && !evidenceToken) return 'done';

    const evidence = evidenceToken ? [newEvidence(ctx, evidenceToken)] : [];
    const edited: Plan = target
      ? withTarget(plan, { ...target, evidence: [...target.evidence, ...evidence] })
      : { ...plan, shortTermTargets: [...plan.shortTermTargets, newTarget(ctx, evidence)] };
    await think(ctx);
    sent = true;
    ctx.ledger.attempted.add(ctx.token);
    if (evidenceToken) ctx.ledger.attempted.add(evidenceToken);
    const result = await saveKeepingChanges(ctx, edited, plan);
    noteSaveProblems(ctx, result, plan);
    const saved = result.plan.shortTermTargets.find((t) => tokensIn(t.text).includes(ctx.token));
    const savedHasId = saved !== undefined && saved.etag !== undefined && saved.id !== `new-${ctx.token}`;
    if (savedHasId && !targetAcknowledged) {
      acknowledgeCreate(ctx, 'target', ctx.token, planId, saved.id, false);
      targetAcknowledged = true;
    }
    if (!evidenceToken) return targetAcknowledged ? 'done' : 'again';
    const savedEvidence = carrying(saved?.evidence ?? [], evidenceToken).find((e) => e.etag !== undefined);
    if (!savedEvidence) return 'again';
    acknowledgeCreate(ctx, 'evidence', evidenceToken, planId, savedEvidence.id, false);
    return 'done';
  });
};
