/**
 * The Streamable HTTP adapter's streamed answers when the call is aborted while nobody reads the
 * body: before the first event is asked for, or (a stream of JSON lines) after the lines of its
 * first chunk were read and before the rest of the body was. The abort must end the stream for
 * its reader, never surface as an unhandled stream error that takes the gateway down.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { UpstreamReply, UpstreamSseEvent } from './port';
import { StreamableHttpUpstream } from './streamable-http';

const ACK = JSON.stringify({
  jsonrpc: '2.0',
  method: 'notifications/subscriptions/acknowledged',
  params: { notifications: {} },
});

/** Answers every POST with an open stream: its first message, then nothing until the client leaves. */
function startOpenStreamServer(): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url === '/lines') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(`${ACK}\n`);
      } else {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(`id: 1\ndata: ${ACK}\n\n`);
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('Streamable HTTP upstream: a streamed answer aborted while unread', () => {
  let server: Server;
  let base: string;
  const uncaught: unknown[] = [];
  const onUncaught = (err: unknown) => uncaught.push(err);

  beforeAll(async () => {
    server = await startOpenStreamServer();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.prependListener('uncaughtException', onUncaught);
  });

  afterAll(async () => {
    process.removeListener('uncaughtException', onUncaught);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  afterEach(() => {
    uncaught.length = 0;
  });

  async function open(
    path: string,
    signal: AbortSignal,
  ): Promise<{ upstream: StreamableHttpUpstream; reply: UpstreamReply }> {
    const upstream = new StreamableHttpUpstream({
      name: 'open-stream',
      url: `${base}${path}`,
      connectTimeoutMs: 2000,
      readTimeoutMs: 2000,
    });
    const reply = await upstream.send({
      upstreamSessionId: null,
      protocolVersion: '2026-07-28',
      headers: {},
      body: Buffer.from('{"jsonrpc":"2.0","id":"listen-1","method":"subscriptions/listen","params":{}}'),
      signal,
    });
    return { upstream, reply };
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

  it('a JSON-lines stream aborted after its first line was read ends for its reader', async () => {
    const abort = new AbortController();
    const { upstream, reply } = await open('/lines', abort.signal);
    expect(reply.type).toBe('sse');
    const events = (reply as { events: AsyncIterable<UpstreamSseEvent> }).events[Symbol.asyncIterator]();
    const first = await events.next();
    expect(first.done).toBe(false);
    expect((first.value as UpstreamSseEvent).data).toBe(ACK);

    abort.abort();
    await settle();
    expect(uncaught).toEqual([]);
    expect((await events.next()).done).toBe(true);
    await upstream.close();
  });

  it('an SSE stream aborted before its first event was asked for ends for its reader', async () => {
    const abort = new AbortController();
    const { upstream, reply } = await open('/sse', abort.signal);
    expect(reply.type).toBe('sse');

    abort.abort();
    await settle();
    expect(uncaught).toEqual([]);
    const events = (reply as { events: AsyncIterable<UpstreamSseEvent> }).events[Symbol.asyncIterator]();
    expect((await events.next()).done).toBe(true);
    await upstream.close();
  });
});
