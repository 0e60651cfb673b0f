/**
 * The approval workflow: raising a request for a held call, deciding it, waiting for the
 * outcome from whichever process holds the call, expiry, cancellation, and interruption when a
 * gateway restarts. Every state change is written to the store first (atomically, with the
 * next audit sequence number reserved in the same write) and then recorded as an audit event.
 */
import { randomUUID } from 'node:crypto';
import type { Identity } from '@proctor/events';
import { serialised } from '@proctor/jobs';
import { type AuditSink, approvalRecord } from './audit-records';
import { type ArgumentsDigest, argumentsDigester } from './canonical-digest';
import type { ClearViewChannel } from './clear-view';
import type { BusMessage, DecisionBus } from './decision-bus';
import { applyVote, mayReadClear, samePerson } from './decision-rules';
import { ApprovalError } from './errors';
import { type ApprovalRequest, type ApprovalState, type ApproverSpec, isActiveGrant } from './model';
import type { ApprovalStore } from './store-port';
import { standingKey } from './store-port';

export interface ApprovalServiceDeps {
  store: ApprovalStore;
  bus: DecisionBus;
  audit: AuditSink;
  tenant: string;
  /** Called after a request is stored and recorded (e.g. to queue the approver notification). */
  onRequested?: (request: ApprovalRequest) => Promise<void>;
  /** Called once when a grant request is approved (the grant service issues the grant). */
  onGrantApproved?: (request: ApprovalRequest) => Promise<void>;
  /** Where the clear arguments of a held call are asked for (none: only the masked view). */
  clearView?: ClearViewChannel;
  now?: () => number;
  /** Fallback re-read interval of a waiter, in case a bus message was missed (default 1 s). */
  pollMs?: number;
  /** The keyed digest requests are bound by (default: keyed by this process only, see argumentsDigester). */
  argumentsDigest?: ArgumentsDigest;
  /** Held calls of one requester pending at once (default 20); more are refused. */
  maxPendingPerRequester?: number;
}

const MAX_PENDING_PER_REQUESTER = 20;

export interface HeldCall {
  /** The id the gateway already named the hold by (events, errors); a fresh one otherwise. */
  id?: string;
  requester: Identity;
  connection: string;
  sessionId: string;
  method: string;
  toolName: string | null;
  /** What a call other than tools/call is about (a prompt's name, a resource's URI): only its digest is kept. */
  target?: string | null;
  /** The clear arguments: only their digest is kept. */
  arguments: unknown;
  /** The arguments as approvers will see them. */
  maskedArguments: unknown;
  rule: string;
  ruleVersion: string;
  approvers: ApproverSpec;
  /** How long the request stays open. */
  ttlMs: number;
  /** The gateway instance holding the call. */
  heldBy: string;
}

export type RaiseResult =
  /** `approvalId`: the request filed for this call (or the standing one's when none was); `standingId`: the standing approval. */
  | { kind: 'standing'; approvalId: string; standingId: string; until: number }
  | { kind: 'raised'; request: ApprovalRequest };

export type WaitResult =
  | { kind: 'final'; request: ApprovalRequest }
  | { kind: 'timeout' }
  | { kind: 'aborted' };

export interface DecideInput {
  decider: Identity;
  decision: 'approve' | 'deny';
  reason: string | null;
  standingMs?: number | null;
}

const FINAL_ACTION: Record<
  Exclude<ApprovalState, 'pending'>,
  'approved' | 'denied' | 'expired' | 'cancelled' | 'interrupted'
> = {
  approved: 'approved',
  denied: 'denied',
  expired: 'expired',
  cancelled: 'cancelled',
  interrupted: 'interrupted',
};

export class ApprovalService {
  private readonly now: () => number;
  private readonly argumentsDigest: ArgumentsDigest;
  private readonly waiters = new Map<string, Set<() => void>>();
  private readonly unsubscribe: () => void;
  private readonly listeners = new Set<(message: BusMessage) => void>();
  /** New call requests are counted and created one at a time (see refuseFlood). */
  private readonly admitted = serialised();

  constructor(private readonly deps: ApprovalServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.argumentsDigest = deps.argumentsDigest ?? argumentsDigester();
    this.unsubscribe = deps.bus.subscribe((message) => {
      if (message.kind === 'approval') for (const wake of this.waiters.get(message.id) ?? []) wake();
      if (message.kind === 'grant' && message.state !== 'granted') {
        // Ending a grant ends sessions at once: only a grant the store says has ended does, not a
        // message anyone able to PUBLISH could send. A store that cannot answer ends them (fail closed).
        void this.grantEnded(message.id).then(
          (ended) => ended && this.tell(message),
          () => this.tell(message),
        );
        return;
      }
      this.tell(message);
    });
  }

  private tell(message: BusMessage): void {
    for (const listener of this.listeners) listener(message);
  }

  private async grantEnded(id: string): Promise<boolean> {
    const grant = await this.deps.store.getGrant(id);
    return grant !== null && grant.tenant === this.deps.tenant && !isActiveGrant(grant, this.now());
  }

  get store(): ApprovalStore {
    return this.deps.store;
  }

  /** Grant and approval changes seen on the bus (the enforcer ends access on revocation). */
  onChange(listener: (message: BusMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Raises an approval request for a held call, unless an identical call (same requester,
   * connection, tool and arguments digest) was approved for a time that has not run out.
   */
  async raise(call: HeldCall): Promise<RaiseResult> {
    const now = this.now();
    const digest = this.argumentsDigest(call.arguments);
    const targetDigest = this.targetDigest(call);
    const key = standingKey({
      tenant: this.deps.tenant,
      subject: call.requester.subject,
      issuer: call.requester.issuer,
      connection: call.connection,
      toolName: call.toolName,
      argsDigest: digest,
      targetDigest,
      rule: call.rule,
      ruleVersion: call.ruleVersion,
    });
    const standing = await this.deps.store.getStanding(key, now);
    if (standing) {
      const used = await this.reserveSeq(standing.approvalId);
      if (used)
        await this.deps.audit(
          approvalRecord(used.request, used.seq, 'used', { reason: 'standing approval' }),
        );
      if (call.id === undefined)
        return {
          kind: 'standing',
          approvalId: standing.approvalId,
          standingId: standing.approvalId,
          until: standing.until,
        };
      // The gateway already named this hold: its request exists too, approved by the standing one.
      const passed = this.newRequest(call, digest, targetDigest, now, {
        state: 'approved',
        outcomeReason: `identical call approved by ${standing.approvalId} until ${new Date(standing.until).toISOString()}`,
        nextSeq: 2,
      });
      await this.deps.store.createRequest(passed);
      await this.deps.audit(approvalRecord(passed, 0, 'requested'));
      await this.deps.audit(approvalRecord(passed, 1, 'approved', { reason: passed.outcomeReason }));
      return {
        kind: 'standing',
        approvalId: passed.id,
        standingId: standing.approvalId,
        until: standing.until,
      };
    }
    return this.admitted(async () => {
      await this.refuseFlood(call.requester, now);
      const request = this.newRequest(call, digest, targetDigest, now, {
        state: 'pending',
        outcomeReason: null,
        nextSeq: 1,
      });
      await this.create(request);
      return { kind: 'raised', request } as const;
    });
  }

  /**
   * A bounded number of pending held calls per requester: every call a client sends to a rule
   * that requires approval raises a request (and pages the approvers), and the approvers' list
   * shows the newest, so a flood of them buried everyone else's. The call is refused (the
   * gateway answers it with the error, failing closed) until some are decided or expire.
   */
  private async refuseFlood(requester: Identity, now: number): Promise<void> {
    const max = this.deps.maxPendingPerRequester ?? MAX_PENDING_PER_REQUESTER;
    const pending = await this.deps.store.listRequests({
      tenant: this.deps.tenant,
      states: ['pending'],
      limit: 1000,
    });
    const mine = pending.filter(
      (r) => r.kind === 'call' && r.expiresAt > now && samePerson(r.requester, requester),
    ).length;
    if (mine >= max) {
      throw new ApprovalError(
        'TOO_MANY_PENDING_APPROVALS',
        `${mine} of your calls are waiting for approval (at most ${max}); retry once some are decided`,
      );
    }
  }

  /**
   * A standing approval covers one method on one target, not only one set of arguments: an
   * approved prompt or resource never lets another with the same arguments (or none) through.
   */
  private targetDigest(call: HeldCall): string {
    return this.argumentsDigest({ method: call.method, tool: call.toolName, target: call.target ?? null });
  }

  private newRequest(
    call: HeldCall,
    digest: string,
    targetDigest: string,
    now: number,
    outcome: Pick<ApprovalRequest, 'state' | 'outcomeReason' | 'nextSeq'>,
  ): ApprovalRequest {
    return {
      id: call.id ?? `apr_${randomUUID()}`,
      kind: 'call',
      tenant: this.deps.tenant,
      requester: call.requester,
      connection: call.connection,
      sessionId: call.sessionId,
      method: call.method,
      toolName: call.toolName,
      argsDigest: digest,
      targetDigest,
      maskedArguments: call.maskedArguments,
      rule: call.rule,
      ruleVersion: call.ruleVersion,
      approvers: call.approvers,
      grant: null,
      createdAt: now,
      expiresAt: now + call.ttlMs,
      votes: [],
      validUntil: null,
      heldBy: call.heldBy,
      ...outcome,
    };
  }

  /** Stores a new request (kind call or grant), records `requested` and notifies. */
  async create(request: ApprovalRequest): Promise<void> {
    await this.deps.store.createRequest(request);
    await this.deps.audit(approvalRecord(request, 0, 'requested'));
    await this.deps.onRequested?.(request);
  }

  async get(id: string): Promise<ApprovalRequest> {
    const request = await this.deps.store.getRequest(id);
    if (!request || request.tenant !== this.deps.tenant) {
      throw new ApprovalError('APPROVAL_NOT_FOUND', `no approval ${id}`);
    }
    return request;
  }

  async list(states?: readonly ApprovalState[]): Promise<ApprovalRequest[]> {
    await this.expireDue();
    return this.deps.store.listRequests({ tenant: this.deps.tenant, states });
  }

  /** One approver's decision. Throws ApprovalError, changing nothing, when it is not allowed. */
  async decide(id: string, input: DecideInput): Promise<ApprovalRequest> {
    await this.get(id);
    await this.expireIfDue(id);
    const now = this.now();
    let seq = 0;
    const next = await this.deps.store.updateRequest(id, (current) => {
      const voted = applyVote(current, { ...input, standingMs: input.standingMs ?? null, now });
      seq = voted.nextSeq;
      return { ...voted, nextSeq: voted.nextSeq + 1 };
    });
    const vote = next.votes[next.votes.length - 1];
    const action = input.decision === 'approve' ? 'approved' : 'denied';
    // A partial approval (N of M not yet reached) is recorded as an approval vote too.
    await this.deps.audit(
      approvalRecord(next, seq, action, { actor: input.decider, reason: vote?.reason ?? null }),
    );
    if (next.state !== 'pending') await this.finished(next, null);
    return next;
  }

  /**
   * The clear arguments of a held call, for a member of one of the rule's clear-view groups
   * (never the requester): asked of the gateway holding the call, checked against the digest
   * the decision binds to, and recorded as `viewed_clear` (who, when; never the values) before
   * they are returned. Nothing of them is stored.
   */
  async clearArguments(
    id: string,
    reader: Identity,
  ): Promise<{ request: ApprovalRequest; arguments: unknown }> {
    const request = await this.get(id);
    if (
      request.kind !== 'call' ||
      samePerson(request.requester, reader) ||
      !mayReadClear(request.approvers, reader)
    ) {
      throw new ApprovalError(
        'CLEAR_VIEW_NOT_ALLOWED',
        `you may not see the clear arguments of approval ${id}: the rule's clear-view groups may, and never the requester`,
      );
    }
    await this.expireIfDue(id);
    const current = await this.get(id);
    if (current.state !== 'pending' || current.heldBy === null) {
      throw new ApprovalError(
        'CLEAR_ARGUMENTS_GONE',
        `approval ${id} is ${current.state}: the call is no longer held, and its clear arguments were never kept`,
      );
    }
    const answer = this.deps.clearView
      ? await this.deps.clearView.ask(current.heldBy, id)
      : ({ kind: 'unreachable' } as const);
    if (answer.kind === 'unreachable') {
      throw new ApprovalError(
        'HOLDER_UNREACHABLE',
        `gateway ${current.heldBy} holding approval ${id} did not answer: it may have stopped (its restart marks the request interrupted)`,
      );
    }
    if (answer.kind === 'not_held' || this.argumentsDigest(answer.arguments) !== current.argsDigest) {
      throw new ApprovalError(
        'CLEAR_ARGUMENTS_GONE',
        `gateway ${current.heldBy} no longer holds the call of approval ${id}; its clear arguments are gone`,
      );
    }
    const reserved = await this.reserveSeq(id);
    if (!reserved) throw new ApprovalError('APPROVAL_NOT_FOUND', `no approval ${id}`);
    await this.deps.audit(approvalRecord(reserved.request, reserved.seq, 'viewed_clear', { actor: reader }));
    return { request: reserved.request, arguments: answer.arguments };
  }

  /** Withdraws a pending request (the client cancelled the held call). */
  async cancel(id: string, reason: string): Promise<ApprovalRequest | null> {
    return this.finish(id, 'cancelled', reason);
  }

  /** Marks every pending request held by this gateway as interrupted (called at start-up). */
  async interruptHeldBy(gatewayId: string): Promise<number> {
    const pending = await this.deps.store.listRequests({
      tenant: this.deps.tenant,
      states: ['pending'],
      limit: 10_000,
    });
    let count = 0;
    for (const request of pending) {
      if (request.heldBy !== gatewayId) continue;
      if (await this.finish(request.id, 'interrupted', 'the gateway holding the call restarted')) count++;
    }
    return count;
  }

  /** Ends every pending request whose time has run out. */
  async expireDue(): Promise<void> {
    const pending = await this.deps.store.listRequests({
      tenant: this.deps.tenant,
      states: ['pending'],
      limit: 10_000,
    });
    const now = this.now();
    for (const request of pending) {
      if (request.expiresAt <= now)
        await this.finish(request.id, 'expired', 'no decision before the request expired');
    }
  }

  /**
   * Waits until the request is decided, expires or is withdrawn; wakes on bus messages and
   * re-reads the store every pollMs in case one was missed.
   */
  async wait(id: string, options: { signal?: AbortSignal; timeoutMs: number }): Promise<WaitResult> {
    const deadline = this.now() + options.timeoutMs;
    for (;;) {
      await this.expireIfDue(id);
      const request = await this.get(id);
      if (request.state !== 'pending') return { kind: 'final', request };
      if (options.signal?.aborted) return { kind: 'aborted' };
      const left = deadline - this.now();
      if (left <= 0) return { kind: 'timeout' };
      await this.sleepUntilWoken(
        id,
        Math.min(left, this.deps.pollMs ?? 1000, Math.max(request.expiresAt - this.now(), 0) + 5),
        options.signal,
      );
    }
  }

  close(): void {
    this.unsubscribe();
    for (const set of this.waiters.values()) for (const wake of set) wake();
  }

  private sleepUntilWoken(id: string, ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      let set = this.waiters.get(id);
      if (!set) {
        set = new Set();
        this.waiters.set(id, set);
      }
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        set?.delete(done);
        if (set?.size === 0) this.waiters.delete(id);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
      set.add(done);
    });
  }

  private async expireIfDue(id: string): Promise<void> {
    const request = await this.deps.store.getRequest(id);
    if (request && request.state === 'pending' && request.expiresAt <= this.now()) {
      await this.finish(id, 'expired', 'no decision before the request expired');
    }
  }

  /** Moves a pending request to a final state; null when it was no longer pending. */
  private async finish(
    id: string,
    state: 'expired' | 'cancelled' | 'interrupted',
    reason: string,
  ): Promise<ApprovalRequest | null> {
    let seq = -1;
    const next = await this.deps.store.updateRequest(id, (current) => {
      if (current.state !== 'pending') return current;
      seq = current.nextSeq;
      return { ...current, state, outcomeReason: reason, nextSeq: current.nextSeq + 1 };
    });
    if (seq < 0) return null;
    await this.finished(next, seq);
    return next;
  }

  /**
   * After a request reached its final state: records expiries, withdrawals and interruptions
   * (at the sequence number reserved for them; a decision's vote record is its final record),
   * keeps a standing approval, and tells every process.
   */
  private async finished(request: ApprovalRequest, seq: number | null): Promise<void> {
    if (request.state === 'pending') return;
    if (
      seq !== null &&
      (request.state === 'expired' || request.state === 'cancelled' || request.state === 'interrupted')
    ) {
      await this.deps.audit(
        approvalRecord(request, seq, FINAL_ACTION[request.state], { reason: request.outcomeReason }),
      );
    } else if (request.state === 'approved' && request.validUntil !== null && request.argsDigest !== null) {
      const key = standingKey({
        tenant: request.tenant,
        subject: request.requester.subject,
        issuer: request.requester.issuer,
        connection: request.connection,
        toolName: request.toolName,
        argsDigest: request.argsDigest,
        targetDigest: request.targetDigest ?? '',
        rule: request.rule ?? '',
        ruleVersion: request.ruleVersion ?? '',
      });
      await this.deps.store.putStanding(
        key,
        { approvalId: request.id, until: request.validUntil },
        this.now(),
      );
    }
    if (request.state === 'approved' && request.kind === 'grant') await this.deps.onGrantApproved?.(request);
    await this.deps.bus.publish({ kind: 'approval', id: request.id, state: request.state });
  }

  private async reserveSeq(id: string): Promise<{ request: ApprovalRequest; seq: number } | null> {
    let seq = -1;
    try {
      const request = await this.deps.store.updateRequest(id, (current) => {
        seq = current.nextSeq;
        return { ...current, nextSeq: current.nextSeq + 1 };
      });
      return { request, seq };
    } catch (err) {
      if (err instanceof ApprovalError && err.code === 'APPROVAL_NOT_FOUND') return null;
      throw err;
    }
  }
}
