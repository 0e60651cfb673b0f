import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SseStreamStore } from '../core/sse-stream';
import { writeSse } from './sse-writer';

describe('writeSse', () => {
  let server: Server;
  let base: string;
  const store = new SseStreamStore({ maxRetainedBytes: 1024 * 1024 });
  const stream = store.open('session-1', 'owner');
  const writes: number[] = [];

  beforeAll(async () => {
    server = createServer((_req, res) => {
      const write = res.write.bind(res);
      res.write = ((chunk: Buffer, ...rest: never[]) => {
        writes.push(chunk.length);
        return write(chunk, ...rest);
      }) as typeof res.write;
      void writeSse(res, 200, { 'mcp-session-id': 'session-1' }, stream, undefined, true);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('coalesces the events of one tick into one socket write, in order, and ends with the stream', async () => {
    const response = await fetch(base);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('mcp-session-id')).toBe('session-1');
    await new Promise((r) => setTimeout(r, 20));
    await Promise.all([1, 2, 3].map((n) => stream.push((id) => Buffer.from(`id: ${id}\ndata: ${n}\n\n`))));
    stream.finish();
    const body = await response.text();
    expect(body).toBe(
      `id: ${stream.id}.0\ndata: 1\n\nid: ${stream.id}.1\ndata: 2\n\nid: ${stream.id}.2\ndata: 3\n\n`,
    );
    expect(writes).toHaveLength(1);
  });

  it('replays retained events after a Last-Event-ID position, then ends a finished stream', async () => {
    const replay = await new Promise<string>((resolve) => {
      const chunks: string[] = [];
      void stream.attach(
        { write: (b) => void chunks.push(b.toString()), end: () => resolve(chunks.join('')) },
        0,
      );
    });
    expect(replay).toBe(`id: ${stream.id}.1\ndata: 2\n\nid: ${stream.id}.2\ndata: 3\n\n`);
    expect(store.find(`${stream.id}.1`)).toMatchObject({ no: 1 });
    expect(store.find('unknown.1')).toBeNull();
  });

  it('keeps the resumption store within its byte bound: finished streams go first, then the oldest events', async () => {
    const small = new SseStreamStore({ maxRetainedBytes: 100 });
    const old = small.open('s', 'o');
    await old.push(() => Buffer.alloc(60));
    old.finish();
    const live = small.open('s', 'o');
    await live.push(() => Buffer.alloc(60));
    expect(small.find(`${old.id}.0`)).toBeNull();
    expect(small.retainedBytes).toBe(60);
    await live.push(() => Buffer.alloc(60));
    expect(small.retainedBytes).toBeLessThanOrEqual(100);
    expect(live.canReplayAfter(-1)).toBe(false);
    expect(live.canReplayAfter(0)).toBe(true);
  });
});
