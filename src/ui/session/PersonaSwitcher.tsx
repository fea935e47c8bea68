import { Field, makeStyles, Select } from '@fluentui/react-components';
import type { Persona } from '../../app/session/session';

const useStyles = makeStyles({
  // Long persona names must not widen the header past the window: let the select shrink and clip.
  root: { width: '22rem', maxWidth: '100%', minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
});

export interface PersonaSwitcherProps {
  readonly personas: readonly Persona[];
  readonly current: Persona;
  readonly disabled?: boolean;
  onSwitch(persona: Persona): void;
}

/**
 * Local mode only: whose eyes to see the demo school through. Switching signs the current persona
 * out (and drops their unsaved drafts) before the next one signs in.
 */
export const PersonaSwitcher = ({ personas, current, disabled = false, onSwitch }: PersonaSwitcherProps) => {
  const styles = useStyles();
  return (
    <Field className={styles.root} label="Demo persona" hint="Local demo only: switching signs you out.">
      <Select
        className={styles.select}
        select={{ className: styles.select }}
        value={current.email}
        disabled={disabled}
        onChange={(_, data) => {
          const next = personas.find((p) => p.email === data.value);
          if (next && next.email !== current.email) onSwitch(next);
        }}
      >
        {personas.map((p) => (
          <option key={p.email} value={p.email}>
            {`${p.name} (${p.role})`}
          </option>
        ))}
      </Select>
    </Field>
  );
};
