/**
 * What a family's copy of the plan and review minutes may carry (issue 15): who it goes to, what its
 * subject says and how big it may be. Pure rules; the sending is in src/app/usecases/reviews.
 */
import { familyNameForChild, firstNameOf } from './invitationWording';
import type { Plan } from './plan';
import type { Review } from './review';

export interface HomeRecipient {
  readonly name: string;
  readonly email: string;
  /** "Mother", "Carer", ...: shown beside the address so the sender can check who it is. */
  readonly relationship: string;
}

/**
 * The parents and carers the plan names with an email address, each address once. Professionals,
 * staff and the pupil are never offered: the copy is the family's.
 */
export const homeRecipientsOf = (plan: Pick<Plan, 'people'>): HomeRecipient[] => {
  const seen = new Set<string>();
  const recipients: HomeRecipient[] = [];
  for (const person of plan.people.parentsCarers) {
    const email = person.email.trim();
    const key = email.toLowerCase();
    if (email === '' || seen.has(key)) continue;
    seen.add(key);
    recipients.push({ name: person.name.trim(), email, relationship: person.relationship });
  }
  return recipients;
};

/**
 * The child's first name at most: the preferred name's first word if the plan's name has one. A
 * subject shows on lock screens and shared family devices, so it never says "SEN" or the surname.
 */
export const childFirstName = (plan: Pick<Plan, 'pupil'>): string =>
  familyNameForChild(firstNameOf(plan.pupil.name));

export const copyHomeSubject = (plan: Pick<Plan, 'pupil'>): string =>
  `${childFirstName(plan)}'s plan from school`;

/**
 * Graph refuses a request over 4 MB (attachments travel inside it, base64); larger files would need an
 * upload session per attachment. Kept below with room for the message itself and the JSON around it.
 * https://learn.microsoft.com/en-us/graph/outlook-large-attachments ("under 3 MB": a single POST).
 */
export const MAX_ATTACHMENT_BYTES_IN_ONE_REQUEST = 3 * 1024 * 1024;

/** Base64 makes 3 bytes into 4 characters. */
export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;

/** A review whose copy may be sent: completed, and of this version of the plan. */
export const isReadyToSendHome = (review: Pick<Review, 'status'>): boolean => review.status === 'completed';

/** The latest attempt whose outcome is not known, if the last copy was left so. */
export const unconfirmedCopyOf = (review: Pick<Review, 'copiesSentHome'>) => {
  const last = review.copiesSentHome[review.copiesSentHome.length - 1];
  return last?.outcome === 'unconfirmed' ? last : null;
};

/** The first name as part of an attachment's name: letters, apostrophes and hyphens only. */
export const safeFirstName = (plan: Pick<Plan, 'pupil'>): string => {
  const first = (plan.pupil.name.trim().split(/\s+/)[0] ?? '').replace(/[^\p{L}\p{M}'’-]/gu, '');
  return first === '' ? 'Child' : first;
};
