import type { Identity } from '@proctor/events';
import { CountedSlots } from '../core/counted-slots';
import type { ParsedBody } from '../core/json-rpc';

/**
 * The 2026-07-28 `subscriptions/listen` streams each identity holds open. Each holds a stream
 * (or, bridged, a session) at the upstream for as long as the client keeps it, so one caller
 * could otherwise open them without end: past `max` at once, another is refused with
 * 429/-31013 until one closes.
 */
export class OpenListens {
  private readonly slots: CountedSlots;

  constructor(max: number) {
    this.slots = new CountedSlots(
      max,
      (most) =>
        `Too many open subscriptions/listen streams for this identity (at most ${most}): close one first`,
    );
  }

  /**
   * Takes a slot for a listen of `identity` (null for any other request); the function returned
   * gives it back, once, however often it is called. Throws SESSION_CAP past the maximum.
   */
  take(identity: Identity, body: ParsedBody, sessionId: string | null): (() => void) | null {
    if (sessionId !== null || body.batch || body.frames[0]?.method !== 'subscriptions/listen') return null;
    return this.slots.take(`${identity.issuer} ${identity.subject}`);
  }
}
