import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { REGISTER_FIELD_LABELS } from '../../domain';
import type { ImportPlanRow } from '../../app/usecases/register/importPlan';
import type { ImportAction } from '../../app/usecases/register/misCsv/preview';
import type { CsvRow } from '../../app/usecases/register/misCsv/parse';

const useStyles = makeStyles({
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  fix: { minWidth: '12rem' },
});

const ACTION_BADGES: Readonly<
  Record<ImportAction, { label: string; color: 'success' | 'informative' | 'subtle' | 'danger' }>
> = {
  add: { label: 'New', color: 'success' },
  update: { label: 'Update', color: 'informative' },
  unchanged: { label: 'No change', color: 'subtle' },
  refused: { label: 'Cannot import', color: 'danger' },
};

/** Rows shown before "Show every row": enough to see the file is right without rendering a thousand. */
const FIRST_ROWS = 50;

export interface ImportPreviewTableProps {
  readonly rows: readonly ImportPlanRow[];
  readonly cells: ReadonlyMap<number, CsvRow>;
  onFix(rowNumber: number, header: string, value: string): void;
}

const nameOf = (row: ImportPlanRow, cells: CsvRow | undefined): string =>
  row.preview.entry
    ? `${row.preview.entry.givenName} ${row.preview.entry.familyName}`
    : Object.values(cells?.cells ?? {})
        .slice(0, 3)
        .join(' ');

/**
 * Every row of the file with what importing it would do; refused rows first, each naming its row,
 * field and reason, with the cell to correct right there.
 */
export const ImportPreviewTable = ({ rows, cells, onFix }: ImportPreviewTableProps) => {
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  const ordered = [
    ...rows.filter((r) => r.action === 'refused'),
    ...rows.filter((r) => r.action !== 'refused'),
  ];
  const shown = showAll
    ? ordered
    : ordered.slice(0, Math.max(FIRST_ROWS, rows.filter((r) => r.action === 'refused').length));
  return (
    <>
      <Table aria-label="Rows of the file">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Row</TableHeaderCell>
            <TableHeaderCell>Pupil</TableHeaderCell>
            <TableHeaderCell>What happens</TableHeaderCell>
            <TableHeaderCell>Details</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((row) => {
            const csvRow = cells.get(row.preview.rowNumber);
            const badge = ACTION_BADGES[row.action];
            return (
              <TableRow key={row.preview.rowNumber}>
                <TableCell>{row.preview.rowNumber}</TableCell>
                <TableCell>{nameOf(row, csvRow)}</TableCell>
                <TableCell>
                  <Badge appearance="tint" color={badge.color} shape="rounded">
                    {badge.label}
                  </Badge>
                </TableCell>
                <TableCell>
                  {row.action === 'refused' ? (
                    <ul className={styles.errors}>
                      {row.errors.map((error, index) => (
                        <li key={index}>
                          {error.field
                            ? `${REGISTER_FIELD_LABELS[error.field]}${error.column ? ` (column ${error.column})` : ''}: `
                            : ''}
                          {error.message}
                          {error.column && csvRow && csvRow.problems.length === 0 ? (
                            <Field
                              className={styles.fix}
                              label={`Correct row ${row.preview.rowNumber}, ${error.column}`}
                            >
                              <Input
                                defaultValue={csvRow.cells[error.column] ?? ''}
                                onBlur={(event) => {
                                  const column = error.column;
                                  if (column && event.target.value !== (csvRow.cells[column] ?? ''))
                                    onFix(row.preview.rowNumber, column, event.target.value);
                                }}
                                onKeyDown={(event) => {
                                  const column = error.column;
                                  if (event.key === 'Enter' && column) {
                                    event.preventDefault();
                                    onFix(row.preview.rowNumber, column, event.currentTarget.value);
                                  }
                                }}
                              />
                            </Field>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : row.action === 'update' ? (
                    `Changes ${row.preview.changes.map((f) => REGISTER_FIELD_LABELS[f].toLowerCase()).join(', ') || 'class'}`
                  ) : row.classTeam ? (
                    row.classTeam.displayName
                  ) : (
                    ''
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {shown.length < ordered.length ? (
        <Button appearance="secondary" onClick={() => setShowAll(true)}>
          Show every row ({ordered.length})
        </Button>
      ) : null}
    </>
  );
};
