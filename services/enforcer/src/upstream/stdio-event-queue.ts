import type { UpstreamSseEvent } from './port';

/**
 * The message stream of one stdio exchange, as the SSE-shaped events the upstream port
 * speaks: the adapter pushes JSON texts as the server writes them, the core reads them in
 * order. Ends when the exchange is answered, the process exits, or the reader stops.
 */
export class StdioEventQueue implements AsyncIterable<UpstreamSseEvent> {
  private readonly items: string[] = [];
  private waiting: (() => void) | null = null;
  private ended = false;
  /** Called once when the reader stops early (the core abandoned the stream). */
  onAbandon: (() => void) | null = null;

  push(json: string): void {
    if (this.ended) return;
    this.items.push(json);
    this.wake();
  }

  end(): void {
    this.ended = true;
    this.wake();
  }

  get isEnded(): boolean {
    return this.ended;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<UpstreamSseEvent> {
    try {
      for (;;) {
        const next = this.items.shift();
        if (next !== undefined) {
          yield { id: null, event: 'message', data: next };
          continue;
        }
        if (this.ended) return;
        await new Promise<void>((resolve) => {
          this.waiting = resolve;
        });
      }
    } finally {
      if (!this.ended) {
        this.ended = true;
        this.onAbandon?.();
      }
    }
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.();
  }
}
