import { Body1, Button, Field, ProgressBar, Subtitle1 } from '@fluentui/react-components';
import { useState } from 'react';
import type { AppServices } from '../../app/services';
import { saveFile as browserSaveFile } from '../../app/saveFile';
import { canExportSubjectAccess, type Pupil } from '../../domain';
import { useStaffAccess } from '../shared/useStaffAccess';
import { ErrorMessage } from '../../ui/common/ErrorMessage';

type Progress =
  | { readonly phase: 'idle' }
  | { readonly phase: 'busy'; readonly done: number; readonly total: number }
  | { readonly phase: 'done'; readonly fileName: string; readonly fileCount: number }
  | { readonly phase: 'error'; readonly error: unknown };

export interface SubjectAccessSectionProps {
  readonly services: AppServices;
  readonly pupil: Pupil;
  /** Tests pass their own; the browser download otherwise. */
  readonly saveFile?: (bytes: Uint8Array, fileName: string, mimeType: string) => void;
}

/**
 * A subject access request: everything the IEP lists hold about this pupil as one .zip of files
 * anyone can open (.docx and .csv) with a manifest. Built in the browser; nothing is stored anywhere.
 */
export const SubjectAccessSection = ({
  services,
  pupil,
  saveFile = browserSaveFile,
}: SubjectAccessSectionProps) => {
  const [progress, setProgress] = useState<Progress>({ phase: 'idle' });
  const access = useStaffAccess(services);
  const make = async () => {
    setProgress({ phase: 'busy', done: 0, total: 1 });
    try {
      const { subjectAccessExport } = await import(
        /* webpackChunkName: "records" */ '../../app/usecases/records/subjectAccessExport'
      );
      const made = await subjectAccessExport(
        services.store,
        services.documents,
        { pupilId: pupil.id, madeAt: services.clock.now().toISOString(), madeBy: services.currentUser.name },
        (done, total) => setProgress({ phase: 'busy', done, total }),
        services.provisions,
      );
      saveFile(made.bytes, made.fileName, 'application/zip');
      setProgress({ phase: 'done', fileName: made.fileName, fileCount: made.fileCount });
    } catch (error) {
      setProgress({ phase: 'error', error });
    }
  };
  // Answering a subject access request is the SEN leads' job: the export holds everything about the pupil.
  if (access === null || !canExportSubjectAccess(access)) return null;
  return (
    <section aria-labelledby="subject-access-title">
      <Subtitle1 as="h2" id="subject-access-title">
        Subject access request
      </Subtitle1>
      <Body1>
        Everything held here about this pupil: the register entry and its history, and every version of every
        plan with its targets, evidence and reviews, as Word and spreadsheet files with a list of contents.
      </Body1>
      <div>
        <Button disabled={progress.phase === 'busy'} onClick={() => void make()}>
          Download everything held (.zip)
        </Button>
      </div>
      {progress.phase === 'busy' ? (
        <Field label="Gathering the pupil's records" validationState="none">
          <ProgressBar value={progress.total === 0 ? 1 : progress.done / progress.total} />
        </Field>
      ) : null}
      <div role="status" aria-live="polite">
        {progress.phase === 'done' ? `Downloaded ${progress.fileName} (${progress.fileCount} files).` : null}
      </div>
      {progress.phase === 'error' ? (
        <ErrorMessage error={progress.error} title="The records could not be gathered" />
      ) : null}
    </section>
  );
};
