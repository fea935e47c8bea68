import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Plan } from '../../../domain/plan';
import { compareVersions } from './compareVersions';

export interface VersionComparisonProps {
  readonly older: Plan;
  readonly newer: Plan;
}

const useStyles = makeStyles({
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalS,
  },
  cell: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', verticalAlign: 'top' },
});

/** Field by field, what changed between an earlier version and this one. */
export const VersionComparison = ({ older, newer }: VersionComparisonProps) => {
  const styles = useStyles();
  const differences = useMemo(() => compareVersions(older, newer), [older, newer]);
  if (differences.length === 0)
    return (
      <p>
        Version {older.version} and version {newer.version} hold the same content.
      </p>
    );
  return (
    <Table aria-label={`Differences between version ${older.version} and version ${newer.version}`}>
      <caption className={styles.caption}>
        {differences.length} difference{differences.length === 1 ? '' : 's'} between version {older.version}{' '}
        and version {newer.version}.
      </caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Field</TableHeaderCell>
          <TableHeaderCell scope="col">Version {older.version}</TableHeaderCell>
          <TableHeaderCell scope="col">Version {newer.version}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {differences.map((d) => (
          <TableRow key={d.key}>
            <TableCell className={styles.cell}>{d.label}</TableCell>
            <TableCell className={styles.cell}>{d.older}</TableCell>
            <TableCell className={styles.cell}>{d.newer}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
