/**
 * The map as shown (filters applied) to Excel, for the budget and a funding bid, or to Word, for the
 * governors. The spreadsheet library and the Word renderer are fetched only when someone exports.
 */
import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { DOCX_MIME_TYPE } from '../../../app/documents';
import { saveFile as browserSaveFile } from '../../../app/saveFile';
import { schoolBrandingLoader } from '../../../app/schoolBranding';
import type { AppServices } from '../../../app/services';
import type { ProvisionMap } from '../../../app/usecases/provisions/provisionMap';
import { todayIn } from '../../../domain/dates';
import type { SchoolTerm } from '../../../domain/termDates';
import { ErrorMessage } from '../../../ui/common/ErrorMessage';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Format = 'excel' | 'word';

type Progress =
  | { readonly phase: 'idle' }
  | { readonly phase: 'busy'; readonly format: Format }
  | { readonly phase: 'done'; readonly fileName: string }
  | { readonly phase: 'failed'; readonly format: Format; readonly error: unknown };

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  errors: { flexBasis: '100%' },
});

export interface MapExportButtonsProps {
  readonly services: Pick<AppServices, 'clock' | 'settings'>;
  readonly map: ProvisionMap;
  readonly term: SchoolTerm;
  /** Tests pass their own; the browser download otherwise. */
  readonly saveFile?: (bytes: Uint8Array, fileName: string, mimeType: string) => void;
}

const LABELS: Readonly<
  Record<Format, { readonly idle: string; readonly busy: string; readonly failed: string }>
> = {
  excel: {
    idle: 'Export to Excel',
    busy: 'Preparing the spreadsheet…',
    failed: 'The provision map could not be exported to Excel',
  },
  word: {
    idle: 'Export to Word',
    busy: 'Preparing the Word document…',
    failed: 'The provision map could not be exported to Word',
  },
};

export const MapExportButtons = ({
  services,
  map,
  term,
  saveFile = browserSaveFile,
}: MapExportButtonsProps) => {
  const styles = useStyles();
  const [progress, setProgress] = useState<Progress>({ phase: 'idle' });
  const busy = progress.phase === 'busy';

  const exportAs = async (format: Format) => {
    setProgress({ phase: 'busy', format });
    try {
      const today = todayIn(services.clock, services.settings.timeZone);
      // The file name lives beside the Excel export; exceljs itself is loaded only for a spreadsheet.
      const { exportProvisionMapXlsx, provisionMapFileName } = await import(
        /* webpackChunkName: "provision-map-export" */ '../../../app/usecases/provisions/exportProvisionMapXlsx'
      );
      if (format === 'excel') {
        const fileName = provisionMapFileName(term, today);
        saveFile(await exportProvisionMapXlsx(map, today), fileName, XLSX_TYPE);
        setProgress({ phase: 'done', fileName });
        return;
      }
      const [{ renderProvisionMapDocx }, school] = await Promise.all([
        import(
          /* webpackChunkName: "provision-map-docx" */ '../../../app/usecases/provisions/provisionMapDocx'
        ),
        schoolBrandingLoader(services.settings.school)(),
      ]);
      const fileName = provisionMapFileName(term, today, 'docx');
      saveFile(renderProvisionMapDocx(map, school), fileName, DOCX_MIME_TYPE);
      setProgress({ phase: 'done', fileName });
    } catch (error) {
      setProgress({ phase: 'failed', format, error });
    }
  };

  const button = (format: Format) => {
    const working = progress.phase === 'busy' && progress.format === format;
    return (
      <Button
        appearance="secondary"
        disabled={busy || map.totals.placements === 0}
        icon={working ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
        onClick={() => void exportAs(format)}
      >
        {working ? LABELS[format].busy : LABELS[format].idle}
      </Button>
    );
  };

  return (
    <div className={styles.root}>
      {button('excel')}
      {button('word')}
      <div role="status" aria-live="polite">
        {progress.phase === 'done' ? `Downloaded ${progress.fileName}.` : null}
      </div>
      {progress.phase === 'failed' ? (
        <div className={styles.errors}>
          <ErrorMessage
            error={progress.error}
            title={LABELS[progress.format].failed}
            fallbackAdvice="Try again. If it keeps happening, tell school IT which term you were exporting."
          />
        </div>
      ) : null}
    </div>
  );
};
