import {
  Link,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { MapFigures, ProvisionMap } from '../../../app/usecases/provisions/provisionMap';
import { formatHours, formatPounds } from '../../../domain/provisionCost';
import { routeHash } from '../../routing/routes';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  number: { textAlign: 'end', whiteSpace: 'nowrap' },
  zero: { color: tokens.colorNeutralForeground4 },
  area: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  subtotal: { fontWeight: tokens.fontWeightSemibold },
  total: {
    fontWeight: tokens.fontWeightBold,
    borderTopWidth: tokens.strokeWidthThick,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke1,
  },
});

export interface MapGridProps {
  readonly map: ProvisionMap;
  /** "Provision map for Autumn term 2026". */
  readonly label: string;
}

const FIGURE_HEADINGS = ['Pupils', 'Groups', 'Staff hours', 'Cost'] as const;

/**
 * Provisions by year group or class: each cell is how many of the provision's pupils are in that
 * column. Rows sit under their area of need with its subtotal; the school's totals close the table.
 */
export const MapGrid = ({ map, label }: MapGridProps) => {
  const styles = useStyles();
  const count = (n: number, key: string) => (
    <TableCell key={key} className={mergeClasses(styles.number, n === 0 && styles.zero)}>
      {n}
    </TableCell>
  );
  const figures = (f: MapFigures) => [
    count(f.pupils, 'pupils'),
    count(f.groups, 'groups'),
    <TableCell key="hours" className={styles.number}>
      {formatHours(f.staffHours)}
    </TableCell>,
    <TableCell key="cost" className={styles.number}>
      {formatPounds(f.costPence)}
    </TableCell>,
  ];
  const width = 1 + map.columns.length + FIGURE_HEADINGS.length;
  return (
    // A wide map scrolls sideways inside its own region, reachable by keyboard, not the whole page.
    <div className={styles.scroller} role="region" aria-label={`${label}, scrolls sideways`} tabIndex={0}>
      <Table aria-label={label} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Provision</TableHeaderCell>
            {map.columns.map((c) => (
              <TableHeaderCell key={c.key} scope="col" className={styles.number}>
                {c.label}
              </TableHeaderCell>
            ))}
            {FIGURE_HEADINGS.map((heading) => (
              <TableHeaderCell key={heading} scope="col" className={styles.number}>
                {heading}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {map.areas.map((area) => [
            <TableRow key={`${area.areaOfNeed}-heading`} className={styles.area}>
              <TableCell colSpan={width}>{area.label}</TableCell>
            </TableRow>,
            ...area.rows.map((row) => (
              <TableRow key={row.provision.id}>
                <TableCell>
                  <Link href={routeHash({ name: 'provision', provisionId: row.provision.id })}>
                    {row.provision.name}
                  </Link>
                </TableCell>
                {row.cells.map((n, i) => count(n, map.columns[i]?.key ?? String(i)))}
                {figures(row)}
              </TableRow>
            )),
            <TableRow key={`${area.areaOfNeed}-total`} className={styles.subtotal}>
              <TableCell>{area.label} total</TableCell>
              {area.totals.cells.map((n, i) => count(n, map.columns[i]?.key ?? String(i)))}
              {figures(area.totals)}
            </TableRow>,
          ])}
          <TableRow className={styles.total}>
            <TableCell>School total</TableCell>
            {map.columnTotals.map((c, i) => count(c.pupils, map.columns[i]?.key ?? String(i)))}
            {figures(map.totals)}
          </TableRow>
          <TableRow className={styles.subtotal}>
            <TableCell>Cost of each column’s pupils</TableCell>
            {map.columnTotals.map((c, i) => (
              <TableCell key={map.columns[i]?.key ?? String(i)} className={styles.number}>
                {formatPounds(c.costPence)}
              </TableCell>
            ))}
            <TableCell colSpan={FIGURE_HEADINGS.length} />
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
};
