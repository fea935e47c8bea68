import { AppConfigSchema, type AppConfig } from './config';

/**
 * The configuration could not be used. `problems` are sentences for whoever deploys the app (school IT),
 * shown on the configuration error screen; none of them contains pupil data or secrets.
 */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`app-config.json cannot be used: ${problems.join(' ')}`);
    this.name = 'ConfigError';
  }
}

export const CONFIG_URL = '/app-config.json';

type FetchLike = (url: string, init?: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

const issuePath = (path: readonly PropertyKey[]): string =>
  path.length === 0 ? 'app-config.json' : path.map(String).join('.');

/** Validates already-parsed JSON; exported so the schema's messages can be tested without HTTP. */
export const parseConfig = (json: unknown): AppConfig => {
  const result = AppConfigSchema.safeParse(json);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issuePath(issue.path)}: ${issue.message}`));
};

/**
 * Fetches the runtime configuration served beside the bundles. Every failure becomes a ConfigError that
 * says what to fix, so a mis-deployed tab shows a clear screen instead of a blank one.
 */
export const loadConfig = async (
  fetchFn: FetchLike = (url, init) => fetch(url, init),
): Promise<AppConfig> => {
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchFn(CONFIG_URL, { cache: 'no-store', credentials: 'same-origin' });
  } catch {
    throw new ConfigError([
      `${CONFIG_URL} could not be fetched. Check the connection and that the file is deployed beside tab.html.`,
    ]);
  }
  if (!response.ok) {
    throw new ConfigError([
      `${CONFIG_URL} answered HTTP ${response.status}. Deploy app-config.json beside tab.html (see the deployment guide).`,
    ]);
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError([
      `${CONFIG_URL} is not valid JSON. Check it with a JSON validator and deploy it again.`,
    ]);
  }
  return parseConfig(json);
};
