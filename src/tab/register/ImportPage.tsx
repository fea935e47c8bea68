import {
  Body1,
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { AppServices } from '../../app/services';
import { planImport } from '../../app/usecases/register/importPlan';
import { suggestMapping } from '../../app/usecases/register/misCsv/headers';
import { readMisCsv, type CsvRow } from '../../app/usecases/register/misCsv/parse';
import { previewImport } from '../../app/usecases/register/misCsv/preview';
import { registerWording } from '../../app/usecases/register/registerWording';
import type { RegisterImportResult } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { routeHash } from '../routing/routes';
import { usePageStyles } from '../shared/usePageStyles';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportResultSummary } from './ImportResultSummary';
import { withCell, type ImportDraft } from './importState';
import { MappingEditor } from './MappingEditor';
import { useRegisterContext } from './useRegisterClasses';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/** Anything larger is not a class list export. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

type Stage =
  | { readonly step: 'choose' }
  | { readonly step: 'review'; readonly draft: ImportDraft }
  | { readonly step: 'importing'; readonly done: number; readonly total: number }
  | { readonly step: 'done'; readonly result: RegisterImportResult };

export interface ImportPageProps {
  readonly services: AppServices;
}

/**
 * Imports a SIMS, Arbor or Bromcom export: the file is read and previewed in the browser, every row
 * with what it would do and why a row cannot be imported; nothing is written until every row can be.
 */
export const ImportPage = ({ services }: ImportPageProps) => {
  const page = usePageStyles();
  const styles = useStyles();
  const wording = registerWording(services.settings.nation);
  const { state, reload } = useRegisterContext(services);
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [fileError, setFileError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const draft = stage.step === 'review' ? stage.draft : null;
  const plan = useMemo(() => {
    if (!draft || state.status !== 'ready') return null;
    const preview = previewImport(draft.csv.rows, draft.mapping, state.data.pupils);
    return planImport(preview, state.data.classes, draft.mapping.className);
  }, [draft, state]);
  const cells = useMemo(
    () => new Map<number, CsvRow>((draft?.csv.rows ?? []).map((row) => [row.rowNumber, row])),
    [draft],
  );

  if (state.status === 'loading') return <PageSkeleton label="Loading the register" />;
  if (state.status === 'error') {
    return (
      <div className={page.root}>
        <ErrorMessage error={state.error} title="The register could not be loaded" onRetry={reload} page />
      </div>
    );
  }

  const chooseFile = async (file: File | undefined) => {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError('This file is larger than 5 MB: export only the pupils’ details listed below, as CSV.');
      return;
    }
    let csv: ReturnType<typeof readMisCsv>;
    try {
      csv = readMisCsv(new Uint8Array(await file.arrayBuffer()));
    } catch {
      setFileError(
        'This file could not be read. Export the pupil list from your MIS as CSV and choose it again.',
      );
      return;
    }
    if (csv.headers.length === 0) {
      setFileError('This file is empty. Export the pupil list from your MIS as CSV and choose it again.');
      return;
    }
    const suggested = suggestMapping(csv.headers);
    setStage({
      step: 'review',
      draft: { fileName: file.name, csv, mapping: suggested.mapping, source: suggested.source },
    });
  };

  const importNow = async () => {
    if (!plan?.canImport) return;
    setFailure(null);
    const total = plan.writes.length;
    setStage({ step: 'importing', done: 0, total });
    try {
      const result = await services.store.importRegister(plan.writes, (done, all) =>
        setStage({ step: 'importing', done, total: all }),
      );
      setStage({ step: 'done', result });
    } catch (caught) {
      setFailure(caught);
      if (draft) setStage({ step: 'review', draft });
    }
  };

  return (
    <section className={page.root} aria-labelledby="import-title">
      <Link href={routeHash({ name: 'register' })}>Back to the {wording.register}</Link>
      <Title2 as="h1" id="import-title">
        Import pupils from the school’s MIS
      </Title2>
      {stage.step === 'choose' || stage.step === 'review' ? (
        <Field
          label="Pupil list exported from SIMS, Arbor or Bromcom (CSV)"
          hint="Columns: surname, forename, preferred name, date of birth, UPN or admission number, year, registration class, SEN provision and primary need."
          validationState={fileError ? 'error' : 'none'}
          validationMessage={fileError ?? undefined}
        >
          {(fieldProps) => (
            <input
              {...fieldProps}
              type="file"
              accept=".csv,text/csv"
              onChange={(event) => void chooseFile(event.target.files?.[0])}
            />
          )}
        </Field>
      ) : null}
      {stage.step === 'review' && plan ? (
        <>
          <MappingEditor
            headers={stage.draft.csv.headers}
            mapping={stage.draft.mapping}
            sourceLabel={
              stage.draft.source === 'unknown'
                ? 'The file’s layout was not recognised.'
                : `This looks like a ${stage.draft.source} export.`
            }
            onChange={(mapping) => setStage({ step: 'review', draft: { ...stage.draft, mapping } })}
          />
          <Body1 role="status" aria-live="polite">
            {`${plan.counts.add} new, ${plan.counts.update} to update, ${plan.counts.unchanged} unchanged, ${plan.counts.refused} cannot be imported.`}
            {plan.counts.refused > 0
              ? ' Correct the rows below (or the file) and nothing is written until every row can be.'
              : ''}
          </Body1>
          {failure ? <ErrorMessage error={failure} title="The import did not finish" /> : null}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={!plan.canImport || plan.writes.length === 0}
              onClick={() => void importNow()}
            >
              {plan.writes.length === 0 && plan.canImport
                ? 'Nothing to import'
                : `Import ${plan.writes.length} ${plan.writes.length === 1 ? 'pupil' : 'pupils'}`}
            </Button>
          </div>
          <ImportPreviewTable
            rows={plan.rows}
            cells={cells}
            onFix={(rowNumber, header, value) =>
              setStage({ step: 'review', draft: withCell(stage.draft, rowNumber, header, value) })
            }
          />
        </>
      ) : null}
      {stage.step === 'importing' ? (
        <Field label={`Importing: ${stage.done} of ${stage.total} pupils written`}>
          <ProgressBar value={stage.total === 0 ? 1 : stage.done / stage.total} />
        </Field>
      ) : null}
      {stage.step === 'done' ? (
        <>
          <ImportResultSummary result={stage.result} />
          <MessageBar intent="info">
            <MessageBarBody>
              Importing the same file again updates these pupils; it never adds them twice.
            </MessageBarBody>
          </MessageBar>
          <div className={styles.actions}>
            <Link href={routeHash({ name: 'register' })}>Open the {wording.register}</Link>
            <Button
              onClick={() => {
                reload();
                setStage({ step: 'choose' });
              }}
            >
              Import another file
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
};
