import {
  Badge,
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
import { PRIMARY_NEED_LABELS } from '../../domain';
import { formatUkDate } from '../../domain/dates';
import type { RegisterRow } from '../../app/usecases/register/registerRows';
import type { RegisterWording } from '../../app/usecases/register/registerWording';
import { routeHash } from '../routing/routes';
import { senStatusLabel } from './registerLabels';

const useStyles = makeStyles({
  name: { display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
  review: { display: 'inline-flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

export interface RegisterTableProps {
  readonly rows: readonly RegisterRow[];
  readonly wording: RegisterWording;
  readonly timeZone: string;
}

const ReviewCell = ({ row, timeZone }: { readonly row: RegisterRow; readonly timeZone: string }) => {
  const styles = useStyles();
  if (row.review === 'booked' && row.bookedFor) {
    return (
      <span className={styles.review}>
        <span>{formatUkDate(row.bookedFor, timeZone)}</span>
        <Badge appearance="tint" color="success" shape="rounded">
          Booked
        </Badge>
      </span>
    );
  }
  const date = row.plan?.nextReviewDate ?? null;
  if (date === null) return <span>{row.plan ? 'Not set' : ''}</span>;
  return (
    <span className={styles.review}>
      <span>{formatUkDate(date, timeZone)}</span>
      {row.review === 'overdue' ? (
        <Badge appearance="filled" color="danger" shape="rounded">
          Overdue
        </Badge>
      ) : null}
      {row.review === 'due-soon' ? (
        <Badge appearance="tint" color="warning" shape="rounded">
          Due soon
        </Badge>
      ) : null}
    </span>
  );
};

/** The whole school's register, one row per pupil, in the order the SENCO should work through it. */
export const RegisterTable = ({ rows, wording, timeZone }: RegisterTableProps) => {
  const styles = useStyles();
  return (
    <Table aria-label={`Pupils on the ${wording.register}`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Pupil</TableHeaderCell>
          <TableHeaderCell>Class</TableHeaderCell>
          <TableHeaderCell>Stage and need</TableHeaderCell>
          <TableHeaderCell>Plan</TableHeaderCell>
          <TableHeaderCell aria-sort="other">Review</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.pupil.id}>
            <TableCell>
              <span className={styles.name}>
                <Link href={routeHash({ name: 'pupil', pupilId: row.pupil.id })}>{row.name}</Link>
                <Caption1 className={styles.muted}>
                  {[row.pupil.yearGroup, row.pupil.pupilRef].filter(Boolean).join(' · ')}
                </Caption1>
              </span>
            </TableCell>
            <TableCell>
              <Link href={routeHash({ name: 'class', classTeamId: row.pupil.classTeamId })}>
                {row.pupil.className}
              </Link>
            </TableCell>
            <TableCell>
              <span className={styles.name}>
                <span>{senStatusLabel(row.pupil.senStatus, wording)}</span>
                {row.pupil.primaryNeed ? (
                  <Caption1 className={styles.muted}>
                    {wording.censusCodes
                      ? `${row.pupil.primaryNeed}: ${PRIMARY_NEED_LABELS[row.pupil.primaryNeed]}`
                      : PRIMARY_NEED_LABELS[row.pupil.primaryNeed]}
                  </Caption1>
                ) : null}
              </span>
            </TableCell>
            <TableCell>
              {row.plan ? (
                <Link
                  href={routeHash({ name: 'plan', planId: row.plan.id })}
                  aria-label={`Open plan for ${row.name}`}
                >
                  {row.plan.status === 'draft' ? 'Draft' : 'Active'}, version {row.plan.version}
                </Link>
              ) : (
                <Link
                  href={routeHash({ name: 'new', pupilId: row.pupil.id })}
                  aria-label={`Start a plan for ${row.name}`}
                >
                  Start a plan
                </Link>
              )}
            </TableCell>
            <TableCell>
              <ReviewCell row={row} timeZone={timeZone} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
