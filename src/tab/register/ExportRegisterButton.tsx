import { Button, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { saveFile } from '../../app/saveFile';
import type { RegisterRow } from '../../app/usecases/register/registerRows';
import type { RegisterWording } from '../../app/usecases/register/registerWording';
import type { Clock } from '../../domain';
import { todayIn } from '../../domain/dates';
import { ErrorMessage } from '../../ui/common/ErrorMessage';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportRegisterButtonProps {
  readonly rows: readonly RegisterRow[];
  readonly wording: RegisterWording;
  readonly clock: Clock;
  readonly timeZone: string;
}

/**
 * Downloads the register as shown (filters applied) as an .xlsx laid out for the census return. The
 * spreadsheet library is fetched only now, so nobody else pays for it when the tab opens.
 */
export const ExportRegisterButton = ({ rows, wording, clock, timeZone }: ExportRegisterButtonProps) => {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const exportNow = async () => {
    setBusy(true);
    setError(null);
    try {
      const { exportRegisterXlsx, registerFileName } = await import(
        /* webpackChunkName: "register-export" */ '../../app/usecases/register/exportRegisterXlsx'
      );
      const today = todayIn(clock, timeZone);
      saveFile(await exportRegisterXlsx(rows, wording, today), registerFileName(today, wording), XLSX_TYPE);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        appearance="secondary"
        disabled={busy || rows.length === 0}
        icon={busy ? <Spinner size="tiny" /> : undefined}
        onClick={() => void exportNow()}
      >
        {busy ? 'Preparing the spreadsheet…' : 'Export to Excel'}
      </Button>
      {error ? <ErrorMessage error={error} title="The register could not be exported" /> : null}
    </>
  );
};
