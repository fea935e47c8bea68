import { z } from 'zod';
import { singleLine } from './limits';

/**
 * What a review invitation says before anyone opens it. A subject shows on phones' lock screens, in
 * family calendars and in shared diaries, so the default names no plan, no review and no need, and
 * the child by first name at most. A school sets its own wording in its configuration
 * (`invitations`); the only placeholder is `{firstName}`, so no setting can put a child's full name,
 * stage or needs into a subject.
 */
export const FIRST_NAME_PLACEHOLDER = '{firstName}';

export const DEFAULT_INVITATION_SUBJECT = `Meeting at school about ${FIRST_NAME_PLACEHOLDER}`;
export const DEFAULT_INVITATION_INTRODUCTION = `We would like to meet to talk about how ${FIRST_NAME_PLACEHOLDER} is getting on, and to agree the next steps together.`;

const onlyKnownPlaceholders = (value: string): boolean =>
  (value.match(/\{[^}]*\}/g) ?? []).every((placeholder) => placeholder === FIRST_NAME_PLACEHOLDER);

const wording = (setting: string, max: number) =>
  singleLine(setting)
    .max(max, { error: `${setting} is too long: at most ${max} characters.` })
    .refine((v) => v.trim().length > 0, { error: `${setting} must not be empty.` })
    .refine(onlyKnownPlaceholders, {
      error: `${setting} may use only the placeholder ${FIRST_NAME_PLACEHOLDER}.`,
    });

export const InvitationWordingSchema = z.strictObject({
  subject: wording('invitations.subject', 120).default(DEFAULT_INVITATION_SUBJECT),
  introduction: wording('invitations.introduction', 255).default(DEFAULT_INVITATION_INTRODUCTION),
});
export type InvitationWording = z.infer<typeof InvitationWordingSchema>;

export const DEFAULT_INVITATION_WORDING: InvitationWording = {
  subject: DEFAULT_INVITATION_SUBJECT,
  introduction: DEFAULT_INVITATION_INTRODUCTION,
};

/**
 * The name a family calls the child by, as far as a plan knows it: the first word of the name the
 * plan carries (the preferred name when the register has one). Hyphens and apostrophes stay.
 */
export const firstNameOf = (displayName: string): string => displayName.trim().split(/\s+/)[0] ?? '';

/** What a family's message calls the child: their first name, or "your child" when none is known. */
export const familyNameForChild = (firstName: string): string => firstName.trim() || 'your child';

export const fillWording = (text: string, firstName: string): string =>
  text.split(FIRST_NAME_PLACEHOLDER).join(familyNameForChild(firstName)).trim();

/** The subject every invitation for this pupil carries. */
export const invitationSubject = (wording: InvitationWording, pupilName: string): string =>
  fillWording(wording.subject, firstNameOf(pupilName));
