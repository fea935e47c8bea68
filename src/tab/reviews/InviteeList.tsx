import { Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { Plan } from '../../domain';
import { roleLabel, type InviteeChoice } from '../../app/usecases/reviews/scheduleForm';

const useStyles = makeStyles({
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface InviteeListProps {
  readonly plan: Pick<Plan, 'nation'>;
  readonly invitees: readonly InviteeChoice[];
  readonly disabled: boolean;
  readonly error?: string;
  onChange(invitees: InviteeChoice[]): void;
}

const describe = (invitee: InviteeChoice, plan: Pick<Plan, 'nation'>): string => {
  const role = roleLabel(invitee.role, plan);
  const where = invitee.email ? invitee.email : 'no email address, so no invitation can be sent';
  return `${invitee.name} (${role}): ${where}`;
};

/** Who the invitation goes to, prefilled from the plan's people; anyone can be left out. */
export const InviteeList = ({ plan, invitees, disabled, error, onChange }: InviteeListProps) => {
  const styles = useStyles();
  const toggle = (index: number, invited: boolean) =>
    onChange(invitees.map((invitee, i) => (i === index ? { ...invitee, invited } : invitee)));
  return (
    <fieldset className={styles.fieldset} aria-describedby={error ? 'invitee-error' : undefined}>
      <legend className={styles.legend}>Who to invite</legend>
      {invitees.length === 0 ? (
        <Caption1>The plan names nobody yet. Add parents, carers and staff to the plan first.</Caption1>
      ) : null}
      {invitees.map((invitee, index) => (
        <Checkbox
          key={`${invitee.role}-${invitee.email || invitee.name}`}
          label={describe(invitee, plan)}
          checked={invitee.invited}
          disabled={disabled || !invitee.email}
          onChange={(_, data) => toggle(index, data.checked === true)}
        />
      ))}
      {error ? (
        <Caption1 id="invitee-error" className={styles.error} role="alert">
          {error}
        </Caption1>
      ) : null}
    </fieldset>
  );
};
