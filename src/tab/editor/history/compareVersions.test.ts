import { asPlanId, asTargetId } from '../../../domain/ids';
import type { Plan } from '../../../domain/plan';
import { seedPlan } from '../../../../test/support/fakeEditorServices';
import { emptyShortTermTarget } from '../../../app/usecases/editing/planUpdates';
import { compareVersions } from './compareVersions';

const rows = (older: Plan, newer: Plan) =>
  compareVersions(older, newer).map((d) => [d.label, d.older, d.newer]);

const [first, second] = seedPlan().shortTermTargets as [
  Plan['shortTermTargets'][0],
  Plan['shortTermTargets'][0],
];
const older = seedPlan({ id: asPlanId('plan-sam-v1'), version: 1, status: 'closed' });

/** Version 2 as the review starts it: each continued target is a new item naming the one it carries on. */
const continued = (target: typeof first, id: string, change: Partial<typeof first> = {}) => ({
  ...target,
  ...change,
  id: asTargetId(id),
  continuesTargetId: target.id,
  evidence: [],
  etag: undefined,
});

describe('comparing versions by identity', () => {
  test('dropping target 1 shows it removed, not every later target changed', () => {
    const newer = seedPlan({ shortTermTargets: [continued(second, 'v2-t2')] });
    expect(rows(older, newer)).toEqual([
      ['Short-term target 1: removed', `Literacy: ${first.text}`, '(not in this version)'],
    ]);
  });

  test('a continued target with new wording shows the change under its name', () => {
    const newer = seedPlan({
      shortTermTargets: [
        continued(first, 'v2-t1', { successCriteria: 'Reads the words in a class book.' }),
        continued(second, 'v2-t2'),
      ],
    });
    expect(rows(older, newer)).toEqual([
      [
        `Target “${first.text.slice(0, 59)}…” › Success criteria`,
        'Reads the words aloud from flash cards.',
        'Reads the words in a class book.',
      ],
    ]);
  });

  test('a target set in the newer version is shown as new', () => {
    const added = {
      ...emptyShortTermTarget(asTargetId('v2-new'), null),
      area: 'motor-skills' as const,
      text: 'Hop 5 times',
    };
    const newer = seedPlan({
      shortTermTargets: [continued(first, 'v2-t1'), continued(second, 'v2-t2'), added],
    });
    expect(rows(older, newer)).toEqual([
      ['New short-term target', '(not in this version)', 'Motor skills: Hop 5 times'],
    ]);
  });

  test('the same target within one version is matched by id, wherever it moved', () => {
    const newer = seedPlan({ shortTermTargets: [{ ...second, deliveredBy: 'TA' }, first] });
    expect(rows(seedPlan(), newer)).toEqual([
      [`Target “${second.text.slice(0, 59)}…” › Who delivers it`, 'Class teacher', 'TA'],
    ]);
  });
});
