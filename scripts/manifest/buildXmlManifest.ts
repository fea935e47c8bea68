import { ALL_GRAPH_SCOPES } from '../../src/auth/scopes';
import { APP_IDENTITY, applicationIdUri, appUrls } from './appIdentity';
import type { DeployConfig } from './deployConfig';
import { el, serializeXml } from './xmlWriter';

/**
 * The add-in only (XML) manifest for Word versions that cannot load the unified manifest. Element order
 * follows the Office XSDs (OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0): Office refuses a
 * manifest whose children are out of order.
 */
export const XML_NAMESPACES = {
  officeApp: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  basicTypes: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  versionOverrides: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
} as const;

/** Resource ids (each at most 32 characters, as Office requires). */
const RES = {
  icon16: 'Iep.Icon16',
  icon32: 'Iep.Icon32',
  icon80: 'Iep.Icon80',
  taskpaneUrl: 'Iep.Taskpane.Url',
  groupLabel: 'Iep.Group.Label',
  buttonLabel: 'Iep.Button.Label',
  buttonTitle: 'Iep.Button.Title',
  buttonTip: 'Iep.Button.Tip',
} as const;

/** Office wants four-part versions; the Teams manifest's x.y.z becomes x.y.z.0. */
export const xmlVersion = (semver: string): string => `${semver}.0`;

/** Fits the XSD's LongString (at most 250 characters). */
const XML_DESCRIPTION =
  'Write, review and share pupils’ Individual Education Plans, stored on your school’s own SEN SharePoint site, and insert them into Word documents.';

const iconList = () =>
  el(
    'Icon',
    {},
    el('bt:Image', { size: '16', resid: RES.icon16 }),
    el('bt:Image', { size: '32', resid: RES.icon32 }),
    el('bt:Image', { size: '80', resid: RES.icon80 }),
  );

const ribbonButton = () =>
  el(
    'Control',
    { 'xsi:type': 'Button', id: 'Iep.OpenTaskPane' },
    el('Label', { resid: RES.buttonLabel }),
    el('Supertip', {}, el('Title', { resid: RES.buttonTitle }), el('Description', { resid: RES.buttonTip })),
    iconList(),
    el(
      'Action',
      { 'xsi:type': 'ShowTaskpane' },
      el('TaskpaneId', {}, 'IepPlannerTaskPane'),
      el('SourceLocation', { resid: RES.taskpaneUrl }),
    ),
  );

const versionOverrides = (config: DeployConfig) => {
  const urls = appUrls(config);
  return el(
    'VersionOverrides',
    { xmlns: XML_NAMESPACES.versionOverrides, 'xsi:type': 'VersionOverridesV1_0' },
    el(
      'Hosts',
      {},
      el(
        'Host',
        { 'xsi:type': 'Document' },
        el(
          'DesktopFormFactor',
          {},
          el(
            'ExtensionPoint',
            { 'xsi:type': 'PrimaryCommandSurface' },
            el(
              'OfficeTab',
              { id: 'TabHome' },
              el(
                'Group',
                { id: 'Iep.Group' },
                el('Label', { resid: RES.groupLabel }),
                iconList(),
                ribbonButton(),
              ),
            ),
          ),
        ),
      ),
    ),
    el(
      'Resources',
      {},
      el(
        'bt:Images',
        {},
        el('bt:Image', { id: RES.icon16, DefaultValue: urls.icon('ribbon16') }),
        el('bt:Image', { id: RES.icon32, DefaultValue: urls.icon('ribbon32') }),
        el('bt:Image', { id: RES.icon80, DefaultValue: urls.icon('ribbon80') }),
      ),
      el('bt:Urls', {}, el('bt:Url', { id: RES.taskpaneUrl, DefaultValue: urls.taskpane })),
      el(
        'bt:ShortStrings',
        {},
        el('bt:String', { id: RES.groupLabel, DefaultValue: APP_IDENTITY.shortName }),
        el('bt:String', { id: RES.buttonLabel, DefaultValue: APP_IDENTITY.shortName }),
        el('bt:String', { id: RES.buttonTitle, DefaultValue: 'Open IEP Planner' }),
      ),
      el(
        'bt:LongStrings',
        {},
        el('bt:String', {
          id: RES.buttonTip,
          DefaultValue: 'Insert a pupil’s Individual Education Plan into this document, or update it.',
        }),
      ),
    ),
    // Must be the last child of VersionOverrides. NAA does not read it; it tells admins which Graph scopes the add-in uses.
    el(
      'WebApplicationInfo',
      {},
      el('Id', {}, config.clientId),
      el('Resource', {}, applicationIdUri(config)),
      el('Scopes', {}, ...ALL_GRAPH_SCOPES.map((scope) => el('Scope', {}, scope))),
    ),
  );
};

export const buildXmlManifest = (config: DeployConfig): string => {
  const urls = appUrls(config);
  return serializeXml(
    el(
      'OfficeApp',
      {
        xmlns: XML_NAMESPACES.officeApp,
        'xmlns:xsi': XML_NAMESPACES.xsi,
        'xmlns:bt': XML_NAMESPACES.basicTypes,
        'xmlns:ov': XML_NAMESPACES.versionOverrides,
        'xsi:type': 'TaskPaneApp',
      },
      el('Id', {}, config.appId),
      el('Version', {}, xmlVersion(config.version)),
      el('ProviderName', {}, config.developer.name),
      el('DefaultLocale', {}, APP_IDENTITY.defaultLocale),
      el('DisplayName', { DefaultValue: APP_IDENTITY.shortName }),
      el('Description', { DefaultValue: XML_DESCRIPTION }),
      el('IconUrl', { DefaultValue: urls.icon('ribbon32') }),
      el('HighResolutionIconUrl', { DefaultValue: urls.icon('ribbon64') }),
      el('SupportUrl', { DefaultValue: config.developer.websiteUrl }),
      // No <AppDomains>: everything is served from the SourceLocation origin, which Office already trusts.
      el('Hosts', {}, el('Host', { Name: 'Document' })),
      el('DefaultSettings', {}, el('SourceLocation', { DefaultValue: urls.taskpane })),
      el('Permissions', {}, 'ReadWriteDocument'),
      versionOverrides(config),
    ),
  );
};
