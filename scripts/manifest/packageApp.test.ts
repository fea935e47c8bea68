import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfigSchema } from '../../src/app/config';
import { ICON_FILES, type IconName } from './appIdentity';
import { encodePng, readPngHeader } from './png';
import { PackagingError, readTeamsPackage, writePackage } from './packageApp';
import { validateTeamsManifest } from './validateTeamsManifest';
import { validateXmlManifest } from './validateXmlManifest';
import { exampleConfig, exampleConfigJson } from './testConfig';

const REPO = join(__dirname, '..', '..');
const ICONS = join(REPO, 'assets', 'icons');

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'iep-package-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Stands in for the webpack output: the package step only adds to it. */
const prebuiltSite = () => {
  const dist = join(work, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'tab.html'), '<!doctype html><title>IEP Planner</title>');
  writeFileSync(join(dist, 'taskpane.html'), '<!doctype html><title>IEP Planner</title>');
  return dist;
};

describe('packaging a prebuilt site', () => {
  it('writes a Teams zip whose manifest validates and whose icons have the required sizes', () => {
    const result = writePackage(exampleConfig(), {
      iconsDir: ICONS,
      outDir: join(work, 'out'),
      distDir: prebuiltSite(),
    });

    const files = readTeamsPackage(readFileSync(result.teamsPackage));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest: unknown = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(validateTeamsManifest(manifest)).toEqual([]);
    expect(readPngHeader(files['color.png'] ?? new Uint8Array())).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(files['outline.png'] ?? new Uint8Array())).toMatchObject({ width: 32, height: 32 });

    expect(validateXmlManifest(readFileSync(result.xmlManifest, 'utf8'))).toEqual([]);
  });

  it('adds the live app-config.json and the ribbon icons to the built site', () => {
    const dist = prebuiltSite();
    const result = writePackage(exampleConfig(), {
      iconsDir: ICONS,
      outDir: join(work, 'out'),
      distDir: dist,
    });

    const appConfig = AppConfigSchema.parse(JSON.parse(readFileSync(result.appConfig ?? '', 'utf8')));
    expect(appConfig).toMatchObject({ mode: 'live', clientId: exampleConfig().clientId });
    for (const name of Object.keys(ICON_FILES) as IconName[]) {
      expect(existsSync(join(dist, 'assets', 'icons', ICON_FILES[name].file))).toBe(true);
    }
  });

  it('is reproducible: the same config and icons give the same zip', () => {
    const first = writePackage(exampleConfig(), { iconsDir: ICONS, outDir: join(work, 'a') });
    const second = writePackage(exampleConfig(), { iconsDir: ICONS, outDir: join(work, 'b') });
    expect(readFileSync(first.teamsPackage).equals(readFileSync(second.teamsPackage))).toBe(true);
  });

  it('refuses an icon of the wrong size, naming the file', () => {
    const icons = join(work, 'icons');
    mkdirSync(icons);
    for (const name of Object.keys(ICON_FILES) as IconName[])
      copyFileSync(join(ICONS, ICON_FILES[name].file), join(icons, ICON_FILES[name].file));
    writeFileSync(
      join(icons, 'outline.png'),
      encodePng({ width: 48, height: 48, pixels: new Uint8Array(48 * 48 * 4) }),
    );

    expect(() => writePackage(exampleConfig(), { iconsDir: icons, outDir: join(work, 'out') })).toThrow(
      PackagingError,
    );
    expect(() => writePackage(exampleConfig(), { iconsDir: icons, outDir: join(work, 'out') })).toThrow(
      /outline\.png[\s\S]*must be 32x32 pixels, but is 48x48/,
    );
  });
});

describe('npm run validate', () => {
  const validate = (configPath: string) =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', join(REPO, 'scripts', 'manifest', 'cli.ts'), 'validate', '--config', configPath],
      {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, IEP_CLIENT_ID: '' },
      },
    );

  it('passes for the example config and fails, naming the field, for a broken one', () => {
    const good = validate(join(REPO, 'iep-planner.config.example.json'));
    expect(good.stdout).toContain('valid   Teams manifest generated from');
    expect(good.status).toBe(0);

    const brokenPath = join(work, 'broken.json');
    writeFileSync(
      brokenPath,
      JSON.stringify({ ...exampleConfigJson(), hostingOrigin: 'http://insecure.example' }),
    );
    const broken = validate(brokenPath);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/hostingOrigin must be the https:\/\/ origin/);
  });
});
