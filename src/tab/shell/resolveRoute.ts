import { asClassTeamId, type ClassTeam } from '../../domain';
import type { TabHost } from '../host/host.types';
import type { Route } from '../routing/routes';

export type ShownRoute = Exclude<Route, { name: 'home' }>;

/** The Teams context's team as a class, when the tab runs in a team. */
export const contextTeamOf = (host: TabHost): ClassTeam | null =>
  host.kind === 'teams' && host.context.teamGroupId
    ? { id: host.context.teamGroupId, displayName: host.context.teamName ?? 'This team' }
    : null;

/**
 * What to show for the current hash. Teams' configuration frame always shows the configuration page;
 * an empty hash shows the class of the team the tab is in, "My pupils" in a personal tab, and the
 * set-up page (where a class is chosen) in a plain browser.
 */
export const resolveRoute = (route: Route, host: TabHost): ShownRoute => {
  if (host.kind === 'teams' && host.context.frameContext === 'settings') return { name: 'config' };
  if (route.name !== 'home') return route;
  const team = contextTeamOf(host);
  if (team) return { name: 'class', classTeamId: asClassTeamId(team.id) };
  return host.kind === 'teams' ? { name: 'my' } : { name: 'config' };
};
