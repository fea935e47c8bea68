import { Button, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { AppServices } from '../../app/services';
import { EMPTY_PUPIL_FORM, readPupilForm, type PupilFormErrors } from '../../app/usecases/register/pupilForm';
import { registerWording } from '../../app/usecases/register/registerWording';
import { pupilRefKey, type PupilId } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { usePageStyles } from '../shared/usePageStyles';
import { fieldErrorsOf } from './fieldErrorsOf';
import { PupilForm } from './PupilForm';
import { usePupilFormDraft } from './usePupilFormDraft';
import { useRegisterContext } from './useRegisterClasses';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
});

export interface AddPupilPageProps {
  readonly services: AppServices;
  onAdded(pupilId: PupilId): void;
}

/** The SENCO puts one pupil on the register by hand. */
export const AddPupilPage = ({ services, onAdded }: AddPupilPageProps) => {
  const page = usePageStyles();
  const styles = useStyles();
  const wording = registerWording(services.settings.nation);
  const { state, reload } = useRegisterContext(services);
  const draft = usePupilFormDraft(services.currentUser.email, 'new', EMPTY_PUPIL_FORM, null);
  const { values } = draft;
  const [errors, setErrors] = useState<PupilFormErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  if (state.status === 'loading') return <PageSkeleton label="Loading the classes" />;
  if (state.status === 'error') {
    return (
      <div className={page.root}>
        <ErrorMessage error={state.error} title="The classes could not be loaded" onRetry={reload} page />
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const reading = readPupilForm(values, state.data.classes);
    const taken =
      reading.ok &&
      state.data.pupils.find((p) => pupilRefKey(p.pupilRef) === pupilRefKey(reading.pupil.pupilRef));
    if (!reading.ok || taken) {
      setErrors(
        reading.ok
          ? { pupilRef: `${values.pupilRef} is already on the register (${taken ? taken.className : ''}).` }
          : reading.errors,
      );
      return;
    }
    setErrors({});
    setSaving(true);
    setFailure(null);
    try {
      const [added] = await services.store.addPupils([{ ...reading.pupil, registerStatus: 'active' }]);
      draft.settle(EMPTY_PUPIL_FORM, null);
      if (added) onAdded(added.id);
    } catch (caught) {
      const fieldErrors = fieldErrorsOf(caught);
      if (fieldErrors) setErrors(fieldErrors);
      else setFailure(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={page.root} aria-labelledby="add-pupil-title">
      <Title2 as="h1" id="add-pupil-title">
        Add a pupil to the {wording.register}
      </Title2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PupilForm
          values={values}
          errors={errors}
          classes={state.data.classes}
          wording={wording}
          onChange={draft.setValues}
        />
        {failure ? <ErrorMessage error={failure} title="The pupil could not be added" /> : null}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? 'Adding…' : 'Add to the register'}
          </Button>
          <Button appearance="secondary" onClick={() => window.history.back()}>
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
};
