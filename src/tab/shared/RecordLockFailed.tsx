import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { isDomainError } from '../../domain';

export interface RecordLockFailedProps {
  readonly error: unknown;
  readonly busy: boolean;
  onRetry(): void;
  /** Goes on without locking now (e.g. to the new version); the lock can be tried again from the pupil's page. */
  readonly onContinue?: { readonly label: string; run(): void };
}

/**
 * A closed version SharePoint has not locked: it stays closed and read-only in IEP Planner, and labelling it
 * again is safe, so the person may try now or later (docs/RECORDS.md).
 */
export const RecordLockFailed = ({ error, busy, onRetry, onContinue }: RecordLockFailedProps) => (
  <MessageBar intent="warning" layout="multiline" politeness="assertive">
    <MessageBarBody>
      <MessageBarTitle>The closed version is not locked by SharePoint yet</MessageBarTitle>
      {isDomainError(error) ? `${error.message} ` : ''}
      It stays closed and read-only in IEP Planner. Try again now, or later with &ldquo;Lock closed
      versions&rdquo; on the pupil&rsquo;s page in the SEN register.
    </MessageBarBody>
    <MessageBarActions>
      <Button disabled={busy} onClick={onRetry}>
        {busy ? 'Locking…' : 'Try again'}
      </Button>
      {onContinue ? (
        <Button disabled={busy} onClick={onContinue.run}>
          {onContinue.label}
        </Button>
      ) : null}
    </MessageBarActions>
  </MessageBar>
);
