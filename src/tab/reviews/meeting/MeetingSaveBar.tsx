import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useState } from 'react';
import { completeDocumentInput } from '../../../app/documentInput';
import { DOCX_MIME_TYPE, docxFileName } from '../../../app/documents';
import { saveFile } from '../../../app/saveFile';
import type { AppServices } from '../../../app/services';
import type { Plan, Review, SolutionFocusedMeeting } from '../../../domain';
import { ErrorMessage } from '../../../ui/common/ErrorMessage';
import { SaveFailedMessage } from '../../../ui/common/SaveFailedMessage';
import type { MeetingSave } from './useMeeting';
import { useMeetingStyles } from './meetingStyles';

export interface MeetingSaveBarProps {
  readonly services: AppServices;
  readonly plan: Plan;
  readonly review: Review;
  readonly meeting: SolutionFocusedMeeting;
  readonly save: MeetingSave;
  readonly readOnly: boolean;
  onSave(): void;
  onSaveOntoTheirs(): void;
}

type Download =
  | { readonly phase: 'idle' | 'busy' }
  | { readonly phase: 'done'; readonly fileName: string }
  | { readonly phase: 'failed'; readonly error: unknown };

/**
 * Save (with the review, under If-Match) and the review record as a Word file, with the meeting's
 * roles, flip charts and tally in it, for printing or sending after the meeting.
 */
export const MeetingSaveBar = (props: MeetingSaveBarProps) => {
  const { services, plan, review, meeting, save, readOnly } = props;
  const styles = useMeetingStyles();
  const [download, setDownload] = useState<Download>({ phase: 'idle' });
  const exportRecord = async () => {
    setDownload({ phase: 'busy' });
    try {
      const input = await completeDocumentInput(services.store, 'review-record', {
        plan,
        review: { ...review, meeting },
      });
      const bytes = await services.documents.exportDocx('review-record', input);
      const fileName = docxFileName('review-record', plan, services.settings.documentNames);
      saveFile(bytes, fileName, DOCX_MIME_TYPE);
      setDownload({ phase: 'done', fileName });
    } catch (error) {
      setDownload({ phase: 'failed', error });
    }
  };
  return (
    <div className={styles.section}>
      {save.status === 'conflict' ? (
        <MessageBar intent="warning" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>Someone else saved this review since you opened it</MessageBarTitle>
            Nothing was overwritten. Your meeting is still here and kept in this browser tab.
            {save.theirs?.meeting ? ' Their copy has meeting work too: saving yours replaces it.' : ''}
          </MessageBarBody>
          {save.theirs ? (
            <MessageBarActions>
              <Button onClick={props.onSaveOntoTheirs}>Save my meeting onto their copy</Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {save.status === 'failed' ? (
        <SaveFailedMessage error={save.error} title="The meeting could not be saved" />
      ) : null}
      <div role="status" aria-live="polite">
        {save.status === 'saving' ? (
          <Spinner size="tiny" labelPosition="after" label="Saving the meeting…" />
        ) : null}
        {save.status === 'saved' ? 'The meeting is saved with the review record.' : null}
        {download.phase === 'done' ? ` Downloaded ${download.fileName}.` : null}
      </div>
      {download.phase === 'failed' ? (
        <ErrorMessage error={download.error} title="The review record could not be made" />
      ) : null}
      <div className={styles.row}>
        {readOnly ? null : (
          <Button
            size="large"
            appearance="primary"
            disabled={save.status === 'saving'}
            onClick={props.onSave}
          >
            Save meeting
          </Button>
        )}
        <Button size="large" disabled={download.phase === 'busy'} onClick={() => void exportRecord()}>
          Download the review record (.docx)
        </Button>
      </div>
    </div>
  );
};
