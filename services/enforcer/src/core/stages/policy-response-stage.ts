import {
  type CompiledPolicy,
  decide,
  isTemplateVisible,
  isVisible,
  type PolicyDecision,
  type PolicyHolder,
  type PolicyRequest,
} from '@proctor/policy';
import { taskOriginTtl } from '../../sessions/task-origins';
import type { EventContent } from '../audit-emitter';
import type { OutboundMessage, ResponseStage, StageContext } from '../stages';
import { decideEmbeddedResources, readOf } from './embedded-resources';
import {
  maskMessageInline,
  maskNotificationInline,
  maskServerRequestInline,
  maskTaskInline,
} from './mask-stage';
import { type PolicyLedger, taskKey } from './policy-ledger';

type ListBase = Pick<PolicyRequest, 'identity' | 'connection' | 'era'>;

/** Result fields that list things a caller may call or read: filtered by the policy. */
const LISTS: {
  field: string;
  key: 'name' | 'uri' | 'uriTemplate';
  visible: (policy: CompiledPolicy, base: ListBase, name: string) => boolean;
}[] = [
  { field: 'tools', key: 'name', visible: (p, b, n) => isVisible(p, b, 'tool', n) },
  { field: 'prompts', key: 'name', visible: (p, b, n) => isVisible(p, b, 'prompt', n) },
  { field: 'resources', key: 'uri', visible: (p, b, n) => isVisible(p, b, 'resource', n) },
  { field: 'resourceTemplates', key: 'uriTemplate', visible: isTemplateVisible },
];

/**
 * Answers under the rules their request was decided with: list results (tools/list,
 * prompts/list, resources/list, resources/templates/list, and such lists in any result, e.g.
 * server/discover) lose what the caller may not use, and answers to requests a mask rule matched are masked inline.
 */
export function createPolicyResponseStage(options: {
  holder: PolicyHolder;
  ledger: PolicyLedger;
}): ResponseStage {
  return {
    name: 'policy-response',
    async onResponse(outbound, ctx) {
      if (outbound.kind === 'notification') {
        if (await hiddenUpdate(outbound, options.holder.current(), ctx)) return null;
        if (outbound.message.method === 'notifications/tasks/status')
          return taskStatus(outbound, options.holder.current(), options.ledger, ctx);
        const masking = (await options.ledger.sharedMaskOfSession(outbound.sessionId)) !== null;
        return masking ? maskNotificationInline(outbound.message) : outbound.message;
      }
      if (outbound.kind === 'request') {
        const masking = (await options.ledger.sharedMaskOfSession(outbound.sessionId)) !== null;
        return masking ? maskServerRequestInline(outbound.message) : outbound.message;
      }
      if (outbound.kind !== 'response' && outbound.kind !== 'error') return outbound.message;
      const note = options.ledger.take(outbound.sessionId, outbound.message.id);
      const task = createdTask(outbound.message);
      if (note?.taskOf && task !== null)
        await options.ledger.rememberTask(note.taskOf.key(task.taskId), note.taskOf.origin, task.ttlMs);
      const policy = note?.policy ?? options.holder.current();
      const events: EventContent[] = [];
      let message =
        outbound.kind === 'response'
          ? filterLists(outbound, policy, note?.era ?? null, events)
          : outbound.message;
      if (outbound.kind === 'response' && outbound.request?.method === 'tasks/list')
        message = await filterTasks(outbound, message, policy, note?.era ?? null, options.ledger, events);
      if (outbound.kind === 'response')
        message = embeddedResources(outbound, message, policy, note?.era ?? null, events);
      // An answer no request of the client's is waiting for (a second answer under a masked
      // call's id, or one under an id never sent) is masked when the session's calls are.
      const maskRule = note ? note.maskRule : await options.ledger.sharedMaskOfSession(outbound.sessionId);
      if (maskRule) {
        const masked = maskMessageInline(message, maskRule, note !== undefined);
        message = masked.message;
        events.push(...masked.events);
      }
      if (events.length > 0) await ctx.emit(events);
      return privateToCaller(message);
    },
  };
}

/** The `policy_decision` event recording that a message, or part of one, was hidden from the caller. */
export function hideEvent(
  policy: CompiledPolicy,
  rule: string | null,
  reason: string,
  method: string | null,
): EventContent {
  return {
    type: 'policy_decision',
    body: {
      decision: 'hide',
      rule,
      reason,
      method,
      toolName: null,
      frameSeq: null,
      ruleVersion: policy.version,
    },
  };
}

/**
 * A `resources/updated` about a URI a rule denies this caller (read in every way, as a read of
 * it would be decided): dropped, and the hiding recorded. A listen or subscription for such a
 * URI is refused, but an upstream may send updates nobody asked for.
 */
async function hiddenUpdate(
  outbound: OutboundMessage,
  policy: CompiledPolicy,
  ctx: StageContext,
): Promise<boolean> {
  if (outbound.message.method !== 'notifications/resources/updated') return false;
  const uri = (outbound.message.params as { uri?: unknown } | undefined)?.uri;
  if (typeof uri !== 'string') return false;
  const decision = decide(
    policy,
    readOf({ identity: outbound.identity, connection: outbound.connection, era: null }, uri),
  );
  if (decision.verdict !== 'deny') return false;
  await ctx.emit([
    hideEvent(
      policy,
      decision.rule?.id ?? null,
      'a resources/updated about a resource the caller may not read',
      'notifications/resources/updated',
    ),
  ]);
  return true;
}

/**
 * The task a task-augmented call's answer created, if any, and how long its origin is kept:
 * `result.task` (2025-11-25's CreateTaskResult: `taskId`, `ttl` in ms), or the task handle
 * itself beside `resultType: "task"` (the 2026-07-28 tasks extension: `taskId`, `ttlMs`).
 */
function createdTask(message: Record<string, unknown>): { taskId: string; ttlMs: number } | null {
  type Handle = { taskId?: unknown; ttl?: unknown; ttlMs?: unknown };
  const result = message.result as (Handle & { task?: Handle; resultType?: unknown }) | undefined;
  const handle = typeof result?.task?.taskId === 'string' ? result.task : undefined;
  const task = handle ?? (result?.resultType === 'task' ? result : undefined);
  if (typeof task?.taskId !== 'string') return null;
  return { taskId: task.taskId, ttlMs: taskOriginTtl(task.ttl ?? task.ttlMs) };
}

/**
 * Under a policy an answer depends on who asked (lists filtered, content masked or not), so a
 * 2026-07-28 caching hint of `public` would let a shared cache hand one caller's answer to
 * another: it becomes `private`. The upstream's ttlMs is kept.
 */
function privateToCaller(message: Record<string, unknown>): Record<string, unknown> {
  const result = message.result;
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return message;
  if ((result as Record<string, unknown>).cacheScope !== 'public') return message;
  return { ...message, result: { ...result, cacheScope: 'private' } };
}

/**
 * How a request about a task would be decided (tasks/get): as the tool call that created it,
 * under the rules in force now. Null when the gateway did not see this caller create the task.
 */
async function taskDecision(
  outbound: OutboundMessage,
  policy: CompiledPolicy,
  era: 'stateful' | 'stateless' | null,
  ledger: PolicyLedger,
  taskId: unknown,
): Promise<PolicyDecision | null> {
  if (typeof taskId !== 'string') return null;
  const { identity, connection } = outbound;
  const origin = await ledger.taskOrigin(taskKey(connection, identity, taskId));
  if (origin === null) return null;
  return decide(policy, {
    identity,
    connection,
    era,
    method: 'tools/call',
    toolName: origin.toolName,
    arguments: origin.arguments,
    resourceUri: null,
    promptName: null,
  });
}

/**
 * A task's status notification says what its call is doing (its status message): it reaches
 * the client as `tasks/get` of the task would answer — left out when the caller may no longer
 * use the task's tool (the hiding recorded), masked under a mask rule on it. A task whose
 * creating call has not been answered yet (its origin unknown) is masked while a masked call
 * of the session runs, as that call's progress and log messages are.
 */
async function taskStatus(
  outbound: OutboundMessage,
  policy: CompiledPolicy,
  ledger: PolicyLedger,
  ctx: StageContext,
): Promise<Record<string, unknown> | null> {
  const message = outbound.message;
  const params = message.params;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return message;
  const decision = await taskDecision(
    outbound,
    policy,
    null,
    ledger,
    (params as { taskId?: unknown }).taskId,
  );
  if (decision?.verdict === 'deny') {
    await ctx.emit([
      hideEvent(
        policy,
        decision.rule?.id ?? null,
        'a task status of a tool the caller may not use',
        'notifications/tasks/status',
      ),
    ]);
    return null;
  }
  const masking =
    decision === null
      ? (await ledger.sharedMaskOfSession(outbound.sessionId)) !== null
      : decision.maskRule !== null;
  if (!masking) return message;
  const masked = maskTaskInline(params as Record<string, unknown>);
  return masked === null ? null : { ...message, params: masked };
}

/**
 * A `tasks/list` answer shows each task as a request about it (`tasks/get`) would: decided as
 * the tool call that created it, under the rules in force now. A task the gateway did not see
 * this caller create (another identity's, which an upstream holding one credential for every
 * caller lists alike) or whose tool the caller may no longer use is left out; a task whose tool
 * a mask rule covers is masked (its status message tells what the call is doing), or left out
 * when it cannot be masked with certainty.
 */
async function filterTasks(
  outbound: OutboundMessage,
  message: Record<string, unknown>,
  policy: CompiledPolicy,
  era: 'stateful' | 'stateless' | null,
  ledger: PolicyLedger,
  events: EventContent[],
): Promise<Record<string, unknown>> {
  const result = message.result as { tasks?: unknown } | undefined;
  if (!Array.isArray(result?.tasks)) return message;
  const tasks: unknown[] = result.tasks;
  const shown = await Promise.all(
    tasks.map(async (task) => {
      if (typeof task !== 'object' || task === null) return null;
      const decision = await taskDecision(
        outbound,
        policy,
        era,
        ledger,
        (task as { taskId?: unknown }).taskId,
      );
      if (decision === null || decision.verdict === 'deny') return null;
      return decision.maskRule === null ? task : maskTaskInline(task as Record<string, unknown>);
    }),
  );
  if (shown.every((task, i) => task === tasks[i])) return message;
  const kept = shown.filter((task) => task !== null);
  if (kept.length < tasks.length) {
    events.push(
      hideEvent(
        policy,
        null,
        `${tasks.length - kept.length} of ${tasks.length} tasks hidden by policy`,
        'tasks/list',
      ),
    );
  }
  return { ...message, result: { ...result, tasks: kept } };
}

/** An answer's embedded resources and resource links, decided as reads by the caller (see embedded-resources.ts). */
function embeddedResources(
  outbound: OutboundMessage,
  message: Record<string, unknown>,
  policy: CompiledPolicy,
  era: 'stateful' | 'stateless' | null,
  events: EventContent[],
): Record<string, unknown> {
  const result = message.result;
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return message;
  const base = { identity: outbound.identity, connection: outbound.connection, era };
  const outcome = decideEmbeddedResources(result as Record<string, unknown>, policy, base);
  if (outcome === null || outcome.result === result) return message;
  if (outcome.withheld > 0) {
    events.push(
      hideEvent(
        policy,
        outcome.rule,
        `${outcome.withheld} of ${outcome.seen} embedded resources withheld by policy`,
        outbound.request?.method ?? null,
      ),
    );
  }
  return { ...message, result: outcome.result };
}

function filterLists(
  outbound: OutboundMessage,
  policy: CompiledPolicy,
  era: 'stateful' | 'stateless' | null,
  events: EventContent[],
): Record<string, unknown> {
  const result = outbound.message.result;
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return outbound.message;
  const base = { identity: outbound.identity, connection: outbound.connection, era };
  let filtered: Record<string, unknown> | null = null;
  for (const list of LISTS) {
    const items = (result as Record<string, unknown>)[list.field];
    if (!Array.isArray(items)) continue;
    const kept = items.filter((item) => {
      const name = (item as Record<string, unknown> | null)?.[list.key];
      return typeof name !== 'string' || list.visible(policy, base, name);
    });
    if (kept.length === items.length) continue;
    filtered = { ...(filtered ?? (result as Record<string, unknown>)), [list.field]: kept };
    events.push(
      hideEvent(
        policy,
        null,
        `${items.length - kept.length} of ${items.length} ${list.field} hidden by policy`,
        outbound.request?.method ?? null,
      ),
    );
  }
  return filtered === null ? outbound.message : { ...outbound.message, result: filtered };
}
