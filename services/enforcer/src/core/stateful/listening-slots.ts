import { GatewayError } from '../errors';

/**
 * The GET (listening) streams each stateful session holds open at its upstream. The protocol
 * expects one, and the SDK's servers refuse a second, but a lenient upstream would let one
 * client open them without end: past `max` at once, another is refused with 429/-31013 until
 * one ends (its upstream stream closed, or let go once its client left and did not resume).
 */
export class ListeningSlots {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  /**
   * Takes a slot for a listening stream of `sessionId`; the function returned gives it back,
   * once, however often it is called. Throws SESSION_CAP past the maximum.
   */
  take(sessionId: string): () => void {
    const count = this.open.get(sessionId) ?? 0;
    if (count >= this.max) {
      throw new GatewayError(
        'SESSION_CAP',
        `Too many open GET streams in this session (at most ${this.max}): close one first`,
      );
    }
    this.open.set(sessionId, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(sessionId) ?? 1) - 1;
      if (left > 0) this.open.set(sessionId, left);
      else this.open.delete(sessionId);
    };
  }
}
