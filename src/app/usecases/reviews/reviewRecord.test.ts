import { buildMeeting } from '../../../../test/support/meetingBuilder';
import { buildReview, planWithTargets } from '../../../../test/support/planBuilder';
import { fixedClock } from '../../../domain';
import { completeReview } from './reviewRecord';

const deps = { clock: fixedClock('2026-11-24T09:00:00Z'), terms: [] };

describe('completing a review held as a solution-focused meeting', () => {
  const plan = planWithTargets(2);
  const base = buildReview(plan, { status: 'scheduled', completedOn: '2026-11-24' });

  it('opens the next version with the meeting’s long-term and short-term targets as drafts', () => {
    const { next } = completeReview(plan, { ...base, meeting: buildMeeting() }, deps);
    const added = next.longTermTargets.slice(plan.longTermTargets.length);
    expect(added.map((t) => t.text)).toEqual([
      'Support his reading development',
      'Help him make friends at playtime',
    ]);
    expect(next.shortTermTargets.map((t) => t.text)).toEqual([
      'Read with an adult for 10 minutes each day',
      'Practise 5 new words each week',
      'Have a playtime buddy',
      'Join the lunchtime games club',
    ]);
    expect(new Set(next.shortTermTargets.map((t) => t.id)).size).toBe(4);
  });

  it('adds nothing when the review was not held that way', () => {
    const { next } = completeReview(plan, base, deps);
    expect(next.longTermTargets).toHaveLength(plan.longTermTargets.length);
    expect(next.shortTermTargets).toEqual([]);
  });
});
