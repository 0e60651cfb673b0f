import type { CallAbortListener, CallSignal } from '../../upstream/port';

/**
 * What aborts a stateful call's upstream request. Until the answer starts, the client going
 * away aborts it (the cut listens to the client's signal); once an answer streams, the request
 * outlives the client (a cut client may resume) and the stream's own controller aborts it.
 *
 * A plain object instead of an AbortController per call: node builds every AbortSignal at a
 * cost of microseconds, and most answers are one JSON body that never needs one. The
 * controller is made only for a streamed answer (`controller()`).
 */
export class UpstreamCut implements CallSignal {
  aborted = false;
  /** The adapter's listener: one per call. Further ones (none today) wait in `more`. */
  private listener: CallAbortListener | null = null;
  private more: CallAbortListener[] | null = null;

  addEventListener(_type: 'abort', listener: CallAbortListener): void {
    if (this.listener === null) this.listener = listener;
    else if (this.more === null) this.more = [listener];
    else this.more.push(listener);
  }

  removeEventListener(_type: 'abort', listener: CallAbortListener): void {
    if (this.listener === listener) this.listener = null;
    else if (this.more) this.more = this.more.filter((l) => l !== listener);
  }

  /** Listens to the client's signal (before the answer) or a stream's controller (after). */
  handleEvent(): void {
    this.abort();
  }

  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    const listeners = this.listener ? [this.listener, ...(this.more ?? [])] : (this.more ?? []);
    this.listener = null;
    this.more = null;
    for (const listener of listeners) listener.handleEvent();
  }

  /** A controller whose abort aborts this call: for an answer that streams on after the client's request. */
  controller(): AbortController {
    const controller = new AbortController();
    if (this.aborted) controller.abort();
    else controller.signal.addEventListener('abort', this, { once: true });
    return controller;
  }
}
