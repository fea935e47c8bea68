/**
 * A fetch for one user's Graph client that throttles chosen `$batch` parts once, the way Graph answers
 * a part 429 while running the others, and holds their resend until the test says go. It makes
 * "this part landed after that colleague's save" happen every time instead of now and then.
 */
interface SubRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
}

interface SubResponse {
  readonly id: string;
  readonly status: number;
}

const urlOf = (input: Parameters<typeof fetch>[0]): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

const throttled = (id: string) => ({
  id,
  status: 429,
  headers: { 'Retry-After': '0', 'Content-Type': 'application/json' },
  body: { error: { code: 'activityLimitReached', message: 'The request has been throttled' } },
});

export const heldBackFetch = (options: {
  /** The parts to throttle the first time they are sent. */
  readonly holdBack: (part: SubRequest) => boolean;
  /** Runs before a held-back part is sent again. */
  readonly beforeResend: () => Promise<void>;
}): typeof fetch => {
  const heldBack = new Set<string>();
  return async (input, init) => {
    if (!urlOf(input).endsWith('/$batch') || typeof init?.body !== 'string') return fetch(input, init);
    const payload = JSON.parse(init.body) as { requests: SubRequest[] };
    const key = (part: SubRequest): string => JSON.stringify(part);
    if (payload.requests.some((part) => heldBack.has(key(part)))) {
      await options.beforeResend();
      return fetch(input, init);
    }
    const held = payload.requests.filter((part) => options.holdBack(part));
    if (held.length === 0) return fetch(input, init);
    for (const part of held) heldBack.add(key(part));
    const rest = payload.requests.filter((part) => !held.includes(part));
    const answers: SubResponse[] =
      rest.length === 0
        ? []
        : (
            (await (await fetch(input, { ...init, body: JSON.stringify({ requests: rest }) })).json()) as {
              responses: SubResponse[];
            }
          ).responses;
    return new Response(
      JSON.stringify({ responses: [...answers, ...held.map((part) => throttled(part.id))] }),
      {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      },
    );
  };
};
