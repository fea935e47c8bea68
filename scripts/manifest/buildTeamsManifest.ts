import { GRAPH_SCOPES } from '../../src/auth/scopes';
import { REVIEWS_DUE_ACTIVITY } from '../../src/graph/teams/reviewsDueActivity';
import {
  APP_IDENTITY,
  applicationIdUri,
  appUrls,
  brokerRedirectUri,
  hostingHost,
  ICON_FILES,
} from './appIdentity';
import type { DeployConfig } from './deployConfig';

/**
 * The newest Teams/Microsoft 365 app manifest schema shipped in @microsoft/app-manifest 1.1.2
 * (build/json-schemas/teams/v1.30). It has `webApplicationInfo.nestedAppAuthInfo` (added in 1.22) and the
 * `extensions` property that declares an Office add-in in the same (unified) manifest.
 */
export const TEAMS_SCHEMA_VERSION = '1.30';
export const TEAMS_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_SCHEMA_VERSION}/MicrosoftTeams.schema.json`;

export const TAB_IDS = { configurable: 'iepClassTab', myPupils: 'my-pupils' } as const;
export const WORD_ADDIN_IDS = {
  runtime: 'IepTaskPaneRuntime',
  showTaskPane: 'ShowIepTaskPane',
  group: 'IepPlannerGroup',
  button: 'IepPlannerOpenPane',
} as const;

const ribbonIcons = (icon: (name: 'ribbon16' | 'ribbon32' | 'ribbon80') => string) => [
  { size: 16, url: icon('ribbon16') },
  { size: 32, url: icon('ribbon32') },
  { size: 80, url: icon('ribbon80') },
];

/** The Word task pane, declared in the same manifest as the tabs (`extensions`, unified manifest). */
const wordExtension = (config: DeployConfig) => {
  const urls = appUrls(config);
  const icons = ribbonIcons(urls.icon);
  return {
    requirements: { scopes: ['document'] },
    runtimes: [
      {
        requirements: { capabilities: [{ name: 'AddinCommands', minVersion: '1.1' }] },
        id: WORD_ADDIN_IDS.runtime,
        type: 'general',
        code: { page: urls.taskpane },
        lifetime: 'short',
        actions: [
          {
            id: WORD_ADDIN_IDS.showTaskPane,
            type: 'openPage',
            displayName: 'Open IEP Planner',
            view: 'dashboard',
            pinnable: false,
          },
        ],
      },
    ],
    ribbons: [
      {
        contexts: ['default'],
        tabs: [
          {
            builtInTabId: 'TabHome',
            groups: [
              {
                id: WORD_ADDIN_IDS.group,
                label: APP_IDENTITY.shortName,
                icons,
                controls: [
                  {
                    id: WORD_ADDIN_IDS.button,
                    type: 'button',
                    label: 'IEP Planner',
                    icons,
                    supertip: {
                      title: 'Open IEP Planner',
                      description:
                        'Insert a pupil’s Individual Education Plan into this document, or update it.',
                    },
                    actionId: WORD_ADDIN_IDS.showTaskPane,
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
};

/** The Teams app manifest (manifest.json in the app package), built only from the deploy config. */
export const buildTeamsManifest = (config: DeployConfig) => {
  const urls = appUrls(config);
  return {
    $schema: TEAMS_SCHEMA_URL,
    manifestVersion: TEAMS_SCHEMA_VERSION,
    version: config.version,
    id: config.appId,
    localizationInfo: { defaultLanguageTag: APP_IDENTITY.defaultLocale.toLowerCase() },
    developer: {
      name: config.developer.name,
      websiteUrl: config.developer.websiteUrl,
      privacyUrl: config.developer.privacyUrl,
      termsOfUseUrl: config.developer.termsOfUseUrl,
    },
    name: { short: APP_IDENTITY.shortName, full: APP_IDENTITY.fullName },
    description: { short: APP_IDENTITY.shortDescription, full: APP_IDENTITY.fullDescription },
    icons: { color: ICON_FILES.color.file, outline: ICON_FILES.outline.file },
    accentColor: APP_IDENTITY.accentColor,
    configurableTabs: [
      {
        id: TAB_IDS.configurable,
        configurationUrl: urls.configPage,
        canUpdateConfiguration: true,
        scopes: ['team'],
        context: ['channelTab'],
      },
    ],
    staticTabs: [
      {
        entityId: TAB_IDS.myPupils,
        name: 'My pupils',
        contentUrl: urls.myPupils,
        websiteUrl: urls.myPupils,
        scopes: ['personal'],
      },
    ],
    validDomains: [hostingHost(config)],
    webApplicationInfo: {
      id: config.clientId,
      resource: applicationIdUri(config),
      // Teams fetches this token while the tab loads; the scopes and their order match the app's first request.
      nestedAppAuthInfo: [{ redirectUri: brokerRedirectUri(config), scopes: [...GRAPH_SCOPES.base] }],
    },
    // Graph refuses an activity-feed notice whose type the app's manifest does not declare
    // (https://learn.microsoft.com/en-us/graph/api/team-sendactivitynotification).
    activities: { activityTypes: [{ ...REVIEWS_DUE_ACTIVITY }] },
    authorization: {
      permissions: { resourceSpecific: [{ name: 'Document.ReadWrite.User', type: 'Delegated' }] },
    },
    extensions: [wordExtension(config)],
  };
};

export type TeamsManifest = ReturnType<typeof buildTeamsManifest>;
