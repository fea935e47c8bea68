import { UNSETTLED_CREATES_KEY, unsettledCreatesIn } from '../../../app/unsettledCreates';
import { clearAllDrafts } from '../../../app/usecases/editing/draftStorage';

test('clearing the drafts at sign-out also forgets which creates had no answer', () => {
  unsettledCreatesIn(window.sessionStorage).add('targets-list/new-target-1');
  expect(window.sessionStorage.getItem(UNSETTLED_CREATES_KEY)).not.toBeNull();
  clearAllDrafts();
  expect(window.sessionStorage.getItem(UNSETTLED_CREATES_KEY)).toBeNull();
  expect(unsettledCreatesIn(window.sessionStorage).has('targets-list/new-target-1')).toBe(false);
});
