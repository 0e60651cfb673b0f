/**
 * Task origins: the tool call a task runs, remembered when the call's answer creates the task,
 * so a later request about the task (tasks/get, tasks/result, …) is decided as that call. Kept
 * where sessions are: in a gateway's memory, or in Redis shared by every gateway, so a task
 * created through one gateway is served by another, and by the same one after a restart.
 *
 * ```ts
 * interface TaskOriginStore {
 *   remember(key: string, origin: TaskOrigin, ttlMs: number): Promise<void>;
 *   lookUp(key: string): Promise<TaskOrigin | null>; // null: unknown, or expired
 * }
 * ```
 *
 * `key` is the policy's task key (connection, identity, task id): a task is its creator's own.
 */

/** The tool call a task runs: what a request about the task is decided as. */
export interface TaskOrigin {
  toolName: string;
  arguments: Record<string, unknown> | null;
}

export interface TaskOriginStore {
  remember(key: string, origin: TaskOrigin, ttlMs: number): Promise<void>;
  lookUp(key: string): Promise<TaskOrigin | null>;
}

/** How long a task's origin is kept when its answer gives no ttl. */
export const DEFAULT_TASK_TTL_MS = 24 * 60 * 60 * 1000;
/** The longest a task's origin is kept, whatever ttl the upstream gave. */
export const MAX_TASK_TTL_MS = 7 * DEFAULT_TASK_TTL_MS;

/** The time a task's origin is kept: the task's own ttl (ms) when it gives one, bounded. */
export function taskOriginTtl(ttlMs: unknown): number {
  if (typeof ttlMs !== 'number' || !Number.isFinite(ttlMs) || ttlMs <= 0) return DEFAULT_TASK_TTL_MS;
  return Math.min(Math.ceil(ttlMs), MAX_TASK_TTL_MS);
}

const MAX_TASKS = 50_000;

/** One gateway's task origins: a bounded map (the oldest go first), entries expiring with their ttl. */
export class MemoryTaskOrigins implements TaskOriginStore {
  private readonly tasks = new Map<string, { origin: TaskOrigin; expiresAt: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxTasks = MAX_TASKS,
  ) {}

  async remember(key: string, origin: TaskOrigin, ttlMs: number): Promise<void> {
    this.tasks.delete(key);
    if (this.tasks.size >= this.maxTasks) {
      const oldest = this.tasks.keys().next();
      if (!oldest.done) this.tasks.delete(oldest.value);
    }
    this.tasks.set(key, { origin, expiresAt: this.now() + ttlMs });
  }

  async lookUp(key: string): Promise<TaskOrigin | null> {
    const entry = this.tasks.get(key);
    if (entry === undefined) return null;
    if (entry.expiresAt > this.now()) return entry.origin;
    this.tasks.delete(key);
    return null;
  }
}
