import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { addressesOf, smtpAddressesOf, type ClassTeam, type CurrentUser } from '../../domain';
import { toDomainError } from '../httpErrors';

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
  proxyAddresses: z.array(z.string()).nullish(),
});

/**
 * Who is signed in, with every address of their mailbox (`GET /me`, scope User.Read). The sign-in name
 * (UPN) is often not the address colleagues type into a plan, so `mail` comes first and the UPN and
 * SMTP proxy addresses go in `addresses`. `proxyAddresses` is returned only when selected
 * (https://learn.microsoft.com/en-us/graph/api/resources/user?view=graph-rest-1.0#properties).
 */
export const fetchMe = async (client: Client): Promise<CurrentUser> => {
  try {
    const me = MeSchema.parse(
      await client.api('/me').select(['displayName', 'mail', 'userPrincipalName', 'proxyAddresses']).get(),
    );
    const email = me.mail?.trim() || me.userPrincipalName?.trim() || '';
    const addresses = addressesOf({
      email,
      addresses: [me.userPrincipalName ?? '', ...smtpAddressesOf(me.proxyAddresses ?? [])],
    });
    return { name: me.displayName?.trim() || email, email, addresses };
  } catch (error) {
    throw toDomainError(error, { kind: 'list', id: 'me' });
  }
};
