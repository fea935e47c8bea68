/**
 * The words of the email that carries a family's copy: plain language, a neutral subject, and every
 * name or date escaped before it goes into HTML.
 */
import {
  copyHomeSubject,
  childFirstName,
  formatUkDate,
  type HomeRecipient,
  type Plan,
  type Review,
} from '../../../domain';

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const paragraph = (text: string): string => `<p>${escapeHtml(text)}</p>`;

const greetingOf = (recipients: readonly HomeRecipient[]): string =>
  recipients.length === 0 ? 'Hello,' : `Dear ${recipients.map((r) => r.name).join(' and ')},`;

export interface CopyHomeWording {
  readonly subject: string;
  readonly html: string;
}

export const copyHomeWording = (
  plan: Pick<Plan, 'pupil'>,
  review: Pick<Review, 'start' | 'completedOn' | 'timeZone'>,
  recipients: readonly HomeRecipient[],
  sentBy: string,
  withPdf: boolean,
): CopyHomeWording => {
  const child = childFirstName(plan);
  const met = review.start
    ? ` on ${formatUkDate(review.start, review.timeZone)}`
    : review.completedOn
      ? ` on ${formatUkDate(review.completedOn)}`
      : '';
  const files = withPdf
    ? 'It is attached twice, with the same content: as a Word document and as a PDF, which most phones open.'
    : 'It is attached as a Word document.';
  return {
    subject: copyHomeSubject(plan),
    html: [
      paragraph(greetingOf(recipients)),
      paragraph(
        `Thank you for your part in ${child}'s review${met}. Attached is ${child}'s plan as we agreed it, ` +
          'followed by the notes of the meeting.',
      ),
      paragraph(files),
      paragraph('If anything is unclear or does not match what you remember, please reply to this email.'),
      paragraph(sentBy),
    ].join(''),
  };
};
