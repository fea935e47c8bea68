import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { AppServices } from '../../app/services';
import { grantNotice, recordsNotice, type SetupNotice } from '../../app/usecases/setup/setupNotices';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { useLoad } from '../../ui/common/useLoad';

export interface SetupChecksProps {
  readonly services: Pick<AppServices, 'checkSiteGrant' | 'settings'>;
  /** An IEP list to ask SharePoint about (IEP Pupils): where securing a new pupil starts. */
  readonly listId: string;
}

const Notice = ({ notice }: { readonly notice: SetupNotice }) => (
  <MessageBar intent={notice.intent} layout="multiline">
    <MessageBarBody>
      <MessageBarTitle>{notice.title}</MessageBarTitle>
      {notice.text}
    </MessageBarBody>
  </MessageBar>
);

/**
 * Once the lists are ready: whether SharePoint locks closed versions (the school's record label), and what
 * the app's grant lets it do with this person's rights. Loaded on this page only (PnPjs comes with it).
 */
const SetupChecks = ({ services, listId }: SetupChecksProps) => {
  const check = useCallback(() => services.checkSiteGrant(listId), [services, listId]);
  const grant = useLoad(check);
  return (
    <>
      <Notice notice={recordsNotice(services.settings.records.closedVersionLabel)} />
      {grant.state.status === 'loading' ? (
        <Spinner size="small" label="Checking what IEP Planner may do in the SEN site…" />
      ) : grant.state.status === 'error' ? (
        <ErrorMessage
          error={grant.state.error}
          title="What IEP Planner may do in the SEN site could not be checked"
          onRetry={grant.reload}
        />
      ) : (
        <Notice notice={grantNotice(grant.state.data)} />
      )}
    </>
  );
};

export default SetupChecks;
