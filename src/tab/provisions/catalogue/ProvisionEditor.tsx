import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { AppServices } from '../../../app/services';
import {
  EMPTY_PROVISION_FORM,
  provisionFormField,
  provisionFormValuesOf,
  readProvisionForm,
  type ProvisionFormErrors,
} from '../../../app/usecases/provisions/provisionForm';
import { EditConflict, Invalid, type Provision } from '../../../domain';
import { ErrorMessage } from '../../../ui/common/ErrorMessage';
import { ProvisionConflict } from './ProvisionConflict';
import { ProvisionForm } from './ProvisionForm';
import { useProvisionFormDraft } from './useProvisionFormDraft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
});

export interface ProvisionEditorProps {
  readonly services: AppServices;
  /** The provision being edited, or null for a new one. */
  readonly provision: Provision | null;
  /** Saved (or the colleague's version taken instead). */
  onSaved(provision: Provision): void;
  onCancel(): void;
}

const errorsOfInvalid = (error: unknown): ProvisionFormErrors | null =>
  error instanceof Invalid && error.issues.length > 0
    ? Object.fromEntries(error.issues.map((i) => [provisionFormField(i.path), i.message]))
    : null;

/** Writes a new provision or saves an edit under If-Match, keeping typing over a reload. */
export const ProvisionEditor = ({ services, provision, onSaved, onCancel }: ProvisionEditorProps) => {
  const styles = useStyles();
  const initial = provision ? provisionFormValuesOf(provision) : EMPTY_PROVISION_FORM;
  const draft = useProvisionFormDraft(
    services.currentUser.email,
    provision?.id ?? 'new',
    initial,
    provision?.etag ?? null,
  );
  const [errors, setErrors] = useState<ProvisionFormErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [theirs, setTheirs] = useState<Provision | null>(null);

  const write = async (run: () => Promise<Provision>) => {
    setSaving(true);
    setFailure(null);
    try {
      const saved = await run();
      setTheirs(null);
      draft.reset(provisionFormValuesOf(saved), saved.etag ?? null);
      onSaved(saved);
    } catch (caught) {
      const fieldErrors = errorsOfInvalid(caught);
      if (fieldErrors) setErrors(fieldErrors);
      else if (caught instanceof EditConflict && caught.theirs) setTheirs(caught.theirs as Provision);
      else setFailure(caught);
    } finally {
      setSaving(false);
    }
  };

  const save = (over?: Provision) => {
    const reading = readProvisionForm(draft.values);
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    setErrors({});
    if (!provision) {
      void write(() => services.provisions.createProvision(reading.provision));
      return;
    }
    // Restored typing is saved against the version it was typed over, so a colleague's save since is a
    // conflict, never overwritten without asking.
    const base: Provision = over ?? { ...provision, etag: draft.baseEtag ?? undefined };
    void write(() =>
      services.provisions.saveProvision({ ...base, ...reading.provision, id: provision.id }, base),
    );
  };

  return (
    <form
      className={styles.form}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        save();
      }}
      noValidate
      aria-label="Provision details"
    >
      {draft.restored ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>Unsaved changes restored from this device</MessageBarTitle>
            What you typed was not saved before the page was reloaded. Check it and save, or{' '}
            <Button size="small" onClick={() => draft.reset(initial, provision?.etag ?? null)}>
              Discard it
            </Button>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {theirs ? (
        <ProvisionConflict
          mine={draft.values}
          theirs={provisionFormValuesOf(theirs)}
          onKeepMine={() => save(theirs)}
          onTakeTheirs={() => {
            setTheirs(null);
            draft.reset(provisionFormValuesOf(theirs), theirs.etag ?? null);
            onSaved(theirs);
          }}
        />
      ) : null}
      <ProvisionForm
        values={draft.values}
        errors={errors}
        existing={provision !== null}
        onChange={draft.setValues}
      />
      {Object.keys(errors).length > 0 ? (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>Not saved: correct the fields marked in red and save again.</MessageBarBody>
        </MessageBar>
      ) : null}
      {failure ? <ErrorMessage error={failure} title="The provision could not be saved" /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? 'Saving…' : provision ? 'Save provision' : 'Add provision'}
        </Button>
        <Button
          onClick={() => {
            draft.reset(initial, provision?.etag ?? null);
            onCancel();
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
};
