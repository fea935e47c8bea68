import {
  Link,
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
import { formatChange } from '../../../app/usecases/provisions/mapLabels';
import type { ProvisionMap } from '../../../app/usecases/provisions/provisionMap';
import type { ProvisionImpact } from '../../../domain/provisionImpact';
import { routeHash } from '../../routing/routes';
import { ImpactChart } from './ImpactChart';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  number: { textAlign: 'end', whiteSpace: 'nowrap' },
});

const measureName = (impact: ProvisionImpact): string => {
  const name = impact.measure.name.trim();
  if (name === '') return 'No measure set';
  return impact.measure.higherIsBetter ? name : `${name} (lower is better)`;
};

/**
 * "Does it work?": each provision's entry and exit measure, how many pupils are measured and
 * improved and the mean change (positive is always progress). Each provision links to its page,
 * where its pupils' scores and their targets' evidence are.
 */
export const ImpactSection = ({
  map,
  termName,
}: {
  readonly map: ProvisionMap;
  readonly termName: string;
}) => {
  const styles = useStyles();
  const headingId = useId();
  const rows = map.areas.flatMap((area) =>
    area.rows.map((row) => ({
      key: row.provision.id,
      name: row.provision.name,
      provision: row.provision,
      impact: row.impact,
    })),
  );
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId}>
        Does it work?
      </Subtitle1>
      <Table aria-label={`Entry and exit measures, ${termName}`} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Provision</TableHeaderCell>
            <TableHeaderCell scope="col">Measure</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.number}>
              Measured
            </TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.number}>
              Improved
            </TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.number}>
              Mean change
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(({ key, provision, impact }) => (
            <TableRow key={key}>
              <TableCell>
                <Link href={routeHash({ name: 'provision', provisionId: provision.id })}>
                  {provision.name}
                </Link>
              </TableCell>
              <TableCell>{measureName(impact)}</TableCell>
              <TableCell className={styles.number}>
                {impact.measured} of {impact.measured + impact.missing}
              </TableCell>
              <TableCell className={styles.number}>
                {impact.measured === 0 ? '–' : `${impact.improved} of ${impact.measured}`}
              </TableCell>
              <TableCell className={styles.number}>
                {impact.meanChange === null ? 'Not measured yet' : formatChange(impact.meanChange)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ImpactChart rows={rows} />
    </section>
  );
};
