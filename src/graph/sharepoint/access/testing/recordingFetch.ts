/** A request as the fake fetch saw it: the path and query after the site URL, decoded as SharePoint reads it. */
export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  /** Path and query after `/_api/`, percent-decoded. */
  readonly api: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export type Answer = Response | Error | ((request: SeenRequest) => Response | Error);

interface Rule {
  readonly method: string;
  readonly api: RegExp;
  readonly answers: Answer[];
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** SharePoint's nometadata error body. */
export const spError = (status: number, message: string, headers: Record<string, string> = {}): Response =>
  json(
    {
      'odata.error': {
        code: '-1, Microsoft.SharePoint.SPException',
        message: { lang: 'en-US', value: message },
      },
    },
    status,
    headers,
  );

/**
 * A fetch for unit tests: answers by method and `_api` path (first matching rule; a rule's answers are
 * used in turn, the last one repeated) and records every request. Unmatched requests answer 404.
 */
export const recordingFetch = () => {
  const rules: Rule[] = [];
  const seen: SeenRequest[] = [];
  const on = (method: string, api: RegExp, ...answers: Answer[]) => {
    rules.push({ method, api, answers });
  };
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? 'GET').toUpperCase();
    const raw = url.slice(url.indexOf('/_api/') + '/_api/'.length);
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const request: SeenRequest = {
      method,
      url,
      api: decodeURIComponent(raw),
      headers: Object.fromEntries(
        Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
      ),
      body: text === undefined || text === '' ? undefined : (JSON.parse(text) as unknown),
    };
    seen.push(request);
    const rule = rules.find((r) => r.method === method && r.api.test(request.api));
    if (!rule) return spError(404, `No fake answer for ${method} ${request.api}`);
    const answer = (rule.answers.length > 1 ? rule.answers.shift() : rule.answers[0]) as Answer;
    const given = typeof answer === 'function' ? answer(request) : answer;
    if (given instanceof Error) throw given;
    return given.clone();
  };
  return { fetchImpl, on, seen };
};

/** Timing that never waits and records the waits asked for. */
export const noWait = () => {
  const waits: number[] = [];
  return {
    waits,
    timing: {
      sleep: async (ms: number) => {
        waits.push(ms);
      },
      random: () => 0.5,
      now: () => Date.parse('2026-12-03T09:00:00Z'),
    },
  };
};
