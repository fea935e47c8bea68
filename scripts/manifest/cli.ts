import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ICON_FILES, type IconName } from './appIdentity';
import { buildTeamsManifest } from './buildTeamsManifest';
import { buildXmlManifest } from './buildXmlManifest';
import { DeployConfigError, loadDeployConfig, type DeployConfig } from './deployConfig';
import { writeIcons } from './drawIcons';
import { OUTPUT_FILES, PackagingError, readTeamsPackage, writePackage } from './packageApp';
import { readPngHeader } from './png';
import { validateTeamsManifest } from './validateTeamsManifest';
import { XML_CHECKS_NOT_PERFORMED, validateXmlManifest } from './validateXmlManifest';

/**
 * Command line for the deploy tooling, run by scripts/package.mjs and scripts/validate-manifests.mjs:
 *   cli.ts package  [--config path] [--skip-build]
 *   cli.ts validate [--config path]
 *   cli.ts icons
 */
const ROOT = resolve(__dirname, '..', '..');
const paths = {
  config: join(ROOT, 'iep-planner.config.json'),
  exampleConfig: join(ROOT, 'iep-planner.config.example.json'),
  icons: join(ROOT, 'assets', 'icons'),
  out: join(ROOT, 'out'),
  dist: join(ROOT, 'dist'),
};

const option = (args: readonly string[], name: string): string | undefined => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (!value || value.startsWith('--'))
    throw new Error(`${name} needs a value, e.g. ${name} iep-planner.config.json`);
  return value;
};

const show = (path: string) => relative(process.cwd(), path) || path;

const deployConfigPath = (args: readonly string[], fallbackToExample: boolean): string | null => {
  const given = option(args, '--config');
  if (given) return resolve(given);
  if (existsSync(paths.config)) return paths.config;
  return fallbackToExample ? paths.exampleConfig : null;
};

const runPackage = (args: readonly string[]): number => {
  const configPath = deployConfigPath(args, false);
  const config: DeployConfig = loadDeployConfig(configPath);
  console.log(
    `Packaging IEP Planner ${config.version} for ${config.hostingOrigin} (config: ${configPath ? show(configPath) : 'IEP_* variables'})`,
  );

  if (!args.includes('--skip-build')) {
    const build = spawnSync(
      'npx',
      ['webpack', '--mode', 'production', '--env', `hostingOrigin=${config.hostingOrigin}`],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, IEP_HOSTING_ORIGIN: config.hostingOrigin, NODE_ENV: 'production' },
      },
    );
    if (build.status !== 0) {
      console.error('The production build failed (see the webpack output above); nothing was packaged.');
      return 1;
    }
  }
  const distDir = existsSync(paths.dist) ? paths.dist : undefined;
  const result = writePackage(config, {
    iconsDir: paths.icons,
    outDir: paths.out,
    ...(distDir ? { distDir } : {}),
  });
  console.log(`Teams app package (tab + Word add-in, unified manifest): ${show(result.teamsPackage)}`);
  console.log(
    `Word add-in XML manifest (for Word versions without the unified manifest): ${show(result.xmlManifest)}`,
  );
  if (result.appConfig)
    console.log(
      `Runtime configuration: ${show(result.appConfig)} (upload the whole dist/ folder to ${config.hostingOrigin})`,
    );
  else
    console.log(
      'No dist/ folder: only the manifests were written. Run without --skip-build to build the site too.',
    );
  return 0;
};

const checkIconSizes = (files: Record<string, Uint8Array>, names: readonly IconName[]): string[] =>
  names.flatMap((name) => {
    const { file, size } = ICON_FILES[name];
    const bytes = files[file];
    if (!bytes) return [`${file} is missing from the package`];
    const header = readPngHeader(bytes);
    return header.width === size && header.height === size
      ? []
      : [`${file} is ${header.width}x${header.height}; it must be ${size}x${size}`];
  });

const runValidate = (args: readonly string[]): number => {
  const configPath = deployConfigPath(args, true);
  const config = loadDeployConfig(configPath, configPath === paths.exampleConfig ? {} : process.env);
  const results: [string, string[]][] = [
    [
      `Teams manifest generated from ${show(configPath ?? 'IEP_* variables')}`,
      validateTeamsManifest(buildTeamsManifest(config)),
    ],
    [
      `XML manifest generated from ${show(configPath ?? 'IEP_* variables')}`,
      validateXmlManifest(buildXmlManifest(config)),
    ],
  ];
  const iconFiles = Object.fromEntries(
    (Object.keys(ICON_FILES) as IconName[]).flatMap((name) => {
      const path = join(paths.icons, ICON_FILES[name].file);
      return existsSync(path) ? [[ICON_FILES[name].file, readFileSync(path)]] : [];
    }),
  );
  results.push(['Icons in assets/icons', checkIconSizes(iconFiles, Object.keys(ICON_FILES) as IconName[])]);

  const zipPath = join(paths.out, OUTPUT_FILES.teamsPackage);
  if (existsSync(zipPath)) {
    const files = readTeamsPackage(readFileSync(zipPath));
    const manifest = files['manifest.json'];
    const problems = manifest
      ? validateTeamsManifest(JSON.parse(new TextDecoder().decode(manifest)))
      : ['manifest.json is missing from the package'];
    results.push([show(zipPath), [...problems, ...checkIconSizes(files, ['color', 'outline'])]]);
  }
  const xmlPath = join(paths.out, OUTPUT_FILES.xmlManifest);
  if (existsSync(xmlPath)) results.push([show(xmlPath), validateXmlManifest(readFileSync(xmlPath, 'utf8'))]);

  for (const [what, problems] of results) {
    console.log(`${problems.length === 0 ? 'valid  ' : 'INVALID'} ${what}`);
    for (const problem of problems) console.log(`          ${problem}`);
  }
  console.log(
    `XML manifest checks are offline and partial; not checked: ${XML_CHECKS_NOT_PERFORMED.join('; ')}.`,
  );
  const failures = results.filter(([, problems]) => problems.length > 0).length;
  console.log(`Manifest validation: ${results.length - failures} valid, ${failures} invalid`);
  return failures === 0 ? 0 : 1;
};

const commands: Record<string, (args: readonly string[]) => number> = {
  package: runPackage,
  validate: runValidate,
  icons: () => {
    for (const file of writeIcons(paths.icons)) console.log(`wrote ${show(file)}`);
    return 0;
  },
};

const main = (argv: readonly string[]): number => {
  const [command, ...args] = argv;
  const run = command ? commands[command] : undefined;
  if (!run) {
    console.error(`Usage: cli.ts <${Object.keys(commands).join('|')}> [--config path] [--skip-build]`);
    return 2;
  }
  try {
    return run(args);
  } catch (error) {
    if (error instanceof DeployConfigError || error instanceof PackagingError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
};

process.exitCode = main(process.argv.slice(2));
