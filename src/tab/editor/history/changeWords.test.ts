import type { PlanChange } from '../../../app/usecases/history/planChanges';
import { changeWhen, changeWho, changeWords } from './changeWords';

const change = (overrides: Partial<PlanChange>): PlanChange => ({
  key: 'k',
  at: '2026-11-24T09:05:00Z',
  by: 'Ms Priya Shah',
  kind: 'plan-edited',
  target: null,
  paths: [],
  ...overrides,
});

describe('the words for a change', () => {
  test('a plan edit names the fields as the form labels them', () => {
    expect(changeWords(change({ paths: [['profile', 'likes'], ['parentViews']] }), 'england')).toBe(
      "Changed Likes, Parents' and carers' views",
    );
  });

  test('a target change names the target and its fields without a position', () => {
    expect(
      changeWords(
        change({
          kind: 'target-edited',
          target: 'Read 10 words',
          paths: [['shortTermTargets', 0, 'successCriteria']],
        }),
        'england',
      ),
    ).toBe('Changed target “Read 10 words”: Success criteria');
  });

  test('withdrawn, added and evidence, with UK dates', () => {
    expect(changeWords(change({ kind: 'target-withdrawn', target: 'Count to 20' }), 'england')).toBe(
      'Withdrew target “Count to 20”',
    );
    expect(changeWords(change({ kind: 'target-added', target: '' }), 'england')).toBe('Added a target');
    expect(
      changeWords(
        change({ kind: 'evidence-added', target: 'Count to 20', evidenceDate: '2026-11-20' }),
        'england',
      ),
    ).toBe('Recorded evidence for target “Count to 20” (observed 20/11/2026)');
  });

  test('when is a UK date and time on the school clock; who is never blank', () => {
    expect(changeWhen('2026-07-15T12:30:00Z')).toBe('15/07/2026 at 13:30');
    expect(changeWho(' ')).toBe('Someone (not recorded)');
  });
});
