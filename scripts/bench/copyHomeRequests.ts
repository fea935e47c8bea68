/**
 * Sending a copy of the plan home after a review, with the product's own sender
 * (src/app/copyHome.ts, what the "Send a copy home" dialog calls): the upload into the SEN site's
 * library, Graph's conversion to PDF and `POST /me/sendMail` are counted as the send; recording it on
 * the review is counted apart. The download behind the conversion's 302 is not a Graph request.
 */
import { GRAPH_SCOPES } from '../../src/auth/scopes';
import { createCopyHomeSender } from '../../src/app/copyHome';
import { fixedClock, homeRecipientsOf, ReviewSchema, type IepStore } from '../../src/domain';
import { atMost, type BenchRow } from './report';
import { BENCH_NOW, SENCO, type BenchSchool } from './school';
import type { MeasuredSchool } from './schoolData';

export const benchCopyHomeRequests = async (
  school: BenchSchool,
  data: MeasuredSchool,
): Promise<BenchRow[]> => {
  const store = school.storeFor(SENCO);
  const { plan } = await store.openPlan(data.editedPlanId);
  const review = await store.saveReview(
    ReviewSchema.parse({
      id: 'new-review',
      seriesId: plan.seriesId,
      planId: plan.id,
      type: 'termly',
      status: 'completed',
      start: '2026-11-20T15:30:00Z',
      end: '2026-11-20T16:15:00Z',
      parentComments: 'Reading at home has helped.',
      completedOn: '2026-11-20',
    }),
  );
  let recording = 0;
  const countedStore: IepStore = {
    ...store,
    saveReview: async (r) => {
      const before = school.standIn.stats().httpRequests;
      const saved = await store.saveReview(r);
      recording = school.standIn.stats().httpRequests - before;
      return saved;
    },
  };
  const sender = createCopyHomeSender({
    filesClient: school.clientFor(SENCO, GRAPH_SCOPES.base),
    mailClient: school.clientFor(SENCO, GRAPH_SCOPES.mail),
    siteId: () => Promise.resolve(school.siteId),
    store: countedStore,
    clock: fixedClock(BENCH_NOW),
  });
  const recipients = homeRecipientsOf(plan);
  const { requests } = await school.requestsFor(async () => {
    const result = await sender.send({
      agreedPlan: plan,
      reviewedPlan: plan,
      review,
      recipients,
      sentBy: SENCO.name,
    });
    if (result.outcome !== 'sent' || result.recordError !== undefined)
      throw new Error('Sending a copy home did not finish.');
    if (!result.withPdf) throw new Error('The stand-in made no PDF: is LibreOffice (soffice) installed?');
  });
  return [
    {
      name: 'Graph: send a copy home',
      value: requests - recording,
      unit: 'requests',
      budget: atMost(3),
      note: 'upload to the SEN library, convert to PDF, sendMail',
    },
    {
      name: 'Graph: record the copy on the review',
      value: recording,
      unit: 'requests',
      budget: atMost(1),
      note: 'one PATCH of the review item',
    },
  ];
};
