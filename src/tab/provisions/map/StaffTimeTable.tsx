import {
  Body1,
  makeStyles,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { ProvisionMap } from '../../../app/usecases/provisions/provisionMap';
import { formatHours } from '../../../domain/provisionCost';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { maxWidth: '32rem' },
  number: { textAlign: 'end', whiteSpace: 'nowrap' },
});

/** Hours of each named member of staff this term across every provision they run. */
export const StaffTimeTable = ({
  map,
  termName,
}: {
  readonly map: ProvisionMap;
  readonly termName: string;
}) => {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId}>
        Staff time
      </Subtitle1>
      {map.staff.length === 0 ? (
        <Body1>
          No member of staff is named on these provisions. Name who delivers each one on its page.
        </Body1>
      ) : (
        <>
          <Body1>A provision’s hours are shared equally between the staff named on it.</Body1>
          <Table className={styles.table} aria-label={`Staff time on provision, ${termName}`} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Member of staff</TableHeaderCell>
                <TableHeaderCell scope="col" className={styles.number}>
                  Hours this term
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {map.staff.map((s) => (
                <TableRow key={s.name}>
                  <TableCell>{s.name}</TableCell>
                  <TableCell className={styles.number}>{formatHours(s.hours)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
};
