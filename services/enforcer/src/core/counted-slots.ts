import { GatewayError } from './errors';

/**
 * Slots counted per key (a session, an identity): at most `max` taken at once; one more is
 * refused with SESSION_CAP (429/-31013) and the message `refusal` gives, until one is given back.
 */
export class CountedSlots {
  private readonly open = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly refusal: (max: number) => string,
  ) {}

  /**
   * Takes a slot of `key`; the function returned gives it back, once, however often it is
   * called. Throws SESSION_CAP past the maximum.
   */
  take(key: string): () => void {
    const count = this.open.get(key) ?? 0;
    if (count >= this.max) throw new GatewayError('SESSION_CAP', this.refusal(this.max));
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
