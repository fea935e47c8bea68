import { useCallback, useState } from 'react';
import type { PupilFormValues } from '../../app/usecases/register/pupilForm';
import {
  clearPupilFormDraft,
  loadPupilFormDraft,
  savePupilFormDraft,
} from '../../app/usecases/register/pupilFormDraft';
import type { Pupil } from '../../domain';

export interface PupilFormDraftState {
  readonly values: PupilFormValues;
  /** The pupil the values were typed over: what a save is checked against. */
  readonly base: Pupil | null;
  /** True when the values came back from this session's storage after a reload. */
  readonly restored: boolean;
  setValues(values: PupilFormValues): void;
  /** After a save: the form now edits `saved` (or nothing, for a new pupil), and no draft is kept. */
  settle(values: PupilFormValues, saved: Pupil | null): void;
  /** Forgets what was typed and goes back to the pupil as stored. */
  discard(values: PupilFormValues, current: Pupil | null): void;
}

/** The pupil form's values, kept in sessionStorage as they are typed so a reload loses nothing. */
export const usePupilFormDraft = (
  userEmail: string,
  formId: string,
  initial: PupilFormValues,
  current: Pupil | null,
): PupilFormDraftState => {
  const [restoredDraft] = useState(() => loadPupilFormDraft(userEmail, formId));
  const [values, setValuesState] = useState(restoredDraft?.values ?? initial);
  const [base, setBase] = useState<Pupil | null>(restoredDraft ? restoredDraft.base : current);
  const [restored, setRestored] = useState(restoredDraft !== null);

  const setValues = useCallback(
    (next: PupilFormValues) => {
      setValuesState(next);
      savePupilFormDraft(userEmail, formId, { values: next, base });
    },
    [userEmail, formId, base],
  );
  const reset = useCallback(
    (next: PupilFormValues, pupil: Pupil | null) => {
      clearPupilFormDraft(userEmail, formId);
      setValuesState(next);
      setBase(pupil);
      setRestored(false);
    },
    [userEmail, formId],
  );
  return { values, base, restored, setValues, settle: reset, discard: reset };
};
