/**
 * Malformed JSON-RPC from a client, in both eras: what is not JSON (or not UTF-8) is -32700,
 * what JSON-RPC and MCP's schema forbid (a null or fractional id, an integer id beyond 2^53
 * that would be answered under its neighbour, params that are not structured) is refused by
 * the gateway itself with 400/-32600, recorded nowhere and forwarded nowhere; a UTF-8 byte
 * order mark, which a JSON parser may ignore, is accepted and the frame is recorded as JSON
 * any reader parses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureServer,
  startFixtureServer,
} from '../../services/enforcer/src/test-fixtures/fixture-server';
import {
  framePayloads,
  startTestGateway,
  type TestGateway,
} from '../../services/enforcer/src/test-fixtures/gateway-harness';
import { rawRequest } from '../../services/enforcer/src/test-fixtures/raw-http';
import { initializeBody, MCP_POST_HEADERS, RawSession } from '../fixtures/raw-session';
import { type StatelessFixture, startStatelessServer } from '../fixtures/stateless-server';

const STATELESS = { ...MCP_POST_HEADERS, 'mcp-protocol-version': '2026-07-28', 'mcp-method': 'tools/list' };
const ENVELOPE = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientInfo': { name: 'edge', version: '1' },
  'io.modelcontextprotocol/clientCapabilities': {},
};
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Bodies the gateway refuses itself, built around a method and its params (the unsafe id cannot
 * be built with JSON.stringify): the JSON-RPC code, and the id the error is answered under.
 */
const MALFORMED: [string, (method: string, params: string) => string | Buffer, number, number | null][] = [
  ['a body that is not JSON', () => 'synthetic text', -32700, null],
  ['an empty body', () => '', -32700, null],
  [
    'a body that is not UTF-8',
    (m) =>
      Buffer.concat([
        Buffer.from(`{"jsonrpc":"2.0","id":1,"method":"${m}","x":"`),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('"}'),
      ]),
    -32700,
    null,
  ],
  ['a JSON scalar', () => '42', -32600, null],
  ['jsonrpc "1.0"', (m, p) => `{"jsonrpc":"1.0","id":1,"method":"${m}","params":${p}}`, -32600, null],
  ['neither method nor result', () => '{"jsonrpc":"2.0","id":1}', -32600, null],
  [
    'a method that is not a string',
    (_m, p) => `{"jsonrpc":"2.0","id":1,"method":7,"params":${p}}`,
    -32600,
    null,
  ],
  ['an object id', (m, p) => `{"jsonrpc":"2.0","id":{},"method":"${m}","params":${p}}`, -32600, null],
  ['a null id', (m, p) => `{"jsonrpc":"2.0","id":null,"method":"${m}","params":${p}}`, -32600, null],
  ['a fractional id', (m, p) => `{"jsonrpc":"2.0","id":1.5,"method":"${m}","params":${p}}`, -32600, null],
  [
    'an id beyond 2^53',
    (m, p) => `{"jsonrpc":"2.0","id":9007199254740993,"method":"${m}","params":${p}}`,
    -32600,
    null,
  ],
  ['an id of 1e400', (m, p) => `{"jsonrpc":"2.0","id":1e400,"method":"${m}","params":${p}}`, -32600, null],
  // A valid id: the error answers the request under it.
  ['string params', (m) => `{"jsonrpc":"2.0","id":1,"method":"${m}","params":"synthetic"}`, -32600, 1],
  ['null params', (m) => `{"jsonrpc":"2.0","id":1,"method":"${m}","params":null}`, -32600, 1],
];

describe('malformed JSON-RPC from a client', () => {
  let stateful: FixtureServer;
  let stateless: StatelessFixture;
  let gateway: TestGateway;
  let session: RawSession;

  beforeAll(async () => {
    stateful = await startFixtureServer();
    stateless = await startStatelessServer();
    gateway = await startTestGateway({
      connections: [
        { name: 'legacy', upstream: { url: stateful.url } },
        { name: 'modern', upstream: { url: stateless.url }, era: 'stateless' },
      ],
    });
    session = await RawSession.open(gateway.base, '/mcp/legacy');
  });

  afterAll(async () => {
    await gateway?.close();
    await stateful?.close();
    await stateless?.close();
  });

  const post = (connection: string, headers: Record<string, string>, body: string | Buffer) =>
    rawRequest(gateway.base, { method: 'POST', path: `/mcp/${connection}`, headers, body });
  const cases: [string, () => [string, Record<string, string>, string, string]][] = [
    [
      'initialize, outside a session',
      () => ['legacy', MCP_POST_HEADERS, 'initialize', JSON.stringify(JSON.parse(initializeBody()).params)],
    ],
    ['a request inside a session', () => ['legacy', session.headers(), 'tools/list', '{}']],
    ['a 2026-07-28 request', () => ['modern', STATELESS, 'tools/list', JSON.stringify({ _meta: ENVELOPE })]],
  ];
  for (const [where, target] of cases) {
    for (const [what, body, code, answerId] of MALFORMED) {
      it(`refuses ${what} in ${where} with 400/${code}, forwarding nothing and recording only the refusal`, async () => {
        const [connection, headers, method, params] = target();
        const records = gateway.log.records.length;
        const received = stateless.received.length;
        const res = await post(connection, headers, body(method, params));
        expect(res.status).toBe(400);
        expect(JSON.parse(res.body)).toMatchObject({ jsonrpc: '2.0', id: answerId, error: { code } });
        // No frame, no session: one auth_failure an auditor counts as an attempt (never the body).
        const recorded = gateway.events().slice(records);
        expect(recorded.map((e) => e.type === 'auth_failure' && e.body.reason.split(':')[0])).toEqual([
          'invalid_request',
        ]);
        expect(stateless.received.length).toBe(received);
      });
    }
  }

  it('accepts a body opening with a byte order mark and records the message without it', async () => {
    const before = gateway.log.records.length;
    const body = Buffer.concat([BOM, Buffer.from(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'ping' }))]);
    const res = await session.post(body);
    expect(res.status).toBe(200);
    expect(res.body).toContain('"id":7');
    const frames = gateway
      .events()
      .slice(before)
      .filter((e) => e.type === 'frame');
    expect(frames.map((e) => JSON.parse(e.body.payload.toString('utf8')))).toEqual([
      { jsonrpc: '2.0', id: 7, method: 'ping' },
      { jsonrpc: '2.0', id: 7, result: {} },
    ]);
  });

  it('accepts a 2026-07-28 request opening with a byte order mark', async () => {
    const body = Buffer.concat([
      BOM,
      Buffer.from(
        JSON.stringify({ jsonrpc: '2.0', id: 8, method: 'tools/list', params: { _meta: ENVELOPE } }),
      ),
    ]);
    const res = await post('modern', STATELESS, body);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({
      jsonrpc: '2.0',
      id: 8,
      result: { tools: expect.any(Array) },
    });
  });

  it('answers each invalid item of a 2025-03-26 batch with its own error and forwards the valid ones', async () => {
    const batchSession = await RawSession.open(gateway.base, '/mcp/legacy', 'good', '2025-03-26');
    const before = gateway.eventsOf(batchSession.id).length;
    const res = await batchSession.post(
      '[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"1.0","id":2,"method":"ping"},' +
        '{"jsonrpc":"2.0","id":3,"method":"ping","params":"x"},5,{"jsonrpc":"2.0","method":"notifications/x"}]',
    );
    expect(res.status).toBe(200);
    const answers = messagesIn(res.body);
    expect(answers).toHaveLength(4);
    const refused = (id: number | null, item: number) =>
      expect.objectContaining({
        id,
        error: expect.objectContaining({
          code: -32600,
          message: expect.stringContaining(`batch item ${item}`),
        }),
      });
    expect(answers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 1, result: {} }),
        refused(null, 1),
        refused(3, 2),
        refused(null, 3),
      ]),
    );
    // Only the valid items were recorded as the client's and forwarded; every answer was recorded.
    const events = gateway.eventsOf(batchSession.id).slice(before);
    expect(framePayloads(events, 'client_to_server')).toEqual([
      { jsonrpc: '2.0', id: 1, method: 'ping' },
      { jsonrpc: '2.0', method: 'notifications/x' },
    ]);
    const recorded = framePayloads(events, 'server_to_client');
    expect(recorded).toHaveLength(4);
    expect(recorded).toEqual(expect.arrayContaining(answers));
    // A batch with nothing valid is refused whole, under no id.
    const none = await batchSession.post('[1,{"jsonrpc":"2.0","id":7}]');
    expect(none.status).toBe(400);
    expect(JSON.parse(none.body)).toMatchObject({ id: null, error: { code: -32600 } });
  });
});

/** The messages of an answer: a JSON batch, or the batches and messages of its SSE events. */
function messagesIn(body: string): Record<string, unknown>[] {
  if (body.startsWith('[') || body.startsWith('{')) return [JSON.parse(body)].flat();
  return body
    .split('\n')
    .filter((line) => line.startsWith('data: ') && line.length > 6)
    .flatMap((line) => [JSON.parse(line.slice(6))].flat());
}
