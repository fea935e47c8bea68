import { BrowserAuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-browser';
import { isInteractionRequired, SignInError, toSignInError } from './signInErrors';

describe('isInteractionRequired', () => {
  it('is true only for MSAL interaction-required errors', () => {
    expect(isInteractionRequired(new InteractionRequiredAuthError('login_required', 'test'))).toBe(true);
    expect(isInteractionRequired(new BrowserAuthError('no_network_connectivity', 'test'))).toBe(false);
    expect(isInteractionRequired(new Error('login_required'))).toBe(false);
    expect(isInteractionRequired('interaction_required')).toBe(false);
  });
});

describe('toSignInError', () => {
  it.each([
    [new BrowserAuthError('user_cancelled', 'test'), 'cancelled', 'Choose Sign in to try again'],
    [new BrowserAuthError('popup_window_error', 'test'), 'popup-blocked', 'Allow pop-ups'],
    [new BrowserAuthError('interaction_in_progress', 'test'), 'busy', 'already open'],
    [new BrowserAuthError('no_network_connectivity', 'test'), 'offline', 'internet connection'],
    [
      new ServerError('access_denied', 'c', 'AADSTS65004: User declined to consent', '', '65004'),
      'consent-refused',
      'admin consent',
    ],
    [
      new ServerError('invalid_request', 'c', 'AADSTS50011: The redirect URI does not match', '', '50011'),
      'setup',
      'app registration',
    ],
    [
      new ServerError('invalid_request', 'c', 'AADSTS90094: admin approval required'),
      'consent-refused',
      'admin consent',
    ],
    [new Error('something odd'), 'unknown', 'Try again'],
  ])('maps %s to a %s failure with advice', (error, reason, advice) => {
    const mapped = toSignInError(error);
    expect(mapped).toBeInstanceOf(SignInError);
    expect(mapped.reason).toBe(reason);
    expect(mapped.advice).toContain(advice);
  });

  it('names the Entra error number so IT can look it up, and keeps the original as the cause', () => {
    const original = new ServerError('invalid_request', 'c', 'AADSTS50011: mismatch', '', '50011');
    const mapped = toSignInError(original);
    expect(mapped.code).toBe('AADSTS50011');
    expect(mapped.message).toContain('AADSTS50011');
    expect(mapped.cause).toBe(original);
  });

  it('passes an already mapped error through unchanged', () => {
    const once = new SignInError('offline', 'timed_out');
    expect(toSignInError(once)).toBe(once);
  });
});
