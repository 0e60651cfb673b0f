import { randomBytes } from 'node:crypto';
import type { ClientStream, SseSink } from '../sse-stream';

/**
 * A stateless-era response stream for the HTTP layer: pulls SSE events (each recorded before
 * it is yielded) from a source and writes them to the one client. The 2026-07-28 revision has
 * no resumption, so nothing is retained; when the client goes away the source is closed, which
 * cancels the upstream request and ends the exchange.
 */
export class IterableClientStream implements ClientStream {
  readonly id = randomBytes(8).toString('hex');
  private attached = false;

  constructor(
    private readonly source: AsyncIterable<string>,
    private readonly onClientGone: () => void,
  ) {}

  async attach(sink: SseSink): Promise<() => void> {
    if (this.attached) {
      sink.end();
      return () => undefined;
    }
    this.attached = true;
    const iterator = this.source[Symbol.asyncIterator]();
    let gone = false;
    const detach = () => {
      if (gone) return;
      gone = true;
      this.onClientGone();
      void iterator.return?.();
    };
    void (async () => {
      try {
        for (;;) {
          const next = await iterator.next();
          if (next.done || gone) break;
          const pending = sink.write(Buffer.from(next.value, 'utf8'));
          if (pending) await pending;
        }
      } catch {
        // The source failed (the upstream or the audit log): the stream just ends.
      } finally {
        if (!gone) sink.end();
      }
    })();
    return detach;
  }
}
