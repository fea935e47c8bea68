import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { CurrentUser } from '../domain';
import { toDomainError } from '../graph/httpErrors';
import type { ClassTeam } from './services';

const JoinedTeamsSchema = z.object({
  value: z.array(z.object({ id: z.string().min(1), displayName: z.string().nullish() })),
});

/**
 * The class teams the user is a member of (`GET /me/joinedTeams`, scope Team.ReadBasic.All). The
 * endpoint does not page and takes no query options in v1.0, so one plain request is all there is.
 */
export const listJoinedTeams = async (client: Client): Promise<readonly ClassTeam[]> => {
  try {
    const page = JoinedTeamsSchema.parse(await client.api('/me/joinedTeams').get());
    return page.value
      .map((team) => ({ id: team.id, displayName: team.displayName?.trim() || 'Unnamed team' }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB', { numeric: true }));
  } catch (error) {
    throw toDomainError(error, { kind: 'list', id: 'joinedTeams' });
  }
};

const MeSchema = z.object({
  displayName: z.string().nullish(),
  mail: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
});

/** Who is signed in, when the token provider cannot say (`GET /me`, scope User.Read). */
export const fetchMe = async (client: Client): Promise<CurrentUser> => {
  try {
    const me = MeSchema.parse(
      await client.api('/me').select(['displayName', 'mail', 'userPrincipalName']).get(),
    );
    const email = me.mail?.trim() || me.userPrincipalName?.trim() || '';
    return { name: me.displayName?.trim() || email, email };
  } catch (error) {
    throw toDomainError(error, { kind: 'list', id: 'me' });
  }
};
