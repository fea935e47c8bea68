import {
  Body1,
  Button,
  Checkbox,
  DialogActions,
  DialogBody,
  Dialog,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Spinner,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { rosterCandidates } from '../../app/usecases/register/rosterCandidates';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { useLoad } from '../../ui/common/useLoad';
import type { RosterImportDialogProps } from './RosterImportDialog';

/** The roster dialog, open from the moment it loads; closing it unmounts it. */
export const RosterDialog = (props: RosterImportDialogProps & { onClose(): void }) => (
  <Dialog open onOpenChange={(_, data) => (data.open ? undefined : props.onClose())}>
    <DialogSurface>
      <RosterChooser {...props} />
    </DialogSurface>
  </Dialog>
);

/** The roster's pupils with a tick box each. */
const RosterChooser = ({
  services,
  classTeamId,
  className,
  onRegister,
  wording,
  onAdded,
  onClose,
}: RosterImportDialogProps & { onClose(): void }) => {
  const load = useCallback(() => services.listClassRoster(classTeamId), [services, classTeamId]);
  const { state, reload } = useLoad(load);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const candidates = state.status === 'ready' ? rosterCandidates(state.data, onRegister) : [];
  const add = async () => {
    setSaving(true);
    setFailure(null);
    try {
      const joining = candidates.filter((c) => chosen.has(c.student.userId) && !c.onRegister);
      await services.store.addPupils(
        joining.map(({ student }) => ({
          givenName: student.givenName,
          familyName: student.familyName,
          classTeamId,
          className,
          senStatus: 'K',
          // The census asks for a need on SEN support; NSA until the SENCO records the assessed one.
          primaryNeed: 'NSA',
          registerStatus: 'active',
        })),
      );
      onAdded(joining.length);
      onClose();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <DialogBody>
      <DialogTitle>Add pupils from {className}</DialogTitle>
      <DialogContent>
        {state.status === 'loading' ? <Spinner label="Reading the class roster" /> : null}
        {state.status === 'error' ? (
          <ErrorMessage error={state.error} title="The class roster could not be read" onRetry={reload} />
        ) : null}
        {state.status === 'ready' ? (
          <fieldset>
            <legend>
              Tick the pupils who join the {wording.register}. They join on {wording.support} with their need
              not yet assessed (NSA); add their date of birth and pupil reference on their register page.
            </legend>
            {candidates.length === 0 ? <Body1>The class roster has no pupils.</Body1> : null}
            {candidates.map(({ student, onRegister: already }) => (
              <Checkbox
                key={student.userId}
                label={already ? `${student.displayName} (already on the register)` : student.displayName}
                disabled={already}
                checked={already || chosen.has(student.userId)}
                onChange={(_, data) => {
                  const next = new Set(chosen);
                  if (data.checked === true) next.add(student.userId);
                  else next.delete(student.userId);
                  setChosen(next);
                }}
              />
            ))}
          </fieldset>
        ) : null}
        {failure ? <ErrorMessage error={failure} title="The pupils could not be added" /> : null}
      </DialogContent>
      <DialogActions>
        <Button appearance="primary" disabled={saving || chosen.size === 0} onClick={() => void add()}>
          {saving ? 'Adding…' : `Add ${chosen.size} ${chosen.size === 1 ? 'pupil' : 'pupils'}`}
        </Button>
        <DialogTrigger disableButtonEnhancement>
          <Button appearance="secondary">Cancel</Button>
        </DialogTrigger>
      </DialogActions>
    </DialogBody>
  );
};
