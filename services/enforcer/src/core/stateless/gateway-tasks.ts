/**
 * Tasks the gateway itself creates (the 2026-07-28 tasks extension, `io.modelcontextprotocol/tasks`):
 * a tools/call a stage holds (an approval) is answered at once with a task when the client
 * declared the extension on the request; the task completes when the stage decides and the
 * upstream answers. The gateway serves tasks/get, tasks/update and tasks/cancel for its own
 * tasks, to the identity that created them only. Task state (including the final result) is
 * kept in this process's memory until the task's TTL after it ended, never at rest; a load
 * balancer routes a task's requests here by their Mcp-Name (the task id).
 */
import { randomUUID } from 'node:crypto';
import { RPC } from '../errors';

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
    const task: GatewayTask = {
      taskId: `${TASK_PREFIX}${randomUUID()}`,
      owner,
      status: 'working',
      statusMessage,
      createdAt: at,
      lastUpdatedAt: at,
      ttlMs,
      cancel,
    };
    this.tasks.set(task.taskId, task);
    return { id: task.taskId, result: { resultType: 'task', ...this.view(task) } };
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
    task.lastUpdatedAt = this.now();
    const timer = setTimeout(() => this.tasks.delete(taskId), task.ttlMs);
    timer.unref();
  }

  /**
   * Answers tasks/get, tasks/update or tasks/cancel for a gateway task: the JSON-RPC result, or
   * an error for an unknown task or one another identity created.
   */
  answer(
    method: string,
    message: Record<string, unknown>,
    owner: string,
  ): { result: Record<string, unknown> } | { error: { code: number; message: string } } {
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
    return {
      taskId: task.taskId,
      status: task.status,
      statusMessage: task.statusMessage,
      createdAt: new Date(task.createdAt).toISOString(),
      lastUpdatedAt: new Date(task.lastUpdatedAt).toISOString(),
      ttlMs: task.ttlMs,
      pollIntervalMs: POLL_INTERVAL_MS,
    };
  }
}

function isTerminal(status: TaskStatus): boolean {
  return status === 'completed' || status === 'failed' || status === 'cancelled';
}
