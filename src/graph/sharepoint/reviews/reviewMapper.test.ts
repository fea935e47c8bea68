import { buildMeeting } from '../../../../test/support/meetingBuilder';
import { buildPlan, buildReview } from '../../../../test/support/planBuilder';
import { listItemOf as item } from '../shared/listItemFixture';
import { reviewFromItem, reviewToFields } from './reviewMapper';

describe('review items', () => {
  test('a review round-trips, invitees and agenda included', () => {
    const review = {
      ...buildReview(buildPlan()),
      id: '9' as never,
      etag: '"{R},1"',
      eventId: 'AAMk=',
      iCalUId: '040000008200E0',
    };
    const result = reviewFromItem(item('9', reviewToFields(review), '"{R},1"'));
    expect(result.ok && result.value).toEqual(review);
  });

  test('a solution-focused meeting round-trips with its roles, lists and votes', () => {
    const review = { ...buildReview(buildPlan()), id: '9' as never, meeting: buildMeeting() };
    const result = reviewFromItem(item('9', reviewToFields(review)));
    expect(result.ok && result.value.meeting).toEqual(buildMeeting());
  });

  test('a review without a meeting leaves the column empty and reads back as no meeting', () => {
    const fields = reviewToFields(buildReview(buildPlan()));
    expect(fields.SolutionFocusedJson).toBe('');
    const result = reviewFromItem(item('9', fields));
    expect(result.ok && result.value.meeting).toBeNull();
  });

  test('a meeting note broken in SharePoint is reported, and the review still opens without it', () => {
    const fields = {
      ...reviewToFields(buildReview(buildPlan())),
      SolutionFocusedJson: JSON.stringify({ ...buildMeeting(), issues: [{ id: 'a', text: '' }] }),
    };
    const result = reviewFromItem(item('9', fields));
    expect(result.ok && result.value.meeting).toBeNull();
    expect(result.ok && result.problems.map((p) => [p.field, p.message])).toEqual([
      ['SolutionFocusedJson.issues.0.text', 'Flip-chart item is required.'],
    ]);
  });

  test('a meeting too long for its column is refused before it is sent, at its fields', () => {
    const long = 'x'.repeat(250);
    const meeting = buildMeeting({
      sharing: Array.from({ length: 20 }, () => ({ speaker: 'A', seconds: 1, notes: long.repeat(20) })),
    });
    expect(() => reviewToFields({ ...buildReview(buildPlan()), meeting })).toThrow(
      /The solution-focused meeting is too long to save/,
    );
  });
});
