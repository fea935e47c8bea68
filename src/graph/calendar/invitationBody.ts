import {
  AGENDA_HEADINGS,
  DEFAULT_INVITATION_WORDING,
  TARGET_AREA_LABELS,
  fillWording,
  firstNameOf,
  formatMeetingTime,
  type InvitationWording,
  type Plan,
  type Review,
} from '../../domain';

/**
 * The invitation's HTML body. Every piece of text from the plan or the user is escaped: names such
 * as O'Brien, targets and notes are data, and an invitation is opened in Outlook, in web mail and on
 * phones, none of which should ever run or render something a user typed as markup.
 */
const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/** Escaped text with its line breaks kept. */
const paragraphText = (text: string): string =>
  text
    .split(/\r\n|\r|\n/)
    .map(escapeHtml)
    .join('<br>');

const possessive = (name: string): string => `${name}\u2019s`;

export interface InvitationOptions {
  /** A note from the organiser, shown under its own heading. */
  readonly note?: string;
  /** The school's wording; the safe default when not given. */
  readonly wording?: InvitationWording;
  /**
   * The plan's current targets, only when the organiser ticked it for this family: everyone the
   * invitation reaches reads the body, outside professionals included.
   */
  readonly includeTargets?: boolean;
}

const targetList = (plan: Plan, firstName: string): string[] => {
  const targets = plan.shortTermTargets.filter((t) => t.text.trim());
  const heading = `<h3>${escapeHtml(possessive(firstName))} current targets</h3>`;
  if (targets.length === 0)
    return [heading, '<p>There are no short-term targets on the plan yet; we will agree them together.</p>'];
  const items = targets.map((t) => {
    const howWeKnow = t.successCriteria.trim()
      ? ` We will know because: ${paragraphText(t.successCriteria.trim())}`
      : '';
    return `<li><strong>${escapeHtml(TARGET_AREA_LABELS[t.area])}:</strong> ${paragraphText(t.text.trim())}${howWeKnow}</li>`;
  });
  return [heading, `<ul>${items.join('')}</ul>`];
};

/**
 * The body names the child by first name only and, unless the organiser asks, carries nothing from
 * the plan: an invitation is forwarded, printed and left open on shared screens.
 */
export const reviewInvitationBody = (plan: Plan, review: Review, options: InvitationOptions = {}): string => {
  const wording = options.wording ?? DEFAULT_INVITATION_WORDING;
  const firstName = firstNameOf(plan.pupil.name);
  const parts: string[] = [`<p>${escapeHtml(fillWording(wording.introduction, firstName))}</p>`];
  if (review.start) {
    parts.push(
      `<p><strong>When:</strong> ${escapeHtml(formatMeetingTime(review.start, review.timeZone))} (UK time)</p>`,
    );
  }
  if (review.online) {
    parts.push(
      '<p><strong>Where:</strong> online, in Microsoft Teams. Use the joining link in this invitation.</p>',
    );
  } else if (review.location.trim()) {
    parts.push(`<p><strong>Where:</strong> ${escapeHtml(review.location.trim())}</p>`);
  }

  parts.push('<h3>What we will talk about</h3>');
  parts.push(`<ol>${AGENDA_HEADINGS.map(([, heading]) => `<li>${escapeHtml(heading)}</li>`).join('')}</ol>`);
  if (options.includeTargets === true) parts.push(...targetList(plan, firstName));

  parts.push('<h3>If you cannot come</h3>');
  parts.push(
    '<p>Please reply to this invitation to let us know, or to suggest another time. Your views still count: ' +
      `reply to this email or write them down and send them into school before the meeting, and we will share them when we talk about ${escapeHtml(
        possessive(firstName),
      )} progress. You are welcome to ask ${escapeHtml(firstName)} what they would like us to know, too.</p>`,
  );

  const note = options.note?.trim();
  if (note) {
    parts.push('<h3>A note from school</h3>');
    parts.push(`<p>${paragraphText(note)}</p>`);
  }
  return parts.join('\n');
};
