import type { CallAbortListener, CallSignal } from '../../upstream/port';
import { AbortListeners } from '../abort-listeners';

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
  private readonly listeners = new AbortListeners();

  addEventListener(_type: 'abort', listener: CallAbortListener, _options?: { once: true }): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'abort', listener: CallAbortListener): void {
    this.listeners.remove(listener);
  }

  /** Listens to the client's signal (before the answer) or a stream's controller (after). */
  handleEvent(): void {
    this.abort();
  }

  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    this.listeners.callAll();
  }

  /** A controller whose abort aborts this call: for an answer that streams on after the client's request. */
  controller(): AbortController {
    const controller = new AbortController();
    if (this.aborted) controller.abort();
    else controller.signal.addEventListener('abort', this, { once: true });
    return controller;
  }
}
