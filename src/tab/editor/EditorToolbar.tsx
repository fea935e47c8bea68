import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeft16Regular, Save16Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { SaveState } from './usePlanEditor';

export interface EditorToolbarProps {
  readonly onBack: () => void;
  readonly onSave: () => void;
  readonly save: SaveState;
  readonly dirty: boolean;
  readonly readOnly: boolean;
  /** Why it is read-only, when not because the version is closed. */
  readonly readOnlyStatus?: string;
  /** A new plan, not in SharePoint until it is saved. */
  readonly isNew?: boolean;
  /** Hides Save while an earlier version is shown instead of the plan being edited. */
  readonly showSave: boolean;
  /** Further actions on the plan shown (e.g. export), after Save. */
  readonly children?: ReactNode;
}

const useStyles = makeStyles({
  root: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalXXL,
    paddingRight: tokens.spacingHorizontalXXL,
    '@media (max-width: 900px)': {
      paddingLeft: tokens.spacingHorizontalL,
      paddingRight: tokens.spacingHorizontalL,
    },
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  status: { color: tokens.colorNeutralForeground2 },
});

const statusText = (props: EditorToolbarProps): string => {
  if (props.readOnly) return props.readOnlyStatus ?? 'Read-only: this version is closed.';
  if (props.save.kind === 'saving') return 'Saving…';
  if (props.isNew) return 'New plan: nothing is saved until you save it';
  if (props.dirty) return 'Unsaved changes (kept on this device until you save)';
  return 'All changes saved';
};

/** Back, Save (Ctrl+S also saves), the plan's other actions and, in words, whether everything is saved. */
export const EditorToolbar = (props: EditorToolbarProps) => {
  const styles = useStyles();
  const saving = props.save.kind === 'saving';
  return (
    <div className={styles.root} role="toolbar" aria-label="Plan actions">
      <Button icon={<ArrowLeft16Regular />} onClick={props.onBack}>
        Back to class
      </Button>
      {props.showSave && !props.readOnly && (
        <Button
          appearance="primary"
          icon={saving ? <Spinner size="tiny" /> : <Save16Regular />}
          disabledFocusable={saving}
          onClick={props.onSave}
          aria-keyshortcuts="Control+S"
        >
          {saving ? 'Saving…' : 'Save plan'}
        </Button>
      )}
      {props.children}
      <span className={styles.status} role="status">
        {statusText(props)}
      </span>
    </div>
  );
};
