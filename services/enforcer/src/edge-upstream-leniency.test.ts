/**
 * What a lenient upstream would let through the gateway: GET (listening) streams without end
 * in one session (the SDK's servers refuse a second one; this upstream keeps them all), and
 * the gateway's own upstream credential quoted back in a result, an SSE event or an error.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framePayloads, startTestGateway, type TestGateway } from './test-fixtures/gateway-harness';
import { type LenientUpstream, startLenientUpstream } from './test-fixtures/lenient-upstream';
import { initializeRequest, postMcp } from './test-fixtures/raw-http';
import { waitUntil } from './test-fixtures/wait-until';
import { CREDENTIAL_MARKER } from './upstream/credential-echo';
import { staticCredentials } from './upstream/port';

const PATH = '/mcp/lenient';

/** Opens a stateful session at the gateway and returns its id. */
async function openSession(gateway: TestGateway): Promise<string> {
  const init = await postMcp(gateway.base, PATH, JSON.stringify(initializeRequest('2025-06-18')));
  expect(init.status).toBe(200);
  const sessionId = String(init.headers['mcp-session-id']);
  const headers = { 'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-06-18' };
  await postMcp(
    gateway.base,
    PATH,
    JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }),
    headers,
  );
  return sessionId;
}

interface OpenGet {
  status: number;
  body: Promise<string>;
  close(): void;
}

/** A GET on the session, resolved at the answer's head; the body keeps coming until `close`. */
function openGet(gateway: TestGateway, sessionId: string): Promise<OpenGet> {
  const url = new URL(gateway.base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: 'GET',
        path: PATH,
        headers: {
          accept: 'text/event-stream',
          authorization: 'Bearer good',
          'mcp-session-id': sessionId,
          'mcp-protocol-version': '2025-06-18',
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        const body = new Promise<string>((done) => {
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
          res.on('close', () => done(Buffer.concat(chunks).toString('utf8')));
        });
        resolve({ status: res.statusCode ?? 0, body, close: () => req.destroy() });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('GET streams of one stateful session', () => {
  let upstream: LenientUpstream;
  let gateway: TestGateway;

  beforeAll(async () => {
    upstream = await startLenientUpstream();
    gateway = await startTestGateway({
      connections: [{ name: 'lenient', upstream: { url: upstream.url } }],
      maxListeningStreamsPerSession: 2,
      // A stream whose client left is let go at once (its slot with it).
      sse: { resumeGraceMs: 0 },
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  it('are capped per session (429/-31013, nothing opened upstream) until one ends', async () => {
    const sessionId = await openSession(gateway);
    const first = await openGet(gateway, sessionId);
    const second = await openGet(gateway, sessionId);
    expect([first.status, second.status]).toEqual([200, 200]);
    await waitUntil(() => upstream.openStreams() === 2, 'two upstream GET streams');

    const third = await openGet(gateway, sessionId);
    expect(third.status).toBe(429);
    expect(JSON.parse(await third.body)).toMatchObject({
      jsonrpc: '2.0',
      id: null,
      error: { code: -31013, message: expect.stringMatching(/at most 2/) },
    });
    expect(upstream.openStreams()).toBe(2);

    // Another session has slots of its own.
    const other = await openGet(gateway, await openSession(gateway));
    expect(other.status).toBe(200);
    await waitUntil(() => upstream.openStreams() === 3, 'the other session’s stream');
    other.close();

    // Once a stream's client leaves and its upstream stream is let go, the slot is free again.
    first.close();
    await waitUntil(() => upstream.openStreams() === 1, 'the abandoned streams closed upstream');
    const again = await openGet(gateway, sessionId);
    expect(again.status).toBe(200);
    second.close();
    again.close();
  });
});

describe('the gateway’s upstream credential echoed back', () => {
  // No run of 12 characters of a credential is in other text (a header name): such a run is replaced.
  const TOKEN = 'tok-7f3a9c2e41b8d05e6a94c1';
  const KEY = 'key-5d1e8b7a90c4f2';
  /** A header credential whose percent-encoding differs from it. */
  const SECRET = 'p@ss/w+rd=91!xyz';
  let upstream: LenientUpstream;
  let gateway: TestGateway;
  let sessionId: string;

  beforeAll(async () => {
    upstream = await startLenientUpstream();
    gateway = await startTestGateway(
      { connections: [{ name: 'lenient', upstream: { url: upstream.url } }] },
      {
        credentials: staticCredentials(
          new Map([
            [
              'lenient',
              { authorization: `Bearer ${TOKEN}`, 'X-Upstream-Key': KEY, 'X-Upstream-Secret': SECRET },
            ],
          ]),
        ),
      },
    );
    sessionId = await openSession(gateway);
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  const call = (name: string) =>
    postMcp(
      gateway.base,
      PATH,
      JSON.stringify({ jsonrpc: '2.0', id: name, method: 'tools/call', params: { name, arguments: {} } }),
      { 'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-06-18' },
    );

  it.each([
    ['a JSON result', 'echo_headers'],
    ['an SSE event', 'echo_headers_stream'],
    ['an SSE event written 7 bytes at a time', 'echo_headers_chunked'],
    ['an error message', 'echo_headers_error'],
  ])('is replaced with a marker in %s, for the client and in the audit log', async (_, tool) => {
    const res = await call(tool);
    expect(res.status).toBe(200);
    for (const secret of [TOKEN, KEY]) expect(res.body).not.toContain(secret);
    expect(res.body).toContain(`Bearer ${CREDENTIAL_MARKER}`);
    expect(res.body).toContain(`"x-upstream-key\\":\\"${CREDENTIAL_MARKER}`);

    const answers = framePayloads(gateway.eventsOf(sessionId), 'server_to_client');
    const recorded = JSON.stringify(answers.find((a) => (a as { id?: unknown }).id === tool));
    expect(recorded).toContain(CREDENTIAL_MARKER);
    const everything = Buffer.concat(gateway.log.records.map((r) => r.record.value)).toString('latin1');
    for (const secret of [TOKEN, KEY]) expect(everything).not.toContain(secret);
  });

  it('attack: an upstream echoing it base64-encoded in a blob or percent-encoded in a link gets it replaced too', async () => {
    const res = await call('echo_headers_encoded');
    expect(res.status).toBe(200);
    const [resource, link] = (
      JSON.parse(res.body) as { result: { content: [{ resource: { blob: string } }, { text: string }] } }
    ).result.content;
    // What decodes from the blob around the markers holds none of the credentials.
    const pieces = resource.resource.blob.split(CREDENTIAL_MARKER);
    expect(pieces.length).toBe(1 + 3);
    const decoded = pieces.map((piece) => Buffer.from(piece, 'base64').toString('latin1')).join('');
    expect(decoded).toContain('"host":');
    for (const secret of [TOKEN, KEY, SECRET]) expect(decoded).not.toContain(secret);
    expect(link.text).toContain(`%22x-upstream-secret%22%3A%22${CREDENTIAL_MARKER}%22`);
    // Nor is any base64 spelling of them (at any offset) or the percent-encoded one in the log.
    const everything = Buffer.concat(gateway.log.records.map((r) => r.record.value)).toString('latin1');
    for (const secret of [TOKEN, KEY, SECRET]) {
      expect(everything).not.toContain(encodeURIComponent(secret));
      for (const before of ['', 'x', 'xx']) {
        const middle = Buffer.from(before + secret)
          .toString('base64')
          .slice(12, 28);
        expect({ secret, before, found: everything.includes(middle) }).toEqual({
          secret,
          before,
          found: false,
        });
      }
    }
  });

  it('attack: an upstream cutting it in two notifications, one half hex-encoded, gets both halves replaced', async () => {
    const res = await call('echo_headers_split');
    expect(res.status).toBe(200);
    const half = TOKEN.slice(Math.floor(TOKEN.length / 2));
    const notes = res.body.split('\n').filter((line) => line.includes('notifications/message'));
    expect(notes).toHaveLength(2);
    for (const note of notes) expect(note).toContain(`"data":"${CREDENTIAL_MARKER}"`);
    for (const piece of [TOKEN.slice(0, 12), Buffer.from(half).toString('hex').slice(0, 24)])
      expect(res.body).not.toContain(piece);
    const everything = Buffer.concat(gateway.log.records.map((r) => r.record.value)).toString('latin1');
    expect(everything).not.toContain(TOKEN.slice(0, 12));
    expect(everything).not.toContain(Buffer.from(half).toString('hex').slice(0, 24));
  });

  it('attack: an upstream echoing it in a response header the gateway relays (Cache-Control) gets it replaced', async () => {
    const res = await call('echo_headers_in_cache_control');
    expect(res.status).toBe(200);
    expect(String(res.headers['cache-control'])).not.toContain(TOKEN);
    expect(String(res.headers['cache-control'])).toContain(CREDENTIAL_MARKER);
  });
});
