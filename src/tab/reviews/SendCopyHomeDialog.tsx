import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import type { AppServices } from '../../app/services';
import {
  attachmentNames,
  type CopyHomeResult,
  type CopyHomeStep,
} from '../../app/usecases/reviews/sendCopyHome';
import {
  copyHomeSubject,
  formatUkDate,
  homeRecipientsOf,
  unconfirmedCopyOf,
  type Plan,
  type Review,
} from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { useLoad } from '../../ui/common/useLoad';
import { loadAgreedPlan } from './agreedPlan';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

const STEP_LABELS: Readonly<Record<CopyHomeStep, string>> = {
  preparing: 'Preparing the document…',
  storing: 'Keeping a copy in the SEN library…',
  converting: 'Making the PDF…',
  sending: 'Sending from your mailbox…',
  recording: 'Recording it on the review…',
};

type State =
  | { readonly status: 'choosing' }
  | { readonly status: 'sending'; readonly step: CopyHomeStep }
  | { readonly status: 'done'; readonly result: CopyHomeResult }
  | { readonly status: 'failed'; readonly error: unknown };

export interface SendCopyHomeDialogProps {
  readonly services: AppServices;
  readonly reviewedPlan: Plan;
  readonly review: Review;
  onClose(): void;
  onRecorded(review: Review): void;
}

/**
 * "Send a copy home": who it goes to (the plan's parents and carers with an address, each ticked and
 * then confirmed), what goes (the file names and the subject), progress, and what happened.
 */
export const SendCopyHomeDialog = ({
  services,
  reviewedPlan,
  review,
  onClose,
  onRecorded,
}: SendCopyHomeDialogProps) => {
  const load = useCallback(
    () => loadAgreedPlan(services.store, reviewedPlan),
    [services.store, reviewedPlan],
  );
  const { state: loaded, reload } = useLoad(load);
  const agreedPlan = loaded.status === 'ready' ? loaded.data : null;
  const recipients = useMemo(() => (agreedPlan ? homeRecipientsOf(agreedPlan) : []), [agreedPlan]);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [confirmed, setConfirmed] = useState(false);
  const [state, setState] = useState<State>({ status: 'choosing' });
  const styles = useStyles();
  const sending = state.status === 'sending';
  const chosen = recipients.filter((r) => ticked.has(r.email));
  const unconfirmed = unconfirmedCopyOf(review);

  const toggle = (email: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(email);
    else next.delete(email);
    setTicked(next);
    setConfirmed(false);
  };

  const send = async () => {
    if (!agreedPlan) return;
    setState({ status: 'sending', step: 'preparing' });
    try {
      const result = await services.copyHome.send(
        { agreedPlan, reviewedPlan, review, recipients: chosen, sentBy: services.currentUser.name },
        (step) => setState({ status: 'sending', step }),
      );
      setState({ status: 'done', result });
      onRecorded(result.review);
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };

  const names = attachmentNames(reviewedPlan);
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => (data.open || sending ? undefined : onClose())}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Send a copy home</DialogTitle>
          <DialogContent className={styles.content}>
            {loaded.status === 'loading' ? <Spinner size="tiny" label="Loading the agreed plan…" /> : null}
            {loaded.status === 'error' ? (
              <ErrorMessage
                error={loaded.error}
                title="The agreed plan could not be loaded"
                onRetry={reload}
              />
            ) : null}
            {agreedPlan && state.status !== 'done' ? (
              <>
                <Text>
                  The plan as agreed and the notes of this review are emailed from your mailbox to the parents
                  and carers you tick. A copy is kept in the SEN site&rsquo;s library.
                </Text>
                {recipients.length === 0 ? (
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>
                      No parent or carer on this plan has an email address. Add one under the plan&rsquo;s
                      People, or print the plan and send it home on paper.
                    </MessageBarBody>
                  </MessageBar>
                ) : (
                  <fieldset className={styles.fieldset} disabled={sending}>
                    <legend>Send to</legend>
                    {recipients.map((r) => (
                      <Checkbox
                        key={r.email}
                        label={`${r.name} (${r.relationship}), ${r.email}`}
                        checked={ticked.has(r.email)}
                        onChange={(_, data) => toggle(r.email, data.checked === true)}
                      />
                    ))}
                  </fieldset>
                )}
                <div>
                  <Text weight="semibold">What they receive</Text>
                  <ul className={styles.list} aria-label="What they receive">
                    <li>Subject: {copyHomeSubject(reviewedPlan)}</li>
                    <li>{names.docx}</li>
                    <li>{names.pdf} (if SharePoint can make one)</li>
                  </ul>
                </div>
                {unconfirmed ? (
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>
                      A copy tried on {formatUkDate(unconfirmed.sentAt, review.timeZone)} may already have
                      gone. Check your Outlook Sent Items first.
                    </MessageBarBody>
                  </MessageBar>
                ) : null}
                {chosen.length > 0 ? (
                  <Checkbox
                    label={`I have checked that ${chosen.map((r) => r.email).join(' and ')} should receive this plan`}
                    checked={confirmed}
                    disabled={sending}
                    onChange={(_, data) => setConfirmed(data.checked === true)}
                  />
                ) : null}
              </>
            ) : null}
            {state.status === 'sending' ? (
              <div role="status" aria-live="polite">
                <Spinner size="tiny" label={STEP_LABELS[state.step]} />
              </div>
            ) : null}
            {state.status === 'failed' ? (
              <ErrorMessage error={state.error} title="The copy was not sent" />
            ) : null}
            {state.status === 'done' ? <Outcome result={state.result} /> : null}
          </DialogContent>
          <DialogActions>
            {state.status === 'done' ? (
              <Button appearance="primary" onClick={onClose}>
                Done
              </Button>
            ) : (
              <>
                <Button
                  appearance="primary"
                  disabled={sending || !confirmed || chosen.length === 0 || agreedPlan === null}
                  onClick={() => void send()}
                >
                  Send
                </Button>
                <Button disabled={sending} onClick={onClose}>
                  Cancel
                </Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};

/** What happened, in words a member of staff can act on. */
const Outcome = ({ result }: { readonly result: CopyHomeResult }) => {
  const to =
    result.review.copiesSentHome
      .at(-1)
      ?.to.map((r) => r.name)
      .join(' and ') ?? 'the family';
  return (
    <div role="status" aria-live="polite">
      {result.outcome === 'sent' ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            Sent to {to}
            {result.withPdf
              ? ', as a Word document and a PDF.'
              : '. SharePoint could not make a PDF, so only the Word document went; most phones open it.'}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Outlook did not answer, so it is not known whether the copy went. Look in your Sent Items; send it
            again only if it is not there.
          </MessageBarBody>
        </MessageBar>
      )}
      {result.recordError !== undefined ? (
        <ErrorMessage
          error={result.recordError}
          title="The review could not be updated to show this copy: write the date under Minutes sent"
        />
      ) : null}
    </div>
  );
};
