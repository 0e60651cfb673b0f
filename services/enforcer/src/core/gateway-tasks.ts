/**
 * Tasks the gateway itself creates for requests a stage holds (an approval): a tools/call is
 * answered at once with a working task when the client accepts one — the 2026-07-28 tasks
 * extension (`io.modelcontextprotocol/tasks` in the request's capabilities) or a 2025-11-25
 * task-augmented request (`params.task`) — and the task completes when the stage decides and
 * the upstream answers. The gateway serves the task methods for its own tasks (2026-07-28:
 * tasks/get, tasks/update, tasks/cancel; 2025-11-25: tasks/get, tasks/result, tasks/cancel), to the identity that created them only. Task state (including the final result)
 * is kept in this process's memory until the task's TTL after it ended, never at rest; a
 * stateless load balancer routes a task's requests here by their Mcp-Name (the task id).
 */
import { randomUUID } from 'node:crypto';
import { RPC } from './errors';

export const TASKS_EXTENSION = 'io.modelcontextprotocol/tasks';
/** Gateway task ids carry this prefix, so they are never confused with an upstream's. */
const TASK_PREFIX = 'proctor-task-';
const POLL_INTERVAL_MS = 1_000;

type TaskStatus = 'working' | 'input_required' | 'completed' | 'failed' | 'cancelled';

interface GatewayTask {
  taskId: string;
  owner: string;
  status: TaskStatus;
  statusMessage: string;
  createdAt: number;
  lastUpdatedAt: number;
  ttlMs: number;
  result?: Record<string, unknown>;
  error?: Record<string, unknown>;
  cancel: (reason: string) => void;
  /** Resolves when the task reaches a terminal status. */
  ended: Promise<void>;
  end: () => void;
}

type Answer = { result: Record<string, unknown> } | { error: { code: number; message: string } };

const LEGACY_TASK_METHODS = new Set(['tasks/get', 'tasks/result', 'tasks/cancel']);

/** A 2025-11-25 task-augmented request: `params.task` is an object. */
export function requestsTask(message: Record<string, unknown>): boolean {
  const task = (message.params as { task?: unknown } | undefined)?.task;
  return typeof task === 'object' && task !== null && !Array.isArray(task);
}

/**
 * A 2025-11-25 task method the gateway answers: one naming a gateway task. (tasks/list goes to
 * the upstream: it lists the server's own tasks, not the gateway's.)
 */
export function isLegacyGatewayTaskRequest(method: string | null, message: Record<string, unknown>): boolean {
  if (method === null || !LEGACY_TASK_METHODS.has(method)) return false;
  const taskId = (message.params as { taskId?: unknown } | undefined)?.taskId;
  return typeof taskId === 'string' && taskId.startsWith(TASK_PREFIX);
}

/** The request as the upstream gets it once the gateway owns its task: without the task ask. */
export function withoutTaskAsk(message: Record<string, unknown>): Record<string, unknown> {
  const params = { ...(message.params as Record<string, unknown>) };
  delete params.task;
  const meta = params._meta as Record<string, unknown> | undefined;
  const capabilities = meta?.['io.modelcontextprotocol/clientCapabilities'] as
    | { extensions?: Record<string, unknown> }
    | undefined;
  if (meta && capabilities?.extensions?.[TASKS_EXTENSION] !== undefined) {
    const extensions = { ...capabilities.extensions };
    delete extensions[TASKS_EXTENSION];
    params._meta = {
      ...meta,
      'io.modelcontextprotocol/clientCapabilities': { ...capabilities, extensions },
    };
  }
  return { ...message, params };
}

/** Whether the request declared the tasks extension in its per-request client capabilities. */
export function acceptsTasks(message: Record<string, unknown>): boolean {
  const meta = (message.params as { _meta?: Record<string, unknown> } | undefined)?._meta;
  const capabilities = meta?.['io.modelcontextprotocol/clientCapabilities'] as
    | { extensions?: Record<string, unknown> }
    | undefined;
  return capabilities?.extensions?.[TASKS_EXTENSION] !== undefined;
}

export function isGatewayTaskRequest(method: string | null, message: Record<string, unknown>): boolean {
  if (method !== 'tasks/get' && method !== 'tasks/cancel' && method !== 'tasks/update') return false;
  const taskId = (message.params as { taskId?: unknown } | undefined)?.taskId;
  return typeof taskId === 'string' && taskId.startsWith(TASK_PREFIX);
}

export class GatewayTasks {
  private readonly tasks = new Map<string, GatewayTask>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A new working task; `cancel` withdraws what it waits for. Returns the CreateTaskResult. */
  create(owner: string, ttlMs: number, statusMessage: string, cancel: (reason: string) => void) {
    const at = this.now();
    let end!: () => void;
    const ended = new Promise<void>((resolve) => {
      end = resolve;
    });
    const task: GatewayTask = {
      taskId: `${TASK_PREFIX}${randomUUID()}`,
      owner,
      status: 'working',
      statusMessage,
      createdAt: at,
      lastUpdatedAt: at,
      ttlMs,
      cancel,
      ended,
      end,
    };
    this.tasks.set(task.taskId, task);
    return {
      id: task.taskId,
      /** The 2026-07-28 CreateTaskResult. */
      result: { resultType: 'task', ...this.view(task) },
      /** The 2025-11-25 CreateTaskResult. */
      legacyResult: { task: legacyView(task) },
    };
  }

  /** Ends a task with the request's final JSON-RPC answer (a result, or an error). */
  finish(taskId: string, answer: Record<string, unknown>): void {
    const task = this.tasks.get(taskId);
    if (!task || isTerminal(task.status)) return;
    const error = answer.error as Record<string, unknown> | undefined;
    if (error !== undefined) {
      const cancelled =
        (error.data as { approvalState?: unknown } | undefined)?.approvalState === 'cancelled';
      task.status = cancelled ? 'cancelled' : 'failed';
      task.error = error;
      task.statusMessage = typeof error.message === 'string' ? error.message : 'the request failed';
    } else {
      task.status = 'completed';
      task.result = (answer.result as Record<string, unknown> | undefined) ?? {};
      task.statusMessage = 'completed';
    }
    this.ended(task);
  }

  /**
   * Answers a 2025-11-25 task method for the gateway's tasks: tasks/get, tasks/cancel (the task
   * is cancelled at once; the held request is withdrawn), and tasks/result, which
   * waits until the task ends and answers the request's own result or error.
   */
  async answerLegacy(method: string, message: Record<string, unknown>, owner: string): Promise<Answer> {
    const taskId = (message.params as { taskId: string }).taskId;
    const task = this.tasks.get(taskId);
    if (!task || task.owner !== owner) {
      return { error: { code: RPC.INVALID_PARAMS, message: `unknown task ${taskId}` } };
    }
    if (method === 'tasks/cancel') {
      if (isTerminal(task.status)) {
        return {
          error: { code: RPC.INVALID_PARAMS, message: `task ${taskId} already ended (${task.status})` },
        };
      }
      task.status = 'cancelled';
      task.statusMessage = 'the client cancelled the task';
      this.ended(task);
      task.cancel('the client cancelled the task');
      return { result: legacyView(task) };
    }
    if (method === 'tasks/result') {
      await task.ended;
      const related = { _meta: { 'io.modelcontextprotocol/related-task': { taskId } } };
      if (task.result !== undefined) return { result: { ...task.result, ...related } };
      const error = task.error as { code?: unknown; message?: unknown; data?: unknown } | undefined;
      return {
        error: {
          code: typeof error?.code === 'number' ? error.code : RPC.INTERNAL_ERROR,
          message: typeof error?.message === 'string' ? error.message : `task ${taskId} ${task.status}`,
          ...(error?.data !== undefined && { data: error.data }),
        },
      };
    }
    return { result: legacyView(task) };
  }

  private ended(task: GatewayTask): void {
    task.lastUpdatedAt = this.now();
    task.end();
    const timer = setTimeout(() => this.tasks.delete(task.taskId), task.ttlMs);
    timer.unref();
  }

  /**
   * Answers tasks/get, tasks/update or tasks/cancel for a gateway task: the JSON-RPC result, or
   * an error for an unknown task or one another identity created.
   */
  answer(method: string, message: Record<string, unknown>, owner: string): Answer {
    const taskId = (message.params as { taskId: string }).taskId;
    const task = this.tasks.get(taskId);
    if (!task || task.owner !== owner) {
      return { error: { code: RPC.INVALID_PARAMS, message: `unknown task ${taskId}` } };
    }
    if (method === 'tasks/get') {
      const detail = {
        ...this.view(task),
        ...(task.result !== undefined && { result: task.result }),
        ...(task.error !== undefined && { error: task.error }),
      };
      return { result: { resultType: 'complete', ...detail } };
    }
    if (method === 'tasks/cancel' && !isTerminal(task.status)) task.cancel('the client cancelled the task');
    // tasks/update: a gateway task never asks for input; responses are ignored, as the extension says.
    return { result: { resultType: 'complete' } };
  }

  private view(task: GatewayTask): Record<string, unknown> {
    return { ...commonView(task), ttlMs: task.ttlMs, pollIntervalMs: POLL_INTERVAL_MS };
  }
}

/** A task's state as both revisions name it; they differ in the TTL's and interval's names. */
function commonView(task: GatewayTask): Record<string, unknown> {
  return {
    taskId: task.taskId,
    status: task.status,
    statusMessage: task.statusMessage,
    createdAt: new Date(task.createdAt).toISOString(),
    lastUpdatedAt: new Date(task.lastUpdatedAt).toISOString(),
  };
}

function legacyView(task: GatewayTask): Record<string, unknown> {
  return { ...commonView(task), ttl: task.ttlMs, pollInterval: POLL_INTERVAL_MS };
}

function isTerminal(status: TaskStatus): boolean {
  return status === 'completed' || status === 'failed' || status === 'cancelled';
}
