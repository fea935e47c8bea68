import { execFileSync } from 'node:child_process';
import type { StandIn } from './server';
import { errorOf, graph, PUPIL, SEN_SITE_ID, SENCO, startTestStandIn } from './testSupport';

/** The SEN library's upload and PDF conversion, and sendMail into the outbox, over plain HTTP. */
const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
})();

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startTestStandIn();
});
afterAll(() => standIn.close());

/** An upload by path as a client sends it: the file's raw bytes, as `who`. */
const upload = (path: string, bytes: Buffer, who: string = SENCO, query = '') =>
  fetch(`${standIn.url}/v1.0/sites/${SEN_SITE_ID}/drive/root:/${path}:/content${query}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer local-dev-token:${who}`, 'Content-Type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  });

describe('stand-in: the SEN site library', () => {
  it('stores a file by path, the same path twice is one file, and the pupil may not write there', async () => {
    const first = await upload('IEP%20Planner/Sent%20home/a.txt', Buffer.from('one'));
    expect(first.status).toBe(201);
    const item = (await first.json()) as { id: string; parentReference: { driveId: string } };
    const again = await upload('IEP%20Planner/Sent%20home/a.txt', Buffer.from('two'));
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(item.id);
    const failing = await upload(
      'IEP%20Planner/Sent%20home/a.txt',
      Buffer.from('three'),
      SENCO,
      '?@microsoft.graph.conflictBehavior=fail',
    );
    expect(failing.status).toBe(409);
    expect((await upload('b.txt', Buffer.from('x'), PUPIL)).status).toBe(403);

    // Content without a format: a 302 to a download URL that needs no token.
    const content = await fetch(
      `${standIn.url}/v1.0/drives/${item.parentReference.driveId}/items/${item.id}/content`,
      { headers: { Authorization: `Bearer local-dev-token:${SENCO}` }, redirect: 'manual' },
    );
    expect(content.status).toBe(302);
    const download = await fetch(content.headers.get('location') ?? '');
    expect(await download.text()).toBe('two');
  });

  it('answers 406 notSupported for a file it cannot convert to PDF', async () => {
    const item = (await (await upload('notes.txt', Buffer.from('plain'))).json()) as {
      id: string;
      parentReference: { driveId: string };
    };
    const result = await graph(
      standIn,
      'GET',
      `/drives/${item.parentReference.driveId}/items/${item.id}/content?format=pdf`,
    );
    expect(result.status).toBe(406);
    expect(errorOf(result).code).toBe('notSupported');
  });

  (hasSoffice ? it : it.skip)('converts a Word file to PDF behind a 302', async () => {
    // An RTF file is a Word document LibreOffice reads, and small enough to write here.
    const rtf = Buffer.from('{\\rtf1\\ansi Reading targets for Sam\\par}');
    const item = (await (await upload('plan.rtf', rtf)).json()) as {
      id: string;
      parentReference: { driveId: string };
    };
    const answer = await fetch(
      `${standIn.url}/v1.0/drives/${item.parentReference.driveId}/items/${item.id}/content?format=pdf`,
      { headers: { Authorization: `Bearer local-dev-token:${SENCO}` }, redirect: 'manual' },
    );
    expect(answer.status).toBe(302);
    const pdf = Buffer.from(await (await fetch(answer.headers.get('location') ?? '')).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('stand-in: sendMail', () => {
  const message = (overrides: Record<string, unknown> = {}) => ({
    message: {
      subject: "Sam's plan from school",
      body: { contentType: 'HTML', content: '<p>Dear parent</p>' },
      toRecipients: [{ emailAddress: { name: 'A Parent', address: 'parent@home.example' } }],
      attachments: [
        {
          '@odata.type': '#microsoft.graph.fileAttachment',
          name: 'Sam - plan.txt',
          contentType: 'text/plain',
          contentBytes: Buffer.from('the plan').toString('base64'),
        },
      ],
      ...overrides,
    },
    saveToSentItems: true,
  });

  it('accepts with 202 and no body, and keeps the message with its attachment in the outbox', async () => {
    const result = await graph(standIn, 'POST', '/me/sendMail', { body: message() });
    expect(result.status).toBe(202);
    expect(result.body).toEqual({});
    const outbox = (await (await fetch(`${standIn.url}/outbox/mail`)).json()) as {
      messages: { id: string; to: { address: string }[]; from: string; attachments: { name: string }[] }[];
    };
    const sent = outbox.messages.at(-1);
    expect(sent?.to.map((t) => t.address)).toEqual(['parent@home.example']);
    expect(sent?.from).toBe(SENCO);
    expect(sent?.attachments.map((a) => a.name)).toEqual(['Sam - plan.txt']);
    const bytes = await fetch(`${standIn.url}/outbox/mail/${sent?.id}/attachments/1`);
    expect(await bytes.text()).toBe('the plan');
  });

  it('refuses a message with no recipients, and one over 4 MB', async () => {
    const none = await graph(standIn, 'POST', '/me/sendMail', { body: message({ toRecipients: [] }) });
    expect(none.status).toBe(400);
    const big = Buffer.alloc(3_200_000, 1).toString('base64');
    const tooBig = await graph(standIn, 'POST', '/me/sendMail', {
      body: message({
        attachments: [
          { '@odata.type': '#microsoft.graph.fileAttachment', name: 'big.bin', contentBytes: big },
        ],
      }),
    });
    expect(tooBig.status).toBe(413);
  });
});
