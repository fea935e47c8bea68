import {
  Body1,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Spinner,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { AppServices } from '../../app/services';
import { rosterCandidates } from '../../app/usecases/register/rosterCandidates';
import type { RegisterWording } from '../../app/usecases/register/registerWording';
import type { ClassTeamId, Pupil } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { useLoad } from '../../ui/common/useLoad';

export interface RosterImportDialogProps {
  readonly services: AppServices;
  readonly classTeamId: ClassTeamId;
  readonly className: string;
  /** Pupils of this class already on the register: shown as such, not offered again. */
  readonly onRegister: readonly Pupil[];
  readonly wording: RegisterWording;
  onAdded(count: number): void;
}

/**
 * The class's pupils from its roster in Microsoft 365; the SENCO ticks who joins the register. The
 * roster permission is asked for only when this opens.
 */
export const RosterImportDialog = (props: RosterImportDialogProps) => {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="secondary">Add pupils from the class roster</Button>
      </DialogTrigger>
      <DialogSurface>
        {open ? <RosterChooser {...props} onClose={() => setOpen(false)} /> : null}
      </DialogSurface>
    </Dialog>
  );
};

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
