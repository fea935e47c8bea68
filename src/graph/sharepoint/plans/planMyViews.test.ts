import { buildPlan } from '../../../../test/support/planBuilder';
import { asPlanId } from '../../../domain/ids';
import type { MyViews } from '../../../domain/myViews';
import { listItemOf as item } from '../shared/listItemFixture';
import { planFromItem, planToFields } from './planMapper';

const views: MyViews = {
  answers: {
    like: 'I want to read a whole book by myself.',
    help: 'Mrs Khan and my mum.',
    done: 'Not yet.',
    know: 'I will read it to my class.',
  },
  feeling: 4,
  helpedBy: 'Mrs Khan (teaching assistant)',
  filledInOn: '2026-11-30',
};

describe('My views on a plan item (schema 8)', () => {
  test('the child’s answers, face, helper and date round-trip through MyViewsJson', () => {
    const plan = buildPlan({ id: asPlanId('5'), myViews: views });
    const fields = planToFields(plan);
    const result = planFromItem(item('5', fields), []);
    expect(result.ok && result.value.myViews).toEqual(views);
  });

  test('a plan written before schema 8 has no column and reads as no views yet', () => {
    const { MyViewsJson: _absent, ...older } = planToFields(buildPlan({ id: asPlanId('5') }));
    const result = planFromItem(item('5', older), []);
    expect(result.ok && result.value.myViews).toEqual({
      answers: { like: '', help: '', done: '', know: '' },
      feeling: null,
      helpedBy: '',
      filledInOn: null,
    });
  });

  test('a damaged note is reported, and the plan still opens with My views empty', () => {
    const fields = { ...planToFields(buildPlan({ id: asPlanId('5') })), MyViewsJson: '{"feeling": 9}' };
    const result = planFromItem(item('5', fields), []);
    expect(result.ok && result.value.myViews.feeling).toBeNull();
    expect(result.ok && result.problems.map((p) => p.field)).toEqual(['MyViewsJson.feeling']);
  });
});
