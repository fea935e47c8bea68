import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { ProvisionFormValues } from '../../../app/usecases/provisions/provisionForm';
import { PROVISION_FIELD_LABELS } from './ProvisionForm';

export interface ProvisionConflictProps {
  readonly mine: ProvisionFormValues;
  readonly theirs: ProvisionFormValues;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

const shown = (value: ProvisionFormValues[keyof ProvisionFormValues]): string => {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.filter(Boolean).join(', ') || '(none)';
  return value.trim() || '(empty)';
};

/**
 * A colleague saved the provision while this form was open: what they saved that differs from what is
 * typed here, and the choice of whose to keep. Nothing was saved until the user chooses.
 */
export const ProvisionConflict = ({ mine, theirs, onKeepMine, onTakeTheirs }: ProvisionConflictProps) => {
  const keys = (Object.keys(PROVISION_FIELD_LABELS) as (keyof ProvisionFormValues)[]).filter(
    (key) => shown(mine[key]) !== shown(theirs[key]),
  );
  return (
    <MessageBar intent="warning" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>A colleague saved this provision after you opened it</MessageBarTitle>
        Nothing of yours was saved yet.{' '}
        {keys.length === 0 ? (
          'They saved the same values as yours.'
        ) : (
          <>
            They saved:
            <ul aria-label="What your colleague saved">
              {keys.map((key) => (
                <li key={key}>
                  {PROVISION_FIELD_LABELS[key]}: {shown(theirs[key])} (yours: {shown(mine[key])})
                </li>
              ))}
            </ul>
          </>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onKeepMine}>Keep mine</Button>
        <Button onClick={onTakeTheirs}>Take theirs</Button>
      </MessageBarActions>
    </MessageBar>
  );
};
