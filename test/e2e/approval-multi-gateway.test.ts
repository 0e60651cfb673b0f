/**
 * Approval decisions across processes: two gateways (real `proctor enforcer` processes) and the
 * exporter (a real `proctor exporter` process serving the approvals API) share Redis and Kafka.
 * A call held on gateway A is approved through the exporter's API and completes on A; a call
 * held on gateway B is denied there and B answers the JSON-RPC error naming the same approval
 * id the API shows; a gateway killed while it holds a call fails the call (nothing hangs) and,
 * started again, marks the request interrupted. Official SDK v1 client, development tokens,
 * real Redis and Kafka.
 */
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApprovalProcesses, echoNeedsApproval, startApprovalProcesses } from './approval-processes';

let run: ApprovalProcesses;
let clinician: string;
let approver: string;

beforeAll(async () => {
  run = await startApprovalProcesses({
    name: 'approvals-multi',
    tenant: 'approvals-multi-test',
    gatewayIds: ['gw-a', 'gw-b'],
    policy: echoNeedsApproval('{ approverGroups: privacy-office, timeoutSec: 120 }'),
  });
  clinician = await run.sign('dr.avery@example.com', ['clinicians']);
  approver = await run.sign('privacy@example.com', ['privacy-office']);
}, 180_000);

afterAll(async () => {
  await run?.close();
});

function echo(gatewayId: string, text: string) {
  return run
    .client(gatewayId, clinician)
    .then((client) =>
      client.callTool({ name: 'echo', arguments: { text } }, undefined, { timeout: 120_000 }),
    );
}

describe('approval decisions reach the gateway process holding the call', () => {
  it('a call held on gateway A is approved through the exporter and completes on A', async () => {
    const call = echo('gw-a', 'synthetic note 1');
    const id = await run.heldOn('gw-a', approver);
    expect((await run.api(approver, `/v1/approvals/${id}`)).body).toMatchObject({ tool: 'echo' });
    const approved = await run.api(approver, `/v1/approvals/${id}/approve`, { reason: 'ticket 7' });
    expect(approved).toMatchObject({ status: 200, body: { state: 'approved' } });
    const result = await call;
    expect(result.content).toEqual([{ type: 'text', text: 'echo: synthetic note 1' }]);
  }, 120_000);

  it('a call held on gateway B is denied through the exporter; B answers with the same approval id', async () => {
    const call = echo('gw-b', 'synthetic note 2').then(
      () => null,
      (e: unknown) => e,
    );
    const id = await run.heldOn('gw-b', approver);
    const denied = await run.api(approver, `/v1/approvals/${id}/deny`, { reason: 'not this one' });
    expect(denied).toMatchObject({ status: 200, body: { state: 'denied' } });
    const err = await call;
    expect(err).toBeInstanceOf(McpError);
    expect((err as McpError).message).toContain(`approval ${id} denied: not this one`);
    expect((err as McpError).data).toMatchObject({ approvalId: id, approvalState: 'denied' });
  }, 120_000);

  it('a gateway killed while holding a call fails it, and marks the request interrupted when it starts again', async () => {
    const call = echo('gw-b', 'synthetic note 3').then(
      () => null,
      (e: unknown) => e,
    );
    const id = await run.heldOn('gw-b', approver);
    await run.gateways.get('gw-b')?.kill();
    expect(await call).toBeInstanceOf(Error);
    await run.restart('gw-b');
    const after = await run.api(approver, `/v1/approvals/${id}`);
    expect(after.body).toMatchObject({
      state: 'interrupted',
      outcomeReason: 'the gateway holding the call restarted',
    });
  }, 180_000);
});
