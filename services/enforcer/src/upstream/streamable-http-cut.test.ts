/**
 * A stateful call's upstream request aborted through its UpstreamCut (no AbortSignal of its
 * own): the client going away before the answer aborts the request, the upstream sees it
 * closed; once an answer streams, the stream's controller ends it and the client no longer can.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamCut } from '../core/stateful/upstream-cut';
import { waitUntil } from '../test-fixtures/wait-until';
import type { UpstreamSseEvent } from './port';
import { StreamableHttpUpstream } from './streamable-http';

const BODY = Buffer.from('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t"}}');

/** /hold never answers; /sse opens a stream with one event and keeps it open. Counts requests that closed. */
function startHoldingServer(closed: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    res.on('close', () => closed.push(req.url ?? ''));
    req.on('end', () => {
      if (req.url === '/sse') {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('id: 1\ndata: {"jsonrpc":"2.0","method":"notifications/progress","params":{}}\n\n');
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('Streamable HTTP upstream: a call aborted through its UpstreamCut', () => {
  const closed: string[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = await startHoldingServer(closed);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  function upstreamAt(path: string): StreamableHttpUpstream {
    return new StreamableHttpUpstream({
      name: 'holding',
      url: `${base}${path}`,
      connectTimeoutMs: 2000,
      readTimeoutMs: 10_000,
    });
  }

  it('is aborted by the client going away before the answer, and the upstream sees its request closed', async () => {
    const upstream = upstreamAt('/hold');
    const client = new AbortController();
    const cut = new UpstreamCut();
    client.signal.addEventListener('abort', cut, { once: true });
    const sent = upstream.send({
      upstreamSessionId: null,
      protocolVersion: null,
      headers: {},
      body: BODY,
      signal: cut,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    client.abort();
    await expect(sent).rejects.toMatchObject({ name: 'AbortError' });
    await waitUntil(() => closed.includes('/hold'), 'the upstream request closed');
    await upstream.close();
  });

  it("outlives the client once its answer streams, until the stream's controller aborts it", async () => {
    const upstream = upstreamAt('/sse');
    const client = new AbortController();
    const cut = new UpstreamCut();
    client.signal.addEventListener('abort', cut, { once: true });
    const reply = await upstream.send({
      upstreamSessionId: null,
      protocolVersion: null,
      headers: {},
      body: BODY,
      signal: cut,
    });
    client.signal.removeEventListener('abort', cut);
    expect(reply.type).toBe('sse');
    const events = (reply as { events: AsyncIterable<UpstreamSseEvent> }).events[Symbol.asyncIterator]();
    expect((await events.next()).done).toBe(false);
    const stream = cut.controller();
    client.abort();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).not.toContain('/sse');
    stream.abort();
    expect((await events.next()).done).toBe(true);
    await waitUntil(() => closed.includes('/sse'), 'the upstream stream closed');
    await upstream.close();
  });
});
