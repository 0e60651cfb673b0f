import type { Identity, ProtocolEra } from '@proctor/events';
import type { CompiledPolicy } from '@proctor/policy';
import { MemoryTaskOrigins, type TaskOrigin, type TaskOriginStore } from '../../sessions/task-origins';

export type { TaskOrigin } from '../../sessions/task-origins';

/** What the request stage decided that the answer to the request must honour. */
export interface RequestNote {
  policy: CompiledPolicy;
  era: ProtocolEra;
  /** The mask rule that applies to the answer, if any. */
  maskRule: string | null;
  /** A tools/call: if its answer creates a task, the task is remembered under this key. */
  taskOf?: { key: (taskId: string) => string; origin: TaskOrigin };
}

const MAX_NOTES = 50_000;

/** How long gateways remember that a session's calls are masked (a session idles out sooner). */
const MASKED_SESSION_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * The store key saying a session's calls are masked (kept as an origin whose tool name is the
 * mask rule); a task key has four parts, this one two, so they never meet.
 */
function maskedSessionKey(sessionId: string): string {
  return `masked-session\u0000${sessionId}`;
}

/** Whose task: tasks are the caller's own on one connection, whatever session or exchange asks. */
export function taskKey(connection: string, identity: Identity, taskId: string): string {
  return `${connection}\u0000${identity.issuer}\u0000${identity.subject}\u0000${taskId}`;
}

/**
 * Links a request's decision to its response, by session (or exchange) and JSON-RPC id: the
 * response stage masks and filters under the rules the request was decided with, so a reload
 * in between changes nothing for a call already in flight.
 */
export class PolicyLedger {
  private readonly notes = new Map<string, RequestNote>();
  /** This gateway's memory, until a store shared with other gateways is given. */
  private tasks: TaskOriginStore = new MemoryTaskOrigins();
  /** Mask rules of the requests in flight, per session (an entry per masked request). */
  private readonly masking = new Map<string, string[]>();
  /** The mask rule of the last answered masked request, per session (the most recent MAX_NOTES sessions). */
  private readonly maskedBefore = new Map<string, string>();

  /** Task origins kept where every gateway sharing the session store finds them. */
  shareTaskOrigins(store: TaskOriginStore): void {
    this.tasks = store;
  }

  /** A tool call's answer created a task: requests about it are decided as that call, for `ttlMs`. */
  rememberTask(key: string, origin: TaskOrigin, ttlMs: number): Promise<void> {
    return this.tasks.remember(key, origin, ttlMs);
  }

  taskOrigin(key: string): Promise<TaskOrigin | null> {
    return this.tasks.lookUp(key);
  }

  remember(sessionId: string, idJson: string, note: RequestNote): void {
    if (this.notes.size >= MAX_NOTES) {
      const oldest = this.notes.entries().next();
      if (!oldest.done) this.forget(oldest.value[0], oldest.value[1]);
    }
    const key = `${sessionId}\u0000${idJson}`;
    const replaced = this.notes.get(key);
    if (replaced) this.forget(key, replaced);
    this.notes.set(key, note);
    if (note.maskRule !== null)
      this.masking.set(sessionId, [...(this.masking.get(sessionId) ?? []), note.maskRule]);
  }

  /** The note of the request a response answers; each is taken once. */
  take(sessionId: string, responseId: unknown): RequestNote | undefined {
    if (responseId === undefined || responseId === null) return undefined;
    const key = `${sessionId}\u0000${JSON.stringify(responseId)}`;
    const note = this.notes.get(key);
    if (note) this.forget(key, note);
    return note;
  }

  /**
   * The mask rule of a masked request of the session, in flight or answered, if any: the
   * notifications and requests the upstream sends meanwhile or afterwards (progress, log
   * messages, a line logged once the result is sent) may carry what the answer would, and no
   * notification names the request it belongs to.
   */
  maskOfSession(sessionId: string): string | null {
    return this.masking.get(sessionId)?.[0] ?? this.maskedBefore.get(sessionId) ?? null;
  }

  /**
   * A masked request of the session, kept where the task origins are: in Redis, every gateway
   * sharing the session store learns that the session's calls are masked, so the listening
   * stream of a session whose masked call went through another gateway is masked too.
   */
  shareMaskedSession(sessionId: string, rule: string): Promise<void> {
    return this.tasks.remember(
      maskedSessionKey(sessionId),
      { toolName: rule, arguments: null },
      MASKED_SESSION_TTL_MS,
    );
  }

  /** maskOfSession, also asking the shared store when this gateway saw no masked call of the session. */
  async sharedMaskOfSession(sessionId: string): Promise<string | null> {
    const local = this.maskOfSession(sessionId);
    if (local !== null) return local;
    const shared = await this.tasks.lookUp(maskedSessionKey(sessionId));
    if (shared === null) return null;
    this.rememberMasked(sessionId, shared.toolName);
    return shared.toolName;
  }

  private rememberMasked(sessionId: string, rule: string): void {
    this.maskedBefore.delete(sessionId);
    if (this.maskedBefore.size >= MAX_NOTES) {
      const oldest = this.maskedBefore.keys().next();
      if (!oldest.done) this.maskedBefore.delete(oldest.value);
    }
    this.maskedBefore.set(sessionId, rule);
  }

  private forget(key: string, note: RequestNote): void {
    this.notes.delete(key);
    if (note.maskRule === null) return;
    const sessionId = key.slice(0, key.indexOf('\u0000'));
    this.rememberMasked(sessionId, note.maskRule);
    const rules = this.masking.get(sessionId) ?? [];
    const at = rules.indexOf(note.maskRule);
    if (at >= 0) rules.splice(at, 1);
    if (rules.length === 0) this.masking.delete(sessionId);
  }
}
