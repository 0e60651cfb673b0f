/**
 * Approval holds on the approval workflow, through the official SDK v1 client and the gateway
 * as the runtime assembles it (gatewayApprovals + openEnforcerSecurity) on real Redis: the
 * held call completes once approved by another approval service on the same Redis (as the API
 * would), a denial and the hold limit answer JSON-RPC errors naming the approval id (the same
 * id the session's events and the API use), an approval for a time lets the retried identical
 * call through, a client cancellation withdraws the request, and a gateway restart marks the
 * requests it held as interrupted.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import type { ApprovalRequest } from '@proctor/approvals';
import { DEMO_PATIENTS } from '@proctor/demo-ehr';
import type { AuditEvent } from '@proctor/events';
import { silentLogger } from '@proctor/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPROVERS, person } from '../../packages/approvals/src/testing';
import { gatewayApprovals } from '../../src/runtime/approvals';
import { waitFor } from '../harness';
import { type ApprovalGateway, startApprovalGateway } from './approval-gateway';

const patient = DEMO_PATIENTS[0] as (typeof DEMO_PATIENTS)[number];
const privacyOfficer = person('privacy@example.com', ['privacy-office']);

let gw: ApprovalGateway;

beforeAll(async () => {
  gw = await startApprovalGateway({ holdSeconds: 2 });
}, 60_000);

afterAll(async () => {
  await gw?.close();
});

const clinicianClient = (): Promise<Client> => gw.statefulClient();

/** The one pending request raised for the given export size (each test uses its own). */
const pendingFor = (steps: number): Promise<ApprovalRequest> => gw.pendingWith(`"steps":${steps}`);

async function rpcError(promise: Promise<unknown>): Promise<McpError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(McpError);
  return err as McpError;
}

function actionOf(event: AuditEvent): string {
  if (event.type === 'approval') return event.body.action;
  if (event.type === 'policy_decision') return event.body.decision;
  return event.type;
}

type ApprovalEvent = Extract<AuditEvent, { type: 'approval' }>;

/** The workflow's own trail of a request (its audit unit `approval:<id>`). */
function approvalActions(approvalId: string): string[] {
  return gw
    .events()
    .filter((e): e is ApprovalEvent => e.type === 'approval' && e.sessionId === `approval:${approvalId}`)
    .map((e) => e.body.action);
}

/**
 * Waits for the approval's own record to hold its withdrawal: the approval store shows it
 * withdrawn before the audit event of the withdrawal is written.
 */
async function recordedWithdrawal(approvalId: string): Promise<void> {
  await waitFor(async () => approvalActions(approvalId).length >= 2 || undefined, {
    what: "the approval's record of the withdrawal",
    timeoutMs: 10_000,
  });
}

/** What the held call's own session recorded about the approval, by approval id. */
function sessionApprovalEvents(approvalId: string): AuditEvent[] {
  return gw
    .events()
    .filter(
      (e) =>
        !e.sessionId.startsWith('approval:') &&
        ((e.type === 'approval' && e.body.approvalId === approvalId) ||
          (e.type === 'policy_decision' && e.body.approvalId === approvalId)),
    );
}

const exportCall = (steps: number) => ({ name: 'export_chart', arguments: { mrn: patient.mrn, steps } });

describe('approval holds on the workflow (SDK v1 client, real Redis)', () => {
  it('holds a call until another approval service on the same Redis approves it, then runs it', async () => {
    const client = await clinicianClient();
    const call = client.callTool(exportCall(1));
    const request = await pendingFor(1);
    expect(request).toMatchObject({
      kind: 'call',
      rule: 'approve-exports',
      toolName: 'export_chart',
      heldBy: gw.config.gatewayId,
      requester: { subject: 'dr.avery@example.com', groups: ['clinicians'] },
      approvers: { groups: ['privacy-office'], maxStandingMs: 600_000 },
    });
    expect(request.argsDigest).toMatch(/^[0-9a-f]{64}$/);
    await gw.api.approvals.decide(request.id, { decider: privacyOfficer, decision: 'approve', reason: null });
    const result = await call;
    expect(result.isError).not.toBe(true);
    expect(JSON.stringify(result.content)).toContain(patient.mrn);
    expect(approvalActions(request.id)).toEqual(['requested', 'approved']);
    // One id everywhere: the session's policy decision and approval events name the request
    // the API shows.
    expect(sessionApprovalEvents(request.id).map((e) => `${e.type}:${actionOf(e)}`)).toEqual([
      'policy_decision:require_approval',
      'approval:requested',
      'approval:approved',
    ]);
  });

  it('answers a denial with a JSON-RPC error naming the approval id and the reason', async () => {
    const client = await clinicianClient();
    const call = client.callTool(exportCall(2));
    const request = await pendingFor(2);
    await gw.api.approvals.decide(request.id, {
      decider: privacyOfficer,
      decision: 'deny',
      reason: 'no exports this week',
    });
    const err = await rpcError(call);
    expect(err.code).toBe(-31014);
    expect(err.message).toContain(request.id);
    expect(err.message).toContain('no exports this week');
    expect(err.data).toMatchObject({
      approvalId: request.id,
      approvalState: 'denied',
      rule: 'approve-exports',
    });
  });

  it('past the hold limit tells the client to retry; an approval for a time then lets the identical call through', async () => {
    const client = await clinicianClient();
    const err = await rpcError(client.callTool(exportCall(3)));
    const request = await pendingFor(3);
    expect(err.message).toContain(request.id);
    expect(err.message).toContain('retry the identical call once it is approved');
    expect(err.data).toMatchObject({ approvalId: request.id, approvalState: 'pending' });
    await gw.api.approvals.decide(request.id, {
      decider: privacyOfficer,
      decision: 'approve',
      reason: 'quarterly audit',
      standingMs: 300_000,
    });
    const result = await client.callTool(exportCall(3));
    expect(result.isError).not.toBe(true);
    // Passed on the standing approval: no new request waits for a decision.
    expect((await gw.api.approvals.list(['pending'])).filter((r) => r.id !== request.id)).toEqual([]);
    expect(approvalActions(request.id)).toEqual(['requested', 'approved', 'used']);
    // The passed call has its own request, approved at once, naming the standing approval; its
    // session's events carry that request's id.
    const passed = gw
      .events()
      .filter((e): e is ApprovalEvent => e.type === 'approval' && e.body.action === 'approved')
      .find(
        (e) =>
          e.body.reason === `identical call approved by ${request.id}` &&
          !e.sessionId.startsWith('approval:'),
      );
    if (!passed) throw new Error('expected the session to record the pass under the standing approval');
    const filed = await gw.api.approvals.get(passed.body.approvalId);
    expect(filed).toMatchObject({ state: 'approved', argsDigest: request.argsDigest });
    expect(filed.outcomeReason).toContain(`identical call approved by ${request.id}`);
    // A different call (other arguments) is not covered by it.
    const other = await rpcError(client.callTool(exportCall(4)));
    expect(other.message).toContain('retry the identical call');
    expect(other.message).not.toContain(request.id);
  });

  it("withdraws the request when the client cancels the held call (the SDK's notifications/cancelled)", async () => {
    const client = await clinicianClient();
    const abort = new AbortController();
    const call = client.callTool(exportCall(7), undefined, { timeout: 30_000, signal: abort.signal });
    const request = await pendingFor(7);
    abort.abort('changed my mind');
    await expect(call).rejects.toThrow();
    const cancelled = await gw.withdrawn(request.id);
    expect(cancelled.outcomeReason).toBe('the client cancelled the call');
    await recordedWithdrawal(request.id);
    expect(approvalActions(request.id)).toEqual(['requested', 'cancelled']);
    await waitFor(async () => sessionApprovalEvents(request.id).length === 3 || undefined, {
      what: "the session's record of the withdrawal",
      timeoutMs: 10_000,
    });
    expect(sessionApprovalEvents(request.id).map(actionOf)).toEqual([
      'require_approval',
      'requested',
      'cancelled',
    ]);
    // The session goes on: its next call is served.
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
  });

  it('withdraws the request when the client goes away from the held call', async () => {
    // Closing the client ends the held POST, which aborts the stage and withdraws the request.
    const client = await clinicianClient();
    const call = client.callTool(exportCall(5), undefined, { timeout: 30_000 });
    const request = await pendingFor(5);
    await client.close();
    await expect(call).rejects.toThrow();
    const cancelled = await gw.withdrawn(request.id);
    expect(cancelled.outcomeReason).toContain('cancelled');
    await recordedWithdrawal(request.id);
    expect(approvalActions(request.id)).toEqual(['requested', 'cancelled']);
  });

  it('marks the requests a previous run of this gateway held as interrupted when it starts again', async () => {
    const raised = await gw.api.approvals.raise({
      requester: person('dr.avery@example.com', ['clinicians']),
      connection: 'ehr',
      sessionId: 'session-of-a-previous-run',
      method: 'tools/call',
      toolName: 'export_chart',
      arguments: { mrn: patient.mrn, steps: 6 },
      maskedArguments: { mrn: '[MRN]', steps: 6 },
      rule: 'approve-exports',
      ruleVersion: 'v-test',
      approvers: { ...APPROVERS, groups: ['privacy-office'] },
      ttlMs: 60_000,
      heldBy: gw.config.gatewayId,
    });
    if (raised.kind !== 'raised') throw new Error('expected a new request');
    const restarted = await gatewayApprovals(gw.config).open(silentLogger(), gw.log);
    try {
      const after = await gw.api.approvals.get(raised.request.id);
      expect(after.state).toBe('interrupted');
      expect(approvalActions(raised.request.id)).toEqual(['requested', 'interrupted']);
    } finally {
      await restarted.close();
    }
  });
});
