/**
 * The approval workflow as the policy stage's decision source: a held call becomes an approval
 * request bound to the requester's full identity and a digest of the exact arguments; a
 * standing approval of an identical call passes at once; otherwise the call waits up to the
 * hold limit for a decision taken anywhere (the service's bus reaches every gateway). Past the
 * limit the client is told to retry once approved; a client cancellation withdraws the request.
 */
import type {
  ApprovalService,
  ApproverSpec,
  WaitResult,
  ApprovalRequest as WorkflowRequest,
} from '@proctor/approvals';
import type { Identity } from '@proctor/events';
import type { ApprovalDecisionSource, ApprovalOutcome, ApprovalRequest, HoldUpdates } from '@proctor/policy';

export {
  type BoundGrant,
  createGrantStage,
  type EndSessions,
  type GrantStage,
  type GrantStageOptions,
} from './grant-stage';

export interface ApprovalWorkflowOptions {
  approvals: Pick<ApprovalService, 'raise' | 'wait' | 'cancel'>;
  /** This gateway instance: a restart marks the requests it held as interrupted. */
  gatewayId: string;
  /** Longest a call is held before the client is told to retry once approved. */
  holdMs: number;
  /** With a progress token, how often the held client gets a progress notification (default: a quarter of the hold, 0.25–5 s). */
  progressEveryMs?: number;
  /** How the arguments are shown to approvers (masked); never the clear values. */
  maskArguments: (args: unknown) => unknown;
  /**
   * Keeps a held call's clear arguments in this gateway's memory while it holds the call, for
   * approvers of a clear-view group; returns the release function. Never stored anywhere.
   */
  holdClear?: (approvalId: string, args: unknown) => () => void;
}

/** How long a gateway task stays readable after it ended. */
const TASK_TTL_MS = 10 * 60_000;

/** Default longest "approve identical calls for a time" when a rule does not say. */
const DEFAULT_MAX_STANDING_SEC = 3600;

export function createApprovalWorkflowSource(options: ApprovalWorkflowOptions): ApprovalDecisionSource {
  return {
    async await(request, signal, updates) {
      try {
        return await holdForDecision(request, signal, options, updates);
      } catch (err) {
        // The store is unreachable or refused: fail closed, and say so without detail.
        const detail = err instanceof Error ? err.message : 'unknown error';
        return refused(null, 'error', `the approval workflow is unavailable (${detail})`);
      }
    },
  };
}

async function holdForDecision(
  request: ApprovalRequest,
  signal: AbortSignal,
  options: ApprovalWorkflowOptions,
  updates: HoldUpdates | undefined,
): Promise<ApprovalOutcome> {
  const clear = request.clearGroups?.length && request.arguments != null ? request.arguments : undefined;
  const release = clear === undefined ? undefined : options.holdClear?.(request.approvalId, clear);
  try {
    return await holdAndWait(request, signal, options, updates);
  } finally {
    release?.();
  }
}

async function holdAndWait(
  request: ApprovalRequest,
  signal: AbortSignal,
  options: ApprovalWorkflowOptions,
  updates: HoldUpdates | undefined,
): Promise<ApprovalOutcome> {
  const raised = await options.approvals.raise({
    id: request.approvalId,
    requester: request.requester ?? anonymousRequester(request.subject),
    connection: request.connection,
    sessionId: request.sessionId ?? '',
    method: request.method,
    toolName: request.toolName,
    target: request.target ?? null,
    arguments: request.arguments ?? null,
    maskedArguments: request.arguments == null ? null : options.maskArguments(request.arguments),
    rule: request.ruleId,
    ruleVersion: request.ruleVersion,
    approvers: approverSpec(request),
    ttlMs: request.timeoutSec * 1000,
    heldBy: options.gatewayId,
  });
  if (raised.kind === 'standing') {
    return {
      approved: true,
      actor: null,
      reason: `identical call approved by ${raised.standingId}`,
      approvalId: raised.approvalId,
    };
  }
  const id = raised.request.id;
  const waited = await waitTellingClient(raised.request, signal, options, updates);
  if (waited.kind === 'final') return outcomeOf(waited.request);
  if (waited.kind === 'aborted') {
    // The client went away or cancelled the call, or the gateway ended the session.
    const reason: unknown = signal.reason;
    const why =
      reason instanceof Error && reason.name !== 'AbortError'
        ? reason.message
        : 'the client cancelled the call';
    await options.approvals.cancel(id, why);
    return refused(id, 'cancelled', `approval ${id} withdrawn: ${why}`);
  }
  const seconds = Math.round(options.holdMs / 1000);
  return refused(
    id,
    'pending',
    `approval ${id} is still pending after ${seconds} s; retry the identical call once it is approved`,
    { retry: 'retry the identical call once the approval is granted' },
  );
}

/**
 * Waits up to the hold limit; with a way to tell the client (its progress token), sends a
 * progress notification every interval, so a client whose timeout resets on progress keeps
 * waiting. A notification that cannot be sent (the client left) stops the updates, not the hold.
 */
async function waitTellingClient(
  request: WorkflowRequest,
  signal: AbortSignal,
  options: ApprovalWorkflowOptions,
  updates: HoldUpdates | undefined,
): Promise<WaitResult> {
  const id = request.id;
  if (updates === undefined) return options.approvals.wait(id, { signal, timeoutMs: options.holdMs });
  if (updates.task) {
    // The client holds a task instead of the call: it may wait until the request expires.
    const left = Math.max(request.expiresAt - Date.now(), 0);
    await updates.task(`approval ${id} pending: waiting for an approver`, TASK_TTL_MS);
    return options.approvals.wait(id, { signal, timeoutMs: left + 1_000 });
  }
  const every = options.progressEveryMs ?? Math.max(250, Math.min(5_000, options.holdMs / 4));
  const started = Date.now();
  let telling = true;
  for (let step = 1; ; step++) {
    const left = options.holdMs - (Date.now() - started);
    const waited = await options.approvals.wait(id, {
      signal,
      timeoutMs: Math.max(0, Math.min(every, left)),
    });
    if (waited.kind !== 'timeout' || left <= every) return waited;
    if (!telling) continue;
    const elapsed = Math.round((Date.now() - started) / 1000);
    await updates
      .progress(
        step,
        Math.ceil(options.holdMs / every),
        `approval ${id} pending for ${elapsed} s: waiting for an approver`,
      )
      .catch(() => {
        telling = false;
      });
  }
}

function outcomeOf(request: WorkflowRequest): ApprovalOutcome {
  const last = request.votes[request.votes.length - 1];
  if (request.state === 'approved') {
    return {
      approved: true,
      actor: last?.subject ?? null,
      reason: request.outcomeReason,
      approvalId: request.id,
    };
  }
  const why = request.outcomeReason ?? request.state;
  const outcome = refused(request.id, request.state, `approval ${request.id} ${request.state}: ${why}`);
  return request.state === 'denied' ? { ...outcome, actor: last?.subject ?? null } : outcome;
}

function refused(
  approvalId: string | null,
  state: string,
  reason: string,
  extra: Record<string, unknown> = {},
): ApprovalOutcome {
  return {
    approved: false,
    actor: null,
    reason,
    ...(approvalId !== null && { approvalId }),
    data: { ...extra, approvalId, approvalState: state },
  };
}

function approverSpec(request: ApprovalRequest): ApproverSpec {
  return {
    groups: [...request.approverGroups],
    subjects: [...(request.approverSubjects ?? [])],
    required: request.requiredApprovals ?? 1,
    clearGroups: [...(request.clearGroups ?? [])],
    reasonRequired: request.reasonRequired ?? false,
    maxStandingMs: (request.maxStandingSec ?? DEFAULT_MAX_STANDING_SEC) * 1000,
  };
}

/** A stage that did not pass the identity: the subject alone (never approvable by itself). */
function anonymousRequester(subject: string): Identity {
  return { subject, issuer: '', groups: [], ci: null };
}
