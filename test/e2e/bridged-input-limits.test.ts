/**
 * A 2026-07-28 upstream that answers a bridged stateful client's request with input requests
 * the client cannot answer — for a capability it did not declare, or again and again — gets
 * the client a clear error (-31022) at once, not a request the client never answers and a call
 * that never ends. The upstream is raw node:http, so it can break the revision's rules.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Transport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StatelessGateway, startStatelessGateway } from '../fixtures/stateless-gateway';

/** Asks for an elicitation on every tools/list and tools/call, whatever the client declared or answered. */
async function startAskingUpstream(): Promise<{ url: string; calls: () => number; close(): Promise<void> }> {
  let calls = 0;
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const message = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id?: unknown; method: string };
    const result =
      message.method === 'server/discover'
        ? {
            supportedVersions: ['2026-07-28'],
            capabilities: { tools: {} },
            serverInfo: { name: 'asking', version: '1' },
          }
        : {
            resultType: 'input_required',
            inputRequests: {
              confirm: {
                method: 'elicitation/create',
                params: {
                  mode: 'form',
                  message: 'Confirm synthetic order?',
                  requestedSchema: { type: 'object', properties: { ok: { type: 'boolean' } } },
                },
              },
            },
          };
    if (message.method === 'tools/call') calls++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ jsonrpc: '2.0', id: message.id, result }));
  };
  const http: Server = createServer((req, res) => void serve(req, res));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`,
    calls: () => calls,
    async close() {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

describe('input requests a bridged stateful client cannot answer', () => {
  let upstream: Awaited<ReturnType<typeof startAskingUpstream>>;
  let gateway: StatelessGateway;

  beforeAll(async () => {
    upstream = await startAskingUpstream();
    gateway = await startStatelessGateway([{ name: 'asking', url: upstream.url, era: 'stateless' }]);
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  async function connect(elicitation: boolean): Promise<V1Client> {
    const client = new V1Client(
      { name: 'synthetic-v1-client', version: '1.0.0' },
      { capabilities: elicitation ? { elicitation: {} } : {} },
    );
    if (elicitation)
      client.setRequestHandler(ElicitRequestSchema, async () => ({
        action: 'accept',
        content: { ok: true },
      }));
    await client.connect(
      new V1Transport(new URL(`${gateway.base}/mcp/asking`), {
        requestInit: { headers: { authorization: 'Bearer good' } },
      }),
    );
    return client;
  }

  it('are not put to a client that did not declare the capability: it gets an error at once', async () => {
    const client = await connect(false);
    const started = Date.now();
    await expect(client.listTools(undefined, { timeout: 20_000 })).rejects.toThrow(
      /-31022.*elicitation\/create, which this client did not declare/,
    );
    await expect(
      client.callTool({ name: 'order', arguments: {} }, undefined, { timeout: 20_000 }),
    ).rejects.toThrow(/-31022/);
    expect(Date.now() - started).toBeLessThan(10_000);
    await client.close();
  });

  it('end the call with an error after ten rounds when the upstream asks again and again', async () => {
    const client = await connect(true);
    const before = upstream.calls();
    await expect(
      client.callTool({ name: 'order', arguments: {} }, undefined, { timeout: 20_000 }),
    ).rejects.toThrow(/-31022.*asked for input more than 10 times/);
    // The call and the retries of the ten rounds the client answered.
    expect(upstream.calls() - before).toBe(11);
    await client.close();
  });
});
