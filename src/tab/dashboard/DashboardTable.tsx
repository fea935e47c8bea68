import {
  Caption1,
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { PlanId } from '../../domain';
import { formatUkDate } from '../../domain/dates';
import { routeHash } from '../routing/routes';
import { ReviewDate } from '../shared/ReviewDate';
import { stageLabel, type DashboardRow, type SortKey } from '../../app/usecases/dashboardRows';

const useStyles = makeStyles({
  name: { display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const STATUS_LABELS = { draft: 'Draft', active: 'Active', closed: 'Closed' } as const;

export interface DashboardTableProps {
  readonly caption: string;
  readonly rows: readonly DashboardRow[];
  readonly sort: SortKey;
  readonly timeZone: string;
  /** Whether the person may start a plan for this class's pupils. */
  readonly mayStartPlans: boolean;
}

const planHref = (id: PlanId): string => routeHash({ name: 'plan', planId: id });

const lastUpdated = (row: DashboardRow, timeZone: string): string => {
  const plan = row.plan;
  if (plan === null || (plan.updatedBy === '' && plan.updatedAt === null)) return '';
  const when = plan.updatedAt === null ? '' : formatUkDate(plan.updatedAt, timeZone);
  return [plan.updatedBy, when].filter(Boolean).join(', ');
};

/** The class at a glance: one row per pupil, with the action that moves their plan on. */
export const DashboardTable = ({ caption, rows, sort, timeZone, mayStartPlans }: DashboardTableProps) => {
  const styles = useStyles();
  const sorted = (key: SortKey) => (sort === key ? ('ascending' as const) : undefined);
  return (
    <Table aria-label={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell aria-sort={sorted('name')}>Pupil</TableHeaderCell>
          <TableHeaderCell>Plan</TableHeaderCell>
          <TableHeaderCell aria-sort={sorted('stage')}>Stage</TableHeaderCell>
          <TableHeaderCell>Targets achieved</TableHeaderCell>
          <TableHeaderCell aria-sort={sorted('next-review')}>Next review</TableHeaderCell>
          <TableHeaderCell>Last updated</TableHeaderCell>
          <TableHeaderCell>Action</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.pupilId}>
            <TableCell>
              <span className={styles.name}>
                <span>{row.name}</span>
                {row.yearGroup || row.pupilRef ? (
                  <Caption1 className={styles.muted}>
                    {[row.yearGroup, row.pupilRef].filter(Boolean).join(' · ')}
                  </Caption1>
                ) : null}
              </span>
            </TableCell>
            <TableCell>
              {row.plan ? `${STATUS_LABELS[row.plan.status]}, version ${row.plan.version}` : 'No plan yet'}
            </TableCell>
            <TableCell>{row.plan ? stageLabel(row.plan.stage) : ''}</TableCell>
            <TableCell>{row.plan ? `${row.plan.achievedCount} of ${row.plan.targetCount}` : ''}</TableCell>
            <TableCell>
              {row.plan ? (
                <ReviewDate
                  date={row.plan.nextReviewDate}
                  state={row.review}
                  bookedFor={row.bookedFor}
                  timeZone={timeZone}
                />
              ) : (
                ''
              )}
            </TableCell>
            <TableCell>{lastUpdated(row, timeZone)}</TableCell>
            <TableCell>
              {row.plan ? (
                <Link href={planHref(row.plan.id)} aria-label={`Open plan for ${row.name}`}>
                  Open plan
                </Link>
              ) : row.pupil && mayStartPlans ? (
                // Nothing is written until the new plan is first saved in the editor.
                <Link
                  href={routeHash({ name: 'new', pupilId: row.pupil.id })}
                  aria-label={`Start a plan for ${row.name}`}
                >
                  Start a plan
                </Link>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
