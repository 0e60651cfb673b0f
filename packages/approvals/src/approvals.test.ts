import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { argumentsDigester, canonicalJson } from './canonical-digest';
import { createMemoryDecisionBus } from './decision-bus';
import type { HeldCall } from './index';
import { createMemoryApprovalStore } from './memory-store';
import { APPROVERS, ciJob, heldCall, person, raisedRequest, world } from './testing';

const approver = person('lead@example.com', ['approvers']);
const second = person('cso@example.com', ['approvers']);
const SECRET = 'synthetic-arguments-digest-secret-0123456789';

const requester = person('dev@example.com', ['engineers']);
const held = heldCall;
const raised = raisedRequest;

describe('approval requests', () => {
  it('binds the request to the keyed digest of the clear arguments, whatever the key order', async () => {
    const digest = argumentsDigester(SECRET);
    const w = world(createMemoryApprovalStore(), createMemoryDecisionBus(), { argumentsDigest: digest });
    const request = await raised(w);
    expect(request.argsDigest).toBe(digest({ hard: true, recordId: 'R-1' }));
    expect(request.argsDigest).not.toBe(digest({ hard: true, recordId: 'R-2' }));
    expect(JSON.stringify(request)).not.toContain('R-1');
    expect(w.records.map((r) => [r.sessionId, r.seq, r.type === 'approval' && r.body.action])).toEqual([
      [`approval:${request.id}`, 0, 'requested'],
    ]);
  });

  it('keys the digest: trying every value of a short argument without the secret finds nothing', async () => {
    const args = { ssn: '000-00-0042' };
    const keyed = argumentsDigester(SECRET)(args);
    // The plain SHA-256 an auditor (or anyone reading the events) could recompute for each guess.
    const plain = createHash('sha256').update(canonicalJson(args)).digest('hex');
    expect(keyed).not.toBe(plain);
    expect(keyed).toMatch(/^[0-9a-f]{64}$/);
    // Every gateway and the approval API with the same secret agree; another secret does not.
    expect(argumentsDigester(SECRET)(args)).toBe(keyed);
    expect(argumentsDigester(`${SECRET}-rotated`)(args)).not.toBe(keyed);
    // Without a secret: one random key per process, the same for every digester in it.
    expect(argumentsDigester()(args)).toBe(argumentsDigester()(args));
    expect(argumentsDigester()(args)).not.toBe(plain);
  });

  it('an approver approves; the decision is recorded with who, when and why', async () => {
    const w = world(createMemoryApprovalStore(), createMemoryDecisionBus());
    const request = await raised(w);
    const decided = await w.approvals.decide(request.id, {
      decider: approver,
      decision: 'approve',
      reason: 'ticket 42',
    });
    expect(decided.state).toBe('approved');
    const last = w.records.at(-1);
    expect(last).toMatchObject({
      seq: 1,
      type: 'approval',
      body: { action: 'approved', actor: 'lead@example.com', reason: 'ticket 42', approvals: 1 },
    });
  });

  it('refuses self-approval, same-pipeline approval, outsiders, and changes nothing', async () => {
    const w = world(createMemoryApprovalStore(), createMemoryDecisionBus());
    const self = await raised(w, held({ requester: person('lead@example.com', ['approvers']) }));
    await expect(
      w.approvals.decide(self.id, { decider: approver, decision: 'approve', reason: null }),
    ).rejects.toMatchObject({ code: 'SELF_APPROVAL', httpStatus: 403 });

    // Another job of the same pipeline run: a different subject, the same pipeline.
    const pipeline = ciJob('example/app', '991', ['approvers'], 'approve-step');
    const fromCi = await raised(w, held({ requester: ciJob('example/app', '991') }));
    await expect(
      w.approvals.decide(fromCi.id, { decider: pipeline, decision: 'approve', reason: null }),
    ).rejects.toMatchObject({ code: 'SAME_PIPELINE' });
    // Another run of the same repository is another pipeline.
    const otherRun = await w.approvals.decide(fromCi.id, {
      decider: ciJob('example/app', '992', ['approvers']),
      decision: 'approve',
      reason: null,
    });
    expect(otherRun.state).toBe('approved');

    const plain = await raised(w);
    await expect(
      w.approvals.decide(plain.id, {
        decider: person('intern@example.com', ['engineers']),
        decision: 'approve',
        reason: null,
      }),
    ).rejects.toMatchObject({ code: 'NOT_AN_APPROVER' });
    expect((await w.approvals.get(plain.id)).state).toBe('pending');
    expect((await w.approvals.get(self.id)).votes).toEqual([]);
  });

  it('N of M needs distinct approvers; one denial ends it', async () => {
    const w = world(createMemoryApprovalStore(), createMemoryDecisionBus());
    const twoOf = await raised(w, held({ approvers: { ...APPROVERS, required: 2 } }));
    expect(
      (await w.approvals.decide(twoOf.id, { decider: approver, decision: 'approve', reason: null })).state,
    ).toBe('pending');
    await expect(
      w.approvals.decide(twoOf.id, { decider: approver, decision: 'approve', reason: null }),
    ).rejects.toMatchObject({ code: 'DUPLICATE_APPROVER' });
    expect(
      (await w.approvals.decide(twoOf.id, { decider: second, decision: 'approve', reason: null })).state,
    ).toBe('approved');

    const denied = await raised(w, held({ approvers: { ...APPROVERS, required: 2 } }));
    const after = await w.approvals.decide(denied.id, {
      decider: approver,
      decision: 'deny',
      reason: 'not during business hours',
    });
    expect(after).toMatchObject({ state: 'denied', outcomeReason: 'not during business hours' });
    await expect(
      w.approvals.decide(denied.id, { decider: second, decision: 'approve', reason: null }),
    ).rejects.toMatchObject({ code: 'APPROVAL_ALREADY_DECIDED' });
  });

  it('requires a reason where the rule says so, and bounds approve-for-a-time', async () => {
    const w = world(createMemoryApprovalStore(), createMemoryDecisionBus());
    const request = await raised(
      w,
      held({ approvers: { ...APPROVERS, reasonRequired: true, maxStandingMs: 600_000 } }),
    );
    await expect(
      w.approvals.decide(request.id, { decider: approver, decision: 'approve', reason: '  ' }),
    ).rejects.toMatchObject({ code: 'REASON_REQUIRED' });
    await expect(
      w.approvals.decide(request.id, {
        decider: approver,
        decision: 'approve',
        reason: 'ok',
        standingMs: 3_600_000,
      }),
    ).rejects.toMatchObject({ code: 'STANDING_TOO_LONG' });
    expect((await w.approvals.get(request.id)).state).toBe('pending');
  });

  it('a standing approval of one prompt or resource never passes another with the same arguments', async () => {
    const w = world(createMemoryApprovalStore(), createMemoryDecisionBus());
    const prompt = (name: string): Partial<HeldCall> => ({
      method: 'prompts/get',
      toolName: null,
      target: name,
      arguments: { mrn: 'MRN-1' },
    });
    const resource = (uri: string): Partial<HeldCall> => ({
      method: 'resources/read',
      toolName: null,
      target: uri,
      arguments: null,
    });
    for (const [approved, other] of [
      [prompt('summarize_patient'), prompt('export_everything')],
      [resource('ehr://patients/1'), resource('ehr://patients/2')],
      [prompt('discharge_summary'), { ...prompt('discharge_summary'), method: 'completion/complete' }],
    ] as const) {
      const request = await raised(w, held(approved));
      await w.approvals.decide(request.id, {
        decider: approver,
        decision: 'approve',
        reason: null,
        standingMs: 600_000,
      });
      expect((await w.approvals.raise(held(approved))).kind).toBe('standing');
      expect((await w.approvals.raise(held(other))).kind).toBe('raised');
    }
  });

  it('approving identical calls for a time lets the same call through, but not other arguments or requesters', async () => {
    const w = world(createMemoryApprovalStore(), createMemoryDecisionBus());
    const request = await raised(w);
    await w.approvals.decide(request.id, {
      decider: approver,
      decision: 'approve',
      reason: 'batch',
      standingMs: 600_000,
    });
    const again = await w.approvals.raise(held({ arguments: { recordId: 'R-1', hard: true } }));
    expect(again).toMatchObject({ kind: 'standing', approvalId: request.id });
    expect(w.records.at(-1)).toMatchObject({ type: 'approval', body: { action: 'used' } });
    expect((await w.approvals.raise(held({ arguments: { recordId: 'R-1', hard: false } }))).kind).toBe(
      'raised',
    );
    expect((await w.approvals.raise(held({ requester: person('other@example.com') }))).kind).toBe('raised');
    w.clock.now += 600_001;
    expect((await w.approvals.raise(held())).kind).toBe('raised');
  });

  it('expires undecided requests, and an expired request cannot be decided', async () => {
    const w = world(createMemoryApprovalStore(), createMemoryDecisionBus());
    const request = await raised(w);
    w.clock.now += 60_000;
    await expect(
      w.approvals.decide(request.id, { decider: approver, decision: 'approve', reason: null }),
    ).rejects.toMatchObject({ code: 'APPROVAL_ALREADY_DECIDED' });
    expect((await w.approvals.get(request.id)).state).toBe('expired');
    expect(w.records.map((r) => r.type === 'approval' && r.body.action)).toEqual(['requested', 'expired']);
  });

  it('unknown ids are a clear 404', async () => {
    const w = world(createMemoryApprovalStore(), createMemoryDecisionBus());
    await expect(
      w.approvals.decide('apr_nope', { decider: approver, decision: 'approve', reason: null }),
    ).rejects.toMatchObject({ code: 'APPROVAL_NOT_FOUND', httpStatus: 404 });
  });

  it('a waiter learns the decision, a cancellation withdraws the request, a restart interrupts held requests', async () => {
    const w = world(createMemoryApprovalStore(), createMemoryDecisionBus());
    const request = await raised(w);
    const waiting = w.approvals.wait(request.id, { timeoutMs: 5_000 });
    await w.approvals.decide(request.id, { decider: approver, decision: 'deny', reason: 'no' });
    expect(await waiting).toMatchObject({ kind: 'final', request: { state: 'denied' } });

    const cancelled = await raised(w);
    expect((await w.approvals.cancel(cancelled.id, 'client cancelled'))?.state).toBe('cancelled');
    expect(await w.approvals.cancel(cancelled.id, 'again')).toBeNull();

    const held1 = await raised(w, held({ heldBy: 'gw-2' }));
    const other = await raised(w, held({ heldBy: 'gw-3' }));
    expect(await w.approvals.interruptHeldBy('gw-2')).toBe(1);
    expect((await w.approvals.get(held1.id)).state).toBe('interrupted');
    expect((await w.approvals.get(other.id)).state).toBe('pending');
  });

  it('every request keeps a gap-free audit sequence of its own', async () => {
    const w = world(createMemoryApprovalStore(), createMemoryDecisionBus());
    const request = await raised(w, held({ approvers: { ...APPROVERS, required: 2 } }));
    await w.approvals.decide(request.id, { decider: approver, decision: 'approve', reason: null });
    await w.approvals.decide(request.id, {
      decider: second,
      decision: 'approve',
      reason: null,
      standingMs: 60_000,
    });
    await w.approvals.raise(held());
    const seqs = w.records.filter((r) => r.sessionId === `approval:${request.id}`).map((r) => r.seq);
    expect(seqs).toEqual([0, 1, 2, 3]);
  });
});

describe('access grants', () => {
  it('request → approval → a time-boxed grant that expires, each step recorded', async () => {
    const w = world(createMemoryApprovalStore(), createMemoryDecisionBus());
    const ask = await w.grants.request({
      identity: requester,
      connection: 'ehr',
      durationMs: 3_600_000,
      reason: 'on call',
    });
    expect(await w.grants.active(requester, 'ehr')).toBeNull();
    await w.approvals.decide(ask.id, { decider: approver, decision: 'approve', reason: null });
    const grant = await w.grants.active(requester, 'ehr');
    expect(grant).toMatchObject({
      approvalId: ask.id,
      breakGlass: false,
      expiresAt: w.clock.now + 3_600_000,
    });
    w.clock.now += 3_600_000;
    expect(await w.grants.active(requester, 'ehr')).toBeNull();
    expect((await w.grants.expireDue()).map((g) => g.id)).toEqual([grant?.id]);
    expect(await w.grants.expireDue()).toEqual([]);
    const grantActions = w.records
      .filter((r) => r.type === 'access_grant')
      .map((r) => r.type === 'access_grant' && [r.seq, r.body.action]);
    expect(grantActions).toEqual([
      [0, 'granted'],
      [1, 'expired'],
    ]);
  });

  it('revocation ends a grant at once and is recorded; a second revocation is refused', async () => {
    const w = world(createMemoryApprovalStore(), createMemoryDecisionBus());
    const grant = await w.grants.breakGlass({
      identity: person('doc@example.com', ['emergency']),
      connection: 'ehr',
      durationMs: 900_000,
      reason: 'synthetic emergency',
    });
    expect(grant).toMatchObject({ breakGlass: true });
    expect(w.records.at(-1)).toMatchObject({
      type: 'access_grant',
      body: { action: 'break_glass', flaggedForReview: true },
    });
    await w.grants.revoke(grant.id, approver, 'review done');
    expect(await w.grants.active(person('doc@example.com', ['emergency']), 'ehr')).toBeNull();
    await expect(w.grants.revoke(grant.id, approver, 'again')).rejects.toMatchObject({
      code: 'GRANT_ALREADY_REVOKED',
    });
  });

  it('bad input is a clear error and changes nothing', async () => {
    const w = world(createMemoryApprovalStore(), createMemoryDecisionBus());
    await expect(
      w.grants.request({ identity: requester, connection: 'ehr', durationMs: 9 * 3_600_000, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'DURATION_TOO_LONG' });
    await expect(
      w.grants.request({ identity: requester, connection: 'nope', durationMs: 1000, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'UNKNOWN_CONNECTION' });
    await expect(
      w.grants.request({ identity: requester, connection: 'billing', durationMs: 1000, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'GRANTS_NOT_ENABLED' });
    await expect(
      w.grants.request({ identity: requester, connection: 'ehr', durationMs: 1000, reason: ' ' }),
    ).rejects.toMatchObject({ code: 'REASON_REQUIRED' });
    await expect(
      w.grants.breakGlass({ identity: requester, connection: 'ehr', durationMs: 1000, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'NOT_IN_EMERGENCY_GROUP' });
    await expect(
      w.grants.breakGlass({
        identity: person('doc@example.com', ['emergency']),
        connection: 'ehr',
        durationMs: 1000,
        reason: '',
      }),
    ).rejects.toMatchObject({ code: 'REASON_REQUIRED' });
    expect(w.records).toEqual([]);
  });
});
