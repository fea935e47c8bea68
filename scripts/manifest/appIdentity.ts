import type { DeployConfig } from './deployConfig';

/** Names, colours and paths shared by the Teams (unified) manifest and the XML add-in manifest. */
export const APP_IDENTITY = {
  shortName: 'IEP Planner',
  fullName: 'IEP Planner: Individual Education Plans',
  shortDescription: 'Write, review and share pupils’ Individual Education Plans in Teams and Word.',
  fullDescription:
    'IEP Planner helps SENCOs, teachers and teaching assistants write SMART targets, record progress and ' +
    'schedule termly reviews for pupils with special educational needs. Plans are stored as SharePoint list ' +
    'items on your school’s own SEN site, and can be turned into a Word document for parents and carers.',
  /** Teams' own purple, so the icon sits naturally beside the built-in apps. */
  accentColor: '#5B5FC7',
  defaultLocale: 'en-GB',
} as const;

/** Files the static host serves; the lead's webpack build emits the pages, the package step copies the icons. */
export const APP_PATHS = {
  tab: '/tab.html',
  configPage: '/tab.html#/config',
  myPupils: '/tab.html#/my',
  taskpane: '/taskpane.html',
  iconDirectory: '/assets/icons',
} as const;

/** Icon files (in assets/icons) and the sizes Teams and Office require of each. */
export const ICON_FILES = {
  color: { file: 'color.png', size: 192 },
  outline: { file: 'outline.png', size: 32 },
  ribbon16: { file: 'icon-16.png', size: 16 },
  ribbon32: { file: 'icon-32.png', size: 32 },
  ribbon64: { file: 'icon-64.png', size: 64 },
  ribbon80: { file: 'icon-80.png', size: 80 },
} as const;

export type IconName = keyof typeof ICON_FILES;

const at = (config: DeployConfig, path: string) => `${config.hostingOrigin}${path}`;

export const appUrls = (config: DeployConfig) => ({
  configPage: at(config, APP_PATHS.configPage),
  myPupils: at(config, APP_PATHS.myPupils),
  taskpane: at(config, APP_PATHS.taskpane),
  icon: (name: IconName) => at(config, `${APP_PATHS.iconDirectory}/${ICON_FILES[name].file}`),
});

export const hostingHost = (config: DeployConfig): string => new URL(config.hostingOrigin).host;

/**
 * `webApplicationInfo.resource` / `<WebApplicationInfo><Resource>`: NAA does not use it, but both
 * manifests want a value; Microsoft asks for one under the publisher's control, and this is the
 * Application ID URI form Entra suggests, so an administrator can set it on the registration unchanged.
 */
export const applicationIdUri = (config: DeployConfig): string =>
  `api://${hostingHost(config)}/${config.clientId}`;

/** The SPA redirect URI that lets Teams, Outlook and Office broker tokens for the app (NAA). */
export const brokerRedirectUri = (config: DeployConfig): string => `brk-multihub://${hostingHost(config)}`;
