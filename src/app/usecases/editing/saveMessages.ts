import { isDomainError } from '../../../domain/errors';
import type { ItemFailure } from '../../../domain/ports';

export interface SaveProblem {
  readonly title: string;
  /** What happened and what to do, in words a school user can act on. */
  readonly advice: string;
}

const KEPT = 'Your changes are kept on this device.';

export const problemFromError = (error: unknown): SaveProblem => {
  if (isDomainError(error)) {
    switch (error.code) {
      case 'offline':
        return { title: 'Not saved: no connection', advice: error.advice };
      case 'throttled':
        return { title: 'Not saved yet: Microsoft 365 is busy', advice: error.advice };
      case 'access-denied':
        return { title: 'Not saved: access refused', advice: `${error.advice} ${KEPT}` };
      case 'not-found':
        return { title: 'Not saved: the plan was not found', advice: `${error.advice} ${KEPT}` };
      // Its advice already says the changes are kept.
      case 'service':
        return { title: 'Not saved', advice: error.advice };
      case 'record-locked':
        return { title: 'Not saved: this plan version is a locked record', advice: error.advice };
      case 'edit-conflict':
      case 'invalid':
        return { title: 'Not saved', advice: `${error.advice} ${KEPT}` };
    }
  }
  return {
    title: 'Not saved',
    advice: `Something went wrong while saving. ${KEPT} Try again, and tell school IT if it keeps happening.`,
  };
};

const KIND_WORDS: Readonly<Record<string, string>> = {
  plan: 'plan details',
  target: 'a target',
  evidence: 'a progress note',
};

export const problemFromFailures = (failures: readonly ItemFailure[]): SaveProblem => {
  const parts = [...new Set(failures.map((f) => KIND_WORDS[f.item.kind] ?? f.item.kind))];
  return {
    title: 'Some changes were not saved',
    advice: `Microsoft 365 did not save ${parts.join(', ')}. ${KEPT} Try again, and tell school IT if it keeps happening.`,
  };
};

/** For a failed read (opening a plan or a version), where there are no changes to keep. */
export const readAdvice = (error: unknown): string => {
  if (isDomainError(error) && error.code !== 'offline' && error.code !== 'service') return error.advice;
  return 'Check your connection and try again. If it keeps happening, tell school IT.';
};

/** A draft that could not be deleted: it is still there, so nothing is lost. */
export const deleteProblem = (error: unknown): SaveProblem => {
  if (isDomainError(error) && error.code === 'edit-conflict')
    return {
      title: 'Not deleted: someone else changed this draft',
      advice: 'Open the plan again to see their changes, then decide whether to delete it.',
    };
  return {
    title: 'The draft was not deleted',
    advice: isDomainError(error) ? error.advice : 'Try again, and tell school IT if it keeps happening.',
  };
};
