import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { AppConfigSchema } from '../../src/app/config';
import { readSchoolLogo } from '../../src/word/schoolLogo';
import type { StandIn } from './server';
import { DEMO_LOGO_PATH } from './static';
import { startTestStandIn, tempDataDir } from './testSupport';

let standIn: StandIn;
let staticDir: string;

beforeAll(async () => {
  staticDir = tempDataDir();
  fs.writeFileSync(path.join(staticDir, 'tab.html'), '<!doctype html><title>IEP Planner</title>');
  fs.mkdirSync(path.join(staticDir, 'js'));
  fs.writeFileSync(path.join(staticDir, 'js', 'tab.js'), 'console.log("tab");');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'outside the static folder');
  standIn = await startTestStandIn({ staticDir });
});
afterAll(() => standIn.close());

const get = (p: string): Promise<Response> => fetch(`${standIn.url}${p}`, { redirect: 'manual' });

/** fetch would normalise `..` away; a raw request sends the path exactly as written. */
const rawStatus = (p: string): Promise<number> =>
  new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: standIn.port, path: p }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });

describe('serving the built app', () => {
  it('sends / to /tab.html', async () => {
    const response = await get('/');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/tab.html');
  });

  it('serves files with a strict Content-Security-Policy and nosniff', async () => {
    const page = await get('/tab.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' https://res.cdn.office.net https://appsforoffice.microsoft.com");
    expect(csp).toContain('frame-ancestors');
    expect(csp).not.toContain("'unsafe-inline' https://res");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await get('/js/tab.js');
    expect(script.headers.get('content-type')).toContain('text/javascript');
  });

  it('answers 404 for missing files and for paths that climb out of the folder', async () => {
    expect((await get('/missing.js')).status).toBe(404);
    expect(await rawStatus('/../secret.txt')).toBe(404);
    expect(await rawStatus('/..%2fsecret.txt')).toBe(404);
    expect(await rawStatus('/%2e%2e/secret.txt')).toBe(404);
    expect((await get('/js')).status).toBe(404);
  });

  it('generates app-config.json for local mode that the app accepts', async () => {
    const response = await get('/app-config.json');
    const config = AppConfigSchema.parse(await response.json());
    expect(config).toMatchObject({
      mode: 'local',
      graphBaseUrl: `${standIn.url}/`,
      senSite: 'contoso.sharepoint.com:/sites/SEN',
    });
    if (config.mode !== 'local') throw new Error('expected local mode');
    expect(config.personas.map((p) => p.role)).toEqual(
      expect.arrayContaining(['SENCO', 'Head teacher', 'Pupil (Year 4 Otters)']),
    );
  });

  it('names the demo school for documents and serves its logo beside the app, as a PNG documents can carry', async () => {
    const config = AppConfigSchema.parse(await (await get('/app-config.json')).json());
    expect(config.school).toEqual({ name: 'Oakfield Primary School', logo: DEMO_LOGO_PATH });
    const logo = await get(`/${DEMO_LOGO_PATH}`);
    expect(logo.headers.get('content-type')).toBe('image/png');
    expect(readSchoolLogo(new Uint8Array(await logo.arrayBuffer()))).toMatchObject({
      widthPx: 96,
      heightPx: 96,
    });
  });
});
