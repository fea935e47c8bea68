import {
  BatchRequestContent,
  Client,
  HTTPMessageHandler,
  PageIterator,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import type { StandIn } from './server';
import { createList, SEN_SITE_ID, SENCO, startTestStandIn } from './testSupport';

/**
 * The product talks to the stand-in through @microsoft/microsoft-graph-client 3, whose quirks matter here:
 * its AuthenticationHandler adds tokens only to https:// hosts (so local mode needs its own auth middleware),
 * it follows nextLinks only if they are https://, and BatchRequestContent sends `/v1.0/...` urls.
 */
class LocalTokenMiddleware implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly token: string) {}
  async execute(context: Context): Promise<void> {
    const headers = new Headers(context.options?.headers);
    headers.set('Authorization', `Bearer ${this.token}`);
    context.options = { ...context.options, headers };
    if (!this.next) throw new Error('No next middleware.');
    return this.next.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

let standIn: StandIn;
let client: Client;

beforeAll(async () => {
  standIn = await startTestStandIn();
  const auth = new LocalTokenMiddleware(`local-dev-token:${SENCO}`);
  const retry = new RetryHandler(new RetryHandlerOptions(0, 5));
  auth.setNext(retry);
  retry.setNext(new HTTPMessageHandler());
  client = Client.initWithMiddleware({ baseUrl: `${standIn.url}/`, middleware: auth });
});
afterAll(() => standIn.close());

describe('with @microsoft/microsoft-graph-client', () => {
  it('pages through items with PageIterator', async () => {
    const listId = await createList(standIn, 'Sdk Paging', []);
    const items = `/sites/${SEN_SITE_ID}/lists/${listId}/items`;
    for (let i = 1; i <= 7; i++) await client.api(items).post({ fields: { Title: `Row ${i}` } });
    const first = (await client.api(items).top(3).get()) as { value: unknown[] };
    const seen: string[] = [];
    await new PageIterator(client, first, (item) => {
      seen.push((item as { id: string }).id);
      return true;
    }).iterate();
    expect(seen).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('sends a BatchRequestContent batch', async () => {
    const batch = new BatchRequestContent([
      { id: '1', request: new Request(`${standIn.url}/v1.0/me`) },
      { id: '2', request: new Request(`${standIn.url}/v1.0/users/head@oakfield.example`) },
    ]);
    const result = (await client.api('/$batch').post(await batch.getContent())) as {
      responses: { id: string; status: number; body: { displayName: string } }[];
    };
    // Graph answers in any order; the ids say which answer is which.
    const byId = [...result.responses].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId.map((r) => [r.id, r.status, r.body.displayName])).toEqual([
      ['1', 200, 'Priya Shah'],
      ['2', 200, 'David Okafor'],
    ]);
  });

  it('rides out injected throttling with the SDK retry handler', async () => {
    standIn.setFaults({ rate: 0.4, statuses: [429, 503], retryAfterSeconds: 0, seed: 11 });
    try {
      for (let i = 0; i < 10; i++) {
        const me = (await client.api('/me').get()) as { mail: string };
        expect(me.mail).toBe(SENCO);
      }
    } finally {
      standIn.setFaults(null);
    }
  });
});
