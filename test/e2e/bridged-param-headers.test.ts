/**
 * Tools whose arguments are mirrored in `Mcp-Param-*` headers (`x-mcp-header`, revision
 * 2026-07-28) across the era bridge, against one SDK v2 server serving both eras:
 * - a stateful client (SDK v1) bridged to the 2026-07-28 side gets its call through: the
 *   gateway adds the headers that side requires and a stateful client never sends;
 * - a 2026-07-28 client bridged to the stateful side has its headers checked by the gateway,
 *   as a server of its revision checks them (400, -32020 on a missing, different or badly
 *   encoded value, nothing forwarded), since the stateful upstream cannot.
 */
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Transport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { fromJsonSchema, type JsonSchemaType, McpServer } from '@modelcontextprotocol/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postStatelessToolCall, statelessToolCall } from '../fixtures/raw-session';
import {
  connectModernClient,
  type StatelessGateway,
  startStatelessGateway,
} from '../fixtures/stateless-gateway';
import { type StatelessFixture, startStatelessServer } from '../fixtures/stateless-server';

/** `x-mcp-header` is the revision's schema extension: the SDK's JSON Schema type does not name it. */
const routeSchema: Record<string, unknown> = {
  type: 'object',
  properties: {
    region: { type: 'string', 'x-mcp-header': 'Region' },
    priority: { type: 'integer', 'x-mcp-header': 'Priority' },
    note: { type: 'string' },
  },
};
const routeArgs = fromJsonSchema<{ region?: string; priority?: number }>(routeSchema as JsonSchemaType);

function buildServer(): McpServer {
  const server = new McpServer(
    { name: 'param-header-fixture', version: '1.0.0' },
    { capabilities: { tools: {} } },
  );
  server.registerTool(
    'route_order',
    { description: 'Routes a synthetic order by region', inputSchema: routeArgs },
    async ({ region, priority }) => ({
      content: [{ type: 'text', text: `routed:${region ?? '-'}:${priority ?? '-'}` }],
    }),
  );
  return server;
}

const base64 = (text: string) => `=?base64?${Buffer.from(text, 'utf8').toString('base64')}?=`;

describe('Mcp-Param-* headers across the era bridge', () => {
  let upstream: StatelessFixture;
  let gateway: StatelessGateway;
  let nextId = 1;

  beforeAll(async () => {
    upstream = await startStatelessServer({ legacy: 'stateless', build: buildServer });
    gateway = await startStatelessGateway([
      { name: 'modern', url: upstream.url, era: 'stateless' },
      { name: 'legacy', url: upstream.url, era: 'stateful' },
    ]);
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  it('a stateful client calls a tool with mirrored arguments on a 2026-07-28 upstream', async () => {
    const client = new V1Client({ name: 'synthetic-v1-client', version: '1.0.0' });
    await client.connect(
      new V1Transport(new URL(`${gateway.base}/mcp/modern`), {
        requestInit: { headers: { authorization: 'Bearer good' } },
      }),
    );
    // Called before any tools/list of the client: the gateway lists the tools itself.
    const call = async (args: Record<string, unknown>) =>
      (await client.callTool({ name: 'route_order', arguments: args })).content;
    expect(await call({ region: 'eu-west', priority: 3 })).toEqual([
      { type: 'text', text: 'routed:eu-west:3' },
    ]);
    expect(await call({ region: 'zürich ', note: 'x' })).toEqual([
      { type: 'text', text: 'routed:zürich :-' },
    ]);
    await client.listTools();
    expect(await call({})).toEqual([{ type: 'text', text: 'routed:-:-' }]);
    await client.close();
  });

  /** A 2026-07-28 tools/call of route_order at the bridged connection, with `params` as Mcp-Param-* headers. */
  const bridgedCall = (
    args: Record<string, unknown>,
    params: Record<string, string>,
    connection = 'legacy',
  ) =>
    postStatelessToolCall(gateway.base, connection, statelessToolCall(nextId++, 'route_order', args), params);

  /** The tools/call bodies the upstream received. */
  const upstreamCalls = () =>
    upstream.received.filter((r) => (r.body as { method?: string } | null)?.method === 'tools/call').length;

  it('a 2026-07-28 client bridged to the stateful side gets its mirrored headers checked', async () => {
    for (const [args, params] of [
      [{ region: 'eu-west' }, { 'mcp-param-region': 'eu-west' }],
      [{ region: 'zürich' }, { 'mcp-param-region': base64('zürich') }],
      [{ region: 'SGVsbG8=' }, { 'mcp-param-region': 'SGVsbG8=' }],
      [{ priority: 3 }, { 'Mcp-Param-Priority': '3.0' }],
      // A header whose argument is absent is not checked.
      [{}, { 'mcp-param-region': 'eu-west' }],
    ] as const) {
      const res = await bridgedCall(args, params);
      expect(res.status, JSON.stringify(params)).toBe(200);
      expect(res.body).toContain('routed:');
    }

    const before = upstreamCalls();
    for (const [args, params] of [
      [{ region: 'eu-west' }, {}],
      [{ region: 'eu-west' }, { 'mcp-param-region': 'us-east' }],
      [{ region: 'Hello' }, { 'mcp-param-region': '=?base64?SGVsbG8?=' }],
      [{ region: 'Hello' }, { 'mcp-param-region': '=?base64?SGVs!!!bG8=?=' }],
      [{ priority: 3 }, { 'mcp-param-priority': '4' }],
    ] as const) {
      const res = await bridgedCall(args, params);
      expect(res.status, JSON.stringify(params)).toBe(400);
      expect(JSON.parse(res.body).error.code).toBe(-32020);
    }
    expect(upstreamCalls()).toBe(before);
  });

  it('a 2026-07-28 client straight to a 2026-07-28 upstream: a header that disagrees with the body never runs the call', async () => {
    // Forwarded untouched (the policy decided on the body); the upstream checks them as its revision requires.
    const agreeing = await bridgedCall({ region: 'eu-west' }, { 'mcp-param-region': 'eu-west' }, 'modern');
    expect(agreeing.status).toBe(200);
    expect(agreeing.body).toContain('routed:eu-west');
    const mismatched: Record<string, string>[] = [
      {},
      { 'mcp-param-region': 'us-east' },
      { 'mcp-param-region': '=?base64?SGVs!!!bG8=?=' },
    ];
    for (const params of mismatched) {
      const res = await bridgedCall({ region: 'eu-west' }, params, 'modern');
      expect(res.status, JSON.stringify(params)).toBe(400);
      expect(JSON.parse(res.body).error.code).toBe(-32020);
      expect(res.body).not.toContain('routed:');
    }
  });

  it('an SDK v2 client calls the tool through the bridge with the headers it mirrors itself', async () => {
    const { client } = await connectModernClient(`${gateway.base}/mcp/legacy`);
    const result = await client.callTool({
      name: 'route_order',
      arguments: { region: 'eu-west', priority: 2 },
    });
    expect(result.content).toEqual([{ type: 'text', text: 'routed:eu-west:2' }]);
    await client.close();
  });
});
