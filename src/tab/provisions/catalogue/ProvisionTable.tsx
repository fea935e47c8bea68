import {
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { AREA_OF_NEED_LABELS, type Provision } from '../../../domain';
import { formatPounds } from '../../../domain/provisionCost';
import { routeHash } from '../../routing/routes';
import { deliveryText, sessionsText, staffText } from './provisionLabels';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  caption: { textAlign: 'start', fontWeight: 600, paddingBlock: '0.5rem' },
});

export interface ProvisionTableProps {
  readonly provisions: readonly Provision[];
  readonly caption: string;
}

/** Provisions as rows: what it is, for whom, who delivers it, how often and what it costs. */
export const ProvisionTable = ({ provisions, caption }: ProvisionTableProps) => {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table size="small">
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Name</TableHeaderCell>
            <TableHeaderCell>Area of need</TableHeaderCell>
            <TableHeaderCell>Group or 1:1</TableHeaderCell>
            <TableHeaderCell>Staff</TableHeaderCell>
            <TableHeaderCell>Sessions</TableHeaderCell>
            <TableHeaderCell>Weeks a term</TableHeaderCell>
            <TableHeaderCell>Cost per hour</TableHeaderCell>
            <TableHeaderCell>Resources a term</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {provisions.map((p) => (
            <TableRow key={p.id}>
              <TableCell>
                <Link href={routeHash({ name: 'provision', provisionId: p.id })}>{p.name}</Link>
              </TableCell>
              <TableCell>{AREA_OF_NEED_LABELS[p.areaOfNeed]}</TableCell>
              <TableCell>{deliveryText(p)}</TableCell>
              <TableCell>{staffText(p)}</TableCell>
              <TableCell>{sessionsText(p)}</TableCell>
              <TableCell>{p.weeksPerTerm}</TableCell>
              <TableCell>{formatPounds(p.costPerHourPence)}</TableCell>
              <TableCell>{formatPounds(p.resourcesCostPence)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
};
