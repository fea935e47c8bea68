import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfigSchema } from '../../src/app/config';
import { DeployConfigError, loadDeployConfig, parseDeployConfig, toLiveAppConfig } from './deployConfig';
import { exampleConfig, exampleConfigJson } from './testConfig';

const problemsOf = (raw: unknown): readonly string[] => {
  try {
    parseDeployConfig(raw);
  } catch (error) {
    if (error instanceof DeployConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the config to be rejected');
};

describe('the deploy config file', () => {
  it('accepts the committed example and drops a trailing slash from the origin', () => {
    expect(exampleConfig().hostingOrigin).toBe('https://iep.example-school.org.uk');
    expect(
      parseDeployConfig({ ...exampleConfigJson(), hostingOrigin: 'https://iep.example-school.org.uk/' })
        .hostingOrigin,
    ).toBe('https://iep.example-school.org.uk');
  });

  it('names each wrong field and says what it should be', () => {
    const problems = problemsOf({
      ...exampleConfigJson(),
      clientId: 'not-a-guid',
      hostingOrigin: 'https://iep.example-school.org.uk/app',
      version: '1.0',
      senSite: 'https://exampleschool.sharepoint.com/sites/SEN',
      colour: 'purple',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^clientId must be the Application \(client\) ID/),
        expect.stringMatching(/^hostingOrigin must be an origin only/),
        expect.stringMatching(/^version must be three numbers such as 1\.0\.0/),
        expect.stringMatching(/^senSite must look like contoso\.sharepoint\.com:\/sites\/SEN/),
        expect.stringContaining('unknown field(s): colour'),
      ]),
    );
  });

  it('refuses plain http for the site and the developer links', () => {
    const json = exampleConfigJson();
    const problems = problemsOf({
      ...json,
      hostingOrigin: 'http://iep.example-school.org.uk',
      developer: { ...(json.developer as object), privacyUrl: 'http://www.example-school.org.uk/privacy' },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^hostingOrigin must be the https:\/\//),
        'developer.privacyUrl must be an https:// address',
      ]),
    );
  });

  it('reports missing fields by name', () => {
    const { appId: _appId, ...withoutAppId } = exampleConfigJson();
    expect(problemsOf(withoutAppId)).toContain('appId is missing');
  });
});

describe('loadDeployConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'iep-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lets IEP_* environment variables override the file', () => {
    const path = join(dir, 'iep-planner.config.json');
    writeFileSync(path, JSON.stringify(exampleConfigJson()));
    const config = loadDeployConfig(path, {
      IEP_CLIENT_ID: '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f',
      IEP_DEVELOPER_NAME: 'Riverside Academy Trust',
    });
    expect(config.clientId).toBe('9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f');
    expect(config.developer.name).toBe('Riverside Academy Trust');
    expect(config.developer.privacyUrl).toBe('https://www.example-school.org.uk/privacy-notice');
  });

  it('explains a missing file and broken JSON', () => {
    expect(() => loadDeployConfig(join(dir, 'absent.json'), {})).toThrow(
      /Copy iep-planner\.config\.example\.json/,
    );
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "tenantId": ');
    expect(() => loadDeployConfig(broken, {})).toThrow(/is not valid JSON/);
  });
});

describe('toLiveAppConfig', () => {
  it("carries the school's choice of document names, names by default", () => {
    expect(toLiveAppConfig(exampleConfig()).documentNames).toBe('pupil-name');
    const byReference = exampleConfig({ documentNames: 'pupil-reference' });
    expect(toLiveAppConfig(byReference).documentNames).toBe('pupil-reference');
    expect(problemsOf({ ...exampleConfigJson(), documentNames: 'initials' })[0]).toMatch(/^documentNames/);
  });

  it("carries the school's retention of records, 25 years of age by default", () => {
    expect(toLiveAppConfig(exampleConfig()).records).toEqual({ retainUntilAgeYears: 25 });
    const longer = exampleConfig({ records: { retainUntilAgeYears: 31 } });
    expect(toLiveAppConfig(longer).records).toEqual({ retainUntilAgeYears: 31 });
    expect(problemsOf({ ...exampleConfigJson(), records: { retainUntilAgeYears: 25.5 } })[0]).toMatch(
      /^records\.retainUntilAgeYears/,
    );
    expect(problemsOf({ ...exampleConfigJson(), records: { retainUntilAgeYears: 5 } })[0]).toMatch(
      /at least 18/,
    );
  });

  it("carries the school's name and logo for documents, and leaves them out when not given", () => {
    const withSchool = exampleConfig({ school: { name: 'Example Primary School', logo: 'school-logo.png' } });
    expect(toLiveAppConfig(withSchool).school).toEqual({
      name: 'Example Primary School',
      logo: 'school-logo.png',
    });
    expect(toLiveAppConfig(exampleConfig()).school).toBeUndefined();
    expect(
      problemsOf({ ...exampleConfigJson(), school: { name: 'Example', logo: 'https://x.example/l.png' } })[0],
    ).toMatch(/^school\.logo/);
  });

  it("produces the app's live runtime config, accepted by the app's own schema", () => {
    const live = toLiveAppConfig(exampleConfig());
    expect(AppConfigSchema.parse(live)).toEqual(live);
    expect(live).toMatchObject({
      mode: 'live',
      graphBaseUrl: 'https://graph.microsoft.com/',
      hostingOrigin: 'https://iep.example-school.org.uk',
      senSite: 'exampleschool.sharepoint.com:/sites/SEN',
    });
  });
});
