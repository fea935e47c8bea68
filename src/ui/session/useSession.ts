import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createSession, type Session, type SessionDeps, type SessionState } from '../../app/session/session';

export interface SessionView {
  readonly state: SessionState;
  readonly session: Session;
}

/**
 * The session of the Teams tab and of the Word task pane alike, as React state. `deps` must keep its
 * identity (each host passes its boot object's fields, memoised): a new object starts a new session.
 */
export const useSession = (deps: SessionDeps): SessionView => {
  const session = useMemo(() => createSession(deps), [deps]);
  const state = useSyncExternalStore(session.subscribe, session.getState);
  useEffect(() => session.start(), [session]);
  return { state, session };
};
