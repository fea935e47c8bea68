import {
  Menu,
  MenuButton,
  MenuGroup,
  MenuGroupHeader,
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
  documentLabel,
  DOCX_MIME_TYPE,
  docxFileName,
  PDF_MIME_TYPE,
  type DocumentCopy,
  type DocumentExporter,
  type DocumentKind,
  type DocumentLanguage,
} from '../../app/documents';
import { completeDocumentInput, type DocumentStore, type GroupTargetsSource } from '../../app/documentInput';
import { rememberedLanguage, rememberLanguage } from '../../app/languageChoice';
import { saveFile as browserSaveFile } from '../../app/saveFile';
import { isDomainError, type DocumentNames, type Plan, type Review } from '../../domain';
import { DocumentLanguageField } from '../../ui/DocumentLanguageField';

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
  /** Where the child's group targets are read from; without it the documents print none. */
  readonly provisions?: GroupTargetsSource;
  /** The school's choice of what file names carry: the pupil's name (default) or their reference. */
  readonly names?: DocumentNames;
  /** Tests pass their own; the browser download otherwise. */
  readonly saveFile?: (bytes: Uint8Array, fileName: string, mimeType: string) => void;
}

/** The copies a family or the school can have: Word's working copy, the parents' .docx, the parents' PDF. */
type Output = DocumentCopy | 'parents-pdf';

type Progress =
  | { readonly phase: 'idle' }
  | { readonly phase: 'busy'; readonly kind: DocumentKind; readonly output: Output }
  | { readonly phase: 'done'; readonly fileName: string; readonly withoutGroupTargets?: boolean }
  | { readonly phase: 'no-pdf' }
  | { readonly phase: 'error'; readonly error: unknown };

const ADVICE = 'Try again. If it keeps happening, tell school IT which plan and document you chose.';

/** The copies, as the menu offers them: the school's to keep working on, the family's to read. */
const OUTPUTS: readonly { readonly output: Output; readonly heading: string }[] = [
  { output: 'working', heading: 'Working copy for school (.docx)' },
  { output: 'parents', heading: 'Copy for parents (.docx without editing controls)' },
  { output: 'parents-pdf', heading: 'Copy for parents (.pdf)' },
];

/**
 * "Export .docx" for the plan editor: the same documents the Word add-in inserts, downloaded as a
 * Word file, either as the school's working copy (with the content controls the add-in refreshes
 * and saves back from) or as a plain copy for parents. The renderer is loaded only when a document
 * is chosen.
 */
export const ExportDocxButton = ({
  exporter,
  plan,
  reviews = [],
  store,
  provisions,
  names = 'pupil-name',
  saveFile = browserSaveFile,
}: ExportDocxButtonProps) => {
  const [progress, setProgress] = useState<Progress>({ phase: 'idle' });
  // Welsh-medium schools and Welsh-speaking families in Wales can have the documents in Welsh; the
  // person's last choice (here or in the Word pane) is the starting one.
  const [language, setLanguage] = useState<DocumentLanguage>(() => rememberedLanguage() ?? 'en');
  const offersWelsh = plan.nation === 'wales';
  const review = defaultReviewFor(plan, reviews);

  const exportParentsPdf = exporter.exportParentsPdf?.bind(exporter);
  const outputs = OUTPUTS.filter(({ output }) => output !== 'parents-pdf' || exportParentsPdf);

  const exportAs = async (kind: DocumentKind, output: Output) => {
    setProgress({ phase: 'busy', kind, output });
    try {
      const welsh = offersWelsh && language === 'cy';
      const chosen = { plan, review, ...(welsh ? { language } : {}) };
      // A Welsh copy is named apart, so it can sit beside the English one in the same folder.
      const named = (fileName: string) =>
        welsh ? fileName.replace(/\.(docx|pdf)$/, ' - Cymraeg.$1') : fileName;
      const input = store ? await completeDocumentInput(store, kind, chosen, provisions) : chosen;
      const withoutGroupTargets = 'groupTargetsUnread' in input;
      if (output === 'parents-pdf') {
        const pdf = exportParentsPdf ? await exportParentsPdf(kind, input) : null;
        if (!pdf) {
          setProgress({ phase: 'no-pdf' });
          return;
        }
        const fileName = named(docxFileName(kind, plan, names, 'parents').replace(/\.docx$/, '.pdf'));
        saveFile(pdf, fileName, PDF_MIME_TYPE);
        setProgress({ phase: 'done', fileName, withoutGroupTargets });
        return;
      }
      const bytes = await exporter.exportDocx(kind, input, output);
      const fileName = named(docxFileName(kind, plan, names, output));
      saveFile(bytes, fileName, DOCX_MIME_TYPE);
      setProgress({ phase: 'done', fileName, withoutGroupTargets });
    } catch (error) {
      setProgress({ phase: 'error', error });
    }
  };

  return (
    <div>
      {offersWelsh ? (
        <DocumentLanguageField
          value={language}
          onChange={(chosen) => {
            setLanguage(chosen);
            rememberLanguage(chosen);
          }}
        />
      ) : null}
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton icon={<ArrowDownloadRegular />} disabled={progress.phase === 'busy'}>
            Export .docx
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {outputs.map(({ output, heading }) => (
              <MenuGroup key={output}>
                <MenuGroupHeader>{heading}</MenuGroupHeader>
                {DOCUMENT_KINDS.map((kind) => (
                  <MenuItem
                    key={kind}
                    disabled={kind === 'review-record' && review === null}
                    onClick={() => void exportAs(kind, output)}
                  >
                    {kind === 'review-record' && review === null
                      ? `${documentLabel(kind, plan)} (no review yet)`
                      : documentLabel(kind, plan)}
                  </MenuItem>
                ))}
              </MenuGroup>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <div role="status" aria-live="polite">
        {progress.phase === 'busy' ? (
          <Spinner
            size="tiny"
            labelPosition="after"
            label={`Preparing the ${documentLabel(progress.kind, plan)}${
              progress.output === 'working' ? '' : ' for parents'
            }…`}
          />
        ) : progress.phase === 'done' ? (
          `Downloaded ${progress.fileName}.`
        ) : null}
      </div>
      {progress.phase === 'done' && progress.withoutGroupTargets ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This document has no group targets</MessageBarTitle>
            The child&apos;s provisions could not be read, so their group targets are missing from it. Export
            it again in a minute to include them; if they are still missing, tell your SENCO.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {progress.phase === 'no-pdf' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Microsoft 365 could not make a PDF of this document</MessageBarTitle>
            Download the copy for parents as a Word document instead: it opens on phones and tablets too.
          </MessageBarBody>
        </MessageBar>
      ) : null}
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
