import type { Identity, ProtocolEra } from '@proctor/events';
import type { CompiledPolicy } from '@proctor/policy';

/** The tool call a task runs: what a request about the task is decided as. */
export interface TaskOrigin {
  toolName: string;
  arguments: Record<string, unknown> | null;
}

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
const MAX_TASKS = 50_000;

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
  private readonly tasks = new Map<string, TaskOrigin>();

  /** A tool call's answer created a task: requests about it are decided as that call. */
  rememberTask(key: string, origin: TaskOrigin): void {
    if (this.tasks.size >= MAX_TASKS) {
      const oldest = this.tasks.keys().next();
      if (!oldest.done) this.tasks.delete(oldest.value);
    }
    this.tasks.set(key, origin);
  }

  taskOrigin(key: string): TaskOrigin | undefined {
    return this.tasks.get(key);
  }

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
