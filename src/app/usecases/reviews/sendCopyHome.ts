/**
 * "Send a copy home" after a review (issue 15): the agreed plan and the review's minutes, as one .docx
 * stored in the SEN site's library and converted there to PDF, emailed from the organiser's mailbox
 * to the parents and carers the person confirmed, then recorded on the review. Three Graph requests
 * send it (upload, convert, sendMail); one more records it.
 *
 * Never twice: the mail request is not retried, and when its answer is lost the review records the
 * attempt as unconfirmed, so the page asks the person to look in their Sent Items before another try.
 */
import {
  base64Length,
  homeRecipientsOf,
  Invalid,
  isReadyToSendHome,
  londonDateOf,
  MAX_ATTACHMENT_BYTES_IN_ONE_REQUEST,
  safeFirstName,
  type CopySentHome,
  type DomainError,
  type HomeRecipient,
  type Plan,
  type Review,
} from '../../../domain';
import { copyHomeWording } from './copyHomeMessage';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF_TYPE = 'application/pdf';

export interface StoredCopy {
  readonly driveId: string;
  readonly itemId: string;
}

export type MailOutcome =
  | { readonly kind: 'sent' }
  | { readonly kind: 'refused'; readonly error: DomainError }
  | { readonly kind: 'unknown' };

/** What sending needs; services.ts wires Graph behind each. */
export interface CopyHomePorts {
  renderDocx(input: { agreedPlan: Plan; reviewedPlan: Plan; review: Review }): Promise<Uint8Array>;
  /** Puts the file at `path` in the SEN site's library (replacing one of the same name). */
  store(path: string, bytes: Uint8Array): Promise<StoredCopy>;
  /** Null when the library cannot convert it. */
  convertToPdf(file: StoredCopy): Promise<Uint8Array | null>;
  sendMail(message: {
    to: readonly HomeRecipient[];
    subject: string;
    htmlBody: string;
    attachments: readonly { name: string; contentType: string; bytes: Uint8Array }[];
  }): Promise<MailOutcome>;
  saveReview(review: Review): Promise<Review>;
  now(): Date;
}

export interface CopyHomeRequest {
  readonly agreedPlan: Plan;
  readonly reviewedPlan: Plan;
  readonly review: Review;
  /** As confirmed on screen: each must be a parent or carer the plan names. */
  readonly recipients: readonly HomeRecipient[];
  readonly sentBy: string;
}

export type CopyHomeStep = 'preparing' | 'storing' | 'converting' | 'sending' | 'recording';

export interface CopyHomeResult {
  readonly outcome: 'sent' | 'unconfirmed';
  /** False when the library could not make a PDF and only the .docx went. */
  readonly withPdf: boolean;
  readonly attachments: readonly string[];
  /** The review as saved, or as it was when recording it failed (then `recordError` says why). */
  readonly review: Review;
  readonly recordError?: unknown;
}

/** The names the family sees: the child's first name at most. */
export const attachmentNames = (plan: Pick<Plan, 'pupil'>): { docx: string; pdf: string } => {
  const base = `${safeFirstName(plan)} - plan and review notes`;
  return { docx: `${base}.docx`, pdf: `${base}.pdf` };
};

/** Where the copy is kept in the SEN library: ids and a time, never a name. */
export const storedCopyPath = (review: Pick<Review, 'id'>, at: Date): string =>
  `IEP Planner/Sent home/review-${review.id}-${at.toISOString().replace(/[-:]|\.\d{3}/g, '')}.docx`;

const checkRecipients = (plan: Plan, recipients: readonly HomeRecipient[]): void => {
  if (recipients.length === 0)
    throw new Invalid([
      { path: 'recipients', message: 'Choose at least one parent or carer to send the copy to.' },
    ]);
  const allowed = new Set(homeRecipientsOf(plan).map((r) => r.email.toLowerCase()));
  const stranger = recipients.find((r) => !allowed.has(r.email.toLowerCase()));
  if (stranger)
    throw new Invalid([
      {
        path: 'recipients',
        message: `${stranger.email} is not a parent or carer on this plan: add them to the plan's people first.`,
      },
    ]);
};

const fitInOneMessage = (files: readonly Uint8Array[]): boolean =>
  files.reduce((sum, f) => sum + base64Length(f.byteLength), 0) <=
  base64Length(MAX_ATTACHMENT_BYTES_IN_ONE_REQUEST);

const checkSize = (files: readonly Uint8Array[]): void => {
  if (!fitInOneMessage(files))
    throw new Invalid([
      {
        path: 'attachments',
        message:
          'The plan is too large to email in one message (over 3 MB). Download it with "Export .docx" ' +
          'and share it another way, for example on paper.',
      },
    ]);
};

export const sendCopyHome = async (
  ports: CopyHomePorts,
  request: CopyHomeRequest,
  onProgress: (step: CopyHomeStep) => void = () => undefined,
): Promise<CopyHomeResult> => {
  const { agreedPlan, reviewedPlan, review } = request;
  if (!isReadyToSendHome(review))
    throw new Invalid([{ path: 'review', message: 'Complete the review before sending a copy home.' }]);
  checkRecipients(agreedPlan, request.recipients);

  onProgress('preparing');
  const docx = await ports.renderDocx({ agreedPlan, reviewedPlan, review });
  checkSize([docx]);
  const startedAt = ports.now();

  onProgress('storing');
  const stored = await ports.store(storedCopyPath(review, startedAt), docx);
  onProgress('converting');
  const pdfBytes = await ports.convertToPdf(stored);
  // A PDF that would push the message over the limit is left out rather than refusing the Word copy.
  const pdf = pdfBytes && fitInOneMessage([docx, pdfBytes]) ? pdfBytes : null;

  const names = attachmentNames(agreedPlan);
  const attachments = [
    { name: names.docx, contentType: DOCX_TYPE, bytes: docx },
    ...(pdf ? [{ name: names.pdf, contentType: PDF_TYPE, bytes: pdf }] : []),
  ];
  const wording = copyHomeWording(agreedPlan, review, request.recipients, request.sentBy, pdf !== null);
  onProgress('sending');
  const outcome = await ports.sendMail({
    to: request.recipients,
    subject: wording.subject,
    htmlBody: wording.html,
    attachments,
  });
  if (outcome.kind === 'refused') throw outcome.error;

  onProgress('recording');
  const copy: CopySentHome = {
    sentAt: startedAt.toISOString(),
    sentBy: request.sentBy,
    to: request.recipients.map((r) => ({ name: r.name, email: r.email })),
    attachments: attachments.map((a) => a.name),
    outcome: outcome.kind === 'sent' ? 'sent' : 'unconfirmed',
  };
  const recorded: Review = {
    ...review,
    copiesSentHome: [...review.copiesSentHome, copy],
    // The minutes went home with the plan; a date already written by hand stays.
    minutesSentOn:
      review.minutesSentOn ?? (outcome.kind === 'sent' ? londonDateOf(startedAt, review.timeZone) : null),
  };
  const base = { outcome: copy.outcome, withPdf: pdf !== null, attachments: copy.attachments };
  try {
    return { ...base, review: await ports.saveReview(recorded) };
  } catch (recordError) {
    return { ...base, review: recorded, recordError };
  }
};
