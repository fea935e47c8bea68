import type { TokenProvider } from './tokenProvider';

/**
 * Local mode only: the stand-in accepts `Bearer local-dev-token:<upn>` and answers as that demo user.
 * It is not a credential (the stand-in listens on loopback and holds only invented data); it lets the
 * persona switcher show what a SENCO, a teacher, a teaching assistant or a pupil would see.
 */
export const LOCAL_TOKEN_PREFIX = 'local-dev-token:';
/**
 * The scopes asked for follow this mark, comma-separated, as a real token's `scp` claim lists what was
 * consented: the stand-in refuses a route whose scope the token lacks (the class roster's, for one).
 */
export const LOCAL_SCOPES_MARK = ';scp=';

export interface LocalPersona {
  readonly name: string;
  readonly email: string;
}

export const createLocalTokenProvider = (persona: () => LocalPersona | null): TokenProvider => ({
  async getAccessToken(scopes) {
    const who = persona();
    if (!who) throw new Error('Choose a demo persona first.');
    const granted = scopes.length > 0 ? `${LOCAL_SCOPES_MARK}${scopes.join(',')}` : '';
    return `${LOCAL_TOKEN_PREFIX}${who.email}${granted}`;
  },
  async getAccount() {
    return persona();
  },
  async signOut() {
    /* nothing is cached in local mode */
  },
});
