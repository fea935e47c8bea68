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
import { CalendarAdd16Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { AppServices } from '../../app/services';
import type { FieldIssue } from '../../domain/errors';
import type { PlanId, PupilId } from '../../domain/ids';
import type { Review } from '../../domain/review';
import { useVisuallyHiddenStyles } from '../../ui/common/visuallyHidden.styles';
import { PupilHeader } from '../../ui/PupilHeader';
import { ExportDocxButton } from '../export/ExportDocxButton';
import { PlanReviewsSection } from '../reviews/PlanReviewsSection';
import { ScheduleReviewDialog } from '../reviews/ScheduleReviewDialog';
import { DraftActions } from './DraftActions';
import { EditorMessages } from './EditorMessages';
import { EditorToolbar } from './EditorToolbar';
import { VersionComparison } from './history/VersionComparison';
import { VersionHistory } from './history/VersionHistory';
import { EditorLayout } from './layout/EditorLayout';
import { sectionLinks } from './layout/planSections';
import { MergeDialog } from './merge/MergeDialog';
import { useStaffAccess } from '../shared/useStaffAccess';
import { planAccessOf } from './planAccess';
import { useGivenRole } from './useGivenRole';
import { PlanForm } from './PlanForm';
import { LazyGroupTargets } from './sections/LazyGroupTargets';
import { usePlanEditor } from './usePlanEditor';
import { usePlanView } from './usePlanView';
import { ErrorSummary } from './validation/ErrorSummary';
import { focusFirstInvalid } from './validation/fieldIssues';

export interface PlanEditorPageProps {
  readonly services: AppServices;
  /** The saved plan to open; null for a new plan for `newFor`, which its first save creates. */
  readonly planId: PlanId | null;
  readonly newFor?: PupilId;
  /** The first save of a new plan created it: the route can now name it. */
  onCreated?(planId: PlanId): void;
  /** Back to the class; also where the page goes once a draft is deleted. */
  readonly onBack: () => void;
  /** Tests shorten the pause before SMART hints update. */
  readonly smartDelayMs?: number;
}

const useStyles = makeStyles({
  root: { paddingBottom: tokens.spacingVerticalXXXL },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

/** The IEP editor: the whole plan of one pupil, with drafts, validation, merging and version history. */
export const PlanEditorPage = ({
  services,
  planId,
  newFor,
  onCreated,
  onBack,
  smartDelayMs,
}: PlanEditorPageProps) => {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const editor = usePlanEditor(services, { planId, newFor, onCreated });
  const staffAccess = useStaffAccess(services);
  const givenRole = useGivenRole(
    services,
    staffAccess,
    editor.base?.pupil.pupilId ?? null,
    editor.base?.pupil.classTeamId ?? null,
  );
  const [scheduling, setScheduling] = useState(false);
  // Bumped after a review is scheduled from the toolbar, so the Reviews section reads it afresh.
  const [reviewsRead, setReviewsRead] = useState(0);
  // The plan's reviews as the Reviews section read them: the review record is exported from them.
  const [reviews, setReviews] = useState<readonly Review[]>([]);
  const reviewSaved = useCallback(
    (review: Review) => setReviews((current) => [review, ...current.filter((r) => r.id !== review.id)]),
    [],
  );
  const { view, open, backToEditing } = usePlanView(services.store);
  const [announcement, setAnnouncement] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const { issues, focusRequest, save, deletion } = editor;

  useEffect(() => {
    if (deletion.kind === 'deleted') onBack();
  }, [deletion, onBack]);

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

  if (editor.load.kind === 'loading' || staffAccess === null) return <Spinner label="Opening the plan…" />;
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
    provisions: services.provisions,
    announce: setAnnouncement,
    smartDelayMs,
  };

  const saved = !editor.isNew;
  const may = planAccessOf(staffAccess, editor.base.pupil.classTeamId, givenRole);
  // Evidence is saved with the plan's Save, so it is offered on a saved plan only.
  const evidenceOpen = may.edit || (may.addEvidence && saved);
  const editing = view.kind === 'editing' && !editor.readOnly;
  const toolbar = (
    <EditorToolbar
      onBack={onBack}
      onSave={() => void editor.saveNow()}
      save={save}
      dirty={editor.dirty}
      readOnly={editor.readOnly || !evidenceOpen}
      readOnlyStatus={editor.readOnly ? undefined : 'Read-only: you can read this plan.'}
      isNew={editor.isNew}
      showSave={view.kind === 'editing'}
    >
      {saved && (
        <ExportDocxButton
          exporter={services.documents}
          store={services.store}
          provisions={services.provisions}
          plan={shown}
          reviews={reviews}
          names={services.settings.documentNames}
        />
      )}
      {saved && editing && may.scheduleReview && (
        <Button icon={<CalendarAdd16Regular />} onClick={() => setScheduling(true)}>
          Schedule a review
        </Button>
      )}
      {saved && editing && may.edit && editor.base.status === 'draft' && (
        <DraftActions
          pupilName={plan.pupil.name}
          deletion={deletion}
          busy={save.kind === 'saving'}
          canDelete={may.deleteDraft}
          onMakeActive={() => void editor.makeActive()}
          onDelete={() => void editor.deletePlan()}
        />
      )}
    </EditorToolbar>
  );

  return (
    <div ref={rootRef} className={styles.root} onKeyDown={onKeyDown} data-plan-editor="">
      <EditorLayout sections={sectionLinks(saved && view.kind === 'editing')} toolbar={toolbar}>
        <PupilHeader plan={shown} />
        {deletion.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{deletion.problem.title}</MessageBarTitle>
              {deletion.problem.advice}
            </MessageBarBody>
          </MessageBar>
        )}
        {editor.isNew && editor.prefillNote && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{editor.prefillNote}</MessageBarBody>
          </MessageBar>
        )}
        {view.kind === 'editing' && (
          <>
            <EditorMessages
              ref={failureRef}
              save={save}
              restoredDraft={editor.restoredDraft}
              dirty={editor.dirty}
              readOnly={editor.readOnly}
              accessNote={may.note}
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
              readOnly={editor.readOnly || !may.edit}
              evidenceOpen={!editor.readOnly && evidenceOpen}
              {...formProps}
            />
            <LazyGroupTargets
              services={services}
              plan={plan}
              canOpenProvisions={staffAccess?.isSenLead ?? false}
            />
            {saved && (
              <div data-print="hide">
                <VersionHistory
                  store={services.store}
                  plan={editor.base}
                  onView={(id) => open(id, 'view')}
                  onCompare={(id) => open(id, 'compare')}
                />
                <PlanReviewsSection
                  key={reviewsRead}
                  services={services}
                  plan={editor.base}
                  onReviewsLoaded={setReviews}
                  onReviewSaved={reviewSaved}
                />
              </div>
            )}
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
      </EditorLayout>
      {saved && editing && may.scheduleReview && (
        <ScheduleReviewDialog
          services={services}
          plan={editor.base}
          open={scheduling}
          onClose={() => setScheduling(false)}
          onScheduled={() => {
            setScheduling(false);
            setReviewsRead((count) => count + 1);
          }}
        />
      )}
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
