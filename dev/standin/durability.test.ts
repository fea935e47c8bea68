import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { StandIn } from './server';
import { createList, fieldsOf, graph, SEN_SITE_ID, tempDataDir } from './testSupport';

/** The CLI as a real child process, so `kill -9` really kills the server mid-life. */
const ROOT = path.resolve(__dirname, '../..');

interface RunningCli {
  child: ChildProcess;
  standIn: StandIn;
}

function startCli(dataDir: string): Promise<RunningCli> {
  // `node --import tsx` keeps the server in this one process; the tsx binary would run it in a grandchild that
  // SIGKILL on the parent does not reach.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'dev/standin/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, STANDIN_PORT: '0', STANDIN_DATA: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The CLI did not start: ${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const url = match[1] as string;
      // Only url is used by the graph() helper; the rest of StandIn belongs to in-process servers.
      const standIn = { url, port: Number(match[2]) } as StandIn;
      resolve({ child, standIn });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The CLI exited early (${String(code)}): ${output}`)));
  });
}

const exited = (child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> =>
  new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

describe('durability of the CLI stand-in', () => {
  it('keeps every acknowledged write through kill -9 and a restart', async () => {
    const dataDir = tempDataDir();
    const first = await startCli(dataDir);
    const listId = await createList(first.standIn, 'Durable', [{ name: 'Seq', number: {}, indexed: true }]);
    const items = `/sites/${SEN_SITE_ID}/lists/${listId}/items`;
    for (let seq = 1; seq <= 10; seq++) {
      expect(
        (await graph(first.standIn, 'POST', items, { body: { fields: { Title: `Item ${seq}`, Seq: seq } } }))
          .status,
      ).toBe(201);
    }
    const requests = Array.from({ length: 20 }, (_, i) => ({
      id: String(i),
      method: 'POST',
      url: items,
      headers: { 'Content-Type': 'application/json' },
      body: { fields: { Title: `Batched ${i}`, Seq: 100 + i } },
    }));
    expect((await graph(first.standIn, 'POST', '/$batch', { body: { requests } })).status).toBe(200);
    const edited = await graph(first.standIn, 'PATCH', `${items}/3/fields`, {
      body: { Title: 'Edited last' },
    });
    expect(edited.status).toBe(200);

    const killed = exited(first.child);
    first.child.kill('SIGKILL');
    expect((await killed).signal).toBe('SIGKILL');

    const second = await startCli(dataDir);
    try {
      const all = await graph(second.standIn, 'GET', `${items}?$expand=fields&$top=100`);
      expect(all.status).toBe(200);
      expect(all.body.value).toHaveLength(30);
      const three = await graph(second.standIn, 'GET', `${items}/3?$expand=fields`);
      expect(fieldsOf(three.body)['Title']).toBe('Edited last');
      expect(three.body['eTag']).toBe(edited.body['@odata.etag']);
      // Ids are never reused after a restart.
      const next = await graph(second.standIn, 'POST', items, { body: { fields: { Seq: 999 } } });
      expect(next.body['id']).toBe('31');
    } finally {
      const stopped = exited(second.child);
      second.child.kill('SIGTERM');
      expect((await stopped).code).toBe(0);
    }
  }, 60_000);
});
