import {
  Body1,
  Button,
  Field,
  makeStyles,
  Select,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { pupilCostStatement, type ProvisionMap } from '../../../app/usecases/provisions/provisionMap';
import { formatUkDate } from '../../../domain/dates';
import { asPupilId } from '../../../domain';
import { formatHours, formatPounds } from '../../../domain/provisionCost';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  picker: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  number: { textAlign: 'end', whiteSpace: 'nowrap' },
  total: { fontWeight: tokens.fontWeightSemibold },
});

export interface PupilCostStatementViewProps {
  /** The map without filters: a statement lists all of a pupil's provision this term. */
  readonly map: ProvisionMap;
  /** "Autumn term 2026". */
  readonly termName: string;
}

/** One pupil's provision this term, its hours and cost: for an EHC plan or a funding application. */
export const PupilCostStatementView = ({ map, termName }: PupilCostStatementViewProps) => {
  const styles = useStyles();
  const headingId = useId();
  const [pupilId, setPupilId] = useState('');
  const statement = pupilId === '' ? null : pupilCostStatement(map, asPupilId(pupilId));
  const left = map.pupils.filter((p) => !p.onRegister).map((p) => p.pupilId);
  const choices = map.pupils.map((p) => {
    // Pupils who have left are not named; a number tells them apart.
    const name = p.onRegister ? p.name : `${p.name} (${left.indexOf(p.pupilId) + 1})`;
    const where = p.yearGroup || p.className;
    return { value: p.pupilId, label: `${name}${where ? `, ${where}` : ''}: ${formatPounds(p.costPence)}` };
  });
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId}>
        Cost per pupil
      </Subtitle1>
      <div className={styles.picker}>
        <Field label="Pupil" hint="Every pupil on a provision this term, with their total cost.">
          <Select value={pupilId} onChange={(_, d) => setPupilId(d.value)}>
            <option value="">Choose a pupil</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
        {statement ? <Button onClick={() => window.print()}>Print</Button> : null}
      </div>
      {statement ? (
        <Table aria-label={`Cost of provision for ${statement.name}, ${termName}`} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Provision</TableHeaderCell>
              <TableHeaderCell scope="col">Dates</TableHeaderCell>
              <TableHeaderCell scope="col" className={styles.number}>
                Hours this term
              </TableHeaderCell>
              <TableHeaderCell scope="col" className={styles.number}>
                Cost
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {statement.lines.map((line) => (
              <TableRow key={`${line.provisionId}-${line.start}`}>
                <TableCell>{line.provisionName}</TableCell>
                <TableCell>
                  {formatUkDate(line.start)} to {formatUkDate(line.end)}
                </TableCell>
                <TableCell className={styles.number}>{formatHours(line.hours)}</TableCell>
                <TableCell className={styles.number}>{formatPounds(line.costPence)}</TableCell>
              </TableRow>
            ))}
            <TableRow className={styles.total}>
              <TableCell>Total</TableCell>
              <TableCell />
              <TableCell className={styles.number}>{formatHours(statement.hours)}</TableCell>
              <TableCell className={styles.number}>{formatPounds(statement.costPence)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      ) : (
        <Body1>Choose a pupil to see their provisions, hours and cost this term.</Body1>
      )}
    </section>
  );
};
