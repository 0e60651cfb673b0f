import { randomUUID } from 'node:crypto';
import { argumentsDigester } from '@proctor/approvals';
import type { ApprovalAction, PolicyDecisionBody } from '@proctor/events';
import {
  type ApprovalDecisionSource,
  type ApprovalOutcome,
  type CompiledPolicy,
  decide,
  type HoldUpdates,
  type PolicyDecision,
  type PolicyHolder,
  type PolicyRequest,
} from '@proctor/policy';
import type { EventContent } from '../audit-emitter';
import { GATEWAY_RPC } from '../errors';
import {
  type NormalizedExchange,
  progressTokenOf,
  type RequestStage,
  type RequestVerdict,
  type StageContext,
} from '../stages';
import { type PolicyLedger, taskKey } from './policy-ledger';

export interface PolicyStageOptions {
  holder: PolicyHolder;
  ledger: PolicyLedger;
  /** Where require_approval holds wait for their decision; without one they are denied. */
  approvals?: ApprovalDecisionSource;
  nowMicros?: () => number;
}

/**
 * The policy decision point in the data path: every request is decided under the rules in
 * force when it arrived; denials never reach the server and name the rule; holds wait for an
 * approval; every decision worth recording becomes a policy_decision event.
 */
export function createPolicyStage(options: PolicyStageOptions): RequestStage {
  const nowMicros = options.nowMicros ?? (() => Date.now() * 1000);
  return {
    name: 'policy',
    async onRequest(exchange, ctx) {
      const policy = options.holder.current();
      const origin = await taskOriginOf(exchange, options.ledger);
      const decision =
        origin === UNKNOWN_TASK
          ? unknownTaskDecision(policy.version)
          : (refusedSubscription(policy, exchange) ?? decide(policy, origin ?? policyRequestOf(exchange)));
      if (exchange.idJson !== null && decision.verdict !== 'deny') {
        options.ledger.remember(exchange.sessionId, exchange.idJson, {
          policy,
          era: exchange.era,
          maskRule: decision.maskRule,
          ...(exchange.method === 'tools/call' &&
            exchange.toolName !== null && {
              taskOf: {
                key: taskKeyOf(exchange),
                origin: { toolName: exchange.toolName, arguments: exchange.arguments },
              },
            }),
        });
      }
      // A request about a task was decided as the call that created it; that call was already held.
      if (decision.verdict === 'require_approval' && origin === null) {
        return hold(exchange, ctx, decision, options, nowMicros);
      }
      const events: EventContent[] = [];
      if (decision.log)
        events.push(decisionEvent(exchange, decision, decision.verdict === 'deny' ? 'block' : 'allow'));
      if (decision.maskRule !== null) {
        await options.ledger.shareMaskedSession(exchange.sessionId, decision.maskRule);
        events.push(
          decisionEvent(exchange, decision, 'mask', {
            rule: decision.maskRule,
            reason: 'response masked inline by policy',
          }),
        );
      }
      if (events.length > 0) await ctx.emit(events);
      return decision.verdict === 'deny' ? denial(decision) : { action: 'allow' };
    },
  };
}

function denial(
  decision: PolicyDecision,
  reason = decision.reason,
  extra: Record<string, unknown> = {},
): RequestVerdict {
  const rule = decision.rule?.id ?? 'default';
  return {
    action: 'deny',
    code: GATEWAY_RPC.DENIED,
    message: `denied by policy rule ${rule}: ${reason}`,
    data: { ...extra, rule, ruleVersion: decision.ruleVersion },
  };
}

function decisionEvent(
  exchange: NormalizedExchange,
  decision: PolicyDecision,
  verdict: PolicyDecisionBody['decision'],
  overrides: Partial<PolicyDecisionBody> = {},
): EventContent {
  return {
    type: 'policy_decision',
    body: {
      decision: verdict,
      rule: decision.rule?.id ?? null,
      reason: decision.reason,
      method: exchange.method,
      toolName: exchange.toolName,
      frameSeq: null,
      ruleVersion: decision.ruleVersion,
      resourceUri: exchange.resourceUri,
      promptName: exchange.promptName,
      approvalId: null,
      ...overrides,
    },
  };
}

/** require_approval: record the hold, wait for the decision source, record its answer. */
async function hold(
  exchange: NormalizedExchange,
  ctx: StageContext,
  decision: PolicyDecision,
  options: PolicyStageOptions,
  nowMicros: () => number,
): Promise<RequestVerdict> {
  const rule = decision.rule;
  const settings = rule?.approval ?? { approverGroups: [], timeoutSec: 900 };
  // The approval workflow files its request under this same id: one id in events, errors and the API.
  const approvalId = `apr_${randomUUID()}`;
  // Keyed (a plain SHA-256 of a short argument is found by trying every value): the workflow's key.
  const digest = options.approvals?.argumentsDigest ?? argumentsDigester();
  const argsDigest = exchange.arguments === null ? null : digest(exchange.arguments);
  const approval = (action: ApprovalAction, actor: string | null, reason: string | null): EventContent => ({
    type: 'approval',
    body: {
      action,
      approvalId,
      method: exchange.method,
      toolName: exchange.toolName,
      argsDigest,
      rule: rule?.id ?? null,
      ruleVersion: decision.ruleVersion,
      actor,
      actorGroups: [],
      reason,
      expiresAt: nowMicros() + settings.timeoutSec * 1_000_000,
      validUntil: null,
      requiredApprovals: 1,
      approvals: action === 'approved' ? 1 : 0,
    },
  });
  await ctx.emit([
    decisionEvent(exchange, decision, 'require_approval', { approvalId }),
    approval('requested', null, decision.reason),
  ]);
  if (options.approvals === undefined) {
    await ctx.emit([approval('denied', null, 'no approval workflow is configured')]);
    return denial(decision, 'approval required, and no approval workflow is configured');
  }
  const outcome = await options.approvals.await(
    {
      ...settings,
      requester: exchange.identity,
      sessionId: exchange.sessionId,
      arguments: exchange.arguments,
      approvalId,
      ruleId: rule?.id ?? 'default',
      ruleVersion: decision.ruleVersion,
      connection: exchange.connection,
      subject: exchange.identity.subject,
      method: exchange.method,
      toolName: exchange.toolName,
      target: exchange.promptName ?? exchange.resourceUri,
      argsDigest,
      approverGroups: settings.approverGroups,
      timeoutSec: settings.timeoutSec,
    },
    ctx.signal,
    holdUpdates(exchange, ctx),
  );
  await ctx.emit([approval(finalAction(outcome), outcome.actor, outcome.reason)]);
  return outcome.approved
    ? { action: 'allow' }
    : denial(decision, outcome.reason ?? 'approval denied', outcome.data);
}

/** The session's record of how the hold ended: the workflow's own final state where it names one. */
function finalAction(outcome: ApprovalOutcome): ApprovalAction {
  if (outcome.approved) return 'approved';
  const state = outcome.data?.approvalState;
  return state === 'cancelled' || state === 'expired' || state === 'interrupted' ? state : 'denied';
}

/** Progress notifications for a held call, when the client gave a progress token and can get them. */
function holdUpdates(exchange: NormalizedExchange, ctx: StageContext): HoldUpdates | undefined {
  const progressToken = progressTokenOf(exchange);
  const { notify, deferAsTask } = ctx;
  const task = deferAsTask && {
    task: (statusMessage: string, ttlMs: number) => deferAsTask(statusMessage, ttlMs),
  };
  if (progressToken === null || notify === undefined) {
    return task ? { progress: async () => undefined, ...task } : undefined;
  }
  return {
    progress: (progress, total, message) =>
      notify({
        jsonrpc: '2.0',
        method: 'notifications/progress',
        params: { progressToken, progress, total, message },
      }),
    ...task,
  };
}

/** The key of a task this call may create (a returned arrow: no defineProperty per call under tsx). */
function taskKeyOf(exchange: NormalizedExchange): (taskId: string) => string {
  return (taskId) => taskKey(exchange.connection, exchange.identity, taskId);
}

const TASK_METHODS = new Set(['tasks/get', 'tasks/result', 'tasks/cancel', 'tasks/update']);

/** A request about a task the gateway did not see this caller create. */
const UNKNOWN_TASK = Symbol('unknown task');

/**
 * A request about a task the caller's tool call created (tasks/get, tasks/result, …) is decided
 * as that tool call, under the rules in force now: a tool denied since (or to this caller) does
 * not deliver its result through the task, and a mask rule on the tool masks the task's answers.
 * Null for any other request; UNKNOWN_TASK for a task the gateway did not see this caller
 * create — another identity's, whose id leaked, which an upstream holding one credential for
 * every caller cannot tell apart, or one created through a gateway that shares no session store
 * with this one (several gateways sharing Redis share task origins too): no rule can decide it.
 */
async function taskOriginOf(
  exchange: NormalizedExchange,
  ledger: PolicyLedger,
): Promise<PolicyRequest | typeof UNKNOWN_TASK | null> {
  if (!TASK_METHODS.has(exchange.method)) return null;
  const taskId = (exchange.message.params as { taskId?: unknown } | undefined)?.taskId;
  if (typeof taskId !== 'string') return null;
  const origin = await ledger.taskOrigin(taskKey(exchange.connection, exchange.identity, taskId));
  if (origin === null) return UNKNOWN_TASK;
  return { ...policyRequestOf(exchange), method: 'tools/call', ...origin };
}

/**
 * A 2026-07-28 `subscriptions/listen` asks for `resources/updated` of the URIs it lists: each is
 * decided as a `resources/subscribe` of that URI (as a stateful client's subscription is), and
 * the first one the caller may not subscribe to refuses the whole listen. Null when every one may.
 */
function refusedSubscription(policy: CompiledPolicy, exchange: NormalizedExchange): PolicyDecision | null {
  if (exchange.method !== 'subscriptions/listen') return null;
  const params = exchange.message.params as
    | { notifications?: { resourceSubscriptions?: unknown } }
    | undefined;
  const uris = params?.notifications?.resourceSubscriptions;
  if (!Array.isArray(uris)) return null;
  for (const uri of uris) {
    if (typeof uri !== 'string') continue;
    const decision = decide(policy, {
      ...policyRequestOf(exchange),
      method: 'resources/subscribe',
      resourceUri: uri,
    });
    if (decision.verdict !== 'allow') return { ...decision, verdict: 'deny', log: true };
  }
  return null;
}

function unknownTaskDecision(ruleVersion: string): PolicyDecision {
  return {
    verdict: 'deny',
    rule: null,
    reason: 'the task was not created by this caller through this gateway or one sharing its session store',
    ruleVersion,
    maskRule: null,
    record: 'full',
    recordRule: null,
    log: true,
  };
}

/** The request as the policy sees it: the exchange's identity, target and arguments. */
export function policyRequestOf(exchange: NormalizedExchange): PolicyRequest {
  return {
    identity: exchange.identity,
    connection: exchange.connection,
    method: exchange.method,
    toolName: exchange.toolName,
    resourceUri: exchange.resourceUri,
    promptName: exchange.promptName,
    arguments: exchange.arguments,
    era: exchange.era,
  };
}
