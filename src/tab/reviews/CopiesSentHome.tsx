import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AppServices } from '../../app/services';
import {
  canSendCopyHome,
  formatUkDate,
  isReadyToSendHome,
  type CopySentHome,
  type Plan,
  type Review,
} from '../../domain';
import { useStaffAccess } from '../shared/useStaffAccess';
import { SendCopyHomeDialog } from './SendCopyHomeDialog';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

const ukTime = (iso: string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));

const describeCopy = (copy: CopySentHome, timeZone: string): string => {
  const when = `${formatUkDate(copy.sentAt, timeZone)} at ${ukTime(copy.sentAt, timeZone)}`;
  const to = copy.to.map((r) => `${r.name} (${r.email})`).join(', ');
  const what = copy.attachments.length > 0 ? ` Attached: ${copy.attachments.join(', ')}.` : '';
  return copy.outcome === 'sent'
    ? `Sent on ${when} by ${copy.sentBy} to ${to}.${what}`
    : `Tried on ${when} by ${copy.sentBy} to ${to}: Outlook did not confirm it was sent.${what}`;
};

export interface CopiesSentHomeProps {
  readonly services: AppServices;
  /** The version the review looked at. */
  readonly plan: Plan;
  readonly review: Review;
  onRecorded(review: Review): void;
}

/**
 * The review record's "Copies sent home": when and to whom the plan and minutes went, and, on a
 * completed review, "Send a copy home" for those who arrange reviews.
 */
export const CopiesSentHome = ({ services, plan, review, onRecorded }: CopiesSentHomeProps) => {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const access = useStaffAccess(services);
  const maySend =
    access !== null && canSendCopyHome(access, plan.pupil.classTeamId) && isReadyToSendHome(review);
  const copies = review.copiesSentHome;
  return (
    <section className={styles.section} aria-labelledby="copies-home-title">
      <Text as="h2" id="copies-home-title" size={500} weight="semibold">
        Copies sent home
      </Text>
      {copies.length === 0 ? (
        <Text>No copy of the plan and review notes has been emailed home from IEP Planner yet.</Text>
      ) : (
        <ul className={styles.list} aria-label="Copies sent home">
          {copies.map((copy) => (
            <li key={copy.sentAt}>{describeCopy(copy, review.timeZone)}</li>
          ))}
        </ul>
      )}
      {copies.at(-1)?.outcome === 'unconfirmed' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The last copy may or may not have gone. Look in your Outlook Sent Items before sending it again,
            so the family does not get it twice.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {maySend ? (
        <div>
          <Button onClick={() => setOpen(true)}>Send a copy home</Button>
        </div>
      ) : null}
      {open ? (
        <SendCopyHomeDialog
          services={services}
          reviewedPlan={plan}
          review={review}
          onClose={() => setOpen(false)}
          onRecorded={onRecorded}
        />
      ) : null}
    </section>
  );
};
