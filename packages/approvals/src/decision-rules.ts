/**
 * Who may decide an approval request, and what a vote does to it. Pure functions: the store
 * applies them atomically, so two approvers deciding at once cannot both win.
 */
import type { Identity } from '@proctor/events';
import { ApprovalError } from './errors';
import type { ApprovalRequest, ApproverSpec, Vote } from './model';

export interface VoteInput {
  decider: Identity;
  decision: 'approve' | 'deny';
  reason: string | null;
  /** Approve identical calls (same requester, same arguments digest) for this long. */
  standingMs: number | null;
  now: number;
}

export function mayApprove(spec: ApproverSpec, decider: Identity): boolean {
  return spec.subjects.includes(decider.subject) || decider.groups.some((g) => spec.groups.includes(g));
}

export function mayReadClear(spec: ApproverSpec, reader: Identity): boolean {
  return reader.groups.some((g) => spec.clearGroups.includes(g));
}

/**
 * The same person, for the rules that keep one person from deciding alone: the same subject
 * (ignoring case) whatever the issuer. One person may hold accounts at two trusted identity
 * providers under one address; they must not approve their own request through the second, nor
 * cast two of the N votes.
 */
export function samePerson(a: Pick<Identity, 'subject'>, b: Pick<Identity, 'subject'>): boolean {
  return a.subject.toLowerCase() === b.subject.toLowerCase();
}

/** Longest reason kept with a decision, a grant or a revocation. */
export const MAX_REASON_CHARS = 1000;

/** A CI identity of the pipeline run (or, without a run id, the workflow) that raised the request. */
function samePipeline(requester: Identity, decider: Identity): boolean {
  const r = requester.ci;
  const d = decider.ci;
  if (!r || !d || r.provider !== d.provider || r.repository === null || r.repository !== d.repository) {
    return false;
  }
  if (r.runId !== null && d.runId !== null) return r.runId === d.runId;
  return r.workflow !== null && r.workflow === d.workflow;
}

/**
 * Applies one vote to a pending request and returns the new request; throws ApprovalError
 * (nothing changed) when the vote is not allowed.
 */
export function applyVote(request: ApprovalRequest, input: VoteInput): ApprovalRequest {
  const { decider, now } = input;
  if (request.state !== 'pending') {
    throw new ApprovalError('APPROVAL_ALREADY_DECIDED', `approval ${request.id} is already ${request.state}`);
  }
  if (now >= request.expiresAt) {
    throw new ApprovalError('APPROVAL_EXPIRED', `approval ${request.id} has expired`);
  }
  if (!mayApprove(request.approvers, decider)) {
    throw new ApprovalError('NOT_AN_APPROVER', `you are not an approver of approval ${request.id}`);
  }
  if (samePerson(request.requester, decider)) {
    throw new ApprovalError('SELF_APPROVAL', 'a requester cannot decide their own request');
  }
  if (samePipeline(request.requester, decider)) {
    throw new ApprovalError(
      'SAME_PIPELINE',
      'a CI identity cannot decide a request raised by its own pipeline',
    );
  }
  if (request.votes.some((v) => samePerson(v, decider))) {
    throw new ApprovalError('DUPLICATE_APPROVER', `you have already decided approval ${request.id}`);
  }
  const reason = input.reason?.trim() ? input.reason.trim() : null;
  if (reason !== null && reason.length > MAX_REASON_CHARS) {
    throw new ApprovalError('INVALID_INPUT', `the reason is longer than ${MAX_REASON_CHARS} characters`);
  }
  if (request.approvers.reasonRequired && reason === null) {
    throw new ApprovalError('REASON_REQUIRED', `approval ${request.id} needs a reason with the decision`);
  }
  const standingMs = input.standingMs ?? 0;
  if (input.decision === 'approve' && standingMs > 0) {
    if (request.kind !== 'call') {
      throw new ApprovalError('INVALID_INPUT', 'only a held call can be approved for a time');
    }
    if (standingMs > request.approvers.maxStandingMs) {
      throw new ApprovalError(
        'STANDING_TOO_LONG',
        `identical calls can be approved for at most ${Math.floor(request.approvers.maxStandingMs / 1000)} s`,
      );
    }
  }
  const vote: Vote = {
    subject: decider.subject,
    issuer: decider.issuer,
    groups: [...decider.groups],
    decision: input.decision,
    reason,
    at: now,
  };
  const votes = [...request.votes, vote];
  if (input.decision === 'deny') {
    return { ...request, votes, state: 'denied', outcomeReason: reason ?? 'denied' };
  }
  const approvals = votes.filter((v) => v.decision === 'approve').length;
  if (approvals < request.approvers.required) return { ...request, votes };
  const validUntil = standingMs > 0 ? now + standingMs : null;
  return { ...request, votes, state: 'approved', validUntil, outcomeReason: reason };
}

export function approvalCount(request: ApprovalRequest): number {
  return request.votes.filter((v) => v.decision === 'approve').length;
}
