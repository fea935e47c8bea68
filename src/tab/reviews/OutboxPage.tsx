import {
  Body1,
  Button,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
} from '@fluentui/react-components';
import { useCallback } from 'react';
import type { OutboxMessage, OutboxReader } from '../../app/outbox';
import type { AppServices } from '../../app/services';
import { formatUkDate, wallClockIn } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { useLoad } from '../../ui/common/useLoad';
import { usePageStyles } from '../shared/usePageStyles';

const KIND_LABELS: Readonly<Record<OutboxMessage['kind'], string>> = {
  invitation: 'Invitation',
  update: 'Update',
  cancellation: 'Cancellation',
};

const sentAt = (iso: string, timeZone: string): string =>
  `${formatUkDate(iso, timeZone)} ${wallClockIn(iso, timeZone).slice(11, 16)}`;

const OutboxTable = ({ outbox, timeZone }: { readonly outbox: OutboxReader; readonly timeZone: string }) => {
  const load = useCallback(() => outbox.list(), [outbox]);
  const { state, reload } = useLoad(load);
  if (state.status === 'loading') return <PageSkeleton label="Loading the outbox" rows={4} />;
  if (state.status === 'error')
    return <ErrorMessage error={state.error} title="The outbox could not be loaded" onRetry={reload} page />;
  return (
    <>
      <div>
        <Button onClick={reload}>Refresh</Button>
      </div>
      {state.data.length === 0 ? (
        <Body1>
          Nothing has been sent yet. Schedule a review from a pupil&rsquo;s plan and its invitations appear
          here.
        </Body1>
      ) : (
        <Table aria-label="Messages sent">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>When</TableHeaderCell>
              <TableHeaderCell>To</TableHeaderCell>
              <TableHeaderCell>Method</TableHeaderCell>
              <TableHeaderCell>Subject</TableHeaderCell>
              <TableHeaderCell>File</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.data.map((message) => (
              <TableRow key={message.file}>
                <TableCell>{sentAt(message.sentAt, timeZone)}</TableCell>
                <TableCell>
                  {message.toName} &lt;{message.to}&gt;
                </TableCell>
                <TableCell>
                  {KIND_LABELS[message.kind]} ({message.method}, sequence {message.sequence})
                </TableCell>
                <TableCell>{message.subject}</TableCell>
                <TableCell>
                  <Link
                    href={outbox.fileUrl(message.file)}
                    download={message.file}
                    aria-label={`Download the ${message.kind} sent to ${message.to} (.ics)`}
                  >
                    Download .ics
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
};

/** `#/outbox` (local mode): the review invitations, updates and cancellations Outlook would have emailed. */
export const OutboxPage = ({ services }: { readonly services: AppServices }) => {
  const styles = usePageStyles();
  return (
    <section className={styles.root} aria-labelledby="outbox-title">
      <Title2 as="h1" id="outbox-title">
        Outbox
      </Title2>
      {services.outbox ? (
        <>
          <Body1>
            In the local demo nothing is emailed. Each message Outlook would send is kept here as an iCalendar
            (.ics) file, one per recipient.
          </Body1>
          <OutboxTable outbox={services.outbox} timeZone={services.settings.timeZone} />
        </>
      ) : (
        <Body1>
          Review invitations are sent by Outlook from the organiser&rsquo;s mailbox; look in Sent Items. The
          outbox exists only in the local demo.
        </Body1>
      )}
    </section>
  );
};
