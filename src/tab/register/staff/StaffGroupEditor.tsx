import { Body1, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { staffEmailProblem, type StaffMember } from '../../../domain/careTeamAdmin';
import { isDomainError } from '../../../domain';
import { adviceOf } from '../../../ui/common/adviceOf';

/** What went wrong in words that say what to do; the address field shows it. */
const problemOf = (error: unknown): string => {
  if (isDomainError(error) && error.code === 'not-found')
    return "No one in the school's directory has this address. Check it and try again.";
  if (isDomainError(error) && error.code === 'invalid') return error.message;
  if (isDomainError(error) && error.code === 'access-denied')
    return 'Only the SEN leads can change who is in a care team.';
  return `This change was not saved. ${adviceOf(error)}`;
};

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: 0, listStyleType: 'none' },
  member: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalXXS,
  },
  add: { display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface StaffGroupEditorProps {
  /** e.g. "Teachers of Year 3 Kestrels": names the list, the field and each button for screen readers. */
  readonly label: string;
  readonly members: readonly StaffMember[];
  readonly onAdd: (email: string) => Promise<void>;
  readonly onRemove: (member: StaffMember) => Promise<void>;
}

/** One care-team group: who is in it, a Remove button each, and an address field to add someone. */
export const StaffGroupEditor = ({ label, members, onAdd, onRemove }: StaffGroupEditorProps) => {
  const styles = useStyles();
  const headingId = useId();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const run = async (work: () => Promise<void>, done: string): Promise<boolean> => {
    setBusy(true);
    setStatus('');
    try {
      await work();
      setStatus(done);
      return true;
    } catch (error) {
      setProblem(problemOf(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const found = staffEmailProblem(typed, members);
    setProblem(found);
    if (found !== null) return;
    const email = typed.trim();
    if (await run(() => onAdd(email), `${email} added.`)) setTyped('');
  };

  return (
    <div className={styles.group} role="group" aria-labelledby={headingId}>
      <Body1 as="h3" id={headingId}>
        <strong>{label}</strong>
      </Body1>
      {members.length === 0 ? (
        <Body1>Nobody yet.</Body1>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {members.map((member) => (
            <li key={member.email} className={styles.member}>
              <Body1>
                {member.name} ({member.email})
              </Body1>
              <Button
                size="small"
                disabled={busy}
                aria-label={`Remove ${member.name} from ${label}`}
                onClick={() => void run(() => onRemove(member), `${member.name} removed.`)}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className={styles.add} onSubmit={(event) => void add(event)} noValidate>
        <Field
          label={`Add to ${label}`}
          validationState={problem ? 'error' : 'none'}
          validationMessage={problem ?? undefined}
        >
          <Input
            type="email"
            value={typed}
            placeholder="name@school.example"
            onChange={(_, data) => {
              setTyped(data.value);
              setProblem(null);
            }}
          />
        </Field>
        <Button type="submit" disabled={busy}>
          Add
        </Button>
      </form>
      <div role="status" aria-live="polite">
        {status}
      </div>
    </div>
  );
};
