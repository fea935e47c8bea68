import { makeStyles } from '@fluentui/react-components';
import type { CurrentUser, Plan } from '../../domain';
import { eveningInvitees } from '../../app/usecases/reviews/parentsEveningForm';
import { roleLabel } from '../../app/usecases/reviews/scheduleForm';

const useStyles = makeStyles({ list: { margin: 0, paddingInlineStart: 0, listStyleType: 'none' } });

/** Everyone one family's appointment invites, read before anything is sent. */
export const EveningRecipients = ({
  plan,
  organiser,
}: {
  readonly plan: Plan | undefined;
  readonly organiser: CurrentUser;
}) => {
  const styles = useStyles();
  if (!plan) return null;
  const invitees = eveningInvitees(plan, organiser);
  if (invitees.length === 0) return <span>Nobody with an email address</span>;
  return (
    <ul className={styles.list}>
      {invitees.map((invitee) => (
        <li key={invitee.email}>
          {invitee.name} ({roleLabel(invitee.role, plan)}): {invitee.email}
        </li>
      ))}
    </ul>
  );
};
