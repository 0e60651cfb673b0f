/**
 * `proctor up` as one process: a call held by the gateway's policy is approved through the
 * exporter's approvals API (the same workflow instance, in memory), and then completes; the
 * requester cannot approve it. Every state change of the request and of an access grant lands
 * in the ClickHouse approvals and access_grants tables (chDB), through the event log and
 * ingest. Official SDK v1 client, development tokens.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { createClickHouseClient } from '@proctor/audit-store';
import type { ProctorConfig } from '@proctor/config';
import { DEMO_PATIENTS } from '@proctor/demo-ehr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../harness';
import { runProctor } from '../harness/proctor-cli';
import { type ApprovalsUp, startApprovalsUp } from './approvals-up';

let up: ApprovalsUp;
let enforcerUrl: string;
let exporterUrl: string;
let token: (sub: string, groups: string[]) => Promise<string>;
let config: ProctorConfig;

beforeAll(async () => {
  up = await startApprovalsUp({
    name: 'approvals-up',
    approval: '{ approverGroups: privacy-office, timeoutSec: 120 }',
    approvals: {
      holdSeconds: 60,
      grants: [{ connection: 'demo-ehr', approverGroups: ['privacy-office'] }],
    },
  });
  ({ config, enforcerUrl, exporterUrl } = up);
  token = (sub, groups) => up.sign(sub, groups);
}, 180_000);

afterAll(async () => {
  await up?.close();
});

/** Rows of an audit table whose `column` equals `value`, once ingest has stored `count` of them. */
async function storedRows(table: string, column: string, value: string, count: number) {
  return waitFor(
    async () => {
      const client = createClickHouseClient({ chdbPath: config.auditStore.chdb.path });
      try {
        const result = await client.query({
          query: `SELECT session_id, action FROM ${config.auditStore.database}.${table} FINAL WHERE ${column} = {value:String} ORDER BY session_id, seq`,
          query_params: { value },
          format: 'JSONEachRow',
        });
        const rows = await result.json<{ session_id: string; action: string }>();
        return rows.length >= count ? rows : undefined;
      } finally {
        await client.close();
      }
    },
    { what: `${count} rows of ${table} for ${value}`, timeoutMs: 60_000 },
  );
}

const UNKNOWN_ID = 'apr_00000000-0000-0000-0000-000000000000';
const words = (line: string) => line.split(' ');

/** The real `proctor` CLI against the exporter's API, as `who`. */
function cli(who: string, args: string[]) {
  return runProctor([...args, '--url', exporterUrl, '--token', who], { timeoutMs: 60_000 });
}

async function api(who: string, method: 'GET' | 'POST', path: string, body?: unknown) {
  const response = await fetch(`${exporterUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${who}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('approvals in one process (proctor up)', () => {
  it('a held call completes once an approver approves it through the exporter API', async () => {
    const clinician = await token('dr.avery@example.com', ['clinicians']);
    const approver = await token('privacy@example.com', ['privacy-office']);
    const client = new Client({ name: 'synthetic-client', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(enforcerUrl), {
        requestInit: { headers: { authorization: `Bearer ${clinician}` } },
      }),
    );
    const mrn = (DEMO_PATIENTS[0] as { mrn: string }).mrn;
    const call = client.callTool({ name: 'export_chart', arguments: { mrn, steps: 1 } }, undefined, {
      timeout: 120_000,
    });
    const pending = await waitFor(
      async () => {
        const listed = await api(approver, 'GET', '/v1/approvals?state=pending');
        return (listed.body.approvals as { id: string; tool: string }[] | undefined)?.find(
          (a) => a.tool === 'export_chart',
        );
      },
      { what: 'the held export in the approvals API', timeoutMs: 30_000 },
    );
    const self = await api(clinician, 'POST', `/v1/approvals/${pending.id}/approve`, { reason: 'mine' });
    expect(self.status).toBe(403);
    const approved = await api(approver, 'POST', `/v1/approvals/${pending.id}/approve`, {
      reason: 'ticket 7',
    });
    expect(approved).toMatchObject({ status: 200, body: { state: 'approved' } });
    const result = (await call) as { isError?: boolean; content: { type: string }[] };
    expect(result.isError).not.toBe(true);
    expect(result.content.length).toBeGreaterThan(0);
    await client.close();
    // The request's own trail and the held call's session name the same approval id.
    const rows = await storedRows('approvals', 'approval_id', pending.id, 4);
    const trail = (unit: (id: string) => boolean) =>
      rows.filter((r) => unit(r.session_id)).map((r) => r.action);
    expect(trail((id) => id === `approval:${pending.id}`)).toEqual(['requested', 'approved']);
    expect(trail((id) => !id.startsWith('approval:'))).toEqual(['requested', 'approved']);
  }, 180_000);

  it('an access grant is requested, approved, issued and revoked, each step in the access_grants table', async () => {
    const clinician = await token('dr.blake@example.com', ['clinicians']);
    const approver = await token('privacy@example.com', ['privacy-office']);
    const asked = await api(clinician, 'POST', '/v1/access/requests', {
      connection: 'demo-ehr',
      durationSeconds: 600,
      reason: 'clinic schedule review',
    });
    expect(asked.status).toBe(201);
    const approved = await api(approver, 'POST', `/v1/approvals/${asked.body.id as string}/approve`, {
      reason: 'ok',
    });
    expect(approved).toMatchObject({ status: 200, body: { state: 'approved' } });
    const grants = await api(clinician, 'GET', '/v1/access/grants');
    const grant = (grants.body.grants as { id: string; approvalId: string }[]).find(
      (g) => g.approvalId === asked.body.id,
    );
    if (!grant) throw new Error('expected the issued grant');
    const revoked = await api(approver, 'POST', `/v1/access/grants/${grant.id}/revoke`, { reason: 'done' });
    expect(revoked.status).toBe(200);
    const rows = await storedRows('access_grants', 'grant_id', grant.id, 2);
    expect(rows.map((r) => r.action)).toEqual(['granted', 'revoked']);
    expect(rows.every((r) => r.session_id === `grant:${grant.id}`)).toBe(true);
    const request = await storedRows('approvals', 'approval_id', asked.body.id as string, 2);
    expect(request.map((r) => r.action)).toEqual(['requested', 'approved']);
  }, 180_000);

  it('proctor approvals and proctor access: decisions, grants and every bad input a clear error that changes nothing', async () => {
    const clinician = await token('dr.casey@example.com', ['clinicians']);
    const approver = await token('privacy@example.com', ['privacy-office']);
    const asked = await cli(clinician, [
      'access',
      'request',
      '--connection',
      'demo-ehr',
      '--duration',
      '1h',
      '--reason',
      'chart review',
    ]);
    expect(asked.code).toBe(0);
    const requestId = /^(apr_[0-9a-f-]+): waiting for approval/m.exec(asked.stdout)?.[1];
    if (!requestId) throw new Error(`expected a request id in: ${asked.stdout}`);

    const tooLong = await cli(
      clinician,
      words('access request --connection demo-ehr --duration 100h --reason x'),
    );
    expect(tooLong.code).toBe(1);
    expect(tooLong.stderr).toContain('the longest grant for this connection is');
    const unknown = await cli(approver, words(`approvals approve ${UNKNOWN_ID} --reason x`));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`no approval ${UNKNOWN_ID}`);
    // The requester is outside the connection's approvers: refused (and could not approve their own).
    const outsider = await cli(clinician, ['approvals', 'approve', requestId, '--reason', 'mine']);
    expect(outsider.code).toBe(1);
    expect(outsider.stderr).toContain('proctor approvals approve: you are not');
    const noReason = await cli(approver, ['approvals', 'approve', requestId]);
    expect(noReason.code).toBe(1);
    expect(noReason.stderr).toMatch(/reason/);
    const listed = await cli(approver, ['approvals', 'list', '--state', 'pending']);
    expect(listed.stdout).toContain(`${requestId}  pending`);
    expect(listed.stdout).toContain('0 of 1 approvals');

    const approved = await cli(approver, ['approvals', 'approve', requestId, '--reason', 'ticket 9']);
    expect(approved.code).toBe(0);
    expect(approved.stdout).toContain(`${requestId}: approved (1 of 1 approvals)`);
    const again = await cli(approver, ['approvals', 'deny', requestId, '--reason', 'changed my mind']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already/);
    const shown = await cli(approver, ['approvals', 'show', requestId, '--json']);
    expect(JSON.parse(shown.stdout)).toMatchObject({
      state: 'approved',
      votes: [{ subject: 'privacy@example.com', reason: 'ticket 9' }],
    });

    const grants = await cli(clinician, ['access', 'list', '--json']);
    const grant = (JSON.parse(grants.stdout) as { grants: { id: string; approvalId: string }[] }).grants.find(
      (g) => g.approvalId === requestId,
    );
    if (!grant) throw new Error('expected the issued grant');
    const revoked = await cli(clinician, ['access', 'revoke', grant.id, '--reason', 'done early']);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain(`${grant.id}: revoked at`);
    const twice = await cli(clinician, ['access', 'revoke', grant.id, '--reason', 'again']);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/already revoked/);
  }, 180_000);
});
