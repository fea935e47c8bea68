import { MULTI_LINE_MAX, SINGLE_LINE_MAX } from './limits';
import { emptyMyViews, feelingWords, FEELING_SCALE, hasMyViews, MyViewsSchema } from './myViews';
import { PlanSchema } from './plan';
import { buildPlan } from '../../test/support/planBuilder';

describe('My views', () => {
  test('a plan written before My views reads with them empty', () => {
    const { myViews: _none, ...older } = buildPlan();
    expect(PlanSchema.parse(older).myViews).toEqual(emptyMyViews());
    expect(hasMyViews(emptyMyViews())).toBe(false);
  });

  test('an answer in the child’s words, or a face alone, counts as views; who helped does not', () => {
    expect(hasMyViews({ ...emptyMyViews(), answers: { ...emptyMyViews().answers, like: 'Swim' } })).toBe(
      true,
    );
    expect(hasMyViews({ ...emptyMyViews(), feeling: 2 })).toBe(true);
    expect(hasMyViews({ ...emptyMyViews(), helpedBy: 'Mrs Khan', filledInOn: '2026-11-30' })).toBe(false);
  });

  test('answers keep the child’s words exactly, spaces and line breaks included', () => {
    const like = '  I want to go on the climbing frame\nwith Sam  ';
    expect(MyViewsSchema.parse({ answers: { like } }).answers.like).toBe(like);
  });

  test('the limits are SharePoint’s, and the message names the question', () => {
    const tooLong = MyViewsSchema.safeParse({ answers: { know: 'x'.repeat(MULTI_LINE_MAX + 1) } });
    expect(tooLong.error?.issues[0]?.message).toMatch(/^How will I know\? is too long/);
    const helper = MyViewsSchema.safeParse({ helpedBy: 'x'.repeat(SINGLE_LINE_MAX + 1) });
    expect(helper.error?.issues[0]?.message).toMatch(/^Who helped me is too long/);
    expect(MyViewsSchema.safeParse({ filledInOn: '2026-02-30' }).success).toBe(false);
  });

  test('the picture scale is five faces, each with words, and nothing outside it', () => {
    expect(FEELING_SCALE.map((step) => step.value)).toEqual([1, 2, 3, 4, 5]);
    expect(FEELING_SCALE.every((step) => step.words.trim() !== '')).toBe(true);
    expect(MyViewsSchema.safeParse({ feeling: 6 }).error?.issues[0]?.message).toBe(
      'Choose one of the five faces.',
    );
    expect([feelingWords(4), feelingWords(null)]).toEqual(['Good', '']);
  });
});
