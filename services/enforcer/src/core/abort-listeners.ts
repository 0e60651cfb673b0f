import type { CallAbortListener } from '../upstream/port';

/**
 * The listener objects of a CallSignal that is not (yet) an AbortSignal: one slot for the
 * usual single listener, an array only for more. Each is called once, by `callAll`.
 */
export class AbortListeners {
  private first: CallAbortListener | null = null;
  private more: CallAbortListener[] | null = null;

  add(listener: CallAbortListener): void {
    if (this.first === null) this.first = listener;
    else if (this.more === null) this.more = [listener];
    else this.more.push(listener);
  }

  remove(listener: CallAbortListener): void {
    if (this.first === listener) this.first = null;
    else if (this.more) this.more = this.more.filter((l) => l !== listener);
  }

  /** Empties the list, returning what it held in the order added. */
  take(): CallAbortListener[] {
    const taken = this.first ? [this.first, ...(this.more ?? [])] : (this.more ?? []);
    this.first = null;
    this.more = null;
    return taken;
  }

  callAll(): void {
    for (const listener of this.take()) listener.handleEvent();
  }
}
