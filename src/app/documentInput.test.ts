import { AccessDenied, formatUkDate, NotFound } from '../domain';
import { createInMemoryIepStore } from '../../test/support/inMemoryIepStore';
import { inPhonicsGroup } from '../../test/support/groupPlanFixtures';
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

describe("a document's group targets", () => {
  it('gives the full plan and the Child’s Plan the group targets of the plan’s period, with the child’s outcome', async () => {
    const { store, pupil, opened } = await setUp();
    const { provisions } = await inPhonicsGroup(pupil.id);
    for (const kind of ['full-iep', 'childs-plan'] as const) {
      const input = await completeDocumentInput(store, kind, { plan: opened, review: null }, provisions);
      expect(input.groupTargets?.map((t) => [t.provisionName, t.target.text, t.outcome.comment])).toEqual([
        ['Phonics catch-up group', 'Blend CVC words', '6 of 10'],
      ]);
      expect(input.groupTargetsUnread).toBeUndefined();
    }
  });

  it('reads no provisions for a document that does not print them', async () => {
    const { store, pupil, closed, review } = await setUp();
    const { provisions } = await inPhonicsGroup(pupil.id);
    const read = jest.spyOn(provisions, 'pupilProvisions');
    const input = await completeDocumentInput(store, 'review-record', { plan: closed, review }, provisions);
    expect(input.groupTargets).toBeUndefined();
    expect(read).not.toHaveBeenCalled();
  });

  it('prints the document without group targets when they cannot be read, and hands back why', async () => {
    const { store, opened } = await setUp();
    const denied = new AccessDenied({ kind: 'provision', id: 'x' });
    const failing = { pupilProvisions: () => Promise.reject(denied) };
    const input = await completeDocumentInput(store, 'full-iep', { plan: opened, review: null }, failing);
    expect(input.groupTargets).toEqual([]);
    expect(input.groupTargetsUnread).toBe(denied);
    expect(input.dateOfBirth).toBe('2017-05-09');
  });
});
