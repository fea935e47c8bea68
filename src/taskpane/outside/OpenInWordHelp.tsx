import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PaneHost } from '../host/officeHost';

const WHY: Readonly<Record<Extract<PaneHost, { kind: 'outside' }>['reason'], string>> = {
  'no-office-js':
    'Word\u2019s add-in library could not be loaded (this page is not open in Word, or there is no internet connection).',
  'other-host': 'This page is open in an Office app other than Word.',
  'timed-out': 'Word did not answer, so this page is treated as open outside Word.',
};

/** How to use IEP Planner in Word, for someone who opened the task pane page anywhere else. */
export const OpenInWordHelp = ({
  reason,
}: {
  readonly reason: Extract<PaneHost, { kind: 'outside' }>['reason'];
}) => (
  <MessageBar intent="info" layout="multiline">
    <MessageBarBody>
      <MessageBarTitle>Open IEP Planner in Word</MessageBarTitle>
      {WHY[reason]} To insert plans into a document and save edits back:
      <ol>
        <li>Open a document in Word.</li>
        <li>Choose Insert &gt; Add-ins &gt; My add-ins, then IEP Planner.</li>
        <li>
          If IEP Planner is not listed, ask school IT to deploy it. For testing, sideload the add-in manifest
          (see the deployment guide).
        </li>
      </ol>
      You can still download a plan as a Word document (.docx) below.
    </MessageBarBody>
  </MessageBar>
);
