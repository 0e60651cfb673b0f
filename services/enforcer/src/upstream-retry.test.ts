/**
 * An upstream that closes a call's SSE stream before the answer (SSE polling) and asks, with
 * the `retry` field, that clients wait before they reconnect. The gateway passes the polling
 * on: it ends its client's stream too, with the upstream's retry time, and the client resumes
 * it from the gateway's store with Last-Event-ID and gets the answer there. The gateway resumes
 * the upstream's stream at once (servers that keep a call's messages only while a stream is
 * open to it would lose what they send before a late reconnection).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawSession } from '../../../test/fixtures/raw-session';
import { startTestGateway, type TestGateway } from './test-fixtures/gateway-harness';
import { rawRequest } from './test-fixtures/raw-http';
import { connectRecordingClient } from './test-fixtures/recording-client';

const RETRY_MS = 600;

interface PollingUpstream {
  url: string;
  /** When the call's POST stream was closed, and when the resumption GET arrived (ms). */
  times: { closed?: number; resumed?: number; lastEventId?: string };
  close(): Promise<void>;
}

async function startPollingUpstream(): Promise<PollingUpstream> {
  const times: PollingUpstream['times'] = {};
  const json = (res: ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json', 'mcp-session-id': 'polling-1' });
    res.end(JSON.stringify(body));
  };
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method === 'GET') {
      times.resumed = Date.now();
      times.lastEventId = String(req.headers['last-event-id']);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const answer = {
        jsonrpc: '2.0',
        id: pendingId,
        result: { content: [{ type: 'text', text: 'polled' }] },
      };
      res.end(`id: e2\ndata: ${JSON.stringify(answer)}\n\n`);
      return;
    }
    if (req.method === 'DELETE') {
      res.writeHead(200).end();
      return;
    }
    const message = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      id?: unknown;
      method: string;
      params?: { protocolVersion?: string };
    };
    if (message.id === undefined) {
      res.writeHead(202).end();
      return;
    }
    if (message.method === 'initialize') {
      json(res, {
        jsonrpc: '2.0',
        id: message.id,
        result: {
          protocolVersion: message.params?.protocolVersion,
          capabilities: { tools: {} },
          serverInfo: { name: 'polling', version: '1.0.0' },
        },
      });
      return;
    }
    if (message.method === 'tools/call') {
      pendingId = message.id;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'mcp-session-id': 'polling-1' });
      // The priming event, then the stream ends before the answer.
      res.end(`id: e1\nretry: ${RETRY_MS}\ndata: \n\n`, () => {
        times.closed = Date.now();
      });
      return;
    }
    json(res, { jsonrpc: '2.0', id: message.id, result: {} });
  };
  let pendingId: unknown = null;
  const http: Server = createServer((req, res) => void serve(req, res));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`,
    times,
    async close() {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

describe("an upstream's SSE retry field", () => {
  let upstream: PollingUpstream;
  let gateway: TestGateway;

  beforeAll(async () => {
    upstream = await startPollingUpstream();
    gateway = await startTestGateway({ connections: [{ name: 'polling', upstream: { url: upstream.url } }] });
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  it('reaches an SDK client, which resumes the stream and gets the answer', async () => {
    const session = await connectRecordingClient(`${gateway.base}/mcp/polling`, {
      headers: { authorization: 'Bearer good' },
    });
    const result = await session.client.callTool({ name: 'poll', arguments: {} });
    expect(result.content).toEqual([{ type: 'text', text: 'polled' }]);
    expect(upstream.times.lastEventId).toBe('e1');
    await session.client.close();
  });

  it("is passed on to the client, whose stream ends like the upstream's; it resumes from the gateway", async () => {
    const session = await RawSession.open(gateway.base, '/mcp/polling');
    const call = await session.post({
      jsonrpc: '2.0',
      id: 7,
      method: 'tools/call',
      params: { name: 'poll' },
    });
    // The client's stream ends like the upstream's: a priming event, the upstream's retry time, no answer.
    expect(call.status).toBe(200);
    expect(call.body).toContain(`retry: ${RETRY_MS}`);
    expect(call.body).not.toContain('polled');
    const lastEventId = [...call.body.matchAll(/^id: (.+)$/gm)].at(-1)?.[1] ?? '';
    expect(lastEventId).not.toBe('');
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    // The gateway did not wait for its client to resume the upstream's stream.
    const resumedAt = Date.now();
    expect(upstream.times.resumed).toBeLessThan(resumedAt);
    expect(upstream.times.resumed).toBeGreaterThanOrEqual(upstream.times.closed ?? Number.POSITIVE_INFINITY);
    const resumed = await rawRequest(gateway.base, {
      method: 'GET',
      path: '/mcp/polling',
      headers: { ...session.headers(), accept: 'text/event-stream', 'last-event-id': lastEventId },
    });
    expect(resumed.status).toBe(200);
    expect(resumed.body).toContain('"id":7');
    expect(resumed.body).toContain('polled');
  });
});
