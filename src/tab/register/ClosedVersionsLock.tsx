import { Body1, Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { IepStore, PupilId, RecordLockOutcome } from '../../domain';
import { RecordLockFailed } from '../shared/RecordLockFailed';

export interface ClosedVersionsLockProps {
  readonly store: Pick<IepStore, 'lockClosedVersions'>;
  readonly pupilId: PupilId;
  /** The school's record label; without one there is nothing to offer (setup says so). */
  readonly label: string | undefined;
  /** Lock at once: the pupil has just left, so their current plans have just closed. */
  readonly lockNow: boolean;
}

type LockState = { readonly status: 'idle' | 'locking' } | RecordLockOutcome;

/**
 * "Lock closed versions": applies the school's record label to every closed version of the pupil's plans
 * (docs/RECORDS.md). Run after a pupil leaves, and by an SEN lead when an earlier lock failed; labelling again
 * changes nothing that is already locked.
 */
export const ClosedVersionsLock = ({ store, pupilId, label, lockNow }: ClosedVersionsLockProps) => {
  const [state, setState] = useState<LockState>({ status: 'idle' });
  const run = async () => {
    if (!store.lockClosedVersions) return;
    setState({ status: 'locking' });
    setState(await store.lockClosedVersions(pupilId));
  };
  // Right after a departure: the plans it closed are locked without being asked.
  useEffect(() => {
    if (!lockNow || !store.lockClosedVersions) return undefined;
    let current = true;
    setState({ status: 'locking' });
    void store.lockClosedVersions(pupilId).then((outcome) => current && setState(outcome));
    return () => {
      current = false;
    };
  }, [lockNow, store, pupilId]);

  if (label === undefined || !store.lockClosedVersions) return null;
  return (
    <section aria-labelledby="closed-versions-lock">
      <Text as="h2" id="closed-versions-lock" size={500} weight="semibold">
        Closed versions as records
      </Text>
      <Body1 as="p">
        Closed versions carry the retention label &ldquo;{label}&rdquo;, so SharePoint refuses any change to
        them. If locking failed when a version closed, lock them again here.
      </Body1>
      {state.status === 'locking' ? <Spinner size="tiny" label="Locking the closed versions…" /> : null}
      {state.status === 'locked' ? (
        <MessageBar intent="success" politeness="polite">
          <MessageBarBody>
            {state.items === 0
              ? 'This pupil has no closed versions yet.'
              : 'The closed versions are locked as records.'}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'failed' ? (
        <RecordLockFailed error={state.error} busy={false} onRetry={() => void run()} />
      ) : (
        <Button disabled={state.status === 'locking'} onClick={() => void run()}>
          Lock closed versions
        </Button>
      )}
    </section>
  );
};
