import { ConfigError, loadConfig, parseConfig } from './loadConfig';

const localConfig = {
  mode: 'local',
  graphBaseUrl: 'http://127.0.0.1:3978/',
  senSite: 'contoso.sharepoint.com:/sites/SEN',
  personas: [{ name: 'Priya Shah', email: 'senco@school.example', role: 'SENCO' }],
};

const answer = (status: number, body: string) => () =>
  Promise.resolve({ ok: status >= 200 && status < 300, status, text: () => Promise.resolve(body) });

const problemsOf = async (promise: Promise<unknown>): Promise<readonly string[]> => {
  const error: unknown = await promise.catch((e: unknown) => e);
  if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(error)}`);
  return error.problems;
};

describe('loadConfig', () => {
  it('fetches /app-config.json without the HTTP cache and returns the validated configuration', async () => {
    const seen: [string, RequestInit | undefined][] = [];
    const config = await loadConfig((url, init) => {
      seen.push([url, init]);
      return answer(200, JSON.stringify(localConfig))();
    });
    expect(config).toEqual(localConfig);
    expect(seen).toEqual([['/app-config.json', expect.objectContaining({ cache: 'no-store' })]]);
  });

  it('fills in the Graph root for a live configuration', () => {
    const live = parseConfig({
      mode: 'live',
      tenantId: '11111111-2222-3333-4444-555555555555',
      clientId: '66666666-7777-8888-9999-000000000000',
      senSite: 'contoso.sharepoint.com:/sites/SEN',
      hostingOrigin: 'https://iep.school.example',
    });
    expect(live.graphBaseUrl).toBe('https://graph.microsoft.com/');
  });

  it('says which field is wrong and how to fix it', async () => {
    const problems = await problemsOf(
      loadConfig(answer(200, JSON.stringify({ ...localConfig, graphBaseUrl: 'not a url', senSite: '' }))),
    );
    expect(problems).toEqual([
      'graphBaseUrl: graphBaseUrl must be a URL such as http://127.0.0.1:3978/',
      'senSite: senSite is required, e.g. contoso.sharepoint.com:/sites/SEN',
    ]);
  });

  it('rejects a live configuration whose ids are not GUIDs', async () => {
    const problems = await problemsOf(
      loadConfig(
        answer(
          200,
          JSON.stringify({
            mode: 'live',
            tenantId: 'x',
            clientId: 'y',
            senSite: 's',
            hostingOrigin: 'https://a.example',
          }),
        ),
      ),
    );
    expect(problems).toContain('tenantId: tenantId must be the Directory (tenant) ID GUID from Entra.');
    expect(problems).toContain('clientId: clientId must be the Application (client) ID GUID from Entra.');
  });

  it('explains a missing file, broken JSON and an unreachable server', async () => {
    expect(await problemsOf(loadConfig(answer(404, 'Not found')))).toEqual([
      '/app-config.json answered HTTP 404. Deploy app-config.json beside tab.html (see the deployment guide).',
    ]);
    expect((await problemsOf(loadConfig(answer(200, '{ "mode": ')))).join(' ')).toMatch(/not valid JSON/);
    expect(
      (await problemsOf(loadConfig(() => Promise.reject(new TypeError('fetch failed'))))).join(' '),
    ).toMatch(/could not be fetched/);
  });
});
