import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { AppServices } from '../../app/services';
import type { FieldIssue } from '../../domain/errors';
import type { PlanId } from '../../domain/ids';
import { useVisuallyHiddenStyles } from '../../ui/common/visuallyHidden.styles';
import { PupilHeader } from '../../ui/PupilHeader';
import { ExportDocxButton } from '../export/ExportDocxButton';
import { PlanReviewsSection } from '../reviews/PlanReviewsSection';
import { EditorMessages } from './EditorMessages';
import { EditorToolbar } from './EditorToolbar';
import { VersionComparison } from './history/VersionComparison';
import { VersionHistory } from './history/VersionHistory';
import { MergeDialog } from './merge/MergeDialog';
import { PlanForm } from './PlanForm';
import { usePlanEditor } from './usePlanEditor';
import { usePlanView } from './usePlanView';
import { ErrorSummary } from './validation/ErrorSummary';
import { focusFirstInvalid } from './validation/fieldIssues';

export interface PlanEditorPageProps {
  readonly services: AppServices;
  readonly planId: PlanId;
  readonly onBack: () => void;
  /** Tests shorten the pause before SMART hints update. */
  readonly smartDelayMs?: number;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXXXL,
  },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

/** The IEP editor: the whole plan of one pupil, with drafts, validation, merging and version history. */
export const PlanEditorPage = ({ services, planId, onBack, smartDelayMs }: PlanEditorPageProps) => {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const editor = usePlanEditor(services, planId);
  const { view, open, backToEditing } = usePlanView(services.store);
  const [announcement, setAnnouncement] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const { issues, focusRequest, save } = editor;

  useEffect(() => {
    if (focusRequest > 0 && rootRef.current) focusFirstInvalid(rootRef.current, issues, summaryRef.current);
    // Only a new request moves focus; issues changing as the user types must not pull focus away.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  useEffect(() => {
    if (save.kind === 'failed') failureRef.current?.focus();
  }, [save]);

  const goTo = useCallback((issue: FieldIssue) => {
    if (rootRef.current) focusFirstInvalid(rootRef.current, [issue], summaryRef.current);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void editor.saveNow();
    }
  };

  if (editor.load.kind === 'loading') return <Spinner label="Opening the plan…" />;
  if (editor.load.kind === 'failed' || !editor.edited || !editor.base) {
    const advice = editor.load.kind === 'failed' ? editor.load.problem.advice : '';
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The plan could not be opened</MessageBarTitle>
          {advice}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={editor.reload}>Try again</Button>
          <Button onClick={onBack}>Back to class</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  const plan = editor.edited;
  const shown = view.kind === 'viewing' ? view.plan : plan;
  const formProps = {
    clock: services.clock,
    settings: services.settings,
    recordedBy: services.currentUser.name,
    announce: setAnnouncement,
    smartDelayMs,
  };

  return (
    <div ref={rootRef} className={styles.root} onKeyDown={onKeyDown}>
      <EditorToolbar
        onBack={onBack}
        onSave={() => void editor.saveNow()}
        save={save}
        dirty={editor.dirty}
        readOnly={editor.readOnly}
        showSave={view.kind === 'editing'}
      >
        <ExportDocxButton exporter={services.documents} plan={shown} nation={services.settings.nation} />
      </EditorToolbar>
      <PupilHeader plan={shown} />
      {view.kind === 'editing' && (
        <>
          <EditorMessages
            ref={failureRef}
            save={save}
            restoredDraft={editor.restoredDraft}
            dirty={editor.dirty}
            readOnly={editor.readOnly}
            version={plan.version}
            onDiscardDraft={editor.discardDraft}
            onRetry={() => void editor.saveNow()}
          />
          {save.kind === 'invalid' && issues.length > 0 && (
            <ErrorSummary ref={summaryRef} issues={issues} onGoTo={goTo} nation={plan.nation} />
          )}
          <PlanForm
            plan={plan}
            update={editor.update}
            issues={issues}
            readOnly={editor.readOnly}
            {...formProps}
          />
          <VersionHistory
            store={services.store}
            plan={editor.base}
            onView={(id) => open(id, 'view')}
            onCompare={(id) => open(id, 'compare')}
          />
          <PlanReviewsSection services={services} plan={editor.base} />
        </>
      )}
      {view.kind !== 'editing' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {view.kind === 'viewing' && `Viewing version ${view.plan.version} (read-only)`}
              {view.kind === 'comparing' &&
                `Comparing version ${view.older.version} with version ${plan.version}`}
              {view.kind === 'loading' && 'Opening the earlier version…'}
              {view.kind === 'failed' && 'The earlier version could not be opened'}
            </MessageBarTitle>
            {view.kind === 'failed'
              ? view.advice
              : `Your work on version ${plan.version} is kept while you look.`}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={backToEditing}>Back to version {plan.version}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {view.kind === 'loading' && <Spinner size="small" label="Loading…" />}
      {view.kind === 'viewing' && (
        <>
          <div className={styles.row}>
            <Button onClick={() => open(view.plan.id, 'compare')}>
              Compare version {view.plan.version} with version {plan.version}
            </Button>
          </div>
          <PlanForm plan={view.plan} update={editor.update} issues={[]} readOnly {...formProps} />
        </>
      )}
      {view.kind === 'comparing' && <VersionComparison older={view.older} newer={plan} />}
      <MergeDialog
        entries={editor.conflicts}
        mine={plan}
        onMerge={editor.resolveConflicts}
        onCancel={editor.cancelMerge}
      />
      <div className={hidden.root} role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
};
