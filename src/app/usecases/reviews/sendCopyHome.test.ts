import { unzipSync, strFromU8 } from 'fflate';
import { Invalid, Throttled, type Review } from '../../../domain';
import { exportCopyHomeDocx } from '../../../word/copyHomeDocx';
import { buildPlan, buildReview } from '../../../../test/support/planBuilder';
import { sendCopyHome, type CopyHomePorts, type MailOutcome } from './sendCopyHome';

const reviewedPlan = buildPlan({ id: 'plan-1', version: 1, status: 'closed' });
const agreedPlan = buildPlan({
  id: 'plan-2',
  version: 2,
  people: {
    ...reviewedPlan.people,
    parentsCarers: [
      { name: 'Alex Taylor', email: 'alex@example.org', relationship: 'Mother' },
      { name: 'Jo Taylor', email: 'jo@example.org', relationship: 'Father' },
    ],
    professionals: [
      {
        name: 'Dr Rees',
        role: 'Speech and language therapist',
        organisation: 'NHS',
        email: 'rees@nhs.example',
      },
    ],
  },
});
const review = buildReview(reviewedPlan, { minutesSentOn: null });
const ALEX = { name: 'Alex Taylor', email: 'alex@example.org', relationship: 'Mother' };

interface Sent {
  readonly to: readonly { email: string }[];
  readonly subject: string;
  readonly htmlBody: string;
  readonly attachments: readonly { name: string; contentType: string; bytes: Uint8Array }[];
}

const portsWith = (options: { pdf?: Uint8Array | null; mail?: MailOutcome; docx?: Uint8Array } = {}) => {
  const sent: Sent[] = [];
  const saved: Review[] = [];
  const storedAt: string[] = [];
  const ports: CopyHomePorts = {
    renderDocx: (input) => Promise.resolve(options.docx ?? exportCopyHomeDocx(input)),
    store: (path) => {
      storedAt.push(path);
      return Promise.resolve({ driveId: 'drive', itemId: 'item' });
    },
    convertToPdf: () =>
      Promise.resolve(options.pdf === undefined ? new Uint8Array([37, 80, 68, 70]) : options.pdf),
    sendMail: (message) => {
      sent.push(message);
      return Promise.resolve(options.mail ?? { kind: 'sent' });
    },
    saveReview: (r) => {
      saved.push(r);
      return Promise.resolve({ ...r, etag: '"saved"' });
    },
    now: () => new Date('2026-03-25T10:15:00Z'),
  };
  return { ports, sent, saved, storedAt };
};

const request = { agreedPlan, reviewedPlan, review, recipients: [ALEX], sentBy: 'Ms Jones' };

describe('sendCopyHome', () => {
  it('sends the agreed plan and the minutes as .docx and PDF to the chosen parent only, and records when and to whom', async () => {
    const { ports, sent, saved, storedAt } = portsWith();
    const result = await sendCopyHome(ports, request);
    expect(sent).toHaveLength(1);
    const [mail] = sent as [Sent];
    expect(mail.to.map((r) => r.email)).toEqual(['alex@example.org']);
    expect(mail.subject).toBe("Sam's plan from school");
    expect(mail.attachments.map((a) => a.name)).toEqual([
      'Sam - plan and review notes.docx',
      'Sam - plan and review notes.pdf',
    ]);
    // One document: the agreed plan, then the review's record.
    const xml = strFromU8(
      unzipSync(mail.attachments[0]?.bytes ?? new Uint8Array())['word/document.xml'] ?? new Uint8Array(),
    );
    expect(xml.indexOf('SEN support plan (IEP)')).toBeLessThan(xml.indexOf('IEP review record'));
    expect(xml).toContain('Thank you for the support.');
    // The library's copy is named by ids and time, never by the child.
    expect(storedAt).toEqual(['IEP Planner/Sent home/review-review-1-20260325T101500Z.docx']);
    expect(storedAt[0]).not.toMatch(/Sam|Taylor/);
    expect(saved[0]?.copiesSentHome).toEqual([
      {
        sentAt: '2026-03-25T10:15:00.000Z',
        sentBy: 'Ms Jones',
        to: [{ name: 'Alex Taylor', email: 'alex@example.org' }],
        attachments: ['Sam - plan and review notes.docx', 'Sam - plan and review notes.pdf'],
        outcome: 'sent',
      },
    ]);
    expect(saved[0]?.minutesSentOn).toBe('2026-03-25');
    expect(result).toMatchObject({ outcome: 'sent', withPdf: true });
  });

  it('escapes names in the message body', async () => {
    const { ports, sent } = portsWith();
    await sendCopyHome(ports, { ...request, sentBy: '<b>Ms Jones</b>' });
    expect(sent[0]?.htmlBody).toContain('&lt;b&gt;Ms Jones&lt;/b&gt;');
    expect(sent[0]?.htmlBody).not.toContain('<b>');
  });

  it('sends the Word document alone when the library cannot make a PDF, and says so', async () => {
    const { ports, sent } = portsWith({ pdf: null });
    const result = await sendCopyHome(ports, request);
    expect(sent[0]?.attachments.map((a) => a.name)).toEqual(['Sam - plan and review notes.docx']);
    expect(result.withPdf).toBe(false);
  });

  it('records a lost answer as unconfirmed and never sends again by itself', async () => {
    const { ports, sent, saved } = portsWith({ mail: { kind: 'unknown' } });
    const result = await sendCopyHome(ports, request);
    expect(sent).toHaveLength(1);
    expect(result.outcome).toBe('unconfirmed');
    expect(saved[0]?.copiesSentHome.at(-1)?.outcome).toBe('unconfirmed');
    // A date the minutes were sent is not claimed when it may not have gone.
    expect(saved[0]?.minutesSentOn).toBeNull();
  });

  it('records nothing when Outlook refuses, and passes on why', async () => {
    const { ports, saved } = portsWith({ mail: { kind: 'refused', error: new Throttled(10) } });
    await expect(sendCopyHome(ports, request)).rejects.toBeInstanceOf(Throttled);
    expect(saved).toEqual([]);
  });

  it('refuses a professional, anyone not a parent or carer on the plan, and nobody at all', async () => {
    const { ports, sent } = portsWith();
    const professional = { name: 'Dr Rees', email: 'rees@nhs.example', relationship: 'Professional' };
    await expect(sendCopyHome(ports, { ...request, recipients: [professional] })).rejects.toThrow(
      /rees@nhs.example is not a parent or carer on this plan/,
    );
    await expect(sendCopyHome(ports, { ...request, recipients: [] })).rejects.toBeInstanceOf(Invalid);
    expect(sent).toEqual([]);
  });

  it('refuses a review that is not completed, and a document too big for one message', async () => {
    const { ports, sent } = portsWith();
    await expect(
      sendCopyHome(ports, { ...request, review: { ...review, status: 'scheduled' } }),
    ).rejects.toThrow(/Complete the review/);
    const big = portsWith({ docx: new Uint8Array(3 * 1024 * 1024 + 1) });
    await expect(sendCopyHome(big.ports, request)).rejects.toThrow(/too large to email/);
    expect([...sent, ...big.sent]).toEqual([]);
  });
});
