import type { FrameDirection } from '@proctor/events';
import type { JsonRpcFrame } from './json-rpc';

export interface RequestLabel {
  method: string;
  toolName: string | null;
}

const OPPOSITE: Record<FrameDirection, FrameDirection> = {
  client_to_server: 'server_to_client',
  server_to_client: 'client_to_server',
};

/**
 * Remembers requests awaiting their answer, so a response's audit event names the method and
 * tool it answers. Bounded: a client that never reads its answers cannot grow the gateway.
 * Process-local: an answer that lands on another gateway is recorded without the label.
 */
export class RequestCorrelator {
  private readonly pending = new Map<string, RequestLabel>();

  constructor(private readonly maxPending = 100_000) {}

  /** The method and tool of a frame: its own for a request, its request's for an answer. */
  label(sessionId: string, direction: FrameDirection, frame: JsonRpcFrame): RequestLabel | null {
    if (frame.kind === 'request' && frame.method !== null && frame.idJson !== null) {
      if (this.pending.size >= this.maxPending) {
        const oldest = this.pending.keys().next();
        if (!oldest.done) this.pending.delete(oldest.value);
      }
      const label = { method: frame.method, toolName: frame.toolName };
      this.pending.set(`${sessionId}\u0000${direction}\u0000${frame.idJson}`, label);
      return label;
    }
    if ((frame.kind === 'response' || frame.kind === 'error') && frame.idJson !== null) {
      const key = `${sessionId}\u0000${OPPOSITE[direction]}\u0000${frame.idJson}`;
      const label = this.pending.get(key);
      if (label) {
        this.pending.delete(key);
        return label;
      }
    }
    return frame.method === null ? null : { method: frame.method, toolName: frame.toolName };
  }

  /** The request an answer is for, without consuming it. */
  peek(sessionId: string, direction: FrameDirection, idJson: string): RequestLabel | null {
    return this.pending.get(`${sessionId}\u0000${OPPOSITE[direction]}\u0000${idJson}`) ?? null;
  }

  /** Whether a request of the client under this JSON id still awaits its answer in the session. */
  awaiting(sessionId: string, idJson: string): boolean {
    return this.pending.has(`${sessionId}\u0000client_to_server\u0000${idJson}`);
  }

  /** JSON ids of the client's requests of a session still awaiting their answer. */
  outstanding(sessionId: string): string[] {
    const prefix = `${sessionId}\u0000client_to_server\u0000`;
    return [...this.pending.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  }

  forget(sessionId: string): void {
    const prefix = `${sessionId}\u0000`;
    for (const key of this.pending.keys()) if (key.startsWith(prefix)) this.pending.delete(key);
  }
}
