import { EditConflict, type Plan, type PlanHistory, type ShortTermTarget } from '../../domain';
import { fieldFingerprint } from '../../word/fieldFingerprint';
import { diffTargetEdits } from '../../word';
import { buildPlan, shortTermTarget } from '../../../test/support/planBuilder';
import {
  applyChanges,
  conflictState,
  proposedChanges,
  questionsOf,
  resolvedSave,
  withInsertedValues,
} from './saveBackModel';

const plan = (): Plan =>
  buildPlan({
    etag: '"plan,1"',
    shortTermTargets: [
      shortTermTarget(1, { etag: '"t1,1"', targetDate: '2026-03-27' }),
      shortTermTarget(2, { etag: '"t2,1"' }),
    ],
  });

const target = (p: Plan, index: number): ShortTermTarget => p.shortTermTargets[index] as ShortTermTarget;

/** The teacher typed a new date for target 1 and a new "who" for target 2 in Word. */
const changesFromWord = (p: Plan) =>
  proposedChanges(
    p,
    diffTargetEdits(p, [
      { targetId: 'target-1', field: 'targetDate', text: '03/04/2026' },
      { targetId: 'target-2', field: 'deliveredBy', text: 'Mr Brown' },
    ]),
  );

describe('proposedChanges and applyChanges', () => {
  it('lists each change as the document shows it and applies domain values', () => {
    const p = plan();
    const changes = changesFromWord(p);
    expect(changes.map((c) => [c.targetNumber, c.field, c.before, c.after])).toEqual([
      [1, 'targetDate', '27/03/2026', '03/04/2026'],
      [2, 'deliveredBy', 'Mrs Patel (TA)', 'Mr Brown'],
    ]);
    const edited = applyChanges(p, changes.slice(0, 1));
    expect(target(edited, 0).targetDate).toBe('2026-04-03');
    expect(target(edited, 1)).toEqual(target(p, 1));
  });
});

describe('resolvedSave after a conflict', () => {
  it('bases the retry on their version and writes only the fields chosen as mine', () => {
    const p = plan();
    const changes = changesFromWord(p);
    const theirs: ShortTermTarget = {
      ...target(p, 0),
      targetDate: '2026-05-01',
      frequency: 'Daily',
      etag: '"t1,2"',
    };
    const state = conflictState(applyChanges(p, changes), changes, [
      new EditConflict<ShortTermTarget>({ kind: 'target', id: 'target-1' }, theirs, '"t1,2"'),
    ]);
    expect(questionsOf(state)).toEqual([
      expect.objectContaining({
        field: 'targetDate',
        mine: '03/04/2026',
        theirs: '01/05/2026',
        untouchedByThem: false,
      }),
    ]);

    const mine = resolvedSave(state, { 'target-1|targetDate': 'mine' });
    expect(target(mine.base, 0)).toEqual(theirs);
    expect(target(mine.edited, 0)).toEqual({ ...theirs, targetDate: '2026-04-03' });
    // Target 2 saved the first time: it is the same in base and edited, so it is not sent again.
    expect(target(mine.edited, 1)).toEqual(target(mine.base, 1));

    const theirsKept = resolvedSave(state, { 'target-1|targetDate': 'theirs' });
    expect(theirsKept.edited).toEqual(theirsKept.base);
  });

  it('asks nothing where they saved the same value, and drops a target they deleted', () => {
    const p = plan();
    const changes = changesFromWord(p);
    const same: ShortTermTarget = { ...target(p, 0), targetDate: '2026-04-03', etag: '"t1,2"' };
    const state = conflictState(applyChanges(p, changes), changes, [
      new EditConflict<ShortTermTarget>({ kind: 'target', id: 'target-1' }, same, '"t1,2"'),
      new EditConflict<ShortTermTarget>({ kind: 'target', id: 'target-2' }, null, null),
    ]);
    expect(questionsOf(state)).toEqual([]);
    const { base, edited } = resolvedSave(state, {});
    expect(base.shortTermTargets.map((t) => t.id)).toEqual(['target-1']);
    expect(edited).toEqual(base);
  });

  it('keeps their plan details when the plan item was also saved by someone else', () => {
    const p = plan();
    const changes = changesFromWord(p);
    const theirPlan: Plan = { ...p, parentViews: 'Updated by Ms Jones', etag: '"plan,2"' };
    const state = conflictState(applyChanges(p, changes), changes, [
      new EditConflict<Plan>({ kind: 'plan', id: 'plan-1' }, theirPlan, '"plan,2"'),
    ]);
    expect(state.unresolvable).toBe(false);
    const { base, edited } = resolvedSave(state, {});
    expect(base.parentViews).toBe('Updated by Ms Jones');
    expect(base.etag).toBe('"plan,2"');
    expect(edited.parentViews).toBe('Updated by Ms Jones');
  });

  it('cannot resolve a conflict on a plan that is gone', () => {
    const p = plan();
    const changes = changesFromWord(p);
    const state = conflictState(p, changes, [
      new EditConflict<Plan>({ kind: 'plan', id: 'plan-1' }, null, null),
    ]);
    expect(state.unresolvable).toBe(true);
  });
});

describe('withInsertedValues', () => {
  /** Target 1 inserted with "Weekly"; since then Mr Reid saved "Daily"; the teacher typed "Twice a week". */
  const now = (): Plan => buildPlan({ shortTermTargets: [shortTermTarget(1, { frequency: 'Daily' })] });
  const typed = () =>
    proposedChanges(
      now(),
      diffTargetEdits(now(), [
        {
          targetId: 'target-1',
          field: 'frequency',
          text: 'Twice a week',
          inserted: fieldFingerprint('frequency', 'Weekly'),
        },
      ]),
    );
  const historyOf = (...frequencies: [string, string, string][]): PlanHistory => ({
    plan: [],
    targets: [
      {
        id: 'target-1',
        versions: frequencies.map(([frequency, by, at]) => ({
          by,
          at,
          value: {
            ...(buildPlan({ shortTermTargets: [shortTermTarget(1, { frequency })] })
              .shortTermTargets[0] as ShortTermTarget),
            withdrawnOn: null,
          },
        })),
      },
    ],
    evidence: [],
  });

  it('finds the value the document was inserted with, and who changed it after', () => {
    const [change] = withInsertedValues(
      typed(),
      historyOf(['Weekly', 'Ms Shah', '2026-09-01T08:00:00Z'], ['Daily', 'Mr Reid', '2026-11-12T09:00:00Z']),
    );
    expect(change).toMatchObject({
      basis: 'both',
      before: 'Daily',
      after: 'Twice a week',
      inserted: { text: 'Weekly', changedBy: 'Mr Reid', changedOn: '12/11/2026' },
    });
  });

  it('leaves the change as it was when the history does not hold the inserted value', () => {
    const changes = typed();
    expect(withInsertedValues(changes, historyOf(['Daily', 'Mr Reid', '2026-11-12T09:00:00Z']))).toEqual(
      changes,
    );
  });
});
