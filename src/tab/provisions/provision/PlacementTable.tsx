import {
  Body1,
  makeStyles,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { PlacementRow } from '../../../app/usecases/provisions/placementRows';
import type { Placement, ProvisionStore } from '../../../domain';
import type { SchoolTerm } from '../../../domain/termDates';
import { PlacementRowEditor } from './PlacementRowEditor';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  caption: { textAlign: 'start', fontWeight: 600, paddingBlock: '0.5rem' },
});

export interface PlacementTableProps {
  readonly rows: readonly PlacementRow[];
  readonly term: SchoolTerm;
  readonly measure: string;
  readonly provisions: ProvisionStore;
  onSaved(placement: Placement): void;
  onRemoved(placement: Placement): void;
}

/** The pupils on the provision this term, each row editable and saved on its own. */
export const PlacementTable = ({
  rows,
  term,
  measure,
  provisions,
  onSaved,
  onRemoved,
}: PlacementTableProps) => {
  const styles = useStyles();
  if (rows.length === 0)
    return <Body1>No pupils on this provision in the {term.name.toLowerCase()} yet.</Body1>;
  return (
    <div className={styles.scroll}>
      <Body1>
        A pupil&apos;s name opens their page: their plans, with the targets this provision delivers and the
        evidence recorded against them.
      </Body1>
      <Table size="small">
        <caption className={styles.caption}>
          Pupils in the {term.name.toLowerCase()}
          {measure ? `; scores are ${measure}` : ''}
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Pupil</TableHeaderCell>
            <TableHeaderCell>Class</TableHeaderCell>
            <TableHeaderCell>Start</TableHeaderCell>
            <TableHeaderCell>End</TableHeaderCell>
            <TableHeaderCell>Group</TableHeaderCell>
            <TableHeaderCell>Entry score</TableHeaderCell>
            <TableHeaderCell>Exit score</TableHeaderCell>
            <TableHeaderCell>Change</TableHeaderCell>
            <TableHeaderCell>Actions</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <PlacementRowEditor
              key={row.placement.id}
              row={row}
              term={term}
              provisions={provisions}
              onSaved={onSaved}
              onRemoved={onRemoved}
            />
          ))}
        </TableBody>
      </Table>
    </div>
  );
};
