import { AuthError, InteractionRequiredAuthError } from '@azure/msal-browser';

export type SignInFailureReason =
  'cancelled' | 'popup-blocked' | 'busy' | 'offline' | 'consent-refused' | 'setup' | 'host' | 'unknown';

const ADVICE: Record<SignInFailureReason, string> = {
  cancelled: 'Sign-in was cancelled. Choose Sign in to try again.',
  'popup-blocked':
    'Your browser blocked the Microsoft sign-in window. Allow pop-ups for this site, then try again.',
  busy: 'A Microsoft sign-in window is already open. Finish signing in there, then carry on.',
  offline: 'Microsoft sign-in could not be reached. Check your internet connection and try again.',
  'consent-refused':
    'Permission for IEP Planner was not granted. Ask your school IT administrator to grant admin consent (see docs/DEPLOY.md).',
  setup:
    'IEP Planner is not set up correctly for your school yet. Ask your IT administrator to check the app registration (docs/DEPLOY.md).',
  host: 'Teams or Word could not sign you in. Close and reopen IEP Planner, then try again.',
  unknown:
    'You could not be signed in to Microsoft 365. Try again; if it keeps happening, tell your IT administrator.',
};

/**
 * A sign-in failure the UI can show as it is: `advice` says what to do. `code` is MSAL's error code
 * (never a token, never personal data) so IT can look it up.
 */
export class SignInError extends Error {
  readonly advice: string;
  constructor(
    readonly reason: SignInFailureReason,
    readonly code: string | null,
    options?: { cause?: unknown },
  ) {
    super(code ? `${ADVICE[reason]} (error code: ${code})` : ADVICE[reason], options);
    this.name = 'SignInError';
    this.advice = ADVICE[reason];
  }
}

/**
 * The one kind of silent failure that a popup can fix: the user must sign in again or consent to a
 * new scope. Checked by name as well as class so a second copy of MSAL in a bundle still matches.
 */
export const isInteractionRequired = (error: unknown): boolean =>
  error instanceof InteractionRequiredAuthError ||
  (error instanceof Error && error.name === 'InteractionRequiredAuthError');

const errorCodeOf = (error: unknown): string | null => {
  if (error instanceof AuthError) return error.errorCode || null;
  if (typeof error === 'object' && error !== null && 'errorCode' in error) {
    const code = (error as { errorCode: unknown }).errorCode;
    return typeof code === 'string' && code ? code : null;
  }
  return null;
};

/** Entra's AADSTS numbers that mean "an administrator has to act" rather than "try again". */
const ADMIN_CONSENT_NUMBERS = ['65004', '90094', '90095', '65001'];
const SETUP_NUMBERS = ['50011', '700016', '90002', '50194', '9002326'];

const entraNumberOf = (error: unknown): string | null => {
  if (typeof error !== 'object' || error === null) return null;
  const errorNo = (error as { errorNo?: unknown }).errorNo;
  if (typeof errorNo === 'string' && errorNo) return errorNo;
  const message = error instanceof Error ? error.message : '';
  return /AADSTS(\d+)/.exec(message)?.[1] ?? null;
};

const REASON_BY_CODE: Record<string, SignInFailureReason> = {
  user_cancelled: 'cancelled',
  user_canceled: 'cancelled',
  popup_window_error: 'popup-blocked',
  empty_window_error: 'popup-blocked',
  block_nested_popups: 'popup-blocked',
  interaction_in_progress: 'busy',
  no_network_connectivity: 'offline',
  network_error: 'offline',
  endpoints_resolution_error: 'offline',
  timed_out: 'offline',
  access_denied: 'consent-refused',
  invalid_client: 'setup',
  unauthorized_client: 'setup',
  nested_app_auth_bridge_disabled: 'host',
  unsupported_method: 'host',
  crypto_nonexistent: 'host',
  non_browser_environment: 'host',
};

/** Turns whatever MSAL or the host threw into a SignInError; one already mapped passes through. */
export const toSignInError = (error: unknown): SignInError => {
  if (error instanceof SignInError) return error;
  const code = errorCodeOf(error);
  const entraNumber = entraNumberOf(error);
  const shownCode = entraNumber ? `AADSTS${entraNumber}` : code;
  if (entraNumber && ADMIN_CONSENT_NUMBERS.includes(entraNumber)) {
    return new SignInError('consent-refused', shownCode, { cause: error });
  }
  if (entraNumber && SETUP_NUMBERS.includes(entraNumber))
    return new SignInError('setup', shownCode, { cause: error });
  const reason = (code && REASON_BY_CODE[code]) || 'unknown';
  return new SignInError(reason, shownCode, { cause: error });
};
