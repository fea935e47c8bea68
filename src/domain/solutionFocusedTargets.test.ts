import { buildMeeting } from '../../test/support/meetingBuilder';
import { buildPlan } from '../../test/support/planBuilder';
import { meetingTargets, withMeetingTargets } from './solutionFocusedTargets';

const counter = () => {
  let n = 0;
  return () => `id-${(n += 1)}`;
};

describe('the targets a solution-focused meeting gives the next version', () => {
  it('makes each chosen issue a long-term target and each chosen action a linked short-term target', () => {
    const { longTermTargets, shortTermTargets } = meetingTargets(buildMeeting(), counter());
    expect(longTermTargets.map((t) => t.text)).toEqual([
      'Support his reading development',
      'Help him make friends at playtime',
    ]);
    expect(shortTermTargets.map((t) => [t.text, t.longTermTargetId])).toEqual([
      ['Read with an adult for 10 minutes each day', longTermTargets[0]?.id],
      ['Practise 5 new words each week', longTermTargets[0]?.id],
      ['Have a playtime buddy', longTermTargets[1]?.id],
      ['Join the lunchtime games club', longTermTargets[1]?.id],
    ]);
  });

  it('leaves them as drafts for the SMART coach: open, no date, no success criteria', () => {
    const [first] = meetingTargets(buildMeeting(), counter()).shortTermTargets;
    expect(first).toMatchObject({ outcome: 'open', targetDate: null, successCriteria: '', area: 'other' });
  });

  it('adds them after the targets the next version already carries', () => {
    const plan = buildPlan();
    const next = withMeetingTargets(plan, buildMeeting(), counter());
    expect(next.longTermTargets).toHaveLength(plan.longTermTargets.length + 2);
    expect(next.shortTermTargets).toHaveLength(plan.shortTermTargets.length + 4);
    expect(next.shortTermTargets.slice(0, plan.shortTermTargets.length)).toEqual(plan.shortTermTargets);
    expect(withMeetingTargets(plan, null, counter())).toBe(plan);
  });

  it('gives nothing for a meeting that has not chosen yet', () => {
    const none = meetingTargets(buildMeeting({ chosenIssues: [] }), counter());
    expect(none).toEqual({ longTermTargets: [], shortTermTargets: [] });
  });
});
