import { requireScope } from '../core/auth';
import { GraphError } from '../core/errors';
import { noContent } from '../core/http';
import type { StandInServices } from '../core/services';
import { ActivityFeed } from '../teams/activityFeed';
import type { TeamsAppInstallation } from '../teams/model';
import { fillTemplate, readTeamNotification } from '../teams/notificationInput';
import type { RouteModule } from './module';
import { teamFor } from './teams';

/** Where server.ts puts the options' `teamsApp` (null: the app is installed nowhere). */
export const TEAMS_APP_KEY = 'teams.app';

export const activityFeedOf = (services: StandInServices): ActivityFeed =>
  services.shared('teams.activityFeed', () => new ActivityFeed(services.store));

/** Entity URLs name resources on Graph itself, not on the stand-in. */
const GRAPH_ROOT = 'https://graph.microsoft.com/v1.0';

/**
 * Graph's answer when the app may not notify someone in this scope, as reported for a team notice
 * (https://github.com/OfficeDev/microsoft-365-agents-toolkit/issues/6067): the app is not installed in
 * the team, or the recipient is not in it.
 */
const notAuthorised = (teamId: string): GraphError =>
  new GraphError(
    403,
    'Forbidden',
    `Application is not authorized to generate notifications about '/teams/${teamId}/sendActivityNotification' to the recipient. Ensure that the expected Teams app is installed in the target scope (user, team, or chat).`,
  );

const installedIn = (app: TeamsAppInstallation | null, teamId: string): app is TeamsAppInstallation =>
  app !== null && (app.teamIds === undefined || app.teamIds.includes(teamId));

/**
 * `POST /teams/{id}/sendActivityNotification` (delegated TeamsActivity.Send; 204 No Content): the notice
 * is "delivered" to the recipient's feed, which the stand-in keeps for `GET /activity-feed`.
 */
export const registerActivityNotifications: RouteModule = (router) => {
  router.add('POST', '/teams/{teamId}/sendActivityNotification', (ctx) => {
    requireScope(ctx.req.headers['authorization'], 'TeamsActivity.Send');
    const team = teamFor(ctx, 'teamId');
    const app = ctx.services.shared<TeamsAppInstallation | null>(TEAMS_APP_KEY, () => null);
    if (!installedIn(app, team.id)) throw notAuthorised(team.id);
    const notice = readTeamNotification(ctx.req.body, team.id, GRAPH_ROOT, app.activityTypes);
    const recipient = ctx.services.directory.users.get(notice.recipientUserId);
    const inTeam =
      team.ownerIds.includes(notice.recipientUserId) || team.memberIds.includes(notice.recipientUserId);
    if (!recipient || !inTeam) throw notAuthorised(team.id);
    activityFeedOf(ctx.services).deliver({
      sentAt: ctx.services.now().toISOString(),
      teamId: team.id,
      teamName: team.displayName,
      senderUserId: ctx.caller.id,
      recipientUserId: recipient.id,
      recipientUpn: recipient.userPrincipalName,
      activityType: notice.declared.type,
      text: fillTemplate(notice.declared.templateText, ctx.caller.displayName, notice.parameters),
      previewText: notice.previewText,
      topic: notice.topic,
    });
    ctx.services.store.flush();
    return noContent();
  });
};
