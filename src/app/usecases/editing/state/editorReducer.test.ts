import { EditConflict, type FieldIssue } from '../../../../domain/errors';
import { asTargetId } from '../../../../domain/ids';
import type { Plan } from '../../../../domain/plan';
import type { SaveResult } from '../../../../domain/ports';
import { seedPlan } from '../../../../../test/support/fakeEditorServices';
import { questionsOf } from '../merge/conflicts';
import { editorReducer, type EditorAction } from './editorReducer';
import { initialEditorState, type EditorState } from './editorState';

const AT = new Date('2026-11-12T14:05:00Z');
const base = seedPlan();
const run = (actions: readonly EditorAction[], from: EditorState = initialEditorState): EditorState =>
  actions.reduce(editorReducer, from);
const plansOf = (state: EditorState) => {
  if (!state.plans) throw new Error('no plan loaded');
  return state.plans;
};

const loaded = run([{ type: 'loaded', plan: base, draft: null }]);
const setLikes = (likes: string): EditorAction => ({
  type: 'edited',
  change: (plan) => ({ ...plan, profile: { ...plan.profile, likes } }),
});

/** I changed Likes and started saving; a colleague, Mr Tom Jones, saved the plan item meanwhile. */
const conflictOn = (
  theirs: Plan,
  from: EditorState = run([setLikes('Trains'), { type: 'saveStarted', merge: null }], loaded),
) => {
  const sent = plansOf(from).edited;
  const result: SaveResult = {
    plan: sent,
    conflicts: [
      new EditConflict({ kind: 'plan', id: base.id }, { ...theirs, etag: '"plan-sam,2"' }, '"plan-sam,2"'),
    ],
    failures: [],
  };
  return run([{ type: 'conflictsFound', sent, against: plansOf(from).base, result }], from);
};
const byTom = (change: Partial<Plan>): Plan => ({
  ...base,
  ...change,
  updatedBy: 'Mr Tom Jones',
  updatedAt: '2026-11-12T14:00:00Z',
});

describe('the editor reducer', () => {
  test('a restored draft is flagged, and discarding it returns to the plan as loaded', () => {
    const draft = { base, edited: { ...base, childInput: 'Draft' }, savedAt: AT.toISOString() };
    const restored = run([{ type: 'loaded', plan: base, draft }]);
    expect(restored.restoredDraft).toBe(true);
    expect(plansOf(restored).edited.childInput).toBe('Draft');
    const discarded = run([{ type: 'discardDraft' }], restored);
    expect(discarded.restoredDraft).toBe(false);
    expect(plansOf(discarded).edited).toBe(base);
  });

  test('a refused save shows the issues and asks for focus each time', () => {
    const issues: FieldIssue[] = [{ path: 'profile.likes', message: 'Likes is too long.' }];
    const once = run([{ type: 'saveRefused', issues, fromServer: true }], loaded);
    const twice = run([{ type: 'saveRefused', issues, fromServer: true }], once);
    expect(once).toMatchObject({
      showIssues: true,
      serverIssues: issues,
      save: { kind: 'invalid', count: 1 },
    });
    expect(twice.focusRequest).toBe(once.focusRequest + 1);
  });

  test('edits typed while a save was in flight are kept after it', () => {
    const saving = run([setLikes('Trains'), { type: 'saveStarted', merge: null }], loaded);
    const sent = plansOf(saving).edited;
    const typed = run([setLikes('Trains and buses')], saving);
    const result: SaveResult = { plan: { ...sent, etag: '"plan-sam,2"' }, conflicts: [], failures: [] };
    const after = run([{ type: 'saved', sent, against: base, result, at: AT }], typed);
    expect(plansOf(after).edited.profile.likes).toBe('Trains and buses');
    expect(plansOf(after).edited.etag).toBe('"plan-sam,2"');
    expect(plansOf(after).base.profile.likes).toBe('Trains');
    expect(after.save).toEqual({ kind: 'saved', at: AT, mergedWith: null });
  });

  test('their change to another field is merged and saved without asking, and says with whom', () => {
    const merged = conflictOn(byTom({ profile: { ...base.profile, dislikes: 'Crowds' } }));
    expect(merged.conflicts).toBeNull();
    expect(merged.queuedSave).toEqual({ with: 'Mr Tom Jones', automatic: true });
    expect(plansOf(merged).edited.profile).toMatchObject({ likes: 'Trains', dislikes: 'Crowds' });
    // Saved against their version and eTag: only my change is written.
    expect(plansOf(merged).base.profile).toMatchObject({ likes: 'Lego', dislikes: 'Crowds' });
    expect(plansOf(merged).edited.etag).toBe('"plan-sam,2"');

    const started = run([{ type: 'saveStarted', merge: merged.queuedSave }], merged);
    const sent = plansOf(started).edited;
    const result: SaveResult = { plan: sent, conflicts: [], failures: [] };
    const saved = run([{ type: 'saved', sent, against: plansOf(started).base, result, at: AT }], started);
    expect(saved.save).toEqual({ kind: 'saved', at: AT, mergedWith: 'Mr Tom Jones' });
  });

  test('the same field changed by both is asked about; the answers are then saved', () => {
    const asked = conflictOn(byTom({ profile: { ...base.profile, likes: 'Minecraft' } }));
    expect(asked.save).toEqual({ kind: 'conflict' });
    expect(asked.queuedSave).toBeNull();
    const questions = questionsOf(asked.conflicts ?? []);
    expect(questions.map((q) => [q.path, q.mine, q.theirs])).toEqual([
      [['profile', 'likes'], 'Trains', 'Minecraft'],
    ]);

    const resolved = run(
      [{ type: 'mergeResolved', choices: new Map([[questions[0]?.key ?? '', 'theirs']]) }],
      asked,
    );
    expect(resolved.conflicts).toBeNull();
    expect(resolved.queuedSave).toEqual({ with: 'Mr Tom Jones', automatic: false });
    expect(plansOf(resolved).edited.profile.likes).toBe('Minecraft');
  });

  test('cancelling the merge keeps my edits unsaved and says so', () => {
    const asked = conflictOn(byTom({ profile: { ...base.profile, likes: 'Minecraft' } }));
    const cancelled = run([{ type: 'mergeCancelled' }], asked);
    expect(cancelled.conflicts).toBeNull();
    expect(plansOf(cancelled).edited.profile.likes).toBe('Trains');
    expect(cancelled.save).toMatchObject({
      kind: 'failed',
      problem: { title: 'Not saved: someone else changed this plan' },
    });
  });

  test('a merged save that conflicts again goes to the user instead of merging round again', () => {
    const merged = conflictOn(byTom({ profile: { ...base.profile, dislikes: 'Crowds' } }));
    const started = run([{ type: 'saveStarted', merge: merged.queuedSave }], merged);
    const again = conflictOn(
      byTom({ profile: { ...base.profile, dislikes: 'Crowds', anxieties: 'Dogs' } }),
      started,
    );
    expect(again.queuedSave).toBeNull();
    expect(again.conflicts).not.toBeNull();
    expect(again.save).toEqual({ kind: 'conflict' });
  });

  test('a target they deleted that I did not change goes without a question', () => {
    const saving = run([setLikes('Trains'), { type: 'saveStarted', merge: null }], loaded);
    const sent = plansOf(saving).edited;
    const result: SaveResult = {
      plan: sent,
      conflicts: [new EditConflict({ kind: 'target', id: 't-2' }, null, null)],
      failures: [],
    };
    const after = run([{ type: 'conflictsFound', sent, against: base, result }], saving);
    expect(after.conflicts).toBeNull();
    expect(plansOf(after).edited.shortTermTargets.map((t) => t.id)).toEqual([asTargetId('t-1')]);
    expect(after.queuedSave).toEqual({ with: 'a colleague', automatic: true });
  });
});
