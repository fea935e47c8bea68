/** Test-only: a fetch that answers from a function, recording every request, so no socket is opened. */
export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface FakeAnswer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface FakeFetch {
  readonly fetch: typeof fetch;
  readonly seen: SeenRequest[];
}

const headersOf = (init: RequestInit | undefined): Record<string, string> => {
  const headers = new Headers(init?.headers);
  const plain: Record<string, string> = {};
  headers.forEach((value, key) => (plain[key] = value));
  return plain;
};

export const fakeFetch = (
  answer: (request: SeenRequest, index: number) => FakeAnswer | Promise<FakeAnswer>,
): FakeFetch => {
  const seen: SeenRequest[] = [];
  const impl: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const request: SeenRequest = {
      method: (init?.method ?? 'GET').toUpperCase(),
      url,
      headers: headersOf(init),
      body: text === undefined ? undefined : (JSON.parse(text) as unknown),
    };
    seen.push(request);
    const reply = await answer(request, seen.length - 1);
    const hasBody = reply.body !== undefined && reply.status !== 204;
    return new Response(hasBody ? JSON.stringify(reply.body) : null, {
      status: reply.status,
      headers: { ...(hasBody ? { 'Content-Type': 'application/json' } : {}), ...reply.headers },
    });
  };
  return { fetch: impl, seen };
};

/** A `$batch` sub-request as the fake sees it. */
export interface SubRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export const subRequestsOf = (request: SeenRequest): SubRequest[] =>
  (request.body as { requests: SubRequest[] }).requests;
