/**
 * A pupil on the register of an in-memory store whose first plan has had a completed review: the
 * closed version, the version the review opened, and the review. Shared by tests of what is made
 * from a pupil's records (documents, the subject access export).
 */
import { asClassTeamId, type Pupil } from '../../src/domain';
import { planFor } from '../integration/support/pupils';
import type { InMemoryIepStore } from './inMemoryIepStore';
import { buildReview } from './planBuilder';

type RegisterEntry = Parameters<InMemoryIepStore['addPupils']>[0][number];

export const addReviewedPupil = async (store: InMemoryIepStore, entry: Partial<RegisterEntry> = {}) => {
  const [pupil] = (await store.addPupils([
    {
      givenName: 'Maja',
      familyName: 'Nowak',
      dateOfBirth: '2017-05-09',
      pupilRef: 'A123456789012',
      classTeamId: asClassTeamId('team-otters'),
      className: 'Year 4 Otters',
      yearGroup: 'Year 4',
      senStatus: 'K',
      primaryNeed: 'SPLD',
      ...entry,
    },
  ])) as [Pupil];
  const first = await store.createPlan({ pupil, plan: planFor(pupil, 2) });
  const { closed, opened, review } = await store.commitNextVersion(
    { ...first, status: 'active' },
    // Agreed at the review: starts that day, next reviewed in the spring.
    { ...first, status: 'active', startDate: '2026-11-20', nextReviewDate: '2027-03-15' },
    { ...buildReview(first, { status: 'completed', completedOn: '2026-11-20' }), etag: undefined },
  );
  return { pupil, closed, opened, review };
};
