import {
  Body1,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
} from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import type { AppServices } from '../../app/services';
import { nextMeetingBySeries } from '../../app/usecases/bookedMeetings';
import { isDomainError, STAGE_LABELS, type PlanSummary } from '../../domain';
import { reviewState } from '../../domain/reviewSchedule';
import { routeHash } from '../routing/routes';
import { AccessDeniedScreen } from '../../ui/common/AccessDeniedScreen';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { ReviewDate } from '../shared/ReviewDate';
import { useLoad } from '../../ui/common/useLoad';
import { usePageStyles } from '../shared/usePageStyles';

const STATUS_LABELS = { draft: 'Draft', active: 'Active', closed: 'Closed' } as const;

/** Soonest review first, so what needs doing next is at the top; plans with no date go last. */
const byNextReview = (a: PlanSummary, b: PlanSummary): number =>
  (a.nextReviewDate ?? '9999-12-31').localeCompare(b.nextReviewDate ?? '9999-12-31') ||
  a.pupil.name.localeCompare(b.pupil.name, 'en-GB');

/** The personal "My pupils" tab: current plans that name the signed-in member of staff, across classes. */
export const MyPupilsPage = ({ services }: { readonly services: AppServices }) => {
  const styles = usePageStyles();
  const { store, clock, settings } = services;
  // Plans name staff by whichever of their addresses the SENCO typed: ask for all of them.
  const load = useCallback(
    async () => store.loadMyPupils(await services.staffAddresses()),
    [store, services],
  );
  const { state, reload } = useLoad(load);
  const plans = useMemo(
    () => (state.status === 'ready' ? [...state.data.plans].sort(byNextReview) : []),
    [state],
  );
  // A booked meeting settles an overdue review, as on the class dashboard and the register.
  const meetings = useMemo(
    () => nextMeetingBySeries(state.status === 'ready' ? state.data.booked : [], clock.now()),
    [state, clock],
  );

  if (state.status === 'loading') return <PageSkeleton label="Loading your pupils" />;
  if (state.status === 'error' && isDomainError(state.error) && state.error.code === 'access-denied') {
    return <AccessDeniedScreen />;
  }
  return (
    <section className={styles.root} aria-labelledby="my-title">
      <Title2 as="h1" id="my-title">
        My pupils
      </Title2>
      {state.status === 'error' ? (
        <ErrorMessage error={state.error} title="Your pupils could not be loaded" onRetry={reload} page />
      ) : plans.length === 0 ? (
        <Body1>
          No current plan names you yet. A plan lists you once you are its SENCO, class teacher or one of its
          teaching assistants.
        </Body1>
      ) : (
        <Table aria-label="Plans you work on">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Pupil</TableHeaderCell>
              <TableHeaderCell>Class</TableHeaderCell>
              <TableHeaderCell>Plan</TableHeaderCell>
              <TableHeaderCell>Stage</TableHeaderCell>
              <TableHeaderCell aria-sort="ascending">Next review</TableHeaderCell>
              <TableHeaderCell>Action</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plans.map((plan) => (
              <TableRow key={plan.id}>
                <TableCell>{plan.pupil.name}</TableCell>
                <TableCell>{plan.pupil.className}</TableCell>
                <TableCell>{`${STATUS_LABELS[plan.status]}, version ${plan.version}`}</TableCell>
                <TableCell>{STAGE_LABELS[plan.stage]}</TableCell>
                <TableCell>
                  <ReviewDate
                    date={plan.nextReviewDate}
                    state={
                      meetings.has(plan.seriesId)
                        ? 'booked'
                        : reviewState(plan.nextReviewDate, clock, settings.timeZone)
                    }
                    timeZone={settings.timeZone}
                    bookedFor={meetings.get(plan.seriesId) ?? null}
                  />
                </TableCell>
                <TableCell>
                  <Link
                    href={routeHash({ name: 'plan', planId: plan.id })}
                    aria-label={`Open plan for ${plan.pupil.name}`}
                  >
                    Open plan
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
};
