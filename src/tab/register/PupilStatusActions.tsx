import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RegisterWording } from '../../app/usecases/register/registerWording';
import { pupilDisplayName, type Pupil } from '../../domain';
import { formatUkDate, type IsoDate } from '../../domain/dates';
import { DateField } from '../../ui/DateField';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
});

export interface PupilStatusActionsProps {
  readonly pupil: Pupil;
  readonly wording: RegisterWording;
  readonly today: IsoDate;
  readonly busy: boolean;
  onChange(status: Pick<Pupil, 'registerStatus' | 'leftOn'>): void;
}

/**
 * Taking a pupil off the active register, or back on: their plans are kept either way, as records
 * that can be read and not changed.
 */
export const PupilStatusActions = ({ pupil, wording, today, busy, onChange }: PupilStatusActionsProps) => {
  const styles = useStyles();
  const [leftOn, setLeftOn] = useState<string | null>(today);
  const [leftError, setLeftError] = useState<string | undefined>();
  const name = pupilDisplayName(pupil);

  if (pupil.registerStatus !== 'active') {
    return (
      <section aria-labelledby="pupil-status-title">
        <Subtitle1 as="h2" id="pupil-status-title">
          Not on the active register
        </Subtitle1>
        <Body1>
          {pupil.registerStatus === 'left'
            ? `${name} left the school${pupil.leftOn ? ` on ${formatUkDate(pupil.leftOn)}` : ''}.`
            : `${name} no longer needs ${wording.support}.`}{' '}
          Their plans are kept as read-only records.
        </Body1>
        <Button disabled={busy} onClick={() => onChange({ registerStatus: 'active', leftOn: '' })}>
          Put back on the register
        </Button>
      </section>
    );
  }

  return (
    <section aria-labelledby="pupil-status-title">
      <Subtitle1 as="h2" id="pupil-status-title">
        Leaving the register
      </Subtitle1>
      <Body1>Their plans are kept as read-only records; nothing is deleted.</Body1>
      <div className={styles.row}>
        <DateField label="Left the school on" value={leftOn} error={leftError} onChange={setLeftOn} />
        <Button
          disabled={busy}
          onClick={() => {
            if (!leftOn) {
              setLeftError('Enter the date the pupil left the school.');
              return;
            }
            if (leftOn > today) {
              setLeftError('The leaving date cannot be in the future.');
              return;
            }
            setLeftError(undefined);
            onChange({ registerStatus: 'left', leftOn });
          }}
        >
          Mark as left the school
        </Button>
        <Button disabled={busy} onClick={() => onChange({ registerStatus: 'no-longer-sen', leftOn: '' })}>
          No longer needs {wording.support}
        </Button>
      </div>
    </section>
  );
};
