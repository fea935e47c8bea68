import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular, DocumentArrowLeftRegular, SaveArrowRightRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { DOCUMENT_LABELS } from '../../app/documents';
import type { AppServices } from '../../app/services';
import { isReadOnly, type ItemFailure, type Plan } from '../../domain';
import type { DocumentSelection } from '../picker/useDocumentSelection';
import { ChangesReview, EditProblems } from '../saveBack/ChangesReview';
import { ConflictChoices } from '../saveBack/ConflictChoices';
import { useSaveBack } from '../saveBack/useSaveBack';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { DocumentLanguageField } from '../../ui/DocumentLanguageField';
import type { InsertPlace, RenderInput, UnsafePlace } from '../../word';
import { CursorPlaceNotice } from './CursorPlaceNotice';
import { documentPlace } from './documentPlace';
import { MarkersMissing, notInsertedText } from './MarkersMissing';
import { PlaceRefusal } from './PlaceRefusal';
import { PlaceWarning } from './PlaceWarning';
import { RefreshChoices } from './RefreshChoices';
import type { CursorWatch } from './useCursorPlace';
import { usePaneLanguage } from './usePaneLanguage';
import type { WordPort } from './wordPort';

/** Word's own errors carry no advice a teacher can use; this is what usually helps. */
export const WORD_ADVICE =
  'Click in the main text of the document (not a header, footer, comment or text box) and try again. If it keeps happening, save the document, close it and open it again.';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { minHeight: tokens.lineHeightBase300, margin: `${tokens.spacingVerticalS} 0` },
});

/** A change the store refused, named the way the document names the target. */
const failureText = (plan: Plan, failure: ItemFailure): string => {
  const index = plan.shortTermTargets.findIndex((target) => target.id === failure.item.id);
  return failure.item.kind === 'target' && index >= 0
    ? `Target ${index + 1}: ${failure.message}`
    : failure.message;
};

interface PlaceCheck {
  readonly action: 'insert' | 'refresh';
  readonly where: string;
  readonly url: string | null;
  go(): Promise<void>;
}

type Progress =
  | { readonly phase: 'idle' }
  | { readonly phase: 'busy'; readonly label: string }
  | { readonly phase: 'done'; readonly message: string }
  /** Neither insert nor refresh changed the document; the pane asks the teacher what to do. */
  | { readonly phase: 'refused'; readonly reason: UnsafePlace }
  | { readonly phase: 'asking-to-refresh' }
  | { readonly phase: 'unlinked' }
  | { readonly phase: 'error'; readonly title: string; readonly error: unknown };

export interface WordActionsProps {
  readonly services: AppServices;
  readonly word: WordPort;
  readonly selection: DocumentSelection;
  readonly plan: Plan;
  /** Where the cursor is, known before Insert is pressed where Word reports selection changes. */
  readonly cursor: CursorWatch;
}

/** Insert, Refresh and Save back for the chosen plan, with one place that says what is happening. */
export const WordActions = ({ services, word, selection, plan, cursor }: WordActionsProps) => {
  const styles = useStyles();
  const noticeId = useId();
  const language = usePaneLanguage(word, plan);
  /**
   * What goes into Word: a plan in Wales in the language chosen (any other in English), with the
   * school's logo above the title where the configuration has one.
   */
  const forWord = async (chosen: RenderInput): Promise<RenderInput> => {
    const school = chosen.school ?? (await services.documents.branding?.());
    return {
      ...chosen,
      ...(language.offered ? { language: language.language } : {}),
      ...(school ? { school } : {}),
    };
  };
  const [progress, setProgress] = useState<Progress>({ phase: 'idle' });
  // "Save my Word edits first": once every chosen change is saved, the refresh goes ahead.
  const [refreshAfterSave, setRefreshAfterSave] = useState(false);
  const saveBack = useSaveBack({
    services,
    word,
    plan,
    onSaved: (savedPlan, failures) => {
      selection.replacePlan(savedPlan);
      setRefreshAfterSave(false);
      if (refreshAfterSave && failures.length === 0) void refresh(true, true);
    },
    onAbandoned: selection.reloadDoc,
  });
  const { input, kind } = selection;
  const saved = saveBack.state;
  const saveStep = saved.step;
  const busy = progress.phase === 'busy' || saveStep === 'reading' || saveStep === 'saving';
  const label = DOCUMENT_LABELS[kind].toLowerCase();
  const who = `${plan.pupil.name} (version ${plan.version})`;

  const run = async (busyLabel: string, errorTitle: string, action: () => Promise<Progress>) => {
    saveBack.dismiss();
    setProgress({ phase: 'busy', label: busyLabel });
    try {
      setProgress(await action());
    } catch (error) {
      setProgress({ phase: 'error', title: errorTitle, error });
    }
  };
  const done = (message: string): Progress => ({ phase: 'done', message });

  const insert = (place: InsertPlace = 'selection') =>
    run(`Inserting the ${label} for ${plan.pupil.name}…`, `The ${label} could not be inserted`, async () => {
      if (!input) throw new Error('No plan is chosen.');
      // Where the cursor is, if known since it last moved, spares Word the check before the write.
      const known = place === 'selection' ? cursor.known : null;
      const outcome = await word.insertTemplate(kind, await forWord(input), place, known);
      if (outcome.status === 'refused') return { phase: 'refused', reason: outcome.reason };
      // The cursor is now beside (or in) what was inserted: read where it is again.
      cursor.readAgain();
      return done(`Inserted the ${label} for ${who}. Edit the target cells in Word, then choose Save back.`);
    });

  const refresh = (discardEdits = false, savedFirst = false) =>
    run(
      'Getting the latest plan and updating the document…',
      'The document could not be refreshed',
      async () => {
        const latest = await services.store.openPlan(plan.id);
        const review = latest.reviews.find((r) => r.id === selection.review?.id) ?? selection.review;
        // A document uses its plan's own nation, as the editor does.
        const result = await word.refreshTemplates(await forWord({ plan: latest.plan, review }), {
          discardEdits,
        });
        selection.replacePlan(latest.plan);
        // A refresh may step the cursor out of a block it replaced.
        if (result.status === 'refreshed') cursor.readAgain();
        if (result.status === 'edited') return { phase: 'asking-to-refresh' };
        if (result.status === 'missing') {
          return result.markersStripped ? { phase: 'unlinked' } : done(notInsertedText(who, 'refresh'));
        }
        const updated = `${result.total === 1 ? '1 inserted template' : `${result.total} inserted templates`} with the latest plan for ${who}.`;
        return done(savedFirst ? `Saved your edits, then updated ${updated}` : `Updated ${updated}`);
      },
    );

  // A plan goes only into a document kept to the people who should see it, unless the teacher says so.
  const [placeCheck, setPlaceCheck] = useState<PlaceCheck | null>(null);
  const [passedUrl, setPassedUrl] = useState<string | null>(null);
  const guarded = (action: PlaceCheck['action'], go: () => Promise<void>) => {
    const url = word.documentUrl();
    const place = documentPlace(url, services.senSite, services.currentUser.email);
    if (place.kind === 'elsewhere' && url !== passedUrl) {
      setPlaceCheck({ action, where: place.where, url, go });
      return;
    }
    void go();
  };

  const startSaveBack = (thenRefresh = false) => {
    setRefreshAfterSave(thenRefresh);
    setProgress({ phase: 'idle' });
    saveBack.start();
  };

  const readOnly = isReadOnly(plan);
  const statusText =
    saveStep === 'reading'
      ? 'Reading the target cells in the document…'
      : saveStep === 'saving'
        ? 'Saving to the plan…'
        : progress.phase === 'busy'
          ? progress.label
          : null;
  const doneText =
    saveBack.state.step === 'saved' || saveBack.state.step === 'cancelled'
      ? saveBack.state.message
      : saveBack.state.step === 'nothing'
        ? 'The targets in this document match the plan: there is nothing to save.'
        : saveBack.state.step === 'unlinked' && !saveBack.state.markersStripped
          ? notInsertedText(who, 'save back')
          : progress.phase === 'done'
            ? progress.message
            : null;
  const markersMissing =
    progress.phase === 'unlinked' || (saved.step === 'unlinked' && saved.markersStripped);
  // Known before Insert is pressed; once pressed, the refusal below says it instead.
  const unsafeCursor =
    cursor.known !== null && cursor.known !== 'safe' && progress.phase !== 'refused' ? cursor.known : null;
  const insertAfter = (reason: UnsafePlace) =>
    guarded('insert', () => insert(reason === 'inside-block' ? 'after-block' : 'after-table'));

  return (
    <section aria-label="Word document">
      {language.offered ? (
        <DocumentLanguageField value={language.language} onChange={language.choose} />
      ) : null}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<DocumentArrowLeftRegular />}
          disabled={busy || !input || selection.blocked !== null}
          aria-describedby={unsafeCursor ? noticeId : undefined}
          onClick={() => guarded('insert', () => insert())}
        >
          Insert into document
        </Button>
        <Button
          icon={<ArrowSyncRegular />}
          disabled={busy}
          onClick={() => guarded('refresh', () => refresh())}
        >
          Refresh from plan
        </Button>
        <Button icon={<SaveArrowRightRegular />} disabled={busy || readOnly} onClick={() => startSaveBack()}>
          Save back to plan
        </Button>
      </div>
      {unsafeCursor ? (
        <CursorPlaceNotice
          id={noticeId}
          place={unsafeCursor}
          disabled={busy || !input || selection.blocked !== null}
          onInsertAfter={() => insertAfter(unsafeCursor)}
        />
      ) : null}
      {readOnly ? (
        <p>This version is closed and kept as a record, so changes cannot be saved back to it.</p>
      ) : null}
      {placeCheck ? (
        <PlaceWarning
          where={placeCheck.where}
          action={placeCheck.action}
          onGo={() => {
            setPassedUrl(placeCheck.url);
            setPlaceCheck(null);
            void placeCheck.go();
          }}
          onCancel={() => setPlaceCheck(null)}
        />
      ) : null}
      {progress.phase === 'refused' ? (
        <PlaceRefusal
          reason={progress.reason}
          onInsertAfter={() =>
            void insert(progress.reason === 'inside-block' ? 'after-block' : 'after-table')
          }
          onCancel={() => setProgress({ phase: 'idle' })}
        />
      ) : null}
      {progress.phase === 'asking-to-refresh' ? (
        <RefreshChoices
          onSaveFirst={readOnly ? null : () => startSaveBack(true)}
          onKeep={() =>
            setProgress(
              done(
                'Nothing was refreshed: your edits are still in the document. Choose Save back to keep them.',
              ),
            )
          }
          onDiscard={() => void refresh(true)}
        />
      ) : null}
      {markersMissing ? <MarkersMissing who={who} /> : null}
      <div role="status" aria-live="polite" className={styles.status}>
        {statusText ? <Spinner size="tiny" labelPosition="after" label={statusText} /> : doneText}
      </div>
      {progress.phase === 'error' ? (
        <ErrorMessage error={progress.error} title={progress.title} fallbackAdvice={WORD_ADVICE} />
      ) : null}
      {saveBack.state.step === 'error' ? (
        <ErrorMessage
          error={saveBack.state.error}
          title={saveBack.state.title}
          fallbackAdvice={WORD_ADVICE}
        />
      ) : null}
      {saveBack.state.step === 'nothing' ? <EditProblems problems={saveBack.state.problems} /> : null}
      {saved.step === 'saved' && saved.failures.length > 0 ? (
        <EditProblems problems={saved.failures.map((failure) => failureText(plan, failure))} />
      ) : null}
      {saveBack.state.step === 'review' ? (
        <ChangesReview
          changes={saveBack.state.changes}
          problems={saveBack.state.problems}
          onSave={saveBack.save}
          thenRefresh={refreshAfterSave}
          onCancel={saveBack.dismiss}
        />
      ) : null}
      {saved.step === 'conflict' ? (
        <ConflictChoices
          conflict={saved.conflict}
          onResolve={(choices) => saveBack.resolve(saved.conflict, choices)}
          onAbandon={saveBack.abandon}
        />
      ) : null}
    </section>
  );
};
