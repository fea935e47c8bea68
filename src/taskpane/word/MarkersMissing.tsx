import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/**
 * The document names the pupil but none of the add-in's markers (tagged content controls) are
 * left: another editor dropped them when it saved the file, so nothing can be refreshed or read back.
 */
export const MarkersMissing = ({ who }: { readonly who: string }) => (
  <MessageBar intent="warning" layout="multiline">
    <MessageBarBody>
      <MessageBarTitle>This document no longer has the IEP Planner markers</MessageBarTitle>
      The hidden markers that link this document to {who} are gone, usually because it was saved in another
      program, such as LibreOffice or Google Docs. Nothing in it can be refreshed or saved back: insert the
      plan again, and type any changes you made into the plan itself.
    </MessageBarBody>
  </MessageBar>
);

/** Nothing of the plan is in the document, and nothing suggests it ever was. */
export const notInsertedText = (who: string, action: 'refresh' | 'save back'): string =>
  `This document has nothing from ${who} to ${action}. Choose Insert first.`;
