import { asEvidenceId, asTargetId } from '../../../domain/ids';
import type { Plan } from '../../../domain/plan';
import type { ShortTermTarget } from '../../../domain/target';
import { planWithTargets, shortTermTarget } from '../../../../test/support/planBuilder';
import { ShortTermTargetSchema } from '../../../domain/target';
import { diffPlan, isEmptyDiff } from './planDiff';

/** A plan as read from the store: every target and evidence entry has an item id and an eTag. */
const storedPlan = (): Plan => {
  const plan = planWithTargets(3, { etag: '"{P},4"' });
  return {
    ...plan,
    shortTermTargets: plan.shortTermTargets.map((target, i) => ({
      ...target,
      id: asTargetId(String(10 + i)),
      etag: `"{T${i}},1"`,
      evidence:
        i === 0
          ? [
              {
                id: asEvidenceId('70'),
                date: '2026-01-12',
                rating: 2,
                note: 'Read 8 words',
                recordedBy: 'Tom',
                etag: '"{E},1"',
              },
            ]
          : [],
    })),
  };
};

const withTarget = (plan: Plan, index: number, change: Partial<ShortTermTarget>): Plan => ({
  ...plan,
  shortTermTargets: plan.shortTermTargets.map((target, i) =>
    i === index ? { ...target, ...change } : target,
  ),
});

const TODAY = '2026-02-12';

describe('diffPlan', () => {
  test('nothing changed means nothing to send', () => {
    const base = storedPlan();
    expect(isEmptyDiff(diffPlan(structuredClone(base), base, TODAY))).toBe(true);
  });

  test('who saved and when do not by themselves make a change', () => {
    const base = storedPlan();
    expect(
      isEmptyDiff(
        diffPlan({ ...base, updatedBy: 'Someone else', updatedAt: '2026-02-11T09:00:00Z' }, base, TODAY),
      ),
    ).toBe(true);
  });

  test('a changed target sends only its changed columns, with its eTag; the plan item is untouched', () => {
    const base = storedPlan();
    const diff = diffPlan(withTarget(base, 1, { strategies: 'Word cards daily' }), base, TODAY);
    expect(diff.planFields).toBeNull();
    expect(diff.targets).toEqual([
      {
        kind: 'update',
        target: expect.objectContaining({ id: '11' }),
        etag: '"{T1},1"',
        fields: { Strategies: 'Word cards daily' },
      },
    ]);
  });

  test('linking a target to a provision, or unlinking it, sends its ProvisionId', () => {
    const base = storedPlan();
    const linked = diffPlan(withTarget(base, 2, { provisionId: '7' }), base, TODAY);
    expect(linked.targets).toEqual([
      expect.objectContaining({ kind: 'update', fields: { ProvisionId: '7' } }),
    ]);
    const stored = withTarget(base, 2, { provisionId: '7' });
    const { provisionId: _, ...unlinked } = stored.shortTermTargets[2] as ShortTermTarget;
    const cleared = diffPlan(withTarget(stored, 2, {}), stored, TODAY);
    expect(cleared.targets).toEqual([]);
    const edited = {
      ...stored,
      shortTermTargets: stored.shortTermTargets.map((t, i) => (i === 2 ? unlinked : t)),
    };
    expect(diffPlan(edited, stored, TODAY).targets).toEqual([
      expect.objectContaining({ kind: 'update', fields: { ProvisionId: '' } }),
    ]);
  });

  test('recording an outcome also updates the summary count on the plan item', () => {
    const base = storedPlan();
    const diff = diffPlan(withTarget(base, 0, { outcome: 'achieved' }), base, TODAY);
    expect(diff.planFields).toEqual({ AchievedCount: 1 });
    expect(diff.targets[0]).toMatchObject({ kind: 'update', fields: { Outcome: 'achieved' } });
  });

  test('a new target (no eTag) is created with all its columns and its evidence follows it', () => {
    const base = storedPlan();
    const added = ShortTermTargetSchema.parse({
      ...shortTermTarget(9),
      id: 'draft-1',
      evidence: [{ id: 'draft-e', date: '2026-02-01', rating: 1 }],
    });
    const diff = diffPlan({ ...base, shortTermTargets: [...base.shortTermTargets, added] }, base, TODAY);
    expect(diff.targets).toHaveLength(1);
    expect(diff.targets[0]).toMatchObject({
      kind: 'create',
      fields: { Title: added.text, SortOrder: 3, PlanId: base.id },
    });
    expect(diff.evidence).toEqual([
      { kind: 'create', evidence: added.evidence[0], targetId: 'draft-1', targetIsNew: true },
    ]);
    expect(diff.planFields).toEqual({ TargetCount: 4 });
  });

  test('a removed stored target is withdrawn today under its eTag, never deleted, and its evidence stays', () => {
    const base = storedPlan();
    const diff = diffPlan({ ...base, shortTermTargets: base.shortTermTargets.slice(1) }, base, TODAY);
    expect(diff.targets).toContainEqual({
      kind: 'withdraw',
      target: base.shortTermTargets[0],
      etag: '"{T0},1"',
      fields: { Withdrawn: true, WithdrawnOn: TODAY },
    });
    expect(diff.targets.map((op) => op.kind)).not.toContain('delete');
    expect(diff.evidence).toEqual([]);
  });

  test('a target never saved is simply dropped: nothing is withdrawn', () => {
    const stored = storedPlan();
    const local = ShortTermTargetSchema.parse({ ...shortTermTarget(9), id: 'draft-1' });
    const base = { ...stored, shortTermTargets: [...stored.shortTermTargets, local] };
    const diff = diffPlan(stored, base, TODAY);
    expect(diff.targets).toEqual([]);
    expect(diff.evidence).toEqual([]);
  });

  test('moving a target changes the order of the targets that moved, nothing else', () => {
    const base = storedPlan();
    const [a, b, c] = base.shortTermTargets as [ShortTermTarget, ShortTermTarget, ShortTermTarget];
    const diff = diffPlan({ ...base, shortTermTargets: [b, a, c] }, base, TODAY);
    expect(
      diff.targets.map((op) => [op.kind, op.target.id, op.kind === 'update' ? op.fields : null]),
    ).toEqual([
      ['update', '11', { SortOrder: 0 }],
      ['update', '10', { SortOrder: 1 }],
    ]);
  });

  test('new evidence on a stored target is created; stored evidence missing from the edit is never deleted', () => {
    const base = storedPlan();
    const added = {
      id: asEvidenceId('draft-e2'),
      date: '2026-02-09',
      rating: 4,
      note: 'Read 18 words',
      recordedBy: 'Tom',
    };
    const diff = diffPlan(withTarget(base, 0, { evidence: [added] }), base, TODAY);
    expect(diff.targets).toEqual([]);
    expect(diff.evidence).toEqual([{ kind: 'create', evidence: added, targetId: '10', targetIsNew: false }]);
  });

  test('a plan-level edit sends just that column', () => {
    const base = storedPlan();
    expect(
      diffPlan({ ...base, parentViews: 'Happy with progress.', nextReviewDate: '2026-04-01' }, base, TODAY)
        .planFields,
    ).toEqual({
      ParentViews: 'Happy with progress.',
      NextReviewDate: '2026-04-01',
    });
  });
});
