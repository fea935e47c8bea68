import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

/**
 * Script for `/auth-redirect.html`, the page Microsoft's sign-in popup returns to in a plain browser
 * (MSAL 5 hands the response back to the opener from this page). It must load nothing else: no
 * React, no Graph calls, and it must be served without a Cross-Origin-Opener-Policy header, or the
 * popup loses its link to the app window (see docs/DEPLOY.md).
 */
export const completeAuthRedirect = (): Promise<void> => broadcastResponseToMainFrame();
