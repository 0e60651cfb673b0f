import type { Identity } from '@proctor/events';

/**
 * Where a held call's approval comes from. The approval workflow (its own service) plugs in
 * here; tests use the in-memory source below and decide by hand.
 */

export interface ApprovalRequest {
  approvalId: string;
  ruleId: string;
  ruleVersion: string;
  connection: string;
  subject: string;
  method: string;
  toolName: string | null;
  /** What a call other than tools/call is about: a prompt's name, a resource's URI. */
  target?: string | null;
  /** Keyed digest of the canonical arguments: the decision is bound to exactly this call. */
  argsDigest: string | null;
  approverGroups: readonly string[];
  timeoutSec: number;
  /** The requester's full identity (incl. CI claims), when the stage knows it. */
  requester?: Identity;
  /** Audit unit (session or exchange) of the held call. */
  sessionId?: string;
  /** The clear arguments: for the digest only, never stored. */
  arguments?: unknown;
  approverSubjects?: readonly string[];
  requiredApprovals?: number;
  reasonRequired?: boolean;
  maxStandingSec?: number;
  /** Groups whose members may see the clear arguments while the call is held (others see them masked). */
  clearGroups?: readonly string[];
}

export interface ApprovalOutcome {
  approved: boolean;
  /** Who decided, when known. */
  actor: string | null;
  reason: string | null;
  /** The workflow's own request id, when it has one (named in the client's error). */
  approvalId?: string;
  /** Extra JSON-RPC error data for a refused call (approval id, state, what to do). */
  data?: Record<string, unknown>;
}

/** How a source keeps the waiting client informed while the call is held. */
export interface HoldUpdates {
  /** Sends a progress notification for the held call (the client gave a progress token). */
  progress(progress: number, total: number, message: string): Promise<void>;
  /**
   * Present when the client accepts a task for the held call: answers it now with a working
   * task (`statusMessage`, kept `ttlMs` after it ends); the source's outcome completes it, so
   * the source may then wait up to the request's expiry instead of the hold limit.
   */
  task?(statusMessage: string, ttlMs: number): Promise<void>;
}

export interface ApprovalDecisionSource {
  /** Resolves when the call is approved or denied; rejects (or resolves denied) on timeout or abort. */
  await(request: ApprovalRequest, signal: AbortSignal, updates?: HoldUpdates): Promise<ApprovalOutcome>;
  /**
   * The keyed digest (hex HMAC-SHA256 of the canonical arguments) the source binds held calls
   * by, so the gateway's approval events carry the same `argsDigest` as the workflow's.
   */
  argumentsDigest?: (args: unknown) => string;
}

/** A decision source for tests: holds every request until `approve` or `deny` is called. */
export class ManualApprovalSource implements ApprovalDecisionSource {
  private readonly waiting = new Map<
    string,
    { request: ApprovalRequest; settle: (o: ApprovalOutcome) => void }
  >();
  private readonly listeners: ((request: ApprovalRequest) => void)[] = [];

  await(request: ApprovalRequest, signal: AbortSignal): Promise<ApprovalOutcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => settle({ approved: false, actor: null, reason: 'approval timed out' }),
        request.timeoutSec * 1000,
      );
      const settle = (outcome: ApprovalOutcome) => {
        clearTimeout(timer);
        this.waiting.delete(request.approvalId);
        resolve(outcome);
      };
      signal.addEventListener(
        'abort',
        () => settle({ approved: false, actor: null, reason: 'the caller went away' }),
        {
          once: true,
        },
      );
      this.waiting.set(request.approvalId, { request, settle });
      for (const listener of this.listeners) listener(request);
    });
  }

  pending(): ApprovalRequest[] {
    return [...this.waiting.values()].map((w) => w.request);
  }

  /** Resolves with the next request held (or one already waiting). */
  next(): Promise<ApprovalRequest> {
    const first = this.pending()[0];
    if (first) return Promise.resolve(first);
    return new Promise((resolve) => {
      const listener = (request: ApprovalRequest) => {
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        resolve(request);
      };
      this.listeners.push(listener);
    });
  }

  approve(approvalId: string, actor = 'approver@example.com'): boolean {
    return this.settle(approvalId, { approved: true, actor, reason: null });
  }

  deny(approvalId: string, actor = 'approver@example.com', reason = 'denied by approver'): boolean {
    return this.settle(approvalId, { approved: false, actor, reason });
  }

  private settle(approvalId: string, outcome: ApprovalOutcome): boolean {
    const entry = this.waiting.get(approvalId);
    entry?.settle(outcome);
    return entry !== undefined;
  }
}
