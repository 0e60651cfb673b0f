import type { CallAbortListener, CallSignal } from '../upstream/port';
import { AbortListeners } from './abort-listeners';

/**
 * A client call's going away (its connection closed before the answer was sent, or the core
 * aborted the call), with its AbortSignal made only when something reads `signal`: node builds
 * every AbortSignal at a cost of microseconds, and a call whose stages decide at once and whose
 * answer is one JSON body needs none. Until then it is a CallSignal of its own: listener
 * objects added before the signal exists move onto it when it is made.
 */
export class ClientCut implements CallSignal {
  private controller: AbortController | null = null;
  private cut = false;
  private reason: unknown = undefined;
  private readonly listeners = new AbortListeners();

  get aborted(): boolean {
    return this.controller ? this.controller.signal.aborted : this.cut;
  }

  get signal(): AbortSignal {
    if (this.controller) return this.controller.signal;
    const controller = new AbortController();
    this.controller = controller;
    if (this.cut) controller.abort(this.reason);
    else {
      for (const listener of this.listeners.take()) {
        controller.signal.addEventListener('abort', listener, { once: true });
      }
    }
    return controller.signal;
  }

  addEventListener(_type: 'abort', listener: CallAbortListener, _options?: { once: true }): void {
    if (this.controller) this.controller.signal.addEventListener('abort', listener, { once: true });
    else this.listeners.add(listener);
  }

  removeEventListener(_type: 'abort', listener: CallAbortListener): void {
    if (this.controller) this.controller.signal.removeEventListener('abort', listener);
    else this.listeners.remove(listener);
  }

  /** Aborts the call, with `reason` as its signal's reason (a property: callers hand it on as a callback). */
  readonly abort = (reason?: unknown): void => {
    if (this.controller) {
      this.controller.abort(reason);
      return;
    }
    if (this.cut) return;
    this.cut = true;
    this.reason = reason;
    this.listeners.callAll();
  };
}
