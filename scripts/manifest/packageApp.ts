import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { ICON_FILES, type IconName } from './appIdentity';
import { buildTeamsManifest } from './buildTeamsManifest';
import { buildXmlManifest } from './buildXmlManifest';
import { toLiveAppConfig, type DeployConfig } from './deployConfig';
import { readPngHeader } from './png';
import { validateTeamsManifest } from './validateTeamsManifest';
import { validateXmlManifest } from './validateXmlManifest';

export const OUTPUT_FILES = {
  teamsPackage: 'iep-planner-teams.zip',
  xmlManifest: 'manifest.xml',
  appConfig: 'app-config.json',
} as const;

export class PackagingError extends Error {
  constructor(
    what: string,
    readonly problems: readonly string[],
  ) {
    super(`${what}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PackagingError';
  }
}

/** Reads an icon and checks it is a PNG of the size its manifest field demands. */
const readIcon = (iconsDir: string, name: IconName): Buffer => {
  const { file, size } = ICON_FILES[name];
  const bytes = readFileSync(join(iconsDir, file));
  const header = readPngHeader(bytes);
  if (header.width !== size || header.height !== size) {
    throw new PackagingError(`Icon ${file}`, [
      `must be ${size}x${size} pixels, but is ${header.width}x${header.height}`,
    ]);
  }
  return bytes;
};

// A fixed timestamp keeps the zip byte-for-byte reproducible from the same inputs.
const ZIP_TIME = new Date(Date.UTC(2020, 0, 1));

/** The Teams app package: manifest.json and the two icons at the root of the zip, as Teams requires. */
export const buildTeamsPackage = (config: DeployConfig, iconsDir: string): Uint8Array => {
  const manifest = buildTeamsManifest(config);
  const problems = validateTeamsManifest(manifest);
  if (problems.length > 0)
    throw new PackagingError('The generated Teams manifest does not match its schema', problems);
  return zipSync(
    {
      'manifest.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
      [ICON_FILES.color.file]: readIcon(iconsDir, 'color'),
      [ICON_FILES.outline.file]: readIcon(iconsDir, 'outline'),
    },
    { level: 9, mtime: ZIP_TIME },
  );
};

export interface PackageTargets {
  readonly iconsDir: string;
  readonly outDir: string;
  /** The built site (webpack output); gets app-config.json and the ribbon icons. Omit to package manifests only. */
  readonly distDir?: string;
}

export interface PackageResult {
  readonly teamsPackage: string;
  readonly xmlManifest: string;
  readonly appConfig: string | null;
}

/** Writes out/iep-planner-teams.zip, out/manifest.xml and, for a built site, dist/app-config.json + icons. */
export const writePackage = (config: DeployConfig, targets: PackageTargets): PackageResult => {
  const xml = buildXmlManifest(config);
  const xmlProblems = validateXmlManifest(xml);
  if (xmlProblems.length > 0)
    throw new PackagingError('The generated XML manifest failed the offline checks', xmlProblems);
  const zip = buildTeamsPackage(config, targets.iconsDir);

  mkdirSync(targets.outDir, { recursive: true });
  const teamsPackage = join(targets.outDir, OUTPUT_FILES.teamsPackage);
  const xmlManifest = join(targets.outDir, OUTPUT_FILES.xmlManifest);
  writeFileSync(teamsPackage, zip);
  writeFileSync(xmlManifest, xml);

  let appConfig: string | null = null;
  if (targets.distDir) {
    appConfig = join(targets.distDir, OUTPUT_FILES.appConfig);
    writeFileSync(appConfig, `${JSON.stringify(toLiveAppConfig(config), null, 2)}\n`);
    // Office loads ribbon icons from the hosting origin (absolute URLs in both manifests).
    const hostedIcons = join(targets.distDir, 'assets', 'icons');
    mkdirSync(hostedIcons, { recursive: true });
    for (const name of Object.keys(ICON_FILES) as IconName[]) {
      readIcon(targets.iconsDir, name);
      copyFileSync(join(targets.iconsDir, ICON_FILES[name].file), join(hostedIcons, ICON_FILES[name].file));
    }
  }
  return { teamsPackage, xmlManifest, appConfig };
};

/** The files inside a Teams package, for checks and tests. */
export const readTeamsPackage = (zip: Uint8Array): Record<string, Uint8Array> => unzipSync(zip);
