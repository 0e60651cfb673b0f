/**
 * The progress path of approval holds, in both protocol eras, through the official SDK clients
 * (v1 stateful against the demo EHR; v2 pinned to 2026-07-28 against an SDK v2 server) on real
 * Redis: a client that gave a progress token gets progress notifications while its call is
 * held (on the POST's SSE stream, stateful; on the exchange's response stream, stateless),
 * each recorded like every frame; the call then completes once approved, or gets the hold
 * limit's JSON-RPC error naming the approval id; the v2 client's abort withdraws the request.
 */
import { ProtocolError } from '@modelcontextprotocol/client';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { DEMO_PATIENTS } from '@proctor/demo-ehr';
import type { AuditEvent } from '@proctor/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { person } from '../../packages/approvals/src/testing';
import { waitFor } from '../harness';
import { type ApprovalGateway, startApprovalGateway } from './approval-gateway';

const patient = DEMO_PATIENTS[0] as (typeof DEMO_PATIENTS)[number];
const privacyOfficer = person('privacy@example.com', ['privacy-office']);

let gw: ApprovalGateway;

beforeAll(async () => {
  gw = await startApprovalGateway({ holdSeconds: 3 });
}, 60_000);

afterAll(async () => {
  await gw?.close();
});

interface Progress {
  progress: number;
  total?: number;
  message?: string;
}

/** Progress frames the gateway recorded in the held call's session. */
function recordedProgress(sessionId: string): AuditEvent[] {
  return gw
    .events()
    .filter(
      (e) =>
        e.sessionId === sessionId &&
        e.type === 'frame' &&
        e.body.direction === 'server_to_client' &&
        e.body.method === 'notifications/progress',
    );
}

function sessionOf(approvalId: string): string {
  const decision = gw
    .events()
    .find(
      (e) =>
        e.type === 'policy_decision' &&
        e.body.approvalId === approvalId &&
        !e.sessionId.startsWith('approval:'),
    );
  if (!decision) throw new Error(`no session recorded approval ${approvalId}`);
  return decision.sessionId;
}

async function rejection(promise: Promise<unknown>): Promise<Error & { code?: number; data?: unknown }> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  return err as Error & { code?: number; data?: unknown };
}

describe('stateful era (SDK v1 client): progress while held', () => {
  it('sends recorded progress notifications on the call’s stream until approved, then the result', async () => {
    const client = await gw.statefulClient();
    const seen: Progress[] = [];
    const call = client.callTool(
      { name: 'export_chart', arguments: { mrn: patient.mrn, steps: 11 } },
      undefined,
      {
        onprogress: (p) => seen.push(p),
        resetTimeoutOnProgress: true,
        timeout: 60_000,
      },
    );
    const request = await gw.pendingWith('"steps":11');
    await waitFor(async () => seen.length >= 2 || undefined, {
      what: 'two progress notifications',
      timeoutMs: 15_000,
    });
    await gw.api.approvals.decide(request.id, { decider: privacyOfficer, decision: 'approve', reason: null });
    const result = await call;
    expect(result.isError).not.toBe(true);
    expect(JSON.stringify(result.content)).toContain(patient.mrn);
    // The gateway's progress while held, numbered from 1; then the export's own, from the server.
    const held = seen.filter((p) => p.message?.includes(`approval ${request.id} pending`));
    expect(held.length).toBeGreaterThanOrEqual(2);
    expect(held.map((p) => p.progress)).toEqual([...held.keys()].map((i) => i + 1));
    expect(seen.slice(0, held.length)).toEqual(held);
    expect(recordedProgress(sessionOf(request.id)).length).toBe(seen.length);
  });

  it('past the hold limit the stream carries the JSON-RPC error naming the approval id', async () => {
    const client = await gw.statefulClient();
    const seen: Progress[] = [];
    const err = await rejection(
      client.callTool({ name: 'export_chart', arguments: { mrn: patient.mrn, steps: 12 } }, undefined, {
        onprogress: (p) => seen.push(p),
        resetTimeoutOnProgress: true,
        timeout: 60_000,
      }),
    );
    const request = await gw.pendingWith('"steps":12');
    expect(err).toBeInstanceOf(McpError);
    expect(err.message).toContain(`approval ${request.id} is still pending`);
    expect(err.data).toMatchObject({ approvalId: request.id, approvalState: 'pending' });
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(recordedProgress(sessionOf(request.id)).length).toBe(seen.length);
  });
});

describe('stateless era 2026-07-28 (SDK v2 client): progress while held', () => {
  it('streams recorded progress notifications on the exchange until approved, then the result', async () => {
    const client = await gw.statelessClient();
    const seen: Progress[] = [];
    const call = client.callTool(
      { name: 'echo', arguments: { item: 'gauze-41' } },
      { onprogress: (p) => seen.push(p), resetTimeoutOnProgress: true, timeout: 60_000 },
    );
    const request = await gw.pendingWith('gauze-41');
    await waitFor(async () => seen.length >= 2 || undefined, {
      what: 'two progress notifications',
      timeoutMs: 15_000,
    });
    await gw.api.approvals.decide(request.id, { decider: privacyOfficer, decision: 'approve', reason: null });
    const result = await call;
    expect(result.content).toEqual([{ type: 'text', text: 'echo:gauze-41' }]);
    expect(seen[0]?.message).toContain(`approval ${request.id} pending`);
    expect(recordedProgress(sessionOf(request.id)).length).toBe(seen.length);
  });

  it('a denial after progress ends the stream with the JSON-RPC error naming the approval id', async () => {
    const client = await gw.statelessClient();
    const seen: Progress[] = [];
    const call = client.callTool(
      { name: 'echo', arguments: { item: 'gauze-42' } },
      { onprogress: (p) => seen.push(p), resetTimeoutOnProgress: true, timeout: 60_000 },
    );
    const request = await gw.pendingWith('gauze-42');
    await waitFor(async () => seen.length >= 1 || undefined, {
      what: 'a progress notification',
      timeoutMs: 15_000,
    });
    await gw.api.approvals.decide(request.id, {
      decider: privacyOfficer,
      decision: 'deny',
      reason: 'not today',
    });
    const err = await rejection(call);
    expect(err).toBeInstanceOf(ProtocolError);
    expect(err.message).toContain(request.id);
    expect(err.message).toContain('not today');
    expect(err.data).toMatchObject({ approvalId: request.id, approvalState: 'denied' });
  });

  it('without a progress token, the hold limit answers the JSON-RPC error naming the approval id', async () => {
    const client = await gw.statelessClient();
    const err = await rejection(
      client.callTool({ name: 'echo', arguments: { item: 'gauze-43' } }, { timeout: 60_000 }),
    );
    const request = await gw.pendingWith('gauze-43');
    expect(err.message).toContain(`approval ${request.id} is still pending`);
    expect(err.data).toMatchObject({ approvalId: request.id, approvalState: 'pending' });
    expect(recordedProgress(sessionOf(request.id))).toEqual([]);
  });

  it("the client's abort withdraws the request", async () => {
    const client = await gw.statelessClient();
    const abort = new AbortController();
    let progressed = false;
    const call = client.callTool(
      { name: 'echo', arguments: { item: 'gauze-44' } },
      {
        signal: abort.signal,
        onprogress: () => {
          progressed = true;
        },
        timeout: 60_000,
      },
    );
    const request = await gw.pendingWith('gauze-44');
    // Aborted while its response stream is open (after a first progress notification).
    await waitFor(async () => progressed || undefined, {
      what: 'a progress notification',
      timeoutMs: 15_000,
    });
    abort.abort();
    await expect(call).rejects.toThrow();
    const withdrawn = await gw.withdrawn(request.id);
    expect(withdrawn.outcomeReason).toBe('the client cancelled the call');
    // The exchange is not left open: its end is recorded.
    await waitFor(
      async () =>
        gw.events().find((e) => e.type === 'session_ended' && e.sessionId === sessionOf(request.id)),
      { what: 'the exchange ended', timeoutMs: 10_000 },
    );
  });
});
