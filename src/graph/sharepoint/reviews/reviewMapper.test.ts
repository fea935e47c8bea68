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
});
