import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { invitationSubject, type InvitationWording, type Plan } from '../../domain';
import { invitationRecipients, type InviteeChoice } from '../../app/usecases/reviews/scheduleForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export interface InvitationCheckProps {
  readonly plan: Plan;
  readonly invitees: readonly InviteeChoice[];
  readonly wording: InvitationWording;
  readonly includeTargets: boolean;
}

/** Who will receive the invitation and what it shows, read before anything is sent. */
export const InvitationCheck = ({ plan, invitees, wording, includeTargets }: InvitationCheckProps) => {
  const styles = useStyles();
  const groups = invitationRecipients(invitees);
  return (
    <div className={styles.root}>
      <Text>
        Subject: <strong>{invitationSubject(wording, plan.pupil.name)}</strong>
      </Text>
      {groups.map((group) => (
        <section key={group.label} aria-label={group.label}>
          <Text weight="semibold">{group.label}</Text>
          <ul className={styles.list}>
            {group.people.map((person) => (
              <li key={person.email}>
                {person.name}: {person.email}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Caption1>
        Each person sees only their own name on the invitation: nobody is shown anyone else&rsquo;s address.
      </Caption1>
      <Text>
        {includeTargets
          ? 'The invitation lists the current targets: everyone above will read them.'
          : 'The invitation does not list the targets.'}
      </Text>
    </div>
  );
};
