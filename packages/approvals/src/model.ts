/**
 * Just-in-time approvals and time-boxed access grants. An approval request is bound to the
 * exact call it was raised for (requester, connection, method, tool, a digest of the clear
 * canonical arguments, the policy rule and its version); a grant is time-boxed access to a
 * connection. Both are evidence: every state change becomes an audit event.
 */
import type { Identity } from '@proctor/events';

/** Who may decide: a subject or a group match suffices; `required` distinct approvers must agree. */
export interface ApproverSpec {
  groups: string[];
  subjects: string[];
  /** N of M: how many distinct approvers must approve (default 1). */
  required: number;
  /** Groups whose members may see the clear arguments (others see them masked). */
  clearGroups: string[];
  /** Whether approve/deny must carry a reason. */
  reasonRequired: boolean;
  /** Longest "approve identical calls for a time" an approver may give, in ms (0: approve once only). */
  maxStandingMs: number;
}

export type ApprovalState = 'pending' | 'approved' | 'denied' | 'expired' | 'cancelled' | 'interrupted';

export interface Vote {
  subject: string;
  issuer: string;
  groups: string[];
  decision: 'approve' | 'deny';
  reason: string | null;
  /** ms since the epoch */
  at: number;
}

/** A call held for approval (kind 'call'), or a request for a time-boxed grant (kind 'grant'). */
export interface ApprovalRequest {
  id: string;
  kind: 'call' | 'grant';
  tenant: string;
  requester: Identity;
  connection: string;
  /** Audit unit of the held call (empty for grant requests). */
  sessionId: string;
  method: string | null;
  toolName: string | null;
  /** Keyed digest (hex HMAC-SHA256) of the canonical clear arguments: the decision is bound to it. */
  argsDigest: string | null;
  /** Keyed digest of the method and what it is about (tool, prompt, resource): standing approvals are bound to it. */
  targetDigest?: string | null;
  /** The arguments as approvers see them: masked. */
  maskedArguments: unknown;
  rule: string | null;
  ruleVersion: string | null;
  approvers: ApproverSpec;
  /** Grant requests: the duration asked for, and why. */
  grant: { durationMs: number; reason: string } | null;
  createdAt: number;
  expiresAt: number;
  state: ApprovalState;
  votes: Vote[];
  /** Approve-identical-calls-for-a-time: identical calls pass until then (ms since the epoch). */
  validUntil: number | null;
  /** Gateway holding the call, so a restart can mark its requests interrupted. */
  heldBy: string | null;
  /** Reason of the final state (denial reason, expiry, cancellation). */
  outcomeReason: string | null;
  /** Next audit sequence number of this request's own audit unit. */
  nextSeq: number;
}

export interface Grant {
  id: string;
  tenant: string;
  grantee: Identity;
  connection: string;
  scope: string;
  issuedAt: number;
  expiresAt: number;
  reason: string;
  approvalId: string | null;
  breakGlass: boolean;
  revokedAt: number | null;
  revokedBy: string | null;
  /** Whether the expiry has been recorded (once, by whichever process saw it first). */
  expiryRecorded: boolean;
  nextSeq: number;
}

export function isActiveGrant(grant: Grant, now: number): boolean {
  return grant.revokedAt === null && grant.issuedAt <= now && now < grant.expiresAt;
}

/** The audit unit (event sessionId) of an approval request's or a grant's own events. */
export function approvalUnit(id: string): string {
  return `approval:${id}`;
}

export function grantUnit(id: string): string {
  return `grant:${id}`;
}
