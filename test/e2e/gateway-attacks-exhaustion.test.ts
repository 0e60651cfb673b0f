/**
 * Resources a client holds at the gateway by starting work it never finishes:
 * - a 2026-07-28 client bridged to a stateful upstream (SDK v1) parks an upstream call at the
 *   gateway with every input_required round it never retries; one caller's parked calls are
 *   bounded, the oldest let go (its input request answered with an error upstream and the
 *   call cancelled) and its retry refused, rather than the gateway keeping an upstream call
 *   per round open for the sealed state's lifetime;
 * - each `subscriptions/listen` holds a stream at the upstream while it is open; one
 *   identity's open listens are bounded by `maxSessionsPerIdentity` (429/-31013).
 */
import { createServer, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestGateway,
  type TestGateway,
} from '../../services/enforcer/src/test-fixtures/gateway-harness';
import { rawRequest } from '../../services/enforcer/src/test-fixtures/raw-http';
import { useGatewayOver } from '../fixtures/bridged-pair';
import { startLegacyServer } from '../fixtures/bridging-legacy-server';
import { MCP_POST_HEADERS } from '../fixtures/raw-session';

const ENVELOPE = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientCapabilities': { roots: {} },
};
/** MAX_PARKED_PER_CALLER of the bridge. */
const PER_CALLER = 32;

/** The JSON-RPC answer of a response, JSON or the last message of an SSE stream. */
function answerOf(body: string) {
  const data = body.startsWith('{') ? body : ([...body.matchAll(/^data: (.+)$/gm)].at(-1)?.[1] ?? 'null');
  return JSON.parse(data);
}

describe('input_required rounds a client never retries', () => {
  const setup = useGatewayOver(startLegacyServer, { name: 'legacy', era: 'stateful' });

  const call = (id: number, params: Record<string, unknown> = {}) =>
    rawRequest(setup.gateway.base, {
      method: 'POST',
      path: '/mcp/legacy',
      headers: {
        ...MCP_POST_HEADERS,
        'mcp-protocol-version': '2026-07-28',
        'mcp-method': 'tools/call',
        'mcp-name': 'list_roots',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id,
        method: 'tools/call',
        params: { name: 'list_roots', arguments: {}, _meta: ENVELOPE, ...params },
      }),
    });

  it('are bounded per caller: the oldest parked call is let go and its retry refused', async () => {
    const states: string[] = [];
    for (let i = 0; i <= PER_CALLER; i++) {
      const res = await call(i + 1);
      const result = answerOf(res.body).result;
      expect(result?.resultType, res.body).toBe('input_required');
      states.push(result.requestState);
    }
    const roots = { roots: [{ uri: 'file:///synthetic/project' }] };
    const retry = (state: string, id: number) =>
      call(id, {
        requestState: state,
        inputResponses: { 'input-0-0': roots },
      });
    const first = await retry(states[0] as string, 100);
    expect(first.body).toContain('not held by this gateway');
    // The latest is still held: its retry completes the call.
    const last = await retry(states.at(-1) as string, 101);
    expect(answerOf(last.body).result?.content?.[0]?.text, last.body).toContain('file:///synthetic/project');
  });
});

/** A 2026-07-28 upstream whose listen streams stay open until the gateway closes them. */
async function startListeningUpstream() {
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const changed = { jsonrpc: '2.0', method: 'notifications/tools/list_changed' };
      res.write(`event: message\ndata: ${JSON.stringify(changed)}\n\n`);
      open.add(res);
      res.on('close', () => open.delete(res));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`,
    open: () => open.size,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('subscriptions/listen streams an identity keeps open', () => {
  const MAX = 2;
  let upstream: Awaited<ReturnType<typeof startListeningUpstream>>;
  let gateway: TestGateway;
  let base: string;

  beforeAll(async () => {
    upstream = await startListeningUpstream();
    gateway = await startTestGateway({
      maxSessionsPerIdentity: MAX,
      connections: [{ name: 'modern', upstream: { url: upstream.url }, era: 'stateless' }],
    });
    base = gateway.base;
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  /** Opens a listen and resolves with its status once the answer's head arrives; `close` cuts it. */
  const listen = (token = 'good') =>
    new Promise<{ status: number; body: () => Promise<string>; close: () => void }>((resolve, reject) => {
      const url = new URL(base);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: '/mcp/modern',
          headers: {
            ...MCP_POST_HEADERS,
            authorization: `Bearer ${token}`,
            'mcp-protocol-version': '2026-07-28',
            'mcp-method': 'subscriptions/listen',
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          const ended = new Promise<string>((done) =>
            res.on('end', () => done(Buffer.concat(chunks).toString())),
          );
          resolve({ status: res.statusCode ?? 0, body: () => ended, close: () => req.destroy() });
        },
      );
      req.on('error', reject);
      req.end(
        JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'subscriptions/listen',
          params: { notifications: { toolsListChanged: true }, _meta: ENVELOPE },
        }),
      );
    });

  it('are bounded per identity: one more is refused until one closes', async () => {
    const first = await listen();
    const second = await listen();
    expect([first.status, second.status]).toEqual([200, 200]);
    const refused = await listen();
    expect(refused.status).toBe(429);
    expect(JSON.parse(await refused.body()).error?.code).toBe(-31013);
    // Another identity has slots of its own.
    const other = await listen('other');
    expect(other.status).toBe(200);
    first.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await listen();
    expect(again.status).toBe(200);
    for (const open of [second, other, again]) open.close();
  });
});
