import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Spinner,
} from '@fluentui/react-components';
import { CheckmarkCircle16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { DeletionState } from '../../app/usecases/editing/state/editorState';

export interface DraftActionsProps {
  readonly pupilName: string;
  readonly deletion: DeletionState;
  readonly busy: boolean;
  /** Only SEN leads may delete: other staff's permission level in SharePoint has no delete. */
  readonly canDelete: boolean;
  onMakeActive(): void;
  onDelete(): void;
}

/**
 * What only a saved draft offers: agreeing it ("Make this plan active") or deleting it, after a
 * confirmation that says what goes. Active and closed versions are never deleted.
 */
export const DraftActions = ({
  pupilName,
  deletion,
  busy,
  canDelete,
  onMakeActive,
  onDelete,
}: DraftActionsProps) => {
  const [confirming, setConfirming] = useState(false);
  const deleting = deletion.kind === 'deleting';
  return (
    <>
      <Button icon={<CheckmarkCircle16Regular />} disabledFocusable={busy} onClick={onMakeActive}>
        Make this plan active
      </Button>
      {canDelete && (
        <Dialog open={confirming} onOpenChange={(_, data) => setConfirming(data.open)}>
          <DialogTrigger disableButtonEnhancement>
            <Button icon={<Delete16Regular />} disabledFocusable={busy || deleting}>
              Delete draft
            </Button>
          </DialogTrigger>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>Delete this draft plan?</DialogTitle>
              <DialogContent>
                The draft plan for {pupilName}, with its targets and any unsaved changes, will be deleted from
                the SEN site. This cannot be undone.
              </DialogContent>
              <DialogActions>
                <Button
                  appearance="primary"
                  icon={deleting ? <Spinner size="tiny" /> : undefined}
                  disabledFocusable={deleting}
                  onClick={() => {
                    setConfirming(false);
                    onDelete();
                  }}
                >
                  Delete draft
                </Button>
                <DialogTrigger disableButtonEnhancement>
                  <Button>Keep it</Button>
                </DialogTrigger>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
};
