import { randomBytes } from 'node:crypto';

/** Where a stream's events go: the client's HTTP response, written by http/. */
export interface SseSink {
  /** Writes one whole SSE event; a returned promise means "wait before the next one". */
  write(bytes: Buffer): void | Promise<void>;
  end(): void;
}

/** A gateway SSE stream as http/ sees it. */
export interface ClientStream {
  readonly id: string;
  /**
   * Delivers the stream to a client: first the retained events after `afterNo` (a resumption),
   * then live ones, in order. Returns the function to call when that client goes away.
   */
  attach(sink: SseSink, afterNo?: number): Promise<() => void>;
}

interface Retained {
  no: number;
  bytes: Buffer;
}

/**
 * One SSE stream the gateway serves: its own event ids (`<stream>.<n>`), the events it sent
 * kept for resumption with Last-Event-ID (bounded by the store), and at most one client attached.
 * Events are recorded before they are pushed here; a replay re-sends the same bytes and is
 * not recorded again.
 */
export class GatewayStream implements ClientStream {
  readonly id = randomBytes(8).toString('hex');
  private readonly retained: Retained[] = [];
  private nextNo = 0;
  private sink: SseSink | null = null;
  private finished = false;
  retainedBytes = 0;
  /** Called when the attached client goes away before the stream finished. */
  onDetached: (() => void) | null = null;
  /** Called when a client (re)attaches. */
  onAttached: (() => void) | null = null;
  /** Stops whatever feeds this stream (the upstream request). */
  upstreamAbort: AbortController | null = null;

  constructor(
    readonly sessionId: string,
    readonly ownerKey: string,
    private readonly store: SseStreamStore,
  ) {}

  get done(): boolean {
    return this.finished;
  }

  get attached(): boolean {
    return this.sink !== null;
  }

  /** The id the next pushed event will carry. */
  peekEventId(): string {
    return `${this.id}.${this.nextNo}`;
  }

  /** Appends an event (already recorded) and writes it to the attached client, if any. */
  async push(build: (eventId: string) => Buffer): Promise<void> {
    const no = this.nextNo++;
    const bytes = build(`${this.id}.${no}`);
    this.retained.push({ no, bytes });
    this.retainedBytes += bytes.length;
    this.store.grew(this, bytes.length);
    const sink = this.sink;
    if (sink) {
      const pending = sink.write(bytes);
      if (pending) await pending;
    }
  }

  /** Writes bytes to the attached client without retaining or numbering them (a priming comment). */
  writeUnnumbered(bytes: Buffer): void {
    void this.sink?.write(bytes);
  }

  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const sink = this.sink;
    this.sink = null;
    sink?.end();
  }

  /**
   * Ends the attached client's connection while the stream goes on, as a server polling with
   * SSE does: the client resumes it with Last-Event-ID. `retryMs` is sent first, as the time the
   * client should wait before it does.
   */
  release(retryMs?: number): void {
    const sink = this.sink;
    if (!sink || this.finished) return;
    if (retryMs !== undefined) void sink.write(Buffer.from(`retry: ${retryMs}\n\n`));
    this.sink = null;
    sink.end();
    this.onDetached?.();
  }

  /** Stops the upstream feed and ends the stream (the session ended). */
  cancel(): void {
    this.upstreamAbort?.abort();
    this.finish();
  }

  /** True when every event after `afterNo` is still retained. */
  canReplayAfter(afterNo: number): boolean {
    const oldest = this.retained[0]?.no ?? this.nextNo;
    return afterNo + 1 >= oldest && afterNo < this.nextNo;
  }

  async attach(sink: SseSink, afterNo = -1): Promise<() => void> {
    const previous = this.sink;
    this.sink = null;
    previous?.end();
    let closed = false;
    const detach = () => {
      if (closed) return;
      closed = true;
      if (this.sink === sink) {
        this.sink = null;
        if (!this.finished) this.onDetached?.();
      }
    };
    // Replay until caught up: events pushed meanwhile are retained and picked up by this loop.
    let cursor = this.retained.findIndex((e) => e.no > afterNo);
    if (cursor !== -1) {
      while (!closed && cursor < this.retained.length) {
        const event = this.retained[cursor++] as Retained;
        const pending = sink.write(event.bytes);
        if (pending) await pending;
      }
    }
    if (closed) return detach;
    if (this.finished) {
      sink.end();
      return detach;
    }
    this.sink = sink;
    this.onAttached?.();
    return detach;
  }

  /** Drops the oldest retained events until at most `keep` bytes remain; returns bytes freed. */
  trim(keep: number): number {
    let freed = 0;
    while (this.retainedBytes > keep && this.retained.length > 0) {
      const oldest = this.retained.shift() as Retained;
      this.retainedBytes -= oldest.bytes.length;
      freed += oldest.bytes.length;
    }
    return freed;
  }
}

export interface SseStoreLimits {
  /** Bytes of events kept for resumption, over all streams of this gateway. */
  maxRetainedBytes: number;
}

/**
 * The gateway-side event store behind Last-Event-ID: every stream this gateway serves, with
 * its recent events. Bounded: past the byte limit, finished streams go first (oldest first),
 * then the oldest events of live ones.
 */
export class SseStreamStore {
  private readonly streams = new Map<string, GatewayStream>();
  private totalBytes = 0;

  constructor(private readonly limits: SseStoreLimits) {}

  open(sessionId: string, ownerKey: string): GatewayStream {
    const stream = new GatewayStream(sessionId, ownerKey, this);
    this.streams.set(stream.id, stream);
    return stream;
  }

  /** The stream and position an event id names, if this gateway still holds them. */
  find(eventId: string): { stream: GatewayStream; no: number } | null {
    const dot = eventId.lastIndexOf('.');
    if (dot <= 0) return null;
    const stream = this.streams.get(eventId.slice(0, dot));
    const no = Number(eventId.slice(dot + 1));
    if (!stream || !Number.isSafeInteger(no)) return null;
    return { stream, no };
  }

  /** Forgets every stream of a session that ended. */
  forgetSession(sessionId: string): void {
    for (const [id, stream] of this.streams) {
      if (stream.sessionId !== sessionId) continue;
      stream.cancel();
      this.totalBytes -= stream.retainedBytes;
      this.streams.delete(id);
    }
  }

  streamsOf(sessionId: string): GatewayStream[] {
    return [...this.streams.values()].filter((s) => s.sessionId === sessionId);
  }

  get retainedBytes(): number {
    return this.totalBytes;
  }

  /** @internal called by streams */
  grew(_stream: GatewayStream, bytes: number): void {
    this.totalBytes += bytes;
    if (this.totalBytes > this.limits.maxRetainedBytes) this.evict();
  }

  private evict(): void {
    for (const [id, stream] of this.streams) {
      if (this.totalBytes <= this.limits.maxRetainedBytes) return;
      if (!stream.done) continue;
      this.totalBytes -= stream.retainedBytes;
      this.streams.delete(id);
    }
    for (const stream of this.streams.values()) {
      if (this.totalBytes <= this.limits.maxRetainedBytes) return;
      this.totalBytes -= stream.trim(
        Math.max(0, stream.retainedBytes - (this.totalBytes - this.limits.maxRetainedBytes)),
      );
    }
  }
}
