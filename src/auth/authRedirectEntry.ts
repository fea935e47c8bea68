import { completeAuthRedirect } from './redirectBridge';

/**
 * Entry script of `/auth-redirect.html` (webpack entry `auth-redirect`). The page normally closes itself
 * once MSAL has passed the response back; if it cannot, the person is told what to do instead of
 * being left looking at a blank window.
 */
completeAuthRedirect().catch(() => {
  const status = document.getElementById('status');
  if (status)
    status.textContent = 'Sign-in could not be completed here. Close this window and choose Sign in again.';
});
