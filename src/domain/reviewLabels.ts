import type { InviteeRole, MeetingFormat, ReviewStatus, ReviewType } from './review';

/** How reviews are named to people (forms, invitations, the review record). */
export const REVIEW_TYPE_LABELS: Readonly<Record<ReviewType, string>> = {
  termly: 'Termly review',
  annual: 'Annual review',
  interim: 'Interim review',
};

export const MEETING_FORMAT_LABELS: Readonly<Record<MeetingFormat, string>> = {
  'in-person': 'In person',
  online: 'Teams meeting',
  'parents-evening': "Parents' evening",
  'private-meeting': 'Private meeting',
};

export const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  planned: 'Not yet scheduled',
  scheduled: 'Invitations sent',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const INVITEE_ROLE_LABELS: Readonly<Record<InviteeRole, string>> = {
  'parent-carer': 'Parent/carer',
  pupil: 'Pupil',
  senco: 'SENCO',
  'class-teacher': 'Class teacher',
  'teaching-assistant': 'Teaching assistant',
  professional: 'Professional',
  other: 'Other',
};
