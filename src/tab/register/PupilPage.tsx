import {
  Body1,
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState, type FormEvent } from 'react';
import type { AppServices } from '../../app/services';
import {
  classChoices,
  formValuesOf,
  readPupilForm,
  type PupilFormErrors,
} from '../../app/usecases/register/pupilForm';
import { registerWording } from '../../app/usecases/register/registerWording';
import {
  EditConflict,
  pastRetention,
  pupilDisplayName,
  type ClassTeam,
  type Pupil,
  type PupilId,
} from '../../domain';
import { todayIn } from '../../domain/dates';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { useLoad } from '../../ui/common/useLoad';
import { routeHash } from '../routing/routes';
import { usePageStyles } from '../shared/usePageStyles';
import { fieldErrorsOf } from './fieldErrorsOf';
import { PupilForm } from './PupilForm';
import { PupilHistory } from './PupilHistory';
import { ClosedVersionsLock } from './ClosedVersionsLock';
import { PupilPlans } from './PupilPlans';
import { PupilProvisions } from './PupilProvisions';
import { PupilStatusActions } from './PupilStatusActions';
import { ExtraStaffSection } from './ExtraStaffSection';
import { SubjectAccessSection } from './SubjectAccessSection';
import { usePupilFormDraft } from './usePupilFormDraft';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalM },
});

interface Loaded {
  readonly pupil: Pupil;
  readonly classes: readonly ClassTeam[];
}

export interface PupilPageProps {
  readonly services: AppServices;
  readonly pupilId: PupilId;
}

/** One pupil's register entry: edit it, move class, take them off the register, see its history. */
export const PupilPage = ({ services, pupilId }: PupilPageProps) => {
  const page = usePageStyles();
  const { store, settings, clock } = services;
  const load = useCallback(async (): Promise<Loaded> => {
    const [pupil, mine] = await Promise.all([store.findPupil(pupilId), services.listMyClasses()]);
    return { pupil, classes: classChoices(mine, { id: pupil.classTeamId, displayName: pupil.className }) };
  }, [store, services, pupilId]);
  const { state, reload, replace } = useLoad(load);

  if (state.status === 'loading') return <PageSkeleton label="Loading the pupil" />;
  if (state.status === 'error') {
    return (
      <div className={page.root}>
        <ErrorMessage error={state.error} title="The pupil could not be loaded" onRetry={reload} page />
      </div>
    );
  }
  if (pastRetention(state.data.pupil, settings, clock)) return <PastRetention pupil={state.data.pupil} />;
  return (
    <PupilEditor
      key={state.data.pupil.id}
      services={services}
      loaded={state.data}
      wording={registerWording(settings.nation)}
      today={todayIn(clock, settings.timeZone)}
      onSaved={(pupil) => replace({ ...state.data, pupil })}
      onReload={reload}
    />
  );
};

/**
 * Nothing of a pupil whose records are past the school's retention period is shown: no plans, history or
 * export, only that the records are due for deletion (docs/RECORDS.md).
 */
const PastRetention = ({ pupil }: { readonly pupil: Pupil }) => {
  const page = usePageStyles();
  return (
    <section className={page.root} aria-labelledby="pupil-title">
      <Link href={routeHash({ name: 'register-off' })}>Back to pupils no longer on the register</Link>
      <Title2 as="h1" id="pupil-title">
        {pupilDisplayName(pupil)}
      </Title2>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Past the retention period</MessageBarTitle>
          These records are past the school's retention period and are due for deletion under the school's
          records policy.
        </MessageBarBody>
      </MessageBar>
    </section>
  );
};

interface PupilEditorProps {
  readonly services: AppServices;
  readonly loaded: Loaded;
  readonly wording: ReturnType<typeof registerWording>;
  readonly today: string;
  onSaved(pupil: Pupil): void;
  onReload(): void;
}

const PupilEditor = ({ services, loaded, wording, today, onSaved, onReload }: PupilEditorProps) => {
  const page = usePageStyles();
  const styles = useStyles();
  const { pupil, classes } = loaded;
  const draft = usePupilFormDraft(services.currentUser.email, pupil.id, formValuesOf(pupil), pupil);
  const { values } = draft;
  const [errors, setErrors] = useState<PupilFormErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // A departure closes the pupil's current plans: they are locked as records straight after.
  const [departed, setDeparted] = useState(false);
  const readOnly = pupil.registerStatus !== 'active';

  const save = async (edited: Pupil, base: Pupil, done: string) => {
    setSaving(true);
    setFailure(null);
    setSaved(null);
    try {
      const result = await services.store.updatePupil(edited, base);
      setDeparted(edited.registerStatus !== 'active' && base.registerStatus === 'active');
      setSaved(done);
      draft.settle(formValuesOf(result), result);
      onSaved(result);
    } catch (caught) {
      const fieldErrors = fieldErrorsOf(caught);
      if (fieldErrors) setErrors(fieldErrors);
      else setFailure(caught);
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reading = readPupilForm(values, classes);
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    setErrors({});
    const moved = reading.pupil.classTeamId !== pupil.classTeamId;
    // A form restored after a reload is saved against the pupil it was typed over, so a colleague's
    // change since is a conflict, never overwritten.
    const base = draft.base ?? pupil;
    void save(
      { ...base, ...reading.pupil },
      base,
      moved
        ? `Saved. ${pupilDisplayName(reading.pupil)} and their plan are now in ${reading.pupil.className}.`
        : 'Saved.',
    );
  };

  return (
    <section className={page.root} aria-labelledby="pupil-title">
      <Link href={routeHash({ name: 'register' })}>Back to the {wording.register}</Link>
      <Title2 as="h1" id="pupil-title">
        {pupilDisplayName(pupil)}
      </Title2>
      <Body1>
        {pupil.className}
        {pupil.yearGroup ? ` · ${pupil.yearGroup}` : ''}
      </Body1>
      {saved ? (
        <MessageBar intent="success" politeness="polite">
          <MessageBarBody>{saved}</MessageBarBody>
        </MessageBar>
      ) : null}
      {draft.restored ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>Unsaved changes restored from this device</MessageBarTitle>
            Your changes to this pupil were not saved before the page was reloaded. Check them and save, or{' '}
            <Button size="small" onClick={() => draft.discard(formValuesOf(pupil), pupil)}>
              Discard them
            </Button>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {failure instanceof EditConflict ? (
        <MessageBar intent="warning" politeness="assertive">
          <MessageBarBody>
            Someone else changed this pupil after you opened the page, so nothing was saved.{' '}
            <Button
              size="small"
              onClick={() => {
                draft.discard(formValuesOf(pupil), pupil);
                onReload();
              }}
            >
              Load their version
            </Button>{' '}
            then make your change again.
          </MessageBarBody>
        </MessageBar>
      ) : failure ? (
        <ErrorMessage error={failure} title="The change could not be saved" />
      ) : null}
      {readOnly ? null : (
        <form onSubmit={submit} noValidate aria-label="Register details">
          <PupilForm
            values={values}
            errors={errors}
            classes={classes}
            wording={wording}
            onChange={draft.setValues}
          />
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={saving}>
              {saving ? 'Saving…' : 'Save changes'}
            </Button>
          </div>
        </form>
      )}
      <PupilStatusActions
        pupil={pupil}
        wording={wording}
        today={today}
        busy={saving}
        onChange={(status) =>
          void save(
            { ...pupil, ...status },
            pupil,
            status.registerStatus === 'active'
              ? 'Back on the register.'
              : status.registerStatus === 'left'
                ? 'Recorded as left the school. Their plan is now a read-only record.'
                : `Recorded as no longer needing ${wording.support}. Their plan is now a read-only record.`,
          )
        }
      />
      {/* A leaver's records are the SEN leads' alone (docs/ACCESS.md): nobody else is given them. */}
      {services.careTeams && pupil.registerStatus !== 'left' ? (
        <ExtraStaffSection
          key={pupil.etag ?? pupil.history.length}
          admin={services.careTeams}
          store={services.store}
          pupil={pupil}
          senderEmail={services.currentUser.email}
        />
      ) : null}
      {/* Keyed by the pupil's eTag: a move or a departure reads the plans again. */}
      <PupilPlans key={pupil.etag ?? pupil.history.length} store={services.store} pupilId={pupil.id} />
      <ClosedVersionsLock
        key={`lock-${pupil.etag ?? pupil.history.length}`}
        store={services.store}
        pupilId={pupil.id}
        label={services.settings.records.closedVersionLabel}
        lockNow={departed}
      />
      <PupilProvisions provisions={services.provisions} pupilId={pupil.id} terms={services.settings.terms} />
      <PupilHistory history={pupil.history} timeZone={services.settings.timeZone} />
      <SubjectAccessSection services={services} pupil={pupil} />
    </section>
  );
};
