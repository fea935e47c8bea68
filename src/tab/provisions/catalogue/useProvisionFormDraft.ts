import { useCallback, useState } from 'react';
import type { ProvisionFormValues } from '../../../app/usecases/provisions/provisionForm';
import { provisionFormDraft } from '../../../app/usecases/provisions/provisionFormDraft';

export interface ProvisionFormDraftState {
  readonly values: ProvisionFormValues;
  /** The eTag the values were typed over (null for a new provision): what a save is checked against. */
  readonly baseEtag: string | null;
  /** True when the values came back from this session's storage after a reload. */
  readonly restored: boolean;
  setValues(values: ProvisionFormValues): void;
  /** Starts again from `values` typed over `etag` (after a save, a discard or taking a colleague's). */
  reset(values: ProvisionFormValues, etag: string | null): void;
}

/** The provision form's values, kept in sessionStorage as they are typed so a reload loses nothing. */
export const useProvisionFormDraft = (
  userEmail: string,
  recordId: string,
  initial: ProvisionFormValues,
  etag: string | null,
): ProvisionFormDraftState => {
  const [restoredDraft] = useState(() => provisionFormDraft.load(userEmail, recordId));
  const [values, setValuesState] = useState(restoredDraft?.value ?? initial);
  const [baseEtag, setBaseEtag] = useState(restoredDraft ? restoredDraft.baseEtag : etag);
  const [restored, setRestored] = useState(restoredDraft !== null);

  const setValues = useCallback(
    (next: ProvisionFormValues) => {
      setValuesState(next);
      provisionFormDraft.save(userEmail, recordId, { value: next, baseEtag });
    },
    [userEmail, recordId, baseEtag],
  );
  const reset = useCallback(
    (next: ProvisionFormValues, nextEtag: string | null) => {
      provisionFormDraft.clear(userEmail, recordId);
      setValuesState(next);
      setBaseEtag(nextEtag);
      setRestored(false);
    },
    [userEmail, recordId],
  );
  return { values, baseEtag, restored, setValues, reset };
};
