import { emptyMyViews, type Plan } from '../../../domain';
import { createInMemoryIepStore } from '../../../../test/support/inMemoryIepStore';
import { buildPlan } from '../../../../test/support/planBuilder';
import { rebaseViews, saveMyViews, withViews } from './saveMyViews';

const plan = buildPlan({ parentViews: '' });
const answered = { ...emptyMyViews(), answers: { ...emptyMyViews().answers, like: 'Swim' } };

describe('saving My views', () => {
  it('dates the answers the first time they are saved, and keeps a date already given', () => {
    expect(withViews(plan, { myViews: answered, parentViews: '' }, '2026-11-24').myViews.filledInOn).toBe(
      '2026-11-24',
    );
    const dated = { ...answered, filledInOn: '2026-10-01' };
    expect(withViews(plan, { myViews: dated, parentViews: '' }, '2026-11-24').myViews.filledInOn).toBe(
      '2026-10-01',
    );
  });

  it('saves through the plan’s save, and a stale copy is a conflict that writes nothing', async () => {
    const store = createInMemoryIepStore({ plans: [plan] });
    const first = await saveMyViews(store, plan, { myViews: answered, parentViews: 'Pleased' }, '2026-11-24');
    expect(first.kind).toBe('saved');
    const stale = await saveMyViews(store, plan, { myViews: emptyMyViews(), parentViews: '' }, '2026-11-24');
    expect(stale.kind).toBe('conflict');
    expect([store.plans.get(plan.id)?.myViews.answers.like, store.plans.get(plan.id)?.parentViews]).toEqual([
      'Swim',
      'Pleased',
    ]);
  });

  it('onto their copy, only what this page changed replaces theirs', () => {
    const theirs: Plan = { ...plan, parentViews: 'Written by Ms Jones', myViews: answered };
    expect(rebaseViews({ myViews: plan.myViews, parentViews: 'Mine' }, plan, theirs)).toEqual({
      myViews: answered,
      parentViews: 'Mine',
    });
  });
});
