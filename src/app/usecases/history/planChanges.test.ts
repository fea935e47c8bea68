import type { PlanHistory, TargetVersion, Versioned } from '../../../domain/planHistory';
import type { Evidence, ShortTermTarget } from '../../../domain/target';
import { asEvidenceId } from '../../../domain/ids';
import { planWithTargets } from '../../../../test/support/planBuilder';
import { describePlanHistory } from './planChanges';

const plan = planWithTargets(1);
const target = plan.shortTermTargets[0] as ShortTermTarget;
const asTarget = (change: Partial<TargetVersion> = {}): TargetVersion => ({
  ...target,
  withdrawnOn: null,
  ...change,
});
const at = (minute: number): string => `2026-11-24T09:${String(minute).padStart(2, '0')}:00Z`;
const version = <T>(value: T, by: string, minute: number): Versioned<T> => ({ value, by, at: at(minute) });
const evidence: Evidence = {
  id: asEvidenceId('70'),
  date: '2026-11-20',
  rating: 3,
  note: 'Read 8 words',
  recordedBy: 'Tom',
};

const history = (overrides: Partial<PlanHistory> = {}): PlanHistory => ({
  plan: [version({ ...plan, shortTermTargets: [] }, 'Ms Priya Shah', 0)],
  targets: [],
  evidence: [],
  ...overrides,
});

describe('describePlanHistory', () => {
  test('the first version of the plan item is the start of the plan', () => {
    expect(describePlanHistory(history())).toEqual([
      expect.objectContaining({ kind: 'plan-started', by: 'Ms Priya Shah', at: at(0) }),
    ]);
  });

  test('a plan edit names each field changed, and who made it', () => {
    const first = { ...plan, shortTermTargets: [] };
    const changes = describePlanHistory(
      history({
        plan: [
          version(first, 'Ms Priya Shah', 0),
          version(
            { ...first, profile: { ...first.profile, likes: 'Trains' }, parentViews: 'Happy' },
            'Mr Tom Bennett',
            5,
          ),
        ],
      }),
    );
    expect(changes[0]).toMatchObject({
      kind: 'plan-edited',
      by: 'Mr Tom Bennett',
      paths: [['profile', 'likes'], ['parentViews']],
    });
  });

  test('a plan version that only moved who saved last shows no change', () => {
    const first = { ...plan, shortTermTargets: [] };
    const changes = describePlanHistory(
      history({
        plan: [
          version(first, 'Ms Priya Shah', 0),
          version({ ...first, updatedBy: 'Someone', updatedAt: at(3) }, 'Ms Priya Shah', 3),
        ],
      }),
    );
    expect(changes.map((change) => change.kind)).toEqual(['plan-started']);
  });

  test('a target added, edited by two people and withdrawn: each change with its own person, newest first', () => {
    const changes = describePlanHistory(
      history({
        targets: [
          {
            id: target.id,
            versions: [
              version(asTarget(), 'Ms Priya Shah', 1),
              version(asTarget({ strategies: 'Word cards' }), 'Mr Tom Bennett', 2),
              version(asTarget({ strategies: 'Word cards', frequency: 'Daily' }), 'Ms Grace Obi', 3),
              version(
                asTarget({ strategies: 'Word cards', frequency: 'Daily', withdrawnOn: '2026-11-24' }),
                'Ms Priya Shah',
                4,
              ),
            ],
          },
        ],
      }),
    );
    expect(changes.map((change) => [change.kind, change.by, change.paths])).toEqual([
      ['target-withdrawn', 'Ms Priya Shah', []],
      ['target-edited', 'Ms Grace Obi', [['shortTermTargets', 0, 'frequency']]],
      ['target-edited', 'Mr Tom Bennett', [['shortTermTargets', 0, 'strategies']]],
      ['target-added', 'Ms Priya Shah', []],
      ['plan-started', 'Ms Priya Shah', []],
    ]);
    expect(changes[0]?.target).toBe(target.text);
  });

  test('evidence added names its target and the day it was observed', () => {
    const changes = describePlanHistory(
      history({
        targets: [{ id: target.id, versions: [version(asTarget({ text: 'Read 10 words' }), 'A', 1)] }],
        evidence: [{ id: '70', targetId: target.id, versions: [version(evidence, 'Mr Tom Bennett', 6)] }],
      }),
    );
    expect(changes[0]).toMatchObject({
      kind: 'evidence-added',
      by: 'Mr Tom Bennett',
      target: 'Read 10 words',
      evidenceDate: '2026-11-20',
    });
  });
});
