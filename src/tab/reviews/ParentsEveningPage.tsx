import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { AppServices } from '../../app/services';
import {
  canScheduleReview,
  formatMeetingTime,
  formatUkDate,
  isDomainError,
  type ClassTeamId,
  type Plan,
} from '../../domain';
import { useStaffAccess } from '../shared/useStaffAccess';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { DateField } from '../../ui/DateField';
import { LimitedTextField } from '../../ui/LimitedTextField';
import { SelectField } from '../../ui/SelectField';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { useLoad } from '../../ui/common/useLoad';
import { GAP_OPTIONS, SLOT_OPTIONS } from '../../app/usecases/reviews/parentsEveningForm';
import { REMINDER_OPTIONS, TIME_OPTIONS } from '../../app/usecases/reviews/scheduleForm';
import { EveningRecipients } from './EveningRecipients';
import { loadEveningPlans, useParentsEvening, type SlotResult } from './useParentsEvening';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalL,
    maxWidth: '60rem',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export const PARENTS_EVENING_NOTE =
  "Appointments avoid the times the class teachers and the SENCO are busy in Outlook. Families' availability is not checked: they are outside the school's Microsoft 365, and can reply to ask for another time.";

const statusText = (result: SlotResult | undefined): string => {
  if (!result) return 'Not sent yet';
  if (result.status === 'sent') return 'Invitations sent';
  return `Not sent: ${isDomainError(result.error) ? result.error.advice : 'try again.'}`;
};

/** A pupil's name with when their review falls due, so the SENCO sees who needs the evening most. */
const pupilChoiceLabel = (plan: Plan, timeZone: string): string =>
  plan.nextReviewDate
    ? `${plan.pupil.name} (review due ${formatUkDate(plan.nextReviewDate, timeZone)})`
    : `${plan.pupil.name} (no review date set)`;

const EveningPlanner = ({
  services,
  className,
  plans,
}: {
  services: AppServices;
  className: string;
  plans: readonly Plan[];
}) => {
  const styles = useStyles();
  const {
    form,
    update,
    setTargetsFor,
    preview,
    results,
    step,
    problems,
    planAppointments,
    send,
    timeZone,
    locked,
  } = useParentsEvening(services, plans);
  const planFor = (key: string) => plans.find((p) => p.id === key);
  const anyFailed = [...results.values()].some((r) => r.status === 'failed');
  const allSent =
    preview !== null &&
    preview.slots.length > 0 &&
    preview.slots.every((s) => results.get(s.key)?.status === 'sent');

  return (
    <section className={styles.root} aria-labelledby="evening-title">
      <Title2 as="h1" id="evening-title">
        Parents&rsquo; evening: {className}
      </Title2>
      <Body1>
        One short review meeting per pupil, back to back, each with its own Outlook invitation to the family
        and staff.
      </Body1>
      <Caption1>{PARENTS_EVENING_NOTE}</Caption1>
      <DateField
        label="Date"
        value={form.date}
        required
        readOnly={locked}
        onChange={(date) => update({ date })}
      />
      <SelectField
        label="Starts at"
        hint="UK time"
        value={form.start}
        options={TIME_OPTIONS}
        readOnly={locked}
        onChange={(start) => update({ start })}
      />
      <SelectField
        label="Finishes by"
        hint="UK time"
        value={form.finish}
        options={TIME_OPTIONS}
        readOnly={locked}
        onChange={(finish) => update({ finish })}
      />
      <SelectField
        label="Appointment length"
        value={String(form.slotMinutes)}
        options={SLOT_OPTIONS}
        readOnly={locked}
        onChange={(v) => update({ slotMinutes: Number(v) })}
      />
      <SelectField
        label="Gap between appointments"
        value={String(form.gapMinutes)}
        options={GAP_OPTIONS}
        readOnly={locked}
        onChange={(v) => update({ gapMinutes: Number(v) })}
      />
      <LimitedTextField
        label="Location"
        value={form.location}
        required
        readOnly={locked}
        placeholder="e.g. Year 4 classroom"
        onChange={(location) => update({ location })}
      />
      <SelectField
        label="Reminder"
        value={String(form.reminderMinutes)}
        options={REMINDER_OPTIONS}
        readOnly={locked}
        onChange={(v) => update({ reminderMinutes: Number(v) })}
      />
      <CheckboxGroup
        legend="Pupils whose families are invited"
        options={plans.map((p) => ({ value: p.id as string, label: pupilChoiceLabel(p, timeZone) }))}
        selected={form.chosen}
        readOnly={locked}
        onChange={(chosen) => update({ chosen })}
      />
      {locked ? null : (
        <div className={styles.actions}>
          <Button size="small" onClick={() => update({ chosen: plans.map((p) => p.id) })}>
            Select all
          </Button>
          <Button size="small" onClick={() => update({ chosen: [] })}>
            Select none
          </Button>
        </div>
      )}
      {problems.length > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problems.join(' ')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button disabled={locked || step.status === 'planning'} onClick={() => void planAppointments()}>
          Plan appointments
        </Button>
        {preview && preview.slots.length > 0 && !allSent ? (
          <Button appearance="primary" disabled={step.status === 'sending'} onClick={() => void send()}>
            {anyFailed ? 'Send the invitations that failed' : 'Send invitations'}
          </Button>
        ) : null}
      </div>
      {step.status === 'planning' ? <Spinner size="tiny" label="Checking staff calendars…" /> : null}
      {step.status === 'sending' ? <Spinner size="tiny" label="Sending invitations…" /> : null}
      {step.status === 'failed' ? <ErrorMessage error={step.error} title={step.title} /> : null}
      {preview ? (
        <>
          <Table aria-label="Appointments">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Time</TableHeaderCell>
                <TableHeaderCell>Pupil</TableHeaderCell>
                <TableHeaderCell>Invitation goes to</TableHeaderCell>
                <TableHeaderCell>Targets</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.slots.map((slot) => (
                <TableRow key={slot.key}>
                  <TableCell>{formatMeetingTime(slot.start, timeZone)}</TableCell>
                  <TableCell>{planFor(slot.key)?.pupil.name ?? ''}</TableCell>
                  <TableCell>
                    <EveningRecipients plan={planFor(slot.key)} organiser={services.currentUser} />
                  </TableCell>
                  <TableCell>
                    <Checkbox
                      label={`List the targets for ${planFor(slot.key)?.pupil.name ?? 'this pupil'}'s family`}
                      checked={form.targetsFor.includes(slot.key)}
                      disabled={locked || results.get(slot.key)?.status === 'sent'}
                      onChange={(_, data) => setTargetsFor(slot.key, data.checked === true)}
                    />
                  </TableCell>
                  <TableCell>{statusText(results.get(slot.key))}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {preview.unplaced.length > 0 ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                No time before {form.finish} for:{' '}
                {preview.unplaced.map((key) => planFor(key)?.pupil.name ?? key).join(', ')}. Finish later,
                shorten the appointments, or arrange these reviews separately.
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      ) : null}
    </section>
  );
};

export interface ParentsEveningPageProps {
  readonly services: AppServices;
  readonly classTeamId: ClassTeamId;
}

/** `#/class/<teamId>/parents-evening`: review meetings for a whole class in one evening. */
export const ParentsEveningPage = ({ services, classTeamId }: ParentsEveningPageProps) => {
  const access = useStaffAccess(services);
  const mayArrange = access !== null && canScheduleReview(access, classTeamId);
  // Nothing is read for someone who may not arrange the class's reviews.
  const load = useMemo(
    () => (mayArrange ? () => loadEveningPlans(services, classTeamId) : null),
    [services, classTeamId, mayArrange],
  );
  const { state, reload } = useLoad(load);
  if (access === null) return <PageSkeleton label="Loading the class's plans" />;
  if (!mayArrange)
    return (
      <Body1>
        Only the class's teachers and the SEN leads arrange review meetings. Ask the class teacher or the
        SENCO.
      </Body1>
    );
  if (state.status === 'idle' || state.status === 'loading')
    return <PageSkeleton label="Loading the class's plans" />;
  if (state.status === 'error')
    return <ErrorMessage error={state.error} title="The class could not be loaded" onRetry={reload} page />;
  if (state.data.plans.length === 0)
    return <Body1>No pupil in this class has a current plan to review.</Body1>;
  return <EveningPlanner services={services} className={state.data.className} plans={state.data.plans} />;
};
