import {
  Button,
  Field,
  Input,
  Link,
  makeStyles,
  TableCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { routeHash } from '../../routing/routes';
import { useState } from 'react';
import {
  canRemovePlacement,
  changeText,
  scoreChange,
  type PlacementRow,
} from '../../../app/usecases/provisions/placementRows';
import {
  placementFormValuesOf,
  readPlacementForm,
  type PlacementFormErrors,
  type PlacementFormValues,
} from '../../../app/usecases/provisions/placementForm';
import { EditConflict, pupilDisplayName, type Placement, type ProvisionStore } from '../../../domain';
import type { SchoolTerm } from '../../../domain/termDates';
import { ErrorMessage } from '../../../ui/common/ErrorMessage';

const useStyles = makeStyles({
  date: { minWidth: '9rem' },
  number: { width: '5rem' },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface PlacementRowEditorProps {
  readonly row: PlacementRow;
  readonly term: SchoolTerm;
  readonly provisions: ProvisionStore;
  onSaved(placement: Placement): void;
  onRemoved(placement: Placement): void;
}

/** One pupil on the provision this term: dates, group and scores, saved on their own row. */
export const PlacementRowEditor = ({
  row,
  term,
  provisions,
  onSaved,
  onRemoved,
}: PlacementRowEditorProps) => {
  const styles = useStyles();
  const { placement, pupil } = row;
  const name = pupil ? pupilDisplayName(pupil) : `Pupil ${placement.pupilId}`;
  const [values, setValues] = useState<PlacementFormValues>(() => placementFormValuesOf(placement));
  const [errors, setErrors] = useState<PlacementFormErrors>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const changed = JSON.stringify(values) !== JSON.stringify(placementFormValuesOf(placement));

  const cell = (key: keyof PlacementFormValues, label: string, type: 'date' | 'text', className: string) => (
    <TableCell>
      <Field validationState={errors[key] ? 'error' : 'none'} validationMessage={errors[key]}>
        <Input
          className={className}
          type={type}
          aria-label={`${label} for ${name}`}
          inputMode={type === 'text' ? 'decimal' : undefined}
          value={values[key]}
          onChange={(_, d) => setValues({ ...values, [key]: d.value })}
        />
      </Field>
    </TableCell>
  );

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    try {
      await work();
    } catch (caught) {
      if (caught instanceof EditConflict && caught.theirs) {
        const theirs = caught.theirs as Placement;
        setValues(placementFormValuesOf(theirs));
        onSaved(theirs);
        setNotice(
          'A colleague saved this row after you opened the page: their values are shown. Make your change again.',
        );
      } else setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    const reading = readPlacementForm(values, placement, term);
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    setErrors({});
    void run(async () => {
      const saved = await provisions.savePlacement(reading.placement, placement);
      setValues(placementFormValuesOf(saved));
      onSaved(saved);
      setNotice('Saved.');
    });
  };

  const remove = () =>
    void run(async () => {
      await provisions.removePlacement(placement);
      onRemoved(placement);
    });

  const change = scoreChange(placement);
  return (
    <TableRow>
      <TableCell>
        {/* Their page lists their plans, where the targets this provision delivers and their evidence are. */}
        {pupil ? <Link href={routeHash({ name: 'pupil', pupilId: pupil.id })}>{name}</Link> : name}
        {notice ? (
          <Text block size={200} role="status">
            {notice}
          </Text>
        ) : null}
        {failure ? <ErrorMessage error={failure} title={`${name}'s row could not be saved`} /> : null}
      </TableCell>
      <TableCell>{pupil?.className ?? 'Not on the register'}</TableCell>
      {cell('start', 'Start date', 'date', styles.date)}
      {cell('end', 'End date', 'date', styles.date)}
      {cell('group', 'Group', 'text', styles.number)}
      {cell('entryScore', 'Entry score', 'text', styles.number)}
      {cell('exitScore', 'Exit score', 'text', styles.number)}
      <TableCell>{changeText(change)}</TableCell>
      <TableCell>
        <div className={styles.actions}>
          <Button
            size="small"
            appearance="primary"
            disabled={busy || !changed}
            onClick={save}
            aria-label={`Save ${name}`}
          >
            Save
          </Button>
          {canRemovePlacement(placement) ? (
            <Button
              size="small"
              disabled={busy}
              onClick={remove}
              aria-label={`Remove ${name} from this provision`}
            >
              Remove
            </Button>
          ) : null}
        </div>
      </TableCell>
    </TableRow>
  );
};
