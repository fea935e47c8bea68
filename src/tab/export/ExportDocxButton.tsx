import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import {
  defaultReviewFor,
  DOCUMENT_KINDS,
  DOCUMENT_LABELS,
  DOCX_MIME_TYPE,
  docxFileName,
  type DocumentExporter,
  type DocumentKind,
} from '../../app/documents';
import { completeDocumentInput, type DocumentStore } from '../../app/documentInput';
import { saveFile as browserSaveFile } from '../../app/saveFile';
import { isDomainError, type DocumentNames, type Plan, type Review } from '../../domain';

export interface ExportDocxButtonProps {
  /** `services.documents` from the composition root. */
  readonly exporter: DocumentExporter;
  readonly plan: Plan;
  /** The plan's reviews; the review record uses the latest completed review of this version. */
  readonly reviews?: readonly Review[];
  /**
   * Where the version a completed review agreed and the pupil's date of birth are read from; without it
   * the documents leave those lines blank to fill in by hand.
   */
  readonly store?: DocumentStore;
  /** The school's choice of what file names carry: the pupil's name (default) or their reference. */
  readonly names?: DocumentNames;
  /** Tests pass their own; the browser download otherwise. */
  readonly saveFile?: (bytes: Uint8Array, fileName: string, mimeType: string) => void;
}

type Progress =
  | { readonly phase: 'idle' }
  | { readonly phase: 'busy'; readonly kind: DocumentKind }
  | { readonly phase: 'done'; readonly fileName: string }
  | { readonly phase: 'error'; readonly error: unknown };

const ADVICE = 'Try again. If it keeps happening, tell school IT which plan and document you chose.';

/**
 * "Export .docx" for the plan editor: the same documents the Word add-in inserts, downloaded as a
 * Word file. The renderer is loaded only when a document is chosen.
 */
export const ExportDocxButton = ({
  exporter,
  plan,
  reviews = [],
  store,
  names = 'pupil-name',
  saveFile = browserSaveFile,
}: ExportDocxButtonProps) => {
  const [progress, setProgress] = useState<Progress>({ phase: 'idle' });
  const review = defaultReviewFor(plan, reviews);

  const exportAs = async (kind: DocumentKind) => {
    setProgress({ phase: 'busy', kind });
    try {
      const input = store ? await completeDocumentInput(store, kind, { plan, review }) : { plan, review };
      const bytes = await exporter.exportDocx(kind, input);
      const fileName = docxFileName(kind, plan, names);
      saveFile(bytes, fileName, DOCX_MIME_TYPE);
      setProgress({ phase: 'done', fileName });
    } catch (error) {
      setProgress({ phase: 'error', error });
    }
  };

  return (
    <div>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton icon={<ArrowDownloadRegular />} disabled={progress.phase === 'busy'}>
            Export .docx
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {DOCUMENT_KINDS.map((kind) => (
              <MenuItem
                key={kind}
                disabled={kind === 'review-record' && review === null}
                onClick={() => void exportAs(kind)}
              >
                {kind === 'review-record' && review === null
                  ? `${DOCUMENT_LABELS[kind]} (no review yet)`
                  : DOCUMENT_LABELS[kind]}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <div role="status" aria-live="polite">
        {progress.phase === 'busy' ? (
          <Spinner
            size="tiny"
            labelPosition="after"
            label={`Preparing the ${DOCUMENT_LABELS[progress.kind].toLowerCase()}…`}
          />
        ) : progress.phase === 'done' ? (
          `Downloaded ${progress.fileName}.`
        ) : null}
      </div>
      {progress.phase === 'error' ? (
        <MessageBar intent="error" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>The Word document could not be made</MessageBarTitle>
            {isDomainError(progress.error) ? `${progress.error.message} ` : ''}
            {isDomainError(progress.error) && progress.error.code !== 'invalid'
              ? progress.error.advice
              : ADVICE}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
};
