/**
 * Sign-in help for the Word task pane. The pane may not import src/auth (docs/ARCHITECTURE.md), so the
 * composition root passes on the one piece it needs: the login hint Word gives through
 * `Office.auth.getAuthContext()`, handed to `createServices` as `loginHint`.
 */
export { officeLoginHint, type OfficeAuthHost } from '../auth/hostSignals';
