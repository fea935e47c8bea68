import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import {
  DOCUMENT_LABELS,
  DOCX_MIME_TYPE,
  docxFileName,
  type DocumentExporter,
  type DocumentInput,
  type DocumentKind,
} from '../../app/documents';
import type { DocumentNames } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';

const useStyles = makeStyles({ status: { margin: `${tokens.spacingVerticalS} 0` } });

export type SaveFile = (bytes: Uint8Array, fileName: string, mimeType: string) => void;

export interface DownloadDocxButtonProps {
  readonly exporter: DocumentExporter;
  readonly kind: DocumentKind;
  readonly input: DocumentInput | null;
  readonly disabled?: boolean;
  readonly saveFile: SaveFile;
  /** The school's choice of what file names carry: the pupil's name (default) or their reference. */
  readonly names?: DocumentNames;
}

type Progress =
  | { readonly phase: 'idle' }
  | { readonly phase: 'busy' }
  | { readonly phase: 'done'; readonly fileName: string }
  | { readonly phase: 'error'; readonly error: unknown };

/** Makes the chosen document as a .docx in the browser and hands it to the user as a download. */
export const DownloadDocxButton = ({
  exporter,
  kind,
  input,
  disabled,
  saveFile,
  names = 'pupil-name',
}: DownloadDocxButtonProps) => {
  const styles = useStyles();
  const [progress, setProgress] = useState<Progress>({ phase: 'idle' });

  const download = async () => {
    if (!input) return;
    setProgress({ phase: 'busy' });
    try {
      const fileName = docxFileName(kind, input.plan, names);
      saveFile(await exporter.exportDocx(kind, input), fileName, DOCX_MIME_TYPE);
      setProgress({ phase: 'done', fileName });
    } catch (error) {
      setProgress({ phase: 'error', error });
    }
  };

  return (
    <div>
      <Button
        appearance="primary"
        icon={<ArrowDownloadRegular />}
        disabled={disabled || !input || progress.phase === 'busy'}
        onClick={() => void download()}
      >
        Download .docx
      </Button>
      <div role="status" aria-live="polite" className={styles.status}>
        {progress.phase === 'busy' ? (
          <Spinner
            size="tiny"
            labelPosition="after"
            label={`Preparing the ${DOCUMENT_LABELS[kind].toLowerCase()}…`}
          />
        ) : progress.phase === 'done' ? (
          `Downloaded ${progress.fileName}. Open it from your Downloads folder.`
        ) : null}
      </div>
      {progress.phase === 'error' ? (
        <ErrorMessage error={progress.error} title="The .docx could not be made" />
      ) : null}
    </div>
  );
};
