import { EditConflict } from '../../../domain/errors';
import { asTargetId } from '../../../domain/ids';
import type { Plan } from '../../../domain/plan';
import { seedPlan } from '../../../../test/support/fakeEditorServices';
import {
  applyMergeChoices,
  buildConflictEntries,
  changedByMe,
  choiceKey,
  unresolvedCount,
  type ConflictEntry,
  type MergeChoice,
} from './conflicts';
import { rebaseAfterPartialSave } from './planItems';

const T1 = asTargetId('t-1');
const withTarget = (plan: Plan, change: Partial<Plan['shortTermTargets'][number]>, id = T1): Plan => ({
  ...plan,
  shortTermTargets: plan.shortTermTargets.map((t) => (t.id === id ? { ...t, ...change } : t)),
});
const targetOf = (plan: Plan, id = T1) => plan.shortTermTargets.find((t) => t.id === id);

/** The choice key of the only field of the only entry, failing the test if there is not exactly one. */
const onlyKey = (entries: readonly ConflictEntry[]): string => {
  const [entry] = entries;
  const [field] = entry?.fields ?? [];
  if (!entry || !field || entries.length !== 1 || entry.fields.length !== 1)
    throw new Error('expected one conflicting field');
  return choiceKey(entry, field);
};

describe('merge entries', () => {
  const base = seedPlan();
  const mine = withTarget(base, { strategies: 'Mine', frequency: 'Daily' });
  const theirs = { ...withTarget(base, { strategies: 'Theirs', frequency: 'Daily' }), etag: undefined };
  const theirTarget = { ...targetOf(theirs), etag: '"t-1,2"', evidence: [] };
  const conflict = new EditConflict({ kind: 'target', id: T1 }, theirTarget, '"t-1,2"');

  test('list only the fields that differ, never ids, eTags or evidence', () => {
    const [entry] = buildConflictEntries(mine, base, [conflict]);
    expect(entry?.fields.map((f) => f.path)).toEqual([['strategies']]);
    expect(entry?.fields[0]).toMatchObject({ mine: 'Mine', theirs: 'Theirs' });
  });

  test('note which fields I changed myself', () => {
    const onlyTheirs = withTarget(base, { deliveredBy: 'SALT' });
    const [entry] = buildConflictEntries(base, base, [
      new EditConflict({ kind: 'target', id: T1 }, { ...targetOf(onlyTheirs), evidence: [] }, '"t-1,2"'),
    ]);
    const [field] = entry?.fields ?? [];
    expect(field && entry && changedByMe(entry, field)).toBe(false);
  });

  test('refuse to merge until every field has a choice', () => {
    const entries = buildConflictEntries(mine, base, [conflict]);
    expect(unresolvedCount(entries, new Map())).toBe(1);
    expect(() => applyMergeChoices(mine, base, entries, new Map())).toThrow(/needs a choice/);
  });

  test('a merged target takes their eTag and the chosen values; the base becomes theirs', () => {
    const entries = buildConflictEntries(mine, base, [conflict]);
    const choices = new Map<string, MergeChoice>([[onlyKey(entries), 'theirs']]);
    const merged = applyMergeChoices(mine, base, entries, choices);
    expect(targetOf(merged.edited)).toMatchObject({
      strategies: 'Theirs',
      frequency: 'Daily',
      etag: '"t-1,2"',
    });
    expect(targetOf(merged.edited)?.evidence).toEqual(targetOf(mine)?.evidence);
    expect(targetOf(merged.base)).toMatchObject({ strategies: 'Theirs', etag: '"t-1,2"' });
  });
});

describe('whole items removed on one side', () => {
  const base = seedPlan();

  test('I removed a target they changed: keeping mine deletes it with their eTag; using theirs restores it', () => {
    const mine: Plan = { ...base, shortTermTargets: base.shortTermTargets.filter((t) => t.id !== T1) };
    const theirTarget = { ...targetOf(withTarget(base, { strategies: 'Theirs' })), evidence: [] };
    const entries = buildConflictEntries(mine, base, [
      new EditConflict({ kind: 'target', id: T1 }, theirTarget, '"t-1,5"'),
    ]);
    const [entry] = entries;
    expect(entry?.fields).toHaveLength(1);
    expect(entry?.fields[0]?.path).toEqual([]);
    const key = onlyKey(entries);

    const keepMine = applyMergeChoices(mine, base, entries, new Map([[key, 'mine']]));
    expect(targetOf(keepMine.edited)).toBeUndefined();
    expect(targetOf(keepMine.base)?.etag).toBe('"t-1,5"');

    const useTheirs = applyMergeChoices(mine, base, entries, new Map([[key, 'theirs']]));
    expect(targetOf(useTheirs.edited)).toMatchObject({ strategies: 'Theirs', etag: '"t-1,5"' });
    expect(useTheirs.edited.shortTermTargets[0]?.id).toBe(T1);
  });

  test('they deleted a target I changed: keeping mine saves it again as a new item', () => {
    const mine = withTarget(base, { strategies: 'Mine' });
    const entries = buildConflictEntries(mine, base, [
      new EditConflict({ kind: 'target', id: T1 }, null, null),
    ]);
    const key = onlyKey(entries);
    const keep = applyMergeChoices(mine, base, entries, new Map([[key, 'mine']]));
    expect(targetOf(keep.edited)?.etag).toBeUndefined();
    expect(targetOf(keep.edited)?.evidence.every((e) => e.etag === undefined)).toBe(true);
    expect(targetOf(keep.base)).toBeUndefined();
    const drop = applyMergeChoices(mine, base, entries, new Map([[key, 'theirs']]));
    expect(targetOf(drop.edited)).toBeUndefined();
  });
});

describe('rebase after a partial save', () => {
  test('items that saved become the base; conflicted ones keep their old base and eTag', () => {
    const base = seedPlan();
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
