import { DEFAULT_INVITATION_WORDING, invitationSubject, InvitationWordingSchema } from './invitationWording';

describe("the school's invitation wording", () => {
  it('by default names no plan, review or need, and the child by first name only', () => {
    const subject = invitationSubject(DEFAULT_INVITATION_WORDING, "Siobhán O'Brien-Núñez");
    expect(subject).toBe('Meeting at school about Siobhán');
    expect(subject).not.toMatch(/IEP|review|SEN|plan|O'Brien/i);
  });

  it('takes the school’s own subject, with or without the first name', () => {
    const wording = InvitationWordingSchema.parse({ subject: 'Oakfield Primary: appointment' });
    expect(invitationSubject(wording, 'Amir Hussain')).toBe('Oakfield Primary: appointment');
    expect(wording.introduction).toBe(DEFAULT_INVITATION_WORDING.introduction);
  });

  it('refuses any placeholder but {firstName}, so no setting can print a full name', () => {
    const result = InvitationWordingSchema.safeParse({ subject: 'Review for {fullName}' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'invitations.subject may use only the placeholder {firstName}.',
    ]);
  });

  it('refuses an empty or over-long subject with a message naming the setting', () => {
    expect(InvitationWordingSchema.safeParse({ subject: '  ' }).error?.issues[0]?.message).toBe(
      'invitations.subject must not be empty.',
    );
    expect(InvitationWordingSchema.safeParse({ subject: 'x'.repeat(121) }).error?.issues[0]?.message).toBe(
      'invitations.subject is too long: at most 120 characters.',
    );
  });

  it('says "your child" when the plan carries no name to use', () => {
    expect(invitationSubject(DEFAULT_INVITATION_WORDING, '   ')).toBe('Meeting at school about your child');
  });
});
