import type { Identity } from '@proctor/events';
import { GatewayError } from '../core/errors';
import type { ParsedBody } from '../core/json-rpc';

/**
 * The 2026-07-28 `subscriptions/listen` streams each identity holds open. Each holds a stream
 * (or, bridged, a session) at the upstream for as long as the client keeps it, so one caller
 * could otherwise open them without end: past `max` at once, another is refused with
 * 429/-31013 until one closes.
 */
export class OpenListens {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  /**
   * Takes a slot for a listen of `identity` (null for any other request); the function returned
   * gives it back, once, however often it is called. Throws SESSION_CAP past the maximum.
   */
  take(identity: Identity, body: ParsedBody, sessionId: string | null): (() => void) | null {
    if (sessionId !== null || body.batch || body.frames[0]?.method !== 'subscriptions/listen') return null;
    const key = `${identity.issuer} ${identity.subject}`;
    const count = this.open.get(key) ?? 0;
    if (count >= this.max) {
      throw new GatewayError(
        'SESSION_CAP',
        `Too many open subscriptions/listen streams for this identity (at most ${this.max}): close one first`,
      );
    }
    this.open.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(key) ?? 1) - 1;
      if (left > 0) this.open.set(key, left);
      else this.open.delete(key);
    };
  }
}
