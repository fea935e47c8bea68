import { AGENDA_HEADINGS, asReviewId, ReviewSchema } from '../../domain';
import { buildPlan, shortTermTarget } from '../../../test/support/planBuilder';
import { reviewInvitationBody } from './invitationBody';

const plan = buildPlan({
  pupil: {
    pupilId: 'p1',
    name: "Zoë O'Neill",
    classTeamId: 'c',
    className: '4B',
    yearGroup: 'Year 4',
    pupilRef: '',
  },
  shortTermTargets: [
    shortTermTarget(1, {
      text: 'By Easter Zoë will read 20 <b>tricky</b> words',
      successCriteria: 'Reads them on 3 days',
    }),
  ],
});
const review = ReviewSchema.parse({
  id: asReviewId('5'),
  seriesId: plan.seriesId,
  planId: plan.id,
  type: 'annual',
  start: '2026-03-30T15:00:00Z',
  end: '2026-03-30T16:00:00Z',
  location: 'Room 4 & library',
});

describe('reviewInvitationBody', () => {
  const html = reviewInvitationBody(plan, review, { note: 'Line one\nLine <two>', includeTargets: true });
  const byDefault = reviewInvitationBody(plan, review);

  it('lists the seven agenda headings in meeting order', () => {
    const items = [...html.matchAll(/<ol>(.*?)<\/ol>/g)][0]?.[1] ?? '';
    expect(
      items.match(/<li>(.*?)<\/li>/g)?.map((li) => li.replace(/<\/?li>/g, '').replace(/&#39;/g, "'")),
    ).toEqual(AGENDA_HEADINGS.map(([, heading]) => heading));
  });

  it('names the child by first name only and lists no targets unless asked to', () => {
    expect(byDefault).toContain('how Zoë is getting on');
    expect(byDefault).not.toContain('O&#39;Neill');
    expect(byDefault).not.toContain('tricky');
    expect(byDefault).not.toContain('current targets');
  });

  it('uses the school’s own introduction', () => {
    const html = reviewInvitationBody(plan, review, {
      wording: { subject: 'Appointment', introduction: 'Please come in to talk about {firstName}.' },
    });
    expect(html).toContain('<p>Please come in to talk about Zoë.</p>');
  });

  it("when ticked, shows the plan's current targets, with time in UK time and place, all escaped", () => {
    expect(html).toContain(
      'By Easter Zoë will read 20 &lt;b&gt;tricky&lt;/b&gt; words We will know because: Reads them on 3 days',
    );
    expect(html).toContain('Monday 30 March 2026, 16:00 (UK time)');
    expect(html).toContain('Room 4 &amp; library');
    expect(html).not.toContain('<b>');
  });

  it('tells a parent who cannot come how to send their views, and keeps the note’s line breaks', () => {
    expect(html).toContain('<h3>If you cannot come</h3>');
    expect(html).toMatch(/Your views still count/);
    expect(html).toContain('<p>Line one<br>Line &lt;two&gt;</p>');
  });
});
