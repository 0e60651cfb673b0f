/**
 * The approval workflow as the policy stage's decision source: a held call becomes an approval
 * request bound to the requester's full identity and a digest of the exact arguments; a
 * standing approval of an identical call passes at once; otherwise the call waits up to the
 * hold limit for a decision taken anywhere (the service's bus reaches every gateway). Past the
 * limit the client is told to retry once approved; a client cancellation withdraws the request.
 */
import type { ApprovalService, ApproverSpec, ApprovalRequest as WorkflowRequest } from '@proctor/approvals';
import type { Identity } from '@proctor/events';
import type { ApprovalDecisionSource, ApprovalOutcome, ApprovalRequest } from '@proctor/policy';

export { createGrantStage, type GrantStageOptions } from './grant-stage';

export interface ApprovalWorkflowOptions {
  approvals: Pick<ApprovalService, 'raise' | 'wait' | 'cancel'>;
  /** This gateway instance: a restart marks the requests it held as interrupted. */
  gatewayId: string;
  /** Longest a call is held before the client is told to retry once approved. */
  holdMs: number;
  /** How the arguments are shown to approvers (masked); never the clear values. */
  maskArguments: (args: unknown) => unknown;
}

/** Default longest "approve identical calls for a time" when a rule does not say. */
const DEFAULT_MAX_STANDING_SEC = 3600;

export function createApprovalWorkflowSource(options: ApprovalWorkflowOptions): ApprovalDecisionSource {
  return {
    async await(request, signal) {
      try {
        return await holdForDecision(request, signal, options);
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
): Promise<ApprovalOutcome> {
  const raised = await options.approvals.raise({
    requester: request.requester ?? anonymousRequester(request.subject),
    connection: request.connection,
    sessionId: request.sessionId ?? '',
    method: request.method,
    toolName: request.toolName,
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
      reason: `standing approval ${raised.approvalId}`,
      approvalId: raised.approvalId,
    };
  }
  const id = raised.request.id;
  const waited = await options.approvals.wait(id, { signal, timeoutMs: options.holdMs });
  if (waited.kind === 'final') return outcomeOf(waited.request);
  if (waited.kind === 'aborted') {
    await options.approvals.cancel(id, 'the client cancelled the call');
    return refused(id, 'cancelled', `approval ${id} withdrawn: the client cancelled the call`);
  }
  const seconds = Math.round(options.holdMs / 1000);
  return refused(
    id,
    'pending',
    `approval ${id} is still pending after ${seconds} s; retry the identical call once it is approved`,
    { retry: 'retry the identical call once the approval is granted' },
  );
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
    clearGroups: [],
    reasonRequired: request.reasonRequired ?? false,
    maxStandingMs: (request.maxStandingSec ?? DEFAULT_MAX_STANDING_SEC) * 1000,
  };
}

/** A stage that did not pass the identity: the subject alone (never approvable by itself). */
function anonymousRequester(subject: string): Identity {
  return { subject, issuer: '', groups: [], ci: null };
}
