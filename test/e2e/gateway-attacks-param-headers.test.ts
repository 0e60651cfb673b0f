/**
 * `Mcp-Param-*` headers (revision 2026-07-28, tools' `x-mcp-header` arguments) on the direct
 * path, against an upstream that does not check them itself (as the reference server does
 * not): the gateway, which decides on the body, refuses a call whose headers name another
 * call than its body (400, -32020, recorded, nothing forwarded), so a balancer routing on the
 * header behind it and the server running the body never see two different calls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaxUpstream, startLaxUpstream } from '../fixtures/lax-upstream';
import { postStatelessToolCall, RawSession, statelessToolCall } from '../fixtures/raw-session';
import { type StatelessGateway, startStatelessGateway } from '../fixtures/stateless-gateway';

const ROUTE_ORDER = {
  name: 'route_order',
  inputSchema: {
    type: 'object',
    properties: {
      region: { type: 'string', 'x-mcp-header': 'Region' },
      priority: { type: 'integer', 'x-mcp-header': 'Priority' },
      note: { type: 'string' },
    },
  },
};

/** Tools a client must leave out of its listing: their x-mcp-header annotations are invalid. */
const INVALID_TOOLS = [
  {
    name: 'weigh',
    inputSchema: { type: 'object', properties: { kg: { type: 'number', 'x-mcp-header': 'Kg' } } },
  },
  {
    name: 'spaced',
    inputSchema: { type: 'object', properties: { a: { type: 'string', 'x-mcp-header': 'A B' } } },
  },
  {
    name: 'twice',
    inputSchema: {
      type: 'object',
      properties: {
        a: { type: 'string', 'x-mcp-header': 'Key' },
        b: { type: 'string', 'x-mcp-header': 'key' },
      },
    },
  },
];

const base64 = (text: string) => `=?base64?${Buffer.from(text, 'utf8').toString('base64')}?=`;

describe('Mcp-Param-* headers on the direct 2026-07-28 path', () => {
  let upstream: LaxUpstream;
  let gateway: StatelessGateway;
  let nextId = 1;

  beforeAll(async () => {
    upstream = await startLaxUpstream([ROUTE_ORDER, ...INVALID_TOOLS]);
    gateway = await startStatelessGateway([{ name: 'lax', url: upstream.url, era: 'stateless' }]);
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  const call = (args: Record<string, unknown>, params: Record<string, string>, tool = 'route_order') =>
    postStatelessToolCall(gateway.base, 'lax', statelessToolCall(nextId++, tool, args), params);
  const upstreamCalls = () => upstream.received.filter((r) => r.method === 'tools/call').length;
  const upstreamLists = () => upstream.received.filter((r) => r.method === 'tools/list').length;

  it('lets agreeing headers through, and refuses every disagreeing one before the upstream sees it', async () => {
    for (const [args, params] of [
      [{ region: 'eu-west' }, { 'mcp-param-region': 'eu-west' }],
      [{ region: 'zürich' }, { 'mcp-param-region': base64('zürich') }],
      [{ priority: 3 }, { 'Mcp-Param-Priority': '3.0' }],
      // A header whose argument is absent, and one no argument declares, are not checked.
      [{}, { 'mcp-param-region': 'eu-west' }],
      [{ note: 'x' }, { 'mcp-param-note': 'anything' }],
    ] as const) {
      const res = await call(args, params);
      expect(res.status, JSON.stringify(params)).toBe(200);
      expect(res.body).toContain('ran:');
    }
    // The gateway read the upstream's tools once for this caller, and keeps them.
    expect(upstreamLists()).toBe(1);

    const before = upstreamCalls();
    for (const [args, params] of [
      [{ region: 'eu-west' }, { 'mcp-param-region': 'us-east' }],
      [{ region: 'eu-west' }, { 'mcp-param-region': 'EU-WEST' }],
      [{ region: 'Hello' }, { 'mcp-param-region': '=?base64?SGVs!!!bG8=?=' }],
      [{ region: 'café' }, { 'mcp-param-region': 'caf\u00e9' }],
      [{ priority: 3 }, { 'mcp-param-priority': '4' }],
      // Declared, carried by the body, and its header left out.
      [{ region: 'eu-west' }, {}],
      [{ region: 'eu-west', priority: 1 }, { 'mcp-param-region': 'eu-west' }],
    ] as const) {
      const res = await call(args, params);
      expect(res.status, JSON.stringify(params)).toBe(400);
      const error = JSON.parse(res.body).error;
      expect(error.code).toBe(-32020);
      expect(error.message).toMatch(/Mcp-Param-(Region|Priority)/);
    }
    expect(upstreamCalls()).toBe(before);
    expect(upstreamLists()).toBe(1);
  });

  it('records each refusal as an exchange of the caller, with the request and the -32020 answer', async () => {
    const id = nextId;
    const res = await call({ region: 'eu-west' }, { 'mcp-param-region': 'ap-south' });
    expect(res.status).toBe(400);
    const frames = gateway
      .events()
      .filter((e) => e.type === 'frame' && (e.body.jsonrpcId === String(id) || e.body.jsonrpcId === `${id}`));
    expect(frames.map((f) => (f.type === 'frame' ? f.body.direction : null))).toEqual([
      'client_to_server',
      'server_to_client',
    ]);
    const answer = frames[1];
    expect(answer?.type === 'frame' && answer.body.payload.toString('utf8')).toContain('-32020');
  });

  it('forwards the headers of a tool the upstream does not list, untouched, and does not list again for it', async () => {
    const lists = upstreamLists();
    for (let i = 0; i < 3; i++) {
      const res = await call({ region: 'eu-west' }, { 'mcp-param-region': 'us-east' }, 'unlisted_tool');
      expect(res.status).toBe(200);
    }
    const last = upstream.received.at(-1);
    expect(last?.headers['mcp-param-region']).toBe('us-east');
    expect(upstreamLists()).toBe(lists);
  });

  it('shows a stateful client bridged to the upstream only the tools a 2026-07-28 client may use', async () => {
    const session = await RawSession.open(gateway.base, '/mcp/lax');
    const res = await session.post({ jsonrpc: '2.0', id: 7, method: 'tools/list' });
    expect(res.status).toBe(200);
    const answer = JSON.parse(
      res.body.startsWith('{') ? res.body : (/^data: (.*)$/m.exec(res.body)?.[1] ?? 'null'),
    );
    expect(answer.result.tools.map((t: { name: string }) => t.name)).toEqual(['route_order']);
  });
});
