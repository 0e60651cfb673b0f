import type { ServerResponse } from 'node:http';
import type { ClientStream, SseSink } from '../core/sse-stream';

/**
 * Writes a gateway stream to the client's response. Events written within one tick leave in
 * one socket write (coalesced); when the socket is full the stream waits for `drain`.
 */
export async function writeSse(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  stream: ClientStream,
  resumeAfter: number | undefined,
  flushHeadersEarly: boolean,
): Promise<void> {
  res.writeHead(status, {
    ...headers,
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // A reverse proxy (nginx) must pass each event on at once, not buffer the stream.
    'x-accel-buffering': 'no',
  });
  // A GET stream may stay quiet for long: its client should learn at once that it is open.
  // A POST stream's headers leave with its first event, in one write.
  if (flushHeadersEarly) res.flushHeaders();
  const sink = new CoalescingSink(res);
  const detach = await stream.attach(sink, resumeAfter);
  if (sink.closed) {
    detach();
    return;
  }
  res.once('close', () => {
    sink.closed = true;
    detach();
  });
}

class CoalescingSink implements SseSink {
  closed = false;
  private pending: Buffer[] = [];
  private scheduled = false;
  private waiting: Promise<void> | null = null;

  constructor(private readonly res: ServerResponse) {
    res.once('close', () => {
      this.closed = true;
    });
  }

  write(bytes: Buffer): void | Promise<void> {
    if (this.closed) return;
    this.pending.push(bytes);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    return this.waiting ?? undefined;
  }

  end(): void {
    this.flush();
    if (!this.closed) this.res.end();
  }

  private flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0 || this.closed) return;
    const chunk = this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending);
    this.pending = [];
    if (!this.res.write(chunk) && !this.waiting) {
      this.waiting = new Promise((resolve) => {
        const done = () => {
          this.res.off('drain', done);
          this.res.off('close', done);
          this.waiting = null;
          resolve();
        };
        this.res.on('drain', done);
        this.res.on('close', done);
      });
    }
  }
}
