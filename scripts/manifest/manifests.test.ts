import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { GRAPH_SCOPES } from '../../src/auth/scopes';
import { buildTeamsManifest, TEAMS_SCHEMA_VERSION } from './buildTeamsManifest';
import { buildXmlManifest, xmlVersion } from './buildXmlManifest';
import { teamsSchemaPath, validateTeamsManifest } from './validateTeamsManifest';
import { validateXmlManifest } from './validateXmlManifest';
import { childrenNamed, descendants, parseXml, XmlSyntaxError } from './xmlParser';
import { exampleConfig } from './testConfig';

const config = exampleConfig();
const teams = buildTeamsManifest(config);
const xml = buildXmlManifest(config);
const xmlRoot = parseXml(xml).root;
const xmlText = (name: string) => childrenNamed(xmlRoot, name)[0]?.text ?? '';

describe('the Teams app manifest (unified: tabs and the Word add-in)', () => {
  it('uses the newest numbered schema bundled in @microsoft/app-manifest', () => {
    const versions = readdirSync(dirname(dirname(teamsSchemaPath())))
      .filter((name) => /^v\d+\.\d+$/.test(name))
      .map((name) => name.slice(1).split('.').map(Number) as [number, number])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(versions.at(-1)?.join('.')).toBe(TEAMS_SCHEMA_VERSION);
  });

  it('validates against the bundled JSON schema', () => {
    expect(validateTeamsManifest(teams)).toEqual([]);
  });

  it('fails with the schema’s own messages when id is missing or the accent colour is not a hex colour', () => {
    const { id: _id, ...withoutId } = teams;
    expect(validateTeamsManifest({ ...withoutId, accentColor: 'purple' })).toEqual(
      expect.arrayContaining([
        "/: must have required property 'id'",
        '/accentColor: must match pattern "^#[0-9a-fA-F]{6}$"',
      ]),
    );
  });

  it('rejects a property the schema does not define', () => {
    expect(
      validateTeamsManifest({ ...teams, webApplicationInfo: { ...teams.webApplicationInfo, naa: true } }),
    ).toEqual(expect.arrayContaining(['/webApplicationInfo: must NOT have additional properties (naa)']));
  });

  it('declares NAA prefetch with the broker redirect URI and the same base scopes, in order, as the app', () => {
    expect(teams.webApplicationInfo.id).toBe(config.clientId);
    expect(teams.webApplicationInfo.nestedAppAuthInfo).toEqual([
      { redirectUri: 'brk-multihub://iep.example-school.org.uk', scopes: [...GRAPH_SCOPES.base] },
    ]);
  });

  it('offers a channel tab configured at /tab.html#/config and a personal "My pupils" tab', () => {
    expect(teams.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: 'https://iep.example-school.org.uk/tab.html#/config',
        scopes: ['team'],
      }),
    ]);
    expect(teams.staticTabs).toEqual([expect.objectContaining({ name: 'My pupils', scopes: ['personal'] })]);
    expect(teams.validDomains).toEqual(['iep.example-school.org.uk']);
  });

  it('declares the review reminder activity, whose template parameters the send fills in', () => {
    expect(teams.activities.activityTypes).toEqual([
      {
        type: 'iepReviewsDue',
        description: expect.any(String),
        templateText: '{actor}: reviews are due for {pupilCount} of your pupils',
      },
    ]);
  });

  it('refuses an activity type the schema does not allow', () => {
    const tooLong = { type: 'x'.repeat(65), description: 'd', templateText: 't' };
    expect(validateTeamsManifest({ ...teams, activities: { activityTypes: [tooLong] } })).toEqual([
      '/activities/activityTypes/0/type: must NOT have more than 64 characters',
    ]);
  });

  it('declares the Word task pane in the same manifest', () => {
    expect(teams.extensions).toHaveLength(1);
    expect(teams.extensions[0]?.requirements.scopes).toEqual(['document']);
    expect(teams.extensions[0]?.runtimes[0]?.code.page).toBe(
      'https://iep.example-school.org.uk/taskpane.html',
    );
  });
});

describe('the XML add-in manifest', () => {
  it('passes the offline checks', () => {
    expect(validateXmlManifest(xml)).toEqual([]);
  });

  it('cannot drift from the Teams manifest: same id, name, origin and version', () => {
    expect(xmlText('Id')).toBe(teams.id);
    expect(childrenNamed(xmlRoot, 'DisplayName')[0]?.attributes.DefaultValue).toBe(teams.name.short);
    expect(xmlText('Version')).toBe(xmlVersion(teams.version));
    expect(
      childrenNamed(childrenNamed(xmlRoot, 'DefaultSettings')[0] ?? xmlRoot, 'SourceLocation')[0]?.attributes
        .DefaultValue,
    ).toBe(teams.extensions[0]?.runtimes[0]?.code.page);
    const webInfo = descendants(xmlRoot).find((node) => node.name === 'WebApplicationInfo');
    expect(webInfo && childrenNamed(webInfo, 'Id')[0]?.text).toBe(teams.webApplicationInfo.id);
  });

  it('escapes a developer name with XML special characters', () => {
    const tricky = buildXmlManifest(
      exampleConfig({ developer: { ...config.developer, name: 'St Mary & St John <C of E>' } }),
    );
    expect(validateXmlManifest(tricky)).toEqual([]);
    expect(childrenNamed(parseXml(tricky).root, 'ProviderName')[0]?.text).toBe('St Mary & St John <C of E>');
  });
});

describe('the offline XML manifest checks catch real mistakes', () => {
  it('elements out of XSD order', () => {
    const swapped = xml.replace(
      /(\s*<Version>[^<]*<\/Version>)(\s*<ProviderName>[^<]*<\/ProviderName>)/,
      (_m, version: string, provider: string) => `${provider}${version}`,
    );
    expect(validateXmlManifest(swapped)).toEqual(
      expect.arrayContaining([expect.stringContaining('<Version> is out of order inside <OfficeApp>')]),
    );
  });

  it('a missing required element, a plain-http URL and a dangling resource id', () => {
    const broken = xml
      .replace(/\s*<DefaultLocale>[^<]*<\/DefaultLocale>/, '')
      .replace(
        'DefaultValue="https://iep.example-school.org.uk/taskpane.html"',
        'DefaultValue="http://iep.example-school.org.uk/taskpane.html"',
      )
      .replace('<Label resid="Iep.Group.Label"/>', '<Label resid="Iep.Nowhere"/>');
    expect(validateXmlManifest(broken)).toEqual(
      expect.arrayContaining([
        '<OfficeApp> is missing <DefaultLocale>',
        expect.stringMatching(/<SourceLocation> DefaultValue must be an https:\/\/ URL/),
        expect.stringMatching(/resid "Iep.Nowhere" on <Label> is not defined/),
      ]),
    );
  });

  it('XML that is not well-formed', () => {
    expect(validateXmlManifest(xml.replace('</Permissions>', '</Permission>'))).toEqual([
      expect.stringMatching(/^not well-formed XML: line \d+: <\/Permission> does not match <Permissions>/),
    ]);
    expect(() => parseXml('<a b="1" b="2"/>')).toThrow(XmlSyntaxError);
    expect(() => parseXml('<a>fish & chips</a>')).toThrow(/entity/);
  });
});
