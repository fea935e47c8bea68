/**
 * How the app gets Microsoft Graph access tokens. The Graph client takes only `getAccessToken`, so
 * src/graph never depends on MSAL; src/app wires a provider in.
 */
export interface TokenProvider {
  /** Resolves a bearer token for these Graph scopes, asking the user to consent only when needed. */
  getAccessToken(scopes: readonly string[]): Promise<string>;
  /** The signed-in account, for display and for scoping drafts; never logged. */
  getAccount(): Promise<{ readonly name: string; readonly email: string } | null>;
  signOut(): Promise<void>;
}
