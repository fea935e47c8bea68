/**
 * A copy sent home below the UI: the product's sender (src/app/copyHome.ts) with the real Graph client
 * and SharePoint store against the stand-in, read back from its mail outbox. The stand-in's PDF
 * conversion is off here, as on a laptop without LibreOffice (the browser test covers the PDF).
 */
import { GRAPH_SCOPES } from '../../src/auth/scopes';
import { createCopyHomeSender } from '../../src/app/copyHome';
import { fixedClock, homeRecipientsOf, ReviewSchema, type Review } from '../../src/domain';
import { createGraphClient } from '../../src/graph/client';
import { reviewFromItem } from '../../src/graph/sharepoint/reviews/reviewMapper';
import { buildPlan } from '../support/planBuilder';
import { SENCO, startTestbed, type Testbed } from './support/iepTestbed';

interface SentMail {
  readonly to: readonly { readonly address: string }[];
  readonly attachments: readonly { readonly name: string }[];
}

let bed: Testbed;
beforeAll(async () => {
  bed = await startTestbed({ pdfConversion: false });
});
afterAll(() => bed.close());

const plan = buildPlan({
  people: {
    ...buildPlan().people,
    parentsCarers: [{ name: 'Alex Taylor', email: 'alex@home.example', relationship: 'Mother' }],
  },
});

const completedReview = (): Promise<Review> =>
  bed.storeFor(SENCO).saveReview(
    ReviewSchema.parse({
      id: 'new-review',
      seriesId: plan.seriesId,
      planId: plan.id,
      type: 'termly',
      status: 'completed',
      parentComments: 'Reading at home has helped.',
      completedOn: '2026-02-09',
    }),
  );

/** The review item as SharePoint holds it now, read with the product's own mapper. */
const reviewInSharePoint = async (review: Review): Promise<Review> => {
  const item: unknown = await bed
    .clientFor(SENCO)
    .api(`/sites/${bed.siteId}/lists/${bed.lists.listIds.reviews}/items/${review.id}`)
    .expand('fields')
    .get();
  const decoded = reviewFromItem(item);
  if (!decoded.ok) throw new Error('The review item could not be read back.');
  return decoded.value;
};

const sentMail = async (): Promise<SentMail[]> =>
  ((await (await fetch(`${bed.standIn.url}/outbox/mail`)).json()) as { messages: SentMail[] }).messages;

/** The sender as the composition root builds it; the mail request can go through a fetch of the test's own. */
const senderWith = (mailFetch: typeof fetch = (input, init) => globalThis.fetch(input, init)) =>
  createCopyHomeSender({
    filesClient: bed.clientFor(SENCO, GRAPH_SCOPES.base),
    mailClient: createGraphClient({
      baseUrl: `${bed.standIn.url}/`,
      getAccessToken: () => Promise.resolve(`local-dev-token:${SENCO.email}`),
      scopes: GRAPH_SCOPES.mail,
      fetchImpl: mailFetch,
      retry: { maxRetries: 0, delaySeconds: 0 },
    }),
    siteId: () => Promise.resolve(bed.siteId),
    store: bed.storeFor(SENCO),
    clock: fixedClock('2026-02-10T10:00:00Z'),
  });

describe('sending a copy home against the stand-in', () => {
  it('without a PDF converter, sends the Word copy alone and the review says when and to whom', async () => {
    const review = await completedReview();
    const before = (await sentMail()).length;
    const result = await senderWith().send({
      agreedPlan: plan,
      reviewedPlan: plan,
      review,
      recipients: homeRecipientsOf(plan),
      sentBy: SENCO.name,
    });
    expect(result).toMatchObject({ outcome: 'sent', withPdf: false });
    const mails = (await sentMail()).slice(before);
    expect(mails.map((m) => m.to.map((t) => t.address))).toEqual([['alex@home.example']]);
    expect(mails[0]?.attachments.map((a) => a.name)).toEqual(['Sam - plan and review notes.docx']);
    expect((await reviewInSharePoint(review)).copiesSentHome).toEqual([
      {
        sentAt: '2026-02-10T10:00:00.000Z',
        sentBy: SENCO.name,
        to: [{ name: 'Alex Taylor', email: 'alex@home.example' }],
        attachments: ['Sam - plan and review notes.docx'],
        outcome: 'sent',
      },
    ]);
  });

  it('when the answer to sendMail is lost, sends once and records the copy as unconfirmed', async () => {
    const review = await completedReview();
    const before = (await sentMail()).length;
    // The request reaches Exchange (the stand-in), then the connection drops before the answer.
    const losingAnswer: typeof fetch = async (input, init) => {
      await globalThis.fetch(input, init);
      throw new TypeError('fetch failed');
    };
    const result = await senderWith(losingAnswer).send({
      agreedPlan: plan,
      reviewedPlan: plan,
      review,
      recipients: homeRecipientsOf(plan),
      sentBy: SENCO.name,
    });
    expect(result.outcome).toBe('unconfirmed');
    expect((await sentMail()).length - before).toBe(1);
    expect((await reviewInSharePoint(review)).copiesSentHome.map((c) => c.outcome)).toEqual(['unconfirmed']);
  });
});
