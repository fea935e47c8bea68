import { Field, Select, Spinner } from '@fluentui/react-components';
import type { ClassTeam } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import type { LoadState } from '../../ui/common/useLoad';

export interface ClassPickerProps {
  readonly classes: LoadState<readonly ClassTeam[]>;
  readonly value: string;
  onChange(classTeamId: string): void;
  onRetry(): void;
}

/** The class team whose pupils the tab shows. */
export const ClassPicker = ({ classes, value, onChange, onRetry }: ClassPickerProps) => {
  if (classes.status === 'loading') return <Spinner size="small" label="Finding your classes…" />;
  if (classes.status === 'error')
    return <ErrorMessage error={classes.error} title="Your classes could not be listed" onRetry={onRetry} />;
  if (classes.data.length === 0) {
    return (
      <Field
        label="Class"
        validationState="warning"
        validationMessage="You are not a member of any class team yet."
      >
        <Select disabled value="">
          <option value="">No classes</option>
        </Select>
      </Field>
    );
  }
  return (
    <Field label="Class" hint="The class team whose pupils this tab shows.">
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        {classes.data.map((team) => (
          <option key={team.id} value={team.id}>
            {team.displayName}
          </option>
        ))}
      </Select>
    </Field>
  );
};
