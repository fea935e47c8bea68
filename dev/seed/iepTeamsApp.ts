import { REVIEWS_DUE_ACTIVITY } from '../../src/graph/teams/reviewsDueActivity';
import type { TeamsAppInstallation } from '../standin/teams/model';

/**
 * IEP Planner as a school's Teams administrator installs it: in every class team, declaring the activity
 * types its manifest declares (scripts/manifest/buildTeamsManifest.ts reads the same constant).
 */
export const IEP_TEAMS_APP: TeamsAppInstallation = { activityTypes: [REVIEWS_DUE_ACTIVITY] };
