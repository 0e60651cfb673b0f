import type { ProtocolEra } from '@proctor/events';
import type { CompiledPolicy } from '@proctor/policy';

/** What the request stage decided that the answer to the request must honour. */
export interface RequestNote {
  policy: CompiledPolicy;
  era: ProtocolEra;
  /** The mask rule that applies to the answer, if any. */
  maskRule: string | null;
}

const MAX_NOTES = 50_000;

/**
 * Links a request's decision to its response, by session (or exchange) and JSON-RPC id: the
 * response stage masks and filters under the rules the request was decided with, so a reload
 * in between changes nothing for a call already in flight.
 */
export class PolicyLedger {
  private readonly notes = new Map<string, RequestNote>();

  remember(sessionId: string, idJson: string, note: RequestNote): void {
    if (this.notes.size >= MAX_NOTES) {
      const oldest = this.notes.keys().next();
      if (!oldest.done) this.notes.delete(oldest.value);
    }
    this.notes.set(`${sessionId}\u0000${idJson}`, note);
  }

  /** The note of the request a response answers; each is taken once. */
  take(sessionId: string, responseId: unknown): RequestNote | undefined {
    if (responseId === undefined || responseId === null) return undefined;
    const key = `${sessionId}\u0000${JSON.stringify(responseId)}`;
    const note = this.notes.get(key);
    if (note) this.notes.delete(key);
    return note;
  }
}
