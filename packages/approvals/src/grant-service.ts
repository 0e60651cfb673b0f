/**
 * Time-boxed access to a connection (HIPAA 164.312(a)(1) access control, 164.312(a)(2)(ii)
 * emergency access): requested and approved like a held call, or self-granted for a short time
 * by a configured emergency group (break-glass, flagged for review). Revocation and expiry are
 * published so every gateway ends the grantee's access at once.
 */
import { randomUUID } from 'node:crypto';
import type { Identity } from '@proctor/events';
import { serialised } from '@proctor/jobs';
import type { ApprovalService } from './approval-service';
import { type AuditSink, grantRecord } from './audit-records';
import type { DecisionBus } from './decision-bus';
import { MAX_REASON_CHARS, mayApprove, samePerson } from './decision-rules';
import { ApprovalError } from './errors';
import { type ApprovalRequest, type ApproverSpec, type Grant, isActiveGrant } from './model';
import type { ApprovalStore } from './store-port';

export interface GrantPolicy {
  approvers: ApproverSpec;
  /** Longest grant that may be asked for. */
  maxDurationMs: number;
  /** How long a grant request waits for a decision. */
  requestTtlMs: number;
}

export interface BreakGlassPolicy {
  groups: string[];
  maxDurationMs: number;
}

export interface GrantServiceDeps {
  store: ApprovalStore;
  bus: DecisionBus;
  audit: AuditSink;
  tenant: string;
  /** Connections that can be granted, by name. */
  grantable: ReadonlyMap<string, GrantPolicy>;
  /** Names of every configured connection (to tell "unknown" from "not grantable"). */
  connections: ReadonlySet<string>;
  breakGlass: BreakGlassPolicy | null;
  now?: () => number;
}

export interface GrantAsk {
  identity: Identity;
  connection: string;
  durationMs: number;
  reason: string;
}

export class GrantService {
  private readonly now: () => number;
  /** Access requests are checked and created one at a time (see refuseSecondPending). */
  private readonly admitted = serialised();

  constructor(
    private readonly deps: GrantServiceDeps,
    private readonly approvals: ApprovalService,
  ) {
    this.now = deps.now ?? Date.now;
  }

  /** Whether this identity approves the connection's access requests (and so may revoke its grants). */
  approvesFor(connection: string, who: Identity): boolean {
    const policy = this.deps.grantable.get(connection);
    return policy !== undefined && mayApprove(policy.approvers, who);
  }

  /** Asks for a grant; it is issued when the connection's approvers approve. */
  async request(ask: GrantAsk): Promise<ApprovalRequest> {
    const policy = this.policyFor(ask.connection);
    const reason = requireReason(ask.reason);
    checkDuration(ask.durationMs, policy.maxDurationMs);
    return this.admitted(async () => {
      const now = this.now();
      await this.refuseSecondPending(ask, now);
      return this.createGrantRequest(ask, policy, reason, now);
    });
  }

  private async createGrantRequest(
    ask: GrantAsk,
    policy: GrantPolicy,
    reason: string,
    now: number,
  ): Promise<ApprovalRequest> {
    const request: ApprovalRequest = {
      id: `apr_${randomUUID()}`,
      kind: 'grant',
      tenant: this.deps.tenant,
      requester: ask.identity,
      connection: ask.connection,
      sessionId: '',
      method: null,
      toolName: null,
      argsDigest: null,
      maskedArguments: null,
      rule: 'access-grant',
      ruleVersion: null,
      approvers: policy.approvers,
      grant: { durationMs: ask.durationMs, reason },
      createdAt: now,
      expiresAt: now + policy.requestTtlMs,
      state: 'pending',
      votes: [],
      validUntil: null,
      heldBy: null,
      outcomeReason: null,
      nextSeq: 1,
    };
    await this.approvals.create(request);
    return request;
  }

  /**
   * One pending access request per person and connection: a flood of requests would bury the
   * approvers' pending list (and page them once per request) under one requester's copies.
   * Checked and created one request at a time in this process: checked alone, ten requests sent
   * at once all found none pending and all were created. (Requests spread over several API
   * processes at the same instant can still each create one.)
   */
  private async refuseSecondPending(ask: GrantAsk, now: number): Promise<void> {
    const pending = await this.deps.store.listRequests({
      tenant: this.deps.tenant,
      states: ['pending'],
      limit: 1000,
    });
    const mine = pending.find(
      (r) =>
        r.kind === 'grant' &&
        r.connection === ask.connection &&
        r.expiresAt > now &&
        samePerson(r.requester, ask.identity),
    );
    if (mine) {
      throw new ApprovalError(
        'GRANT_REQUEST_PENDING',
        `your access request ${mine.id} for connection ${ask.connection} is still pending: wait for its decision, or for it to expire`,
      );
    }
  }

  /** Issues the grant of an approved grant request (the approval service calls this once). */
  async issueFor(request: ApprovalRequest): Promise<Grant> {
    if (request.kind !== 'grant' || request.grant === null) {
      throw new ApprovalError('INVALID_INPUT', `approval ${request.id} is not a grant request`);
    }
    const approver = request.votes.filter((v) => v.decision === 'approve').map((v) => v.subject);
    return this.issue(
      {
        identity: request.requester,
        connection: request.connection,
        durationMs: request.grant.durationMs,
        reason: request.grant.reason,
      },
      { approvalId: request.id, breakGlass: false, actor: approver.join(',') || null },
    );
  }

  /** Emergency self-grant: only the configured group, with a reason, for a short time; flagged for review. */
  async breakGlass(ask: GrantAsk): Promise<Grant> {
    const policy = this.deps.breakGlass;
    if (!policy) throw new ApprovalError('GRANTS_NOT_ENABLED', 'break-glass access is not configured');
    if (!this.deps.connections.has(ask.connection)) {
      throw new ApprovalError('UNKNOWN_CONNECTION', `unknown connection "${ask.connection}"`);
    }
    if (!ask.identity.groups.some((g) => policy.groups.includes(g))) {
      throw new ApprovalError('NOT_IN_EMERGENCY_GROUP', 'break-glass access is only for the emergency group');
    }
    requireReason(ask.reason);
    checkDuration(ask.durationMs, policy.maxDurationMs);
    return this.issue(ask, { approvalId: null, breakGlass: true, actor: null });
  }

  async revoke(id: string, actor: Identity, reason: string): Promise<Grant> {
    const found = await this.get(id);
    const why = requireReason(reason);
    let seq = -1;
    const next = await this.deps.store.updateGrant(found.id, (current) => {
      if (current.revokedAt !== null) {
        throw new ApprovalError('GRANT_ALREADY_REVOKED', `grant ${id} is already revoked`);
      }
      seq = current.nextSeq;
      return { ...current, revokedAt: this.now(), revokedBy: actor.subject, nextSeq: current.nextSeq + 1 };
    });
    await this.deps.audit(grantRecord(next, seq, 'revoked', { actor: actor.subject, reason: why }));
    await this.publish(next, 'revoked');
    return next;
  }

  async get(id: string): Promise<Grant> {
    const grant = await this.deps.store.getGrant(id);
    if (!grant || grant.tenant !== this.deps.tenant)
      throw new ApprovalError('GRANT_NOT_FOUND', `no grant ${id}`);
    return grant;
  }

  async list(filter: { subject?: string; connection?: string } = {}): Promise<Grant[]> {
    await this.expireDue();
    return this.deps.store.listGrants({ tenant: this.deps.tenant, ...filter });
  }

  /** The grantee's active grant on a connection, if any. */
  async active(identity: Identity, connection: string): Promise<Grant | null> {
    const grants = await this.deps.store.listGrants({
      tenant: this.deps.tenant,
      subject: identity.subject,
      connection,
    });
    const now = this.now();
    return grants.find((g) => g.grantee.issuer === identity.issuer && isActiveGrant(g, now)) ?? null;
  }

  /** Records that a grant let a session in (the access-grant log shows each use). */
  async recordUse(grant: Grant, sessionId: string): Promise<void> {
    let seq = -1;
    const next = await this.deps.store.updateGrant(grant.id, (current) => {
      seq = current.nextSeq;
      return { ...current, nextSeq: current.nextSeq + 1 };
    });
    await this.deps.audit(grantRecord(next, seq, 'used', { reason: `session ${sessionId}` }));
  }

  /** Records and publishes the expiry of grants whose time ran out (once each). */
  async expireDue(): Promise<Grant[]> {
    const now = this.now();
    const grants = await this.deps.store.listGrants({ tenant: this.deps.tenant, limit: 10_000 });
    const expired: Grant[] = [];
    for (const grant of grants) {
      if (grant.expiryRecorded || grant.revokedAt !== null || grant.expiresAt > now) continue;
      let seq = -1;
      const next = await this.deps.store.updateGrant(grant.id, (current) => {
        if (current.expiryRecorded) return current;
        seq = current.nextSeq;
        return { ...current, expiryRecorded: true, nextSeq: current.nextSeq + 1 };
      });
      if (seq < 0) continue;
      await this.deps.audit(grantRecord(next, seq, 'expired'));
      await this.publish(next, 'expired');
      expired.push(next);
    }
    return expired;
  }

  private async issue(
    ask: GrantAsk,
    how: { approvalId: string | null; breakGlass: boolean; actor: string | null },
  ): Promise<Grant> {
    const now = this.now();
    const grant: Grant = {
      id: `grt_${randomUUID()}`,
      tenant: this.deps.tenant,
      grantee: ask.identity,
      connection: ask.connection,
      scope: `connection:${ask.connection}`,
      issuedAt: now,
      expiresAt: now + ask.durationMs,
      reason: ask.reason.trim(),
      approvalId: how.approvalId,
      breakGlass: how.breakGlass,
      revokedAt: null,
      revokedBy: null,
      expiryRecorded: false,
      nextSeq: 1,
    };
    await this.deps.store.createGrant(grant);
    await this.deps.audit(
      grantRecord(grant, 0, how.breakGlass ? 'break_glass' : 'granted', { actor: how.actor }),
    );
    await this.publish(grant, 'granted');
    return grant;
  }

  private policyFor(connection: string): GrantPolicy {
    if (!this.deps.connections.has(connection)) {
      throw new ApprovalError('UNKNOWN_CONNECTION', `unknown connection "${connection}"`);
    }
    const policy = this.deps.grantable.get(connection);
    if (!policy)
      throw new ApprovalError(
        'GRANTS_NOT_ENABLED',
        `connection "${connection}" does not take grant requests`,
      );
    return policy;
  }

  private async publish(grant: Grant, state: 'granted' | 'revoked' | 'expired'): Promise<void> {
    await this.deps.bus.publish({
      kind: 'grant',
      id: grant.id,
      subject: grant.grantee.subject,
      connection: grant.connection,
      state,
    });
  }
}

function requireReason(reason: string | undefined | null): string {
  const trimmed = reason?.trim() ?? '';
  if (trimmed === '') throw new ApprovalError('REASON_REQUIRED', 'a reason is required');
  if (trimmed.length > MAX_REASON_CHARS)
    throw new ApprovalError('INVALID_INPUT', `the reason is longer than ${MAX_REASON_CHARS} characters`);
  return trimmed;
}

function checkDuration(durationMs: number, maxMs: number): void {
  if (!Number.isFinite(durationMs) || durationMs <= 0) {
    throw new ApprovalError('INVALID_INPUT', 'the duration must be a positive number of seconds');
  }
  if (durationMs > maxMs) {
    throw new ApprovalError(
      'DURATION_TOO_LONG',
      `the longest grant for this connection is ${Math.floor(maxMs / 1000)} s`,
    );
  }
}
