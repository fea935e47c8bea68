import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { ClassStaff } from '../../domain/ports';
import { isSuccess, sendBatch, type BatchOptions } from '../batch';

/** `GET /teams/{id}/members`: conversationMembers, with `roles: ['owner']` for the team's owners. */
export const TeamMembersSchema = z.object({
  value: z.array(
    z.object({
      roles: z.array(z.string()).nullish(),
      displayName: z.string().nullish(),
      email: z.string().nullish(),
      /** The member's Entra user id (aadUserConversationMember). */
      userId: z.string().nullish(),
    }),
  ),
});

const MeSchema = z.object({ jobTitle: z.string().nullish() });

/**
 * Both answers in one `$batch`: `GET /me` (jobTitle, User.Read) and `GET /teams/{id}/members`, whose
 * conversationMember entries carry `roles: ['owner']` for team owners. Listing members needs
 * TeamMember.Read.All (https://learn.microsoft.com/en-us/graph/api/team-list-members); without it the
 * plan simply starts without a class teacher, which the user can add.
 */
export const loadClassStaff = async (
  client: Client,
  classTeamId: string,
  options: BatchOptions = {},
): Promise<ClassStaff> => {
  const [me, members] = await sendBatch(
    client,
    [
      { method: 'GET', url: '/me?$select=jobTitle' },
      { method: 'GET', url: `/teams/${encodeURIComponent(classTeamId)}/members` },
    ],
    options,
  );
  const title = me && isSuccess(me) ? MeSchema.safeParse(me.body) : null;
  const list = members && isSuccess(members) ? TeamMembersSchema.safeParse(members.body) : null;
  const owners = (list?.success ? list.data.value : [])
    .filter((member) => member.roles?.includes('owner'))
    .map((member) => ({ name: member.displayName?.trim() ?? '', email: member.email?.trim() ?? '' }))
    .filter((person) => person.name !== '');
  return {
    owners,
    myJobTitle: title?.success ? (title.data.jobTitle?.trim() ?? '') : '',
    ownersKnown: list?.success ?? false,
  };
};
