/**
 * What a connection of era `auto` sends an upstream to learn its era: a 2026-07-28 client's
 * traffic brings the upstream no stateful request (a 2026-07-28 server sees only requests of
 * its revision, as from the client directly); only when a stateful client comes is a
 * 2026-07-28 upstream asked whether it also answers initialize, and such a dual-era server
 * then serves that client unbridged.
 */
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Transport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectModernClient,
  type StatelessGateway,
  startStatelessGateway,
} from '../fixtures/stateless-gateway';
import { type StatelessFixture, startStatelessServer } from '../fixtures/stateless-server';

describe('the era probe of an auto connection', () => {
  let upstream: StatelessFixture;
  let gateway: StatelessGateway;

  beforeAll(async () => {
    upstream = await startStatelessServer({ legacy: 'stateless' });
    gateway = await startStatelessGateway([{ name: 'dual', url: upstream.url, era: 'auto' }]);
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  /** The methods of the POST bodies the upstream received, in order. */
  const upstreamMethods = () =>
    upstream.received
      .filter((r) => r.method === 'POST')
      .map((r) => (r.body as { method?: string } | null)?.method ?? 'answer');

  it('sends a 2026-07-28 upstream only requests of that revision while only such clients come', async () => {
    const { client } = await connectModernClient(`${gateway.base}/mcp/dual`);
    expect((await client.callTool({ name: 'echo', arguments: { item: 'gauze' } })).content).toEqual([
      { type: 'text', text: 'echo:gauze' },
    ]);
    await client.close();
    expect(upstreamMethods()).not.toContain('initialize');
    // Every request carried the revision's headers.
    for (const r of upstream.received.filter((x) => x.method === 'POST')) {
      expect(r.headers['mcp-protocol-version']).toBe('2026-07-28');
      expect(r.headers['mcp-method']).toBe((r.body as { method: string }).method);
    }
  });

  it('asks it about initialize when a stateful client comes, and serves that client unbridged', async () => {
    const client = new V1Client({ name: 'synthetic-v1-client', version: '1.0.0' });
    const transport = new V1Transport(new URL(`${gateway.base}/mcp/dual`), {
      requestInit: { headers: { authorization: 'Bearer good' } },
    });
    await client.connect(transport);
    expect((await client.callTool({ name: 'echo', arguments: { item: 'splint' } })).content).toEqual([
      { type: 'text', text: 'echo:splint' },
    ]);
    expect(transport.sessionId?.startsWith('bridged-')).toBe(false);
    await client.close();
    expect(upstreamMethods().filter((m) => m === 'initialize').length).toBeGreaterThan(0);
  });
});
