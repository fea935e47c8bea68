import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { AppServices } from '../../app/services';
import { DownloadDocxButton, type SaveFile } from '../outside/DownloadDocxButton';
import { DocumentChooser } from '../picker/DocumentChooser';
import { useDocumentSelection } from '../picker/useDocumentSelection';
import { useCursorPlace, type Schedule } from './useCursorPlace';
import { WordActions } from './WordActions';
import type { WordPort } from './wordPort';

export interface WordPaneProps {
  readonly services: AppServices;
  readonly word: WordPort;
  /** False in a Word too old for the add-in's API (WordApi 1.1): downloads are offered instead. */
  readonly wordApi: boolean;
  readonly saveFile: SaveFile;
  /** When to read where the cursor is after it moves; tests pass their own, the default waits for a pause. */
  readonly afterCursorMoves?: Schedule;
}

/** The task pane inside Word: choose a plan and template, then insert, refresh or save back. */
export const WordPane = ({ services, word, wordApi, saveFile, afterCursorMoves }: WordPaneProps) => {
  const selection = useDocumentSelection(services);
  // Watched from the moment the pane opens, whichever plan is chosen, so Insert already knows.
  const cursor = useCursorPlace(word, wordApi, afterCursorMoves);
  return (
    <>
      {wordApi ? null : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This version of Word cannot insert plans</MessageBarTitle>
            IEP Planner needs Word 2016 or later, Word for Mac or Word on the web. Update Word, or download
            the plan as a .docx below and open it.
          </MessageBarBody>
        </MessageBar>
      )}
      <DocumentChooser
        selection={selection}
        actions={(doc) =>
          wordApi ? (
            // A new plan starts a new save-back conversation.
            <WordActions
              key={doc.plan.id}
              services={services}
              word={word}
              selection={selection}
              plan={doc.plan}
              cursor={cursor}
            />
          ) : (
            <DownloadDocxButton
              exporter={services.documents}
              kind={selection.kind}
              input={selection.input}
              disabled={selection.blocked !== null}
              saveFile={saveFile}
              names={services.settings.documentNames}
            />
          )
        }
      />
    </>
  );
};
