import { EditConflict } from '../../../../domain/errors';
import { asTargetId } from '../../../../domain/ids';
import type { Plan } from '../../../../domain/plan';
import type { ShortTermTarget } from '../../../../domain/target';
import { seedPlan } from '../../../../../test/support/fakeEditorServices';
import { emptyShortTermTarget } from '../planUpdates';
import {
  applyMergeChoices,
  buildConflictEntries,
  questionsOf,
  savedByNames,
  unresolvedCount,
  withTheirNewTargets,
  type ConflictEntry,
  type MergeChoice,
} from './conflicts';
import { rebaseAfterPartialSave } from './planItems';

const T1 = asTargetId('t-1');
const withTarget = (plan: Plan, change: Partial<ShortTermTarget>, id = T1): Plan => ({
  ...plan,
  shortTermTargets: plan.shortTermTargets.map((t) => (t.id === id ? { ...t, ...change } : t)),
});
const targetOf = (plan: Plan, id = T1) => plan.shortTermTargets.find((t) => t.id === id);
const withoutTarget = (plan: Plan, id = T1): Plan => ({
  ...plan,
  shortTermTargets: plan.shortTermTargets.filter((t) => t.id !== id),
});

/** The store's answer: their target as saved, on a newer eTag, without evidence (stored apart). */
const targetConflict = (theirs: Plan | null, etag = '"t-1,2"') => {
  const target = theirs && targetOf(theirs);
  return new EditConflict(
    { kind: 'target', id: T1 },
    target ? { ...target, etag, evidence: [] } : null,
    target ? etag : null,
  );
};
const planConflict = (theirs: Plan, etag = '"plan-sam,2"') =>
  new EditConflict({ kind: 'plan', id: theirs.id }, { ...theirs, etag }, etag);

const answer = (entries: readonly ConflictEntry[], choice: MergeChoice): Map<string, MergeChoice> =>
  new Map(questionsOf(entries).map((q) => [q.key, choice]));

const base = seedPlan();

describe('merging a colleague’s save into my edits', () => {
  test('changes to different fields merge without a question, on their eTag', () => {
    const mine = withTarget(base, { strategies: 'Mine' });
    const theirs = withTarget(base, { frequency: 'Twice a day' });
    const entries = buildConflictEntries(mine, base, [targetConflict(theirs)]);
    expect(questionsOf(entries)).toEqual([]);
    const merged = applyMergeChoices(mine, base, entries, new Map());
    expect(targetOf(merged.edited)).toMatchObject({
      strategies: 'Mine',
      frequency: 'Twice a day',
      etag: '"t-1,2"',
    });
    // My evidence stays; the base is now their version, so only my change is written.
    expect(targetOf(merged.edited)?.evidence).toEqual(targetOf(mine)?.evidence);
    expect(targetOf(merged.base)).toMatchObject({
      strategies: base.shortTermTargets[0]?.strategies,
      frequency: 'Twice a day',
    });
  });

  test('a field both changed differently is asked; keeping mine there never wipes their other changes', () => {
    const mine = withTarget(base, { strategies: 'Mine' });
    const theirs = withTarget(base, { strategies: 'Theirs', deliveredBy: 'SALT' });
    const entries = buildConflictEntries(mine, base, [targetConflict(theirs)]);
    expect(questionsOf(entries).map((q) => [q.kind, q.path, q.mine, q.theirs])).toEqual([
      ['both-changed', ['strategies'], 'Mine', 'Theirs'],
    ]);
    expect(unresolvedCount(entries, new Map())).toBe(1);
    expect(() => applyMergeChoices(mine, base, entries, new Map())).toThrow(/needs an answer/);

    const keepMine = applyMergeChoices(mine, base, entries, answer(entries, 'mine'));
    expect(targetOf(keepMine.edited)).toMatchObject({ strategies: 'Mine', deliveredBy: 'SALT' });
    const useTheirs = applyMergeChoices(mine, base, entries, answer(entries, 'theirs'));
    expect(targetOf(useTheirs.edited)).toMatchObject({ strategies: 'Theirs', deliveredBy: 'SALT' });
  });

  test('a field both changed to the same value is not asked', () => {
    const mine = withTarget(base, { strategies: 'Same' });
    const theirs = withTarget(base, { strategies: 'Same' });
    expect(questionsOf(buildConflictEntries(mine, base, [targetConflict(theirs)]))).toEqual([]);
  });

  test('plan details merge key by key inside a record; a list is asked about as one field', () => {
    const mine: Plan = {
      ...base,
      profile: { ...base.profile, likes: 'Trains' },
      needs: { ...base.needs, identifiedAreas: ['Phonological awareness', 'Working memory'] },
    };
    const theirs: Plan = {
      ...base,
      profile: { ...base.profile, dislikes: 'Crowds' },
      needs: { ...base.needs, identifiedAreas: ['Phonological awareness', 'Fine motor delay'] },
      updatedBy: 'Mr Tom Jones',
      updatedAt: '2026-11-12T14:05:00Z',
    };
    const entries = buildConflictEntries(mine, base, [planConflict(theirs)]);
    expect(questionsOf(entries).map((q) => q.path)).toEqual([['needs', 'identifiedAreas']]);
    const merged = applyMergeChoices(mine, base, entries, answer(entries, 'theirs'));
    expect(merged.edited.profile).toMatchObject({ likes: 'Trains', dislikes: 'Crowds' });
    expect(merged.edited.needs.identifiedAreas).toEqual(['Phonological awareness', 'Fine motor delay']);
    expect(merged.edited.etag).toBe('"plan-sam,2"');
    expect(merged.edited.shortTermTargets).toBe(mine.shortTermTargets);
  });

  test('the people lists are one field each: both adding a professional is asked about', () => {
    const person = (name: string) => ({ name, email: '', role: 'Other', organisation: '', involvement: '' });
    const mine: Plan = { ...base, people: { ...base.people, professionals: [person('Dr Lee')] } };
    const theirs: Plan = { ...base, people: { ...base.people, professionals: [person('Ms Khan')] } };
    const entries = buildConflictEntries(mine, base, [planConflict(theirs)]);
    expect(questionsOf(entries).map((q) => q.path)).toEqual([['people', 'professionals']]);
  });
});

describe('items deleted on one side', () => {
  test('deleted by them and not changed by me: let go without asking', () => {
    const mine = base;
    const entries = buildConflictEntries(mine, base, [targetConflict(null)]);
    expect(questionsOf(entries)).toEqual([]);
    const merged = applyMergeChoices(mine, base, entries, new Map());
    expect(targetOf(merged.edited)).toBeUndefined();
    expect(targetOf(merged.base)).toBeUndefined();
  });

  test('deleted by them while I changed it: asked; restoring saves mine as a new item', () => {
    const mine = withTarget(base, { strategies: 'Mine' });
    const entries = buildConflictEntries(mine, base, [targetConflict(null)]);
    expect(questionsOf(entries).map((q) => q.kind)).toEqual(['deleted-by-them']);
    const restore = applyMergeChoices(mine, base, entries, answer(entries, 'mine'));
    expect(targetOf(restore.edited)).toMatchObject({ strategies: 'Mine' });
    expect(targetOf(restore.edited)?.etag).toBeUndefined();
    expect(targetOf(restore.edited)?.evidence.every((e) => e.etag === undefined)).toBe(true);
    expect(targetOf(restore.base)).toBeUndefined();
    const letGo = applyMergeChoices(mine, base, entries, answer(entries, 'theirs'));
    expect(targetOf(letGo.edited)).toBeUndefined();
  });

  test('removed by me after they changed it: asked; removing uses their eTag, keeping restores theirs', () => {
    const mine = withoutTarget(base);
    const theirs = withTarget(base, { strategies: 'Theirs' });
    const entries = buildConflictEntries(mine, base, [targetConflict(theirs, '"t-1,5"')]);
    expect(questionsOf(entries).map((q) => q.kind)).toEqual(['changed-after-removal']);
    const remove = applyMergeChoices(mine, base, entries, answer(entries, 'mine'));
    expect(targetOf(remove.edited)).toBeUndefined();
    expect(targetOf(remove.base)?.etag).toBe('"t-1,5"');
    const keep = applyMergeChoices(mine, base, entries, answer(entries, 'theirs'));
    expect(targetOf(keep.edited)).toMatchObject({ strategies: 'Theirs', etag: '"t-1,5"' });
    expect(keep.edited.shortTermTargets[0]?.id).toBe(T1);
  });
});

describe('targets added on both sides', () => {
  test('theirs join my edits and the base; mine stay as saved', () => {
    const myNew = { ...emptyShortTermTarget(asTargetId('created-1'), null), text: 'Mine', etag: '"c1,1"' };
    const theirNew = { ...emptyShortTermTarget(asTargetId('t-9'), null), text: 'Theirs', etag: '"t9,1"' };
    const mine: Plan = {
      ...withTarget(base, { strategies: 'Mine' }),
      shortTermTargets: [...base.shortTermTargets, myNew],
    };
    const saved: Plan = { ...base, shortTermTargets: [...base.shortTermTargets, myNew] };
    const theirs: Plan = {
      ...base,
      profile: { ...base.profile, dislikes: 'Crowds' },
      shortTermTargets: [...base.shortTermTargets, myNew, theirNew],
    };
    const plans = withTheirNewTargets({ edited: mine, base: saved }, [planConflict(theirs)]);
    expect(plans.edited.shortTermTargets.map((t) => t.text)).toEqual([
      base.shortTermTargets[0]?.text,
      base.shortTermTargets[1]?.text,
      'Mine',
      'Theirs',
    ]);
    // Already stored, so the next save does not create it again.
    expect(plans.base.shortTermTargets.map((t) => t.id)).toContain('t-9');
  });
});

describe('who saved', () => {
  test('a target takes the plan’s saver when the plan item conflicted too; otherwise “a colleague”', () => {
    const theirs = { ...withTarget(base, { strategies: 'Theirs' }), updatedBy: 'Mr Tom Jones' };
    const mine = withTarget({ ...base, childInput: 'Mine' }, { strategies: 'Mine' });
    const both = buildConflictEntries(mine, base, [
      planConflict({ ...theirs, childInput: 'X' }),
      targetConflict(theirs),
    ]);
    expect(both.map((e) => e.savedBy.name)).toEqual(['Mr Tom Jones', 'Mr Tom Jones']);
    expect(savedByNames(both)).toBe('Mr Tom Jones');
    const targetOnly = buildConflictEntries(mine, base, [targetConflict(theirs)]);
    expect(targetOnly[0]?.savedBy).toEqual({ name: null, at: null });
    expect(savedByNames(targetOnly)).toBe('a colleague');
  });
});

describe('rebase after a partial save', () => {
  test('items that saved become the base; conflicted ones keep their old base and eTag', () => {
    const saved: Plan = {
      ...withTarget(
        withTarget(base, { strategies: 'Mine' }),
        { frequency: 'Weekly', etag: '"t-2,2"' },
        asTargetId('t-2'),
      ),
      etag: '"plan-sam,2"',
    };
    const rebased = rebaseAfterPartialSave(base, saved, [{ kind: 'target', id: 't-1' }]);
    expect(targetOf(rebased)).toEqual(targetOf(base));
    expect(targetOf(rebased, asTargetId('t-2'))).toMatchObject({ frequency: 'Weekly', etag: '"t-2,2"' });
    expect(rebased.etag).toBe('"plan-sam,2"');
  });
});
