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
  makeStyles,
  ProgressBar,
  Radio,
  RadioGroup,
  Field,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { AppServices } from '../../../app/services';
import {
  choiceOptions,
  groupsForNewPupils,
  pupilsIn,
  type PupilChoiceBy,
} from '../../../app/usecases/provisions/placementRows';
import { pupilDisplayName, type Placement, type Provision, type PupilId } from '../../../domain';
import { formatUkDate } from '../../../domain/dates';
import type { SchoolTerm } from '../../../domain/termDates';
import { ErrorMessage } from '../../../ui/common/ErrorMessage';
import { useLoad } from '../../../ui/common/useLoad';
import { DateField } from '../../../ui/DateField';
import { SelectField } from '../../../ui/SelectField';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  pupils: { display: 'flex', flexDirection: 'column', maxHeight: '16rem', overflowY: 'auto' },
  dates: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
});

export interface AddPupilsDialogProps {
  readonly services: AppServices;
  readonly provision: Provision;
  readonly term: SchoolTerm;
  /** Everyone on the provision this term: shown as already on it, and their groups filled first. */
  readonly placements: readonly Placement[];
  onAdded(added: readonly Placement[]): void;
  onClose(): void;
}

/** Pupils chosen from the register, a class or a year group at a time, put on the provision for the term. */
export const AddPupilsDialog = (props: AddPupilsDialogProps) => (
  <Dialog open onOpenChange={(_, data) => (data.open ? undefined : props.onClose())}>
    <DialogSurface>
      <AddPupilsChooser {...props} />
    </DialogSurface>
  </Dialog>
);

const AddPupilsChooser = ({
  services,
  provision,
  term,
  placements,
  onAdded,
  onClose,
}: AddPupilsDialogProps) => {
  const styles = useStyles();
  const load = useCallback(() => services.store.loadRegister(), [services]);
  const { state, reload } = useLoad(load);
  const [by, setBy] = useState<PupilChoiceBy>('class');
  const [group, setGroup] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<PupilId>>(new Set());
  const [start, setStart] = useState<string | null>(term.start);
  const [end, setEnd] = useState<string | null>(term.end);
  const [dateErrors, setDateErrors] = useState<{ start?: string; end?: string }>({});
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [notAdded, setNotAdded] = useState(0);

  const already = new Set(placements.map((p) => p.pupilId));
  const pupils = state.status === 'ready' ? state.data.pupils : [];
  const options = choiceOptions(pupils, by);
  const current = group || options[0]?.value || '';
  const shown = current ? pupilsIn(pupils, by, current) : [];
  const within = `Choose a date from ${formatUkDate(term.start)} to ${formatUkDate(term.end)}.`;

  const toggle = (id: PupilId, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  const add = async () => {
    const errors: { start?: string; end?: string } = {};
    if (!start || start < term.start || start > term.end) errors.start = within;
    if (!end || end < term.start || end > term.end) errors.end = within;
    else if (start && end < start) errors.end = 'The end date cannot be before the start date.';
    setDateErrors(errors);
    if (errors.start || errors.end || !start || !end) return;
    const joining = pupils.filter((p) => chosen.has(p.id) && !already.has(p.id));
    const groups = groupsForNewPupils(provision, placements, joining.length);
    setFailure(null);
    setProgress({ done: 0, total: joining.length });
    try {
      const result = await services.provisions.addPlacements(
        joining.map((p, i) => ({
          provisionId: provision.id,
          pupilId: p.id,
          term: term.start,
          start,
          end,
          group: groups[i] ?? 1,
        })),
        (done, total) => setProgress({ done, total }),
      );
      onAdded(result.added);
      if (result.failures.length === 0) onClose();
      else {
        setNotAdded(result.failures.length);
        setChosen(new Set([...chosen].filter((id) => !result.added.some((a) => a.pupilId === id))));
      }
    } catch (caught) {
      setFailure(caught);
    } finally {
      setProgress(null);
    }
  };

  const count = [...chosen].filter((id) => !already.has(id)).length;
  return (
    <DialogBody>
      <DialogTitle>Add pupils to {provision.name}</DialogTitle>
      <DialogContent className={styles.column}>
        {state.status === 'loading' ? <Spinner label="Reading the register" /> : null}
        {state.status === 'error' ? (
          <ErrorMessage error={state.error} title="The register could not be read" onRetry={reload} />
        ) : null}
        {state.status === 'ready' ? (
          <>
            <Field label="Choose pupils by">
              <RadioGroup
                layout="horizontal"
                value={by}
                onChange={(_, d) => {
                  setBy(d.value === 'year' ? 'year' : 'class');
                  setGroup('');
                }}
              >
                <Radio value="class" label="Class" />
                <Radio value="year" label="Year group" />
              </RadioGroup>
            </Field>
            {options.length === 0 ? (
              <Body1>No pupils on the register {by === 'year' ? 'have a year group' : 'yet'}.</Body1>
            ) : (
              <SelectField
                label={by === 'class' ? 'Class' : 'Year group'}
                value={current}
                options={options}
                onChange={setGroup}
              />
            )}
            <fieldset>
              <legend>
                Pupils in {options.find((o) => o.value === current)?.label ?? 'this group'}: tick who joins (
                {count} chosen so far)
              </legend>
              <div className={styles.pupils}>
                {shown.map((p) => (
                  <Checkbox
                    key={p.id}
                    label={
                      already.has(p.id)
                        ? `${pupilDisplayName(p)} (already on it this term)`
                        : pupilDisplayName(p)
                    }
                    disabled={already.has(p.id)}
                    checked={already.has(p.id) || chosen.has(p.id)}
                    onChange={(_, d) => toggle(p.id, d.checked === true)}
                  />
                ))}
              </div>
            </fieldset>
            <div className={styles.dates}>
              <DateField label="Start date" value={start} onChange={setStart} error={dateErrors.start} />
              <DateField label="End date" value={end} onChange={setEnd} error={dateErrors.end} />
            </div>
          </>
        ) : null}
        {progress ? (
          <Field label={`Adding pupils: ${progress.done} of ${progress.total}`} validationState="none">
            <ProgressBar value={progress.total === 0 ? 1 : progress.done / progress.total} />
          </Field>
        ) : null}
        {notAdded > 0 ? (
          <ErrorMessage
            error={null}
            title={`${notAdded} ${notAdded === 1 ? 'pupil was' : 'pupils were'} not added`}
            fallbackAdvice="They are still ticked: try adding them again."
          />
        ) : null}
        {failure ? <ErrorMessage error={failure} title="The pupils could not be added" /> : null}
      </DialogContent>
      <DialogActions>
        <Button appearance="primary" disabled={progress !== null || count === 0} onClick={() => void add()}>
          {progress ? 'Adding…' : `Add ${count} ${count === 1 ? 'pupil' : 'pupils'}`}
        </Button>
        <DialogTrigger disableButtonEnhancement>
          <Button appearance="secondary">Cancel</Button>
        </DialogTrigger>
      </DialogActions>
    </DialogBody>
  );
};
