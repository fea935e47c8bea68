import { formatUkDate, NotFound } from '../domain';
import { createInMemoryIepStore } from '../../test/support/inMemoryIepStore';
import { addReviewedPupil } from '../../test/support/reviewedPupil';
import { completeDocumentInput, loadAgreedVersion } from './documentInput';

const setUp = async () => {
  const store = createInMemoryIepStore();
  return { store, ...(await addReviewedPupil(store)) };
};

describe('what a document reads from the store besides the plan', () => {
  it('gives the review record the version its completed review agreed, and the date of birth', async () => {
    const { store, closed, opened, review } = await setUp();
    const input = await completeDocumentInput(store, 'review-record', { plan: closed, review });
    expect(input.nextVersion?.id).toBe(opened.id);
    expect(input.dateOfBirth).toBe('2017-05-09');
    expect(opened.nextReviewDate && formatUkDate(opened.nextReviewDate)).toMatch(/^\d\d\/\d\d\/\d{4}$/);
  });

  it('has no agreed version for a review not yet completed, or for the newest version', async () => {
    const { store, closed, opened, review } = await setUp();
    expect(await loadAgreedVersion(store, closed, { ...review, status: 'scheduled' })).toBeNull();
    expect(await loadAgreedVersion(store, opened, { ...review, planId: opened.id })).toBeNull();
  });

  it('leaves the date of birth blank when the register cannot be read, rather than failing the document', async () => {
    const { store, opened } = await setUp();
    const denied = {
      ...store,
      findPupil: () => Promise.reject(new NotFound({ kind: 'pupil', id: 'x' })),
    };
    const input = await completeDocumentInput(denied, 'full-iep', { plan: opened, review: null });
    expect(input.dateOfBirth).toBeNull();
    expect(input.nextVersion).toBeNull();
  });
});
