/** @jest-environment jsdom */
import type { MyViews, Plan } from '../../domain';
import { buildReview, planWithTargets } from '../../../test/support/planBuilder';
import { renderTemplate } from '../renderTemplate';
import { parseBody, textOf, wAll, wVal } from '../testing/readOoxml';

const views: MyViews = {
  answers: {
    like: 'I want to read a whole book by myself',
    help: 'Mrs Khan and my mum',
    done: '',
    know: 'I will read it to my class',
  },
  feeling: 4,
  helpedBy: 'Mrs Khan (TA)',
  filledInOn: '2026-11-30',
};
const plan: Plan = { ...planWithTargets(1), myViews: views, parentViews: 'He reads to us at bedtime.' };

const textOfTemplate = (
  kind: 'one-page-profile' | 'full-iep' | 'review-record',
  review = buildReview(plan),
) => textOf(parseBody(renderTemplate(kind, { plan, review }).bodyXml));

const count = (text: string, part: string) => text.split(part).length - 1;

describe("the child's views in the documents", () => {
  it.each(['one-page-profile', 'full-iep', 'review-record'] as const)(
    // The question left blank ("Have I done it?") is not printed: nothing stands between help and know.
    '%s prints My views in the first person, in the child’s words',
    (kind) => {
      const text = textOfTemplate(kind);
      expect(text).toContain(
        'My views\nWhat I would like to do\nI want to read a whole book by myself\n' +
          'Who is going to help me\nMrs Khan and my mum\nHow I will know\nI will read it to my class\n' +
          'How I feel about how it is going: 🙂 Good (4 out of 5)\nI filled this in with Mrs Khan (TA) on 30/11/2026.',
      );
    },
  );

  it.each(['full-iep', 'review-record'] as const)('%s prints the parents’ views once', (kind) => {
    expect(
      count(textOfTemplate(kind, buildReview(plan, { parentComments: '' })), 'He reads to us at bedtime.'),
    ).toBe(1);
  });

  it('a review recorded before the views were kept with the plan still prints its own comments', () => {
    const text = textOfTemplate('review-record', buildReview(plan, { pupilComments: 'I like reading now.' }));
    expect(text).toContain("Pupil's comments at this review\nI like reading now.");
  });

  it('a plan without My views leaves the questions, in the first person, with room to answer by hand', () => {
    const body = parseBody(renderTemplate('one-page-profile', { plan: planWithTargets(1) }).bodyXml);
    const text = textOf(body);
    expect(text).toContain('My views\nWhat I would like to do\n');
    expect(text).toContain('How I will know');
    expect(text).not.toMatch(/not given|yet\./);
    const answers = wAll(body, 'tbl').find((tbl) => wVal(wAll(tbl, 'tblCaption')[0]) === 'My views');
    expect(wAll(answers as Element, 'trHeight')).toHaveLength(4);
  });
});
