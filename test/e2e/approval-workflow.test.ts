/**
 * Approval holds on the approval workflow, through the official SDK v1 client and the gateway
 * as the runtime assembles it (gatewayApprovals + openEnforcerSecurity) on real Redis: the
 * held call completes once approved by another approval service on the same Redis (as the API
 * would), a denial and the hold limit answer JSON-RPC errors naming the approval id, an
 * approval for a time lets the retried identical call through, a client cancellation
 * withdraws the request, and a gateway restart marks the requests it held as interrupted.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import type { ApprovalRequest } from '@proctor/approvals';
import { type ProctorConfig, parseConfig } from '@proctor/config';
import { DEMO_PATIENTS, type DemoEhr, startDemoEhr } from '@proctor/demo-ehr';
import { buildEnforcerApp, type EnforcerApp } from '@proctor/enforcer';
import { type AuditEvent, decodeEvent, newEventId, nowMicros } from '@proctor/events';
import { cacheVerifiedTokens, createTokenVerifier } from '@proctor/identity';
import { type LocalIssuer, startLocalIssuer } from '@proctor/identity/testing';
import { silentLogger } from '@proctor/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPROVERS, person } from '../../packages/approvals/src/testing';
import { MemoryEventLog } from '../../services/enforcer/src/testing';
import {
  gatewayApprovals,
  type OpenApprovals,
  openApprovals,
  withGrantStage,
} from '../../src/runtime/approvals';
import { openEnforcerSecurity } from '../../src/runtime/enforcer-security';
import { redisUrl, tempDir, uniqueName, waitFor } from '../harness';

const AUDIENCE = 'proctor-approvals-e2e';
const patient = DEMO_PATIENTS[0] as (typeof DEMO_PATIENTS)[number];
const privacyOfficer = person('privacy@example.com', ['privacy-office']);

let idp: LocalIssuer;
let demo: DemoEhr;
let config: ProctorConfig;
let enforcer: EnforcerApp;
let base: string;
let stopWatch: () => void;
/** The workflow the gateway holds calls on. */
let gateway: OpenApprovals;
/** Another approval service on the same Redis: where the API would take decisions. */
let api: OpenApprovals;
const log = new MemoryEventLog();
const clients: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  const dir = await tempDir('proctor-approvals');
  idp = await startLocalIssuer('/idp');
  demo = await startDemoEhr({ host: '127.0.0.1', port: 0 });
  const policyFile = join(dir, 'policy.yaml');
  await writeFile(
    policyFile,
    `
version: 1
defaults: { ehr: deny }
rules:
  - id: approve-exports
    match: { tools: export_chart }
    action: require_approval
    approval: { approverGroups: privacy-office, timeoutSec: 60, maxStandingSec: 600 }
  - id: appointments-need-a-grant
    match: { tools: list_appointments }
    action: require_grant
  - id: clinicians
    match: { groups: clinicians }
    action: allow
`,
  );
  config = parseConfig({
    gatewayId: uniqueName('gw'),
    identity: { issuers: [{ issuer: idp.issuer, audience: AUDIENCE }] },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      stateDir: join(dir, 'state'),
      connections: [{ name: 'ehr', upstream: { url: demo.url } }],
    },
    policy: { file: policyFile },
    approvals: {
      redisUrl: redisUrl(),
      keyPrefix: uniqueName('approvals_e2e'),
      holdSeconds: 2,
      grants: [{ connection: 'ehr', approverGroups: ['privacy-office'] }],
    },
  });
  const held = gatewayApprovals(config);
  const security = await openEnforcerSecurity(config, silentLogger(), {}, held.source);
  gateway = await held.open(silentLogger(), log);
  api = await openApprovals(config, silentLogger(), log);
  enforcer = buildEnforcerApp({
    config,
    eventLog: log,
    rawTopic: 'raw',
    verifier: cacheVerifiedTokens(
      createTokenVerifier({ issuers: config.identity.issuers, jwksCooldownMs: 0 }),
    ),
    encode: security.encode,
    ...(security.stages && { stages: withGrantStage(security, held.grants) }),
    newEventId,
    nowMicros,
    logger: silentLogger(),
    gatewayEpoch: 1,
  });
  stopWatch = await security.attach(enforcer);
  base = await enforcer.app.listen({ host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  stopWatch?.();
  await Promise.allSettled(clients.map((c) => c.close()));
  await enforcer?.close();
  await Promise.allSettled([gateway?.close(), api?.close()]);
  await Promise.allSettled([demo?.close(), idp?.close()]);
});

async function clinicianClient(): Promise<Client> {
  const token = await idp.sign({ sub: 'dr.avery@example.com', aud: AUDIENCE, groups: ['clinicians'] });
  const client = new Client({ name: 'synthetic-v1-client', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${base}/mcp/ehr`), {
      requestInit: { headers: { authorization: `Bearer ${token}` } },
    }),
  );
  clients.push(client);
  return client;
}

/** The one pending request raised for the given export size (each test uses its own). */
function pendingFor(steps: number): Promise<ApprovalRequest> {
  return waitFor(
    async () => {
      const pending = await api.approvals.list(['pending']);
      return pending.find((r) => JSON.stringify(r.maskedArguments).includes(`"steps":${steps}`));
    },
    { what: `a pending approval for an export of ${steps} steps`, timeoutMs: 10_000 },
  );
}

async function rpcError(promise: Promise<unknown>): Promise<McpError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(McpError);
  return err as McpError;
}

function approvalActions(approvalId: string): string[] {
  return log.records
    .map((r) => decodeEvent(r.record.value))
    .filter(
      (e): e is Extract<AuditEvent, { type: 'approval' }> =>
        e.type === 'approval' && e.body.approvalId === approvalId,
    )
    .map((e) => e.body.action);
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
      heldBy: config.gatewayId,
      requester: { subject: 'dr.avery@example.com', groups: ['clinicians'] },
      approvers: { groups: ['privacy-office'], maxStandingMs: 600_000 },
    });
    expect(request.argsDigest).toMatch(/^[0-9a-f]{64}$/);
    await api.approvals.decide(request.id, { decider: privacyOfficer, decision: 'approve', reason: null });
    const result = await call;
    expect(result.isError).not.toBe(true);
    expect(JSON.stringify(result.content)).toContain(patient.mrn);
    expect(approvalActions(request.id)).toEqual(['requested', 'approved']);
  });

  it('answers a denial with a JSON-RPC error naming the approval id and the reason', async () => {
    const client = await clinicianClient();
    const call = client.callTool(exportCall(2));
    const request = await pendingFor(2);
    await api.approvals.decide(request.id, {
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
    await api.approvals.decide(request.id, {
      decider: privacyOfficer,
      decision: 'approve',
      reason: 'quarterly audit',
      standingMs: 300_000,
    });
    const started = Date.now();
    const result = await client.callTool(exportCall(3));
    expect(result.isError).not.toBe(true);
    // Passed on the standing approval: well within the 2 s hold, and no new request raised.
    expect(Date.now() - started).toBeLessThan(1500);
    expect((await api.approvals.list(['pending'])).filter((r) => r.id !== request.id)).toEqual([]);
    expect(approvalActions(request.id)).toEqual(['requested', 'approved', 'used']);
    // A different call (other arguments) is not covered by it.
    const other = await rpcError(client.callTool(exportCall(4)));
    expect(other.message).toContain('retry the identical call');
    expect(other.message).not.toContain(request.id);
  });

  it('withdraws the request when the client goes away from the held call', async () => {
    // The SDK's per-request cancellation (notifications/cancelled) does not reach the hold yet;
    // closing the client ends the held POST, which aborts the stage and withdraws the request.
    const client = await clinicianClient();
    const call = client.callTool(exportCall(5), undefined, { timeout: 30_000 });
    const request = await pendingFor(5);
    await client.close();
    await expect(call).rejects.toThrow();
    const cancelled = await waitFor(
      async () => {
        const current = await api.approvals.get(request.id);
        return current.state === 'cancelled' ? current : undefined;
      },
      { what: 'the request withdrawn', timeoutMs: 10_000 },
    );
    expect(cancelled.outcomeReason).toContain('cancelled');
    expect(approvalActions(request.id)).toEqual(['requested', 'cancelled']);
  });

  it('marks the requests a previous run of this gateway held as interrupted when it starts again', async () => {
    const raised = await api.approvals.raise({
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
      heldBy: config.gatewayId,
    });
    if (raised.kind !== 'raised') throw new Error('expected a new request');
    const restarted = await gatewayApprovals(config).open(silentLogger(), log);
    try {
      const after = await api.approvals.get(raised.request.id);
      expect(after.state).toBe('interrupted');
      expect(approvalActions(raised.request.id)).toEqual(['requested', 'interrupted']);
    } finally {
      await restarted.close();
    }
  });

  it("passes require_grant calls only under an active grant; a revoked grant refuses the open session's next call", async () => {
    const client = await clinicianClient();
    const before = await rpcError(client.callTool({ name: 'list_appointments', arguments: {} }));
    expect(before.code).toBe(-31014);
    expect(before.message).toContain('no active access grant for connection ehr');
    const clinician = person('dr.avery@example.com', ['clinicians']);
    const asked = await api.grants.request({
      identity: { ...clinician, issuer: idp.issuer },
      connection: 'ehr',
      durationMs: 600_000,
      reason: 'clinic schedule review',
    });
    await api.approvals.decide(asked.id, { decider: privacyOfficer, decision: 'approve', reason: 'ok' });
    const [grant] = await api.grants.list({ subject: 'dr.avery@example.com' });
    if (!grant) throw new Error('expected an issued grant');
    const allowed = await client.callTool({ name: 'list_appointments', arguments: {} });
    expect(allowed.isError).not.toBe(true);
    const used = log.records
      .map((r) => decodeEvent(r.record.value))
      .filter((e) => e.type === 'access_grant' && e.body.grantId === grant.id)
      .map((e) => (e.type === 'access_grant' ? e.body.action : null));
    expect(used).toContain('used');
    await api.grants.revoke(grant.id, privacyOfficer, 'review finished');
    const after = await rpcError(client.callTool({ name: 'list_appointments', arguments: {} }));
    expect(after.message).toContain('no active access grant');
  });
});
