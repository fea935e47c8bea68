import { Button, Field, Input, Text, useId } from '@fluentui/react-components';
import { useState } from 'react';
import { addMember, removeMember } from '../../../app/usecases/reviews/meeting/meetingEdits';
import { MEETING_LIMITS, type MeetingRoles, type Review, type SolutionFocusedMeeting } from '../../../domain';
import { useMeetingStyles } from './meetingStyles';

export interface RolesAndMembersProps {
  readonly review: Review;
  readonly meeting: SolutionFocusedMeeting;
  readonly readOnly: boolean;
  onChange(meeting: SolutionFocusedMeeting): void;
}

const ROLES: readonly (readonly [keyof MeetingRoles, string, string])[] = [
  ['chair', 'Chair', 'Chairs the meeting; usually the head or depute.'],
  ['facilitator', 'Facilitator', 'Keeps it solution-focused and writes up each stage.'],
  ['keyProfessional', 'Key professional', 'Leads stage 1; usually the class teacher.'],
];

/** The roles the guidance names, and the members who vote: the review's invitees offered, or typed. */
export const RolesAndMembers = ({ review, meeting, readOnly, onChange }: RolesAndMembersProps) => {
  const styles = useMeetingStyles();
  const namesId = useId('invitee-names-');
  const [name, setName] = useState('');
  const invitees = review.invitees.map((i) => i.name);
  const notYetMembers = invitees.filter((n) => !meeting.members.includes(n));
  const full = meeting.members.length >= MEETING_LIMITS.members;
  const setRole = (key: keyof MeetingRoles, value: string) =>
    onChange({ ...meeting, roles: { ...meeting.roles, [key]: value } });
  return (
    <section className={styles.section} aria-labelledby="meeting-roles-title">
      <Text as="h2" id="meeting-roles-title" size={600} weight="semibold">
        Roles and members
      </Text>
      {/* Offers the invitees' names in each name box; anything else can be typed. */}
      <datalist id={namesId}>
        {invitees.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <div className={styles.row}>
        {ROLES.map(([key, label, hint]) => (
          <Field key={key} className={styles.grow} label={label} hint={hint}>
            <Input
              size="large"
              list={namesId}
              readOnly={readOnly}
              value={meeting.roles[key]}
              onChange={(_, d) => setRole(key, d.value)}
            />
          </Field>
        ))}
      </div>
      <Text as="h3" size={500} weight="semibold">
        Members who vote
      </Text>
      {meeting.members.length === 0 ? <Text>No members yet.</Text> : null}
      <ul className={styles.list}>
        {meeting.members.map((member) => (
          <li key={member} className={styles.row}>
            <Text size={500}>{member}</Text>
            {readOnly ? null : (
              <Button onClick={() => onChange(removeMember(meeting, member))} aria-label={`Remove ${member}`}>
                Remove
              </Button>
            )}
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <div className={styles.row}>
          <form
            className={styles.row}
            onSubmit={(event) => {
              event.preventDefault();
              onChange(addMember(meeting, name));
              setName('');
            }}
          >
            <Field
              label="Member's name"
              validationMessage={full ? 'The meeting has as many members as it can hold.' : undefined}
            >
              <Input
                size="large"
                list={namesId}
                value={name}
                disabled={full}
                onChange={(_, d) => setName(d.value)}
              />
            </Field>
            <Button type="submit" size="large" disabled={full || name.trim() === ''}>
              Add member
            </Button>
          </form>
          {notYetMembers.length > 0 ? (
            <Button
              size="large"
              disabled={full}
              onClick={() => onChange(notYetMembers.reduce(addMember, meeting))}
            >
              Add everyone invited
            </Button>
          ) : null}
        </div>
      )}
    </section>
  );
};
