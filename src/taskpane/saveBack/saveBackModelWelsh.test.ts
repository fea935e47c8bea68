import type { Plan, PlanHistory, ShortTermTarget, TargetArea } from '../../domain';
import { fieldFingerprint } from '../../word/fieldFingerprint';
import { diffTargetEdits } from '../../word';
import { buildPlan, shortTermTarget } from '../../../test/support/planBuilder';
import { proposedChanges, withInsertedValues } from './saveBackModel';

/**
 * A Welsh working copy inserted with target 1's area as "Cyfathrebu" (communication); since then Mr
 * Reid saved Literacy in the tab, and the teacher typed "Mathemateg" in Word.
 */
const planWith = (area: TargetArea): Plan =>
  buildPlan({ nation: 'wales', stage: 'school-idp', shortTermTargets: [shortTermTarget(1, { area })] });

const historyOf = (...areas: [TargetArea, string, string][]): PlanHistory => ({
  plan: [],
  targets: [
    {
      id: 'target-1',
      versions: areas.map(([area, by, at]) => ({
        by,
        at,
        value: { ...(planWith(area).shortTermTargets[0] as ShortTermTarget), withdrawnOn: null },
      })),
    },
  ],
  evidence: [],
});

describe('withInsertedValues for a Welsh working copy', () => {
  it('finds the value inserted in Welsh words, and who changed it after', () => {
    const now = planWith('literacy');
    const typed = proposedChanges(
      now,
      diffTargetEdits(now, [
        {
          targetId: 'target-1',
          field: 'area',
          text: 'Mathemateg',
          inserted: fieldFingerprint('area', 'Cyfathrebu'),
        },
      ]),
    );
    const [change] = withInsertedValues(
      typed,
      historyOf(
        ['communication', 'Ms Shah', '2026-09-01T08:00:00Z'],
        ['literacy', 'Mr Reid', '2026-11-12T09:00:00Z'],
      ),
    );
    expect(change).toMatchObject({
      basis: 'both',
      change: { area: 'mathematics' },
      inserted: { text: 'Communication', changedBy: 'Mr Reid', changedOn: '12/11/2026' },
    });
  });
});
