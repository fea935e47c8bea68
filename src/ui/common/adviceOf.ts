import { isDomainError } from '../../domain';

export const GENERIC_ADVICE =
  'Try again. If it keeps happening, tell school IT what you were doing when it happened.';

/** Domain errors and sign-in errors carry one sentence of advice; anything else gets `fallback`. */
export const adviceOf = (error: unknown, fallback: string = GENERIC_ADVICE): string => {
  if (isDomainError(error)) return error.advice;
  if (error instanceof Error && 'advice' in error && typeof error.advice === 'string' && error.advice)
    return error.advice;
  return fallback;
};
