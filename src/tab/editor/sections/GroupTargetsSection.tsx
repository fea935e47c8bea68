/**
 * The child's group targets in their plan, read-only: shared targets are written once for the group
 * and each child's outcome recorded on the provision's page, so here they are shown, never edited.
 * Loaded on its own (PlanEditorPage imports it lazily) and read after the plan, so it never holds
 * the editor up.
 */
import {
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
import { useCallback, useMemo } from 'react';
import type { AppServices } from '../../../app/services';
import {
  childGroupTargets,
  type ChildGroupTargetRow,
} from '../../../app/usecases/provisions/childGroupTargets';
import { formatUkDate, TARGET_OUTCOME_LABELS, type Plan } from '../../../domain';
import { ErrorMessage } from '../../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../../ui/common/PageSkeleton';
import { useLoad } from '../../../ui/common/useLoad';
import { routeHash } from '../../routing/routes';
import { EditorSection } from './EditorSection';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  groupHeading: { marginTop: tokens.spacingVerticalM, marginBottom: 0, fontSize: tokens.fontSizeBase400 },
  // The words get the room at 1024 px; a date or an outcome never wraps mid-word.
  wide: { width: '30%' },
  narrow: { width: '7.5rem' },
});

export interface GroupTargetsSectionProps {
  readonly services: Pick<AppServices, 'provisions'>;
  readonly plan: Pick<Plan, 'startDate' | 'nextReviewDate' | 'pupil'>;
  /** SEN leads edit group plans on the provision's page; others are told who does. */
  readonly canOpenProvisions: boolean;
}

/** Consecutive rows of one group plan (childGroupTargets keeps them together). */
const byGroupPlan = (rows: readonly ChildGroupTargetRow[]): ChildGroupTargetRow[][] => {
  const groups: ChildGroupTargetRow[][] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last?.[0]?.groupPlanId === row.groupPlanId) last.push(row);
    else groups.push([row]);
  }
  return groups;
};

const GroupTable = ({ rows, caption }: { rows: readonly ChildGroupTargetRow[]; caption: string }) => {
  const styles = useStyles();
  return (
    <Table size="small" aria-label={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.wide}>Target</TableHeaderCell>
          <TableHeaderCell>Success criteria</TableHeaderCell>
          <TableHeaderCell className={styles.narrow}>Target date</TableHeaderCell>
          <TableHeaderCell className={styles.narrow}>Outcome</TableHeaderCell>
          <TableHeaderCell>Comment</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.target.id}>
            <TableCell>{row.target.text}</TableCell>
            <TableCell>{row.target.successCriteria}</TableCell>
            <TableCell>{row.target.targetDate ? formatUkDate(row.target.targetDate) : ''}</TableCell>
            <TableCell>{TARGET_OUTCOME_LABELS[row.outcome.outcome]}</TableCell>
            <TableCell>{row.outcome.comment}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** Nothing at all for a child in no group plans during this plan's period. */
export const GroupTargetsSection = ({ services, plan, canOpenProvisions }: GroupTargetsSectionProps) => {
  const styles = useStyles();
  const pupilId = plan.pupil.pupilId;
  const load = useCallback(() => services.provisions.pupilProvisions(pupilId), [services, pupilId]);
  const { state, reload } = useLoad(load);
  const { startDate, nextReviewDate } = plan;
  const rows = useMemo(
    () => (state.status === 'ready' ? childGroupTargets(state.data, { startDate, nextReviewDate }) : []),
    [state, startDate, nextReviewDate],
  );
  if (state.status === 'loading') return <PageSkeleton label="Loading the group targets" rows={2} />;
  if (state.status === 'error') {
    return (
      <ErrorMessage
        error={state.error}
        title="The group targets could not be loaded"
        fallbackAdvice="The rest of the plan is unaffected. Try again; if it keeps happening, tell your SENCO."
        onRetry={reload}
      />
    );
  }
  if (rows.length === 0) return null;
  return (
    <EditorSection
      title="Group targets"
      wide
      intro={
        canOpenProvisions
          ? 'Targets shared with a group on a provision. Record each child’s outcome on the provision’s page.'
          : 'Targets shared with a group on a provision. The SENCO records each child’s outcome.'
      }
    >
      {byGroupPlan(rows).map((group) => {
        const first = group[0];
        if (!first) return null;
        const name = first.provisionName || 'A provision';
        return (
          <div key={first.groupPlanId} className={styles.group}>
            <h3 className={styles.groupHeading}>{name}</h3>
            {canOpenProvisions ? (
              <Link href={routeHash({ name: 'provision', provisionId: first.provisionId })}>
                Open {name} to record outcomes
              </Link>
            ) : null}
            <GroupTable rows={group} caption={`Group targets: ${name}`} />
          </div>
        );
      })}
    </EditorSection>
  );
};

export default GroupTargetsSection;
