import { makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense, type ReactNode } from 'react';
import type { PlanDocument } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PlanChooser } from './PlanChooser';
import { TemplateChooser } from './TemplateChooser';
import type { DocumentSelection } from './useDocumentSelection';

// The preview brings the renderer (every template) with it: loaded once a plan is open, not at start.
const TemplatePreview = lazy(() => import(/* webpackChunkName: "preview" */ '../preview/TemplatePreview'));

const useStyles = makeStyles({
  stack: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalS} 0 0` },
});

export interface DocumentChooserProps {
  readonly selection: DocumentSelection;
  /** What to do with the chosen document (Insert/Refresh/Save back, or Download), once a plan is open. */
  readonly actions: (doc: PlanDocument) => ReactNode;
}

/** Pupil, version and template pickers, the live preview, and the actions for the chosen document. */
export const DocumentChooser = ({ selection, actions }: DocumentChooserProps) => {
  const styles = useStyles();
  const { doc, input, kind } = selection;
  return (
    <div className={styles.stack}>
      <PlanChooser selection={selection} />
      {doc.status === 'loading' ? (
        <Spinner size="tiny" labelPosition="after" label="Opening the plan…" />
      ) : doc.status === 'error' ? (
        <ErrorMessage error={doc.error} title="The plan could not be opened" onRetry={selection.reloadDoc} />
      ) : doc.status === 'ready' ? (
        <>
          <TemplateChooser selection={selection} />
          {selection.blocked ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{selection.blocked}</MessageBarBody>
            </MessageBar>
          ) : null}
          {actions(doc.data)}
          <h2 className={styles.heading}>Preview</h2>
          {input && !selection.blocked ? (
            <Suspense fallback={<Spinner size="tiny" labelPosition="after" label="Preparing the preview…" />}>
              <TemplatePreview kind={kind} input={input} />
            </Suspense>
          ) : (
            <p>Choose a template that this plan can fill to see a preview.</p>
          )}
        </>
      ) : null}
    </div>
  );
};
