import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
} from '@fluentui/react-components';
import type { ProvisionProgress, SenSiteStatus } from '../../app/services';
import { isDomainError } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import type { LoadState } from '../../ui/common/useLoad';

export type ProvisionState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly progress: ProvisionProgress | null }
  | { readonly status: 'failed'; readonly error: unknown };

export interface SenSiteStatusPanelProps {
  readonly site: LoadState<SenSiteStatus>;
  readonly provision: ProvisionState;
  onProvision(): void;
  onRecheck(): void;
  /** A SEN lead, who may run the setup again on a ready site (SharePoint refuses anyone else). */
  readonly mayRerun?: boolean;
}

const progressText = (progress: ProvisionProgress | null): string =>
  progress === null ? 'Starting…' : `${progress.message} (${progress.done} of ${progress.total})`;

/** The SEN site check, and the offer to create whatever lists or columns are missing. */
export const SenSiteStatusPanel = ({
  site,
  provision,
  onProvision,
  onRecheck,
  mayRerun = false,
}: SenSiteStatusPanelProps) => {
  if (provision.status === 'running') {
    const { progress } = provision;
    return (
      <Field label="Setting up the IEP lists" hint="Keep this page open until it finishes.">
        <ProgressBar
          value={progress ? progress.done : undefined}
          max={progress ? Math.max(progress.total, 1) : undefined}
        />
        <div role="status" aria-live="polite">
          <Body1>{progressText(progress)}</Body1>
        </div>
      </Field>
    );
  }
  if (site.status === 'loading') return <Spinner size="small" label="Checking the SEN site…" />;
  if (site.status === 'error')
    return (
      <ErrorMessage error={site.error} title="The SEN site could not be checked" onRetry={onRecheck} page />
    );

  const { displayName, missing, conflicts = [] } = site.data;
  const failed =
    provision.status === 'failed' ? (
      isDomainError(provision.error) && provision.error.code === 'access-denied' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The lists could not be created</MessageBarTitle>
            Creating the IEP lists needs two things: you must be an owner of the SEN site, and IEP
            Planner&apos;s grant on the SEN site must be &lsquo;manage&rsquo; (Sites.Selected;
            &lsquo;write&rsquo; is enough only for saving plans). Ask school IT to check both, or ask your
            SENCO to open this page and create them.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <ErrorMessage error={provision.error} title="The lists could not be created" onRetry={onProvision} />
      )
    ) : null;

  if (conflicts.length > 0) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{displayName} has columns IEP Planner cannot use</MessageBarTitle>
          {`${conflicts.join('; ')}. IEP Planner never changes a column's type, because that could lose data. Ask school IT to rename or remove these columns, then check again.`}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRecheck}>Check again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (missing.length === 0) {
    // Setup is safe to run again: it changes only what differs, such as the school's readAccess setting.
    return (
      <>
        {failed}
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Ready</MessageBarTitle>
            {`The IEP lists are set up in ${displayName}.`}
            {mayRerun ? (
              <span>
                {' '}
                After a change to the school&apos;s access settings, run the setup again to apply it.
              </span>
            ) : null}
          </MessageBarBody>
          {mayRerun ? (
            <MessageBarActions>
              <Button onClick={onProvision}>Run the setup again</Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      </>
    );
  }
  return (
    <>
      {failed}
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{displayName} needs setting up</MessageBarTitle>
          {`IEP Planner needs these lists or columns, which are not there yet: ${missing.join(', ')}.`}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={onProvision}>
            Create the IEP lists
          </Button>
        </MessageBarActions>
      </MessageBar>
    </>
  );
};
