import { Button, Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { AppServices } from '../../app/services';
import type { RegisterWording } from '../../app/usecases/register/registerWording';
import type { ClassTeamId, Pupil } from '../../domain';

const RosterDialog = lazy(() =>
  import(/* webpackChunkName: "roster" */ './RosterChooser').then((m) => ({ default: m.RosterDialog })),
);

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
 * dialog (and the roster permission) loads only when the button is pressed, so a class dashboard's
 * first load carries neither.
 */
export const RosterImportDialog = (props: RosterImportDialogProps) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button appearance="secondary" onClick={() => setOpen(true)}>
        Add pupils from the class roster
      </Button>
      {open ? (
        <Suspense fallback={<Spinner size="tiny" label="Opening the class roster" />}>
          <RosterDialog {...props} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
};
