import { XML_NAMESPACES } from './buildXmlManifest';
import { childrenNamed, descendants, parseXml, XmlSyntaxError, type XmlNode } from './xmlParser';

/**
 * Offline checks for the XML (add-in only) manifest. Microsoft's own validator for XML manifests calls
 * an online service, so this covers what can be checked here: well-formedness, the root type and
 * namespaces, required elements and their XSD order, value formats (GUID, version, locale, lengths),
 * https everywhere, and that every resource reference resolves.
 *
 * NOT checked (see docs/DEPLOY.md): full XSD typing of every element, Office's store policies, whether
 * the URLs answer, icon image sizes behind URLs, and requirement-set names.
 */
export const XML_CHECKS_NOT_PERFORMED = [
  'full XSD validation of every element and attribute type',
  'whether the hosted pages and icons are reachable',
  'Microsoft store/AppSource policies',
  'requirement set names and versions',
] as const;

interface Slot {
  readonly name: string;
  readonly required?: boolean;
  readonly repeat?: boolean;
}

/** OfficeApp (base sequence) followed by the TaskPaneApp extension, from OfficeAppManifestV1_1.xsd. */
const OFFICE_APP_SEQUENCE: readonly Slot[] = [
  { name: 'Id', required: true },
  { name: 'AlternateId' },
  { name: 'Version', required: true },
  { name: 'ProviderName', required: true },
  { name: 'DefaultLocale', required: true },
  { name: 'DisplayName', required: true },
  { name: 'Description', required: true },
  { name: 'IconUrl' },
  { name: 'HighResolutionIconUrl' },
  { name: 'SupportUrl' },
  { name: 'AppDomains' },
  { name: 'Hosts' },
  { name: 'Requirements' },
  { name: 'DefaultSettings', required: true },
  { name: 'Permissions', required: true },
  { name: 'Dictionary' },
  { name: 'VersionOverrides' },
];

/** VersionOverridesV1_0 in TaskPaneAppVersionOverridesV1_0.xsd. */
const VERSION_OVERRIDES_SEQUENCE: readonly Slot[] = [
  { name: 'Description' },
  { name: 'Requirements' },
  { name: 'Hosts' },
  { name: 'Resources' },
  { name: 'WebApplicationInfo' },
  { name: 'EquivalentAddins' },
];

const RESOURCES_SEQUENCE: readonly Slot[] = [
  { name: 'bt:Images' },
  { name: 'bt:Urls' },
  { name: 'bt:ShortStrings' },
  { name: 'bt:LongStrings' },
];

const UUID = /^(urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const CULTURE =
  /^([a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const ICON_SIZES = ['16', '20', '24', '32', '40', '48', '64', '80'];

/** Checks children against an XSD-style sequence: order, required elements, no repeats, nothing unknown. */
const checkSequence = (parent: XmlNode, sequence: readonly Slot[], problems: string[]) => {
  let slot = 0;
  let seen = new Set<string>();
  for (const child of parent.children) {
    const index = sequence.findIndex((s) => s.name === child.name);
    if (index < 0) {
      problems.push(`line ${child.line}: <${child.name}> is not allowed inside <${parent.name}>`);
      continue;
    }
    if (index < slot || (index === slot && seen.has(child.name) && !sequence[index]?.repeat)) {
      problems.push(
        `line ${child.line}: <${child.name}> is out of order inside <${parent.name}>; expected order: ${sequence.map((s) => s.name).join(', ')}`,
      );
      continue;
    }
    if (index > slot) seen = new Set();
    slot = index;
    seen.add(child.name);
  }
  for (const required of sequence.filter((s) => s.required)) {
    if (childrenNamed(parent, required.name).length === 0)
      problems.push(`<${parent.name}> is missing <${required.name}>`);
  }
};

const defaultValue = (node: XmlNode | undefined) => node?.attributes.DefaultValue ?? '';

const checkLength = (label: string, value: string, max: number, problems: string[]) => {
  if (value.length === 0) problems.push(`${label} must not be empty`);
  else if (value.length > max) problems.push(`${label} is ${value.length} characters; the limit is ${max}`);
};

const isHttps = (value: string) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

const checkUrls = (root: XmlNode, problems: string[]) => {
  const urlElements = [
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'SourceLocation',
    'bt:Image',
    'bt:Url',
  ];
  for (const node of descendants(root)) {
    if (
      urlElements.includes(node.name) &&
      'DefaultValue' in node.attributes &&
      !isHttps(defaultValue(node))
    ) {
      problems.push(
        `line ${node.line}: <${node.name}> DefaultValue must be an https:// URL (got "${defaultValue(node)}")`,
      );
    }
    if (node.name === 'AppDomain' && !isHttps(node.text.trim())) {
      problems.push(`line ${node.line}: <AppDomain> must be an https:// origin (got "${node.text.trim()}")`);
    }
  }
};

const resourceIds = (resources: XmlNode | undefined, group: string): Map<string, XmlNode> => {
  const ids = new Map<string, XmlNode>();
  for (const container of resources ? childrenNamed(resources, group) : []) {
    for (const item of container.children) ids.set(item.attributes.id ?? '', item);
  }
  return ids;
};

const checkResources = (overrides: XmlNode, problems: string[]) => {
  const resources = childrenNamed(overrides, 'Resources')[0];
  if (resources) checkSequence(resources, RESOURCES_SEQUENCE, problems);
  const groups = {
    images: resourceIds(resources, 'bt:Images'),
    urls: resourceIds(resources, 'bt:Urls'),
    short: resourceIds(resources, 'bt:ShortStrings'),
    long: resourceIds(resources, 'bt:LongStrings'),
  };
  for (const [id, node] of [...groups.images, ...groups.urls, ...groups.short, ...groups.long]) {
    if (!id) problems.push(`line ${node.line}: a resource has no id`);
    else if (id.length > 32)
      problems.push(`line ${node.line}: resource id "${id}" is longer than 32 characters`);
  }
  for (const [, node] of groups.short)
    checkLength(`bt:ShortStrings "${node.attributes.id}"`, defaultValue(node), 125, problems);
  for (const [, node] of groups.long)
    checkLength(`bt:LongStrings "${node.attributes.id}"`, defaultValue(node), 250, problems);

  for (const node of descendants(childrenNamed(overrides, 'Hosts')[0] ?? overrides)) {
    const resid = node.attributes.resid;
    if (resid === undefined) continue;
    const expected =
      node.name === 'bt:Image'
        ? groups.images
        : node.name === 'SourceLocation' || node.name === 'LearnMoreUrl' || node.name === 'FunctionFile'
          ? groups.urls
          : node.name === 'Description'
            ? groups.long
            : groups.short;
    if (!expected.has(resid))
      problems.push(`line ${node.line}: resid "${resid}" on <${node.name}> is not defined in <Resources>`);
    if (node.name === 'bt:Image' && !ICON_SIZES.includes(node.attributes.size ?? '')) {
      problems.push(
        `line ${node.line}: icon size "${node.attributes.size}" must be one of ${ICON_SIZES.join(', ')}`,
      );
    }
  }
  for (const icon of descendants(overrides).filter((n) => n.name === 'Icon')) {
    const sizes = childrenNamed(icon, 'bt:Image').map((image) => image.attributes.size);
    for (const size of ['16', '32', '80']) {
      if (!sizes.includes(size)) problems.push(`line ${icon.line}: <Icon> needs a ${size}px image`);
    }
  }
  for (const group of descendants(overrides).filter((n) => n.name === 'Group')) {
    if (childrenNamed(group, 'Control').length > 6)
      problems.push(`line ${group.line}: a ribbon group holds at most six controls`);
  }
};

const checkWebApplicationInfo = (overrides: XmlNode, problems: string[]) => {
  const info = childrenNamed(overrides, 'WebApplicationInfo')[0];
  if (!info) return;
  if (!UUID.test(childrenNamed(info, 'Id')[0]?.text.trim() ?? ''))
    problems.push('<WebApplicationInfo><Id> must be the Entra client ID (a GUID)');
  if (!childrenNamed(info, 'Resource')[0]?.text.trim())
    problems.push('<WebApplicationInfo> is missing <Resource>');
  const scopes = childrenNamed(info, 'Scopes')[0];
  if (!scopes || childrenNamed(scopes, 'Scope').length === 0)
    problems.push('<WebApplicationInfo> needs <Scopes> with at least one <Scope>');
};

const checkVersionOverrides = (root: XmlNode, problems: string[]) => {
  const overrides = childrenNamed(root, 'VersionOverrides')[0];
  if (!overrides) return;
  if (overrides.attributes.xmlns !== XML_NAMESPACES.versionOverrides) {
    problems.push(`<VersionOverrides> must declare xmlns="${XML_NAMESPACES.versionOverrides}"`);
  }
  if (overrides.attributes['xsi:type'] !== 'VersionOverridesV1_0')
    problems.push('<VersionOverrides> must have xsi:type="VersionOverridesV1_0"');
  checkSequence(overrides, VERSION_OVERRIDES_SEQUENCE, problems);
  checkResources(overrides, problems);
  checkWebApplicationInfo(overrides, problems);
};

const checkHeader = (root: XmlNode, problems: string[]) => {
  const text = (name: string) => childrenNamed(root, name)[0]?.text.trim() ?? '';
  if (!UUID.test(text('Id'))) problems.push(`<Id> must be a GUID (got "${text('Id')}")`);
  if (!VERSION.test(text('Version')))
    problems.push(`<Version> must look like 1.0.0.0 (got "${text('Version')}")`);
  checkLength('<ProviderName>', text('ProviderName'), 125, problems);
  if (!CULTURE.test(text('DefaultLocale')))
    problems.push(`<DefaultLocale> must be a culture name such as en-GB (got "${text('DefaultLocale')}")`);
  checkLength(
    '<DisplayName> DefaultValue',
    defaultValue(childrenNamed(root, 'DisplayName')[0]),
    125,
    problems,
  );
  checkLength(
    '<Description> DefaultValue',
    defaultValue(childrenNamed(root, 'Description')[0]),
    250,
    problems,
  );
  if (!PERMISSIONS.includes(text('Permissions')))
    problems.push(`<Permissions> must be one of ${PERMISSIONS.join(', ')}`);
  const hosts = childrenNamed(root, 'Hosts')[0];
  if (!hosts || !childrenNamed(hosts, 'Host').some((host) => host.attributes.Name === 'Document')) {
    problems.push('<Hosts> must include <Host Name="Document"/> (Word)');
  }
  const settings = childrenNamed(root, 'DefaultSettings')[0];
  if (settings && !childrenNamed(settings, 'SourceLocation')[0])
    problems.push('<DefaultSettings> is missing <SourceLocation>');
};

/** Returns every problem found; an empty list means the manifest passed the offline checks. */
export const validateXmlManifest = (xml: string): string[] => {
  let root: XmlNode;
  try {
    const document = parseXml(xml);
    if (document.declaration && (document.declaration.encoding ?? 'UTF-8').toUpperCase() !== 'UTF-8') {
      return ['the XML declaration must say encoding="UTF-8"'];
    }
    root = document.root;
  } catch (error) {
    if (error instanceof XmlSyntaxError) return [`not well-formed XML: ${error.message}`];
    throw error;
  }
  const problems: string[] = [];
  if (root.name !== 'OfficeApp') return [`the root element must be <OfficeApp> (got <${root.name}>)`];
  if (root.attributes.xmlns !== XML_NAMESPACES.officeApp)
    problems.push(`<OfficeApp> must declare xmlns="${XML_NAMESPACES.officeApp}"`);
  if (root.attributes['xmlns:xsi'] !== XML_NAMESPACES.xsi)
    problems.push(`<OfficeApp> must declare xmlns:xsi="${XML_NAMESPACES.xsi}"`);
  if (root.attributes['xsi:type'] !== 'TaskPaneApp')
    problems.push('<OfficeApp> must have xsi:type="TaskPaneApp"');
  if (
    descendants(root).some((n) => n.name.startsWith('bt:')) &&
    root.attributes['xmlns:bt'] !== XML_NAMESPACES.basicTypes
  ) {
    problems.push(
      `<OfficeApp> uses bt: elements, so it must declare xmlns:bt="${XML_NAMESPACES.basicTypes}"`,
    );
  }
  checkSequence(root, OFFICE_APP_SEQUENCE, problems);
  checkHeader(root, problems);
  checkUrls(root, problems);
  checkVersionOverrides(root, problems);
  return problems;
};
