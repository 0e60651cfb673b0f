/**
 * Access grants end access within a second, open sessions included: through the official SDK
 * clients of both eras on the gateway as the runtime assembles it, on real Redis. A
 * require_grant call passes only under an active grant; revoking the grant (through another
 * approval service on the same Redis, as the API would) ends the open session bound to it at
 * once — a call held on its open stream gets a clear error naming the grant, the end is
 * recorded — and a held 2026-07-28 exchange bound to it likewise; expiry does the same when
 * the grant's time runs out.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import type { Grant } from '@proctor/approvals';
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
  // The gateway mints the upstream credential of `ehr` (5 min), scoped to a session's grant.
  gw = await startApprovalGateway({ holdSeconds: 30, mintForEhrSeconds: 300 });
}, 60_000);

afterAll(async () => {
  await gw?.close();
});

async function grantFor(subject: string, durationMs: number, connection = 'ehr'): Promise<Grant> {
  const asked = await gw.api.grants.request({
    identity: { ...person(subject, ['clinicians']), issuer: gw.idp.issuer },
    connection,
    durationMs,
    reason: 'clinic schedule review',
  });
  await gw.api.approvals.decide(asked.id, { decider: privacyOfficer, decision: 'approve', reason: 'ok' });
  const [grant] = await gw.api.grants.list({ subject });
  if (!grant) throw new Error('expected an issued grant');
  return grant;
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  return err as Error;
}

/** The session_ended event of the session whose events mention this grant's use. */
function endedSessionOf(grant: Grant): Extract<AuditEvent, { type: 'session_ended' }> | undefined {
  const events = gw.events();
  const bound = events.find(
    (e) => e.type === 'policy_decision' && e.body.reason === `access grant ${grant.id}`,
  )?.sessionId;
  return events.find(
    (e): e is Extract<AuditEvent, { type: 'session_ended' }> =>
      e.type === 'session_ended' && e.sessionId === bound,
  );
}

async function sessionUnderGrant(subject: string): Promise<Client> {
  const client = await gw.statefulClient(subject);
  const allowed = await client.callTool({ name: 'list_appointments', arguments: {} });
  expect(allowed.isError).not.toBe(true);
  return client;
}

describe('access grants end access at once (SDK v1 and v2 clients, real Redis)', () => {
  it('attack: a prompt embedding a chart a require_grant rule covers hands it over only under a grant', async () => {
    const subject = 'dr.gale@example.com';
    const summarize = async () => {
      const client = await gw.statefulClient(subject);
      try {
        return await client.getPrompt({ name: 'summarize_patient', arguments: { mrn: patient.mrn } });
      } finally {
        await client.close();
      }
    };
    const before = gw.events().length;
    const withheld = await summarize();
    expect(JSON.stringify(withheld)).not.toContain(patient.mrn);
    expect(withheld.messages[0]?.content).toEqual({ type: 'text', text: '[resource withheld by policy]' });
    // The prompt's own words are there.
    expect(JSON.stringify(withheld.messages[1])).toContain('Summarize this patient record');
    const hidden = gw
      .events()
      .slice(before)
      .filter((e) => e.type === 'policy_decision' && e.body.decision === 'hide');
    expect(hidden.map((e) => e.type === 'policy_decision' && [e.body.rule, e.body.reason])).toEqual([
      [
        'charts-need-a-grant',
        '1 of 1 embedded resources withheld: no active access grant for connection ehr: request one (proctor access request)',
      ],
    ]);
    await grantFor(subject, 600_000);
    const granted = await summarize();
    expect(granted.messages[0]?.content).toMatchObject({
      type: 'resource',
      resource: { uri: `ehr://patients/${patient.mrn}` },
    });
  });

  it('passes require_grant calls only under an active grant, and records its use', async () => {
    const client = await gw.statefulClient('dr.blake@example.com');
    const before = await failure(client.callTool({ name: 'list_appointments', arguments: {} }));
    expect(before).toBeInstanceOf(McpError);
    expect((before as McpError).code).toBe(-31014);
    expect(before.message).toContain('no active access grant for connection ehr');
    const grant = await grantFor('dr.blake@example.com', 600_000);
    await sessionUnderGrant('dr.blake@example.com');
    const actions = gw
      .events()
      .filter((e) => e.type === 'access_grant' && e.body.grantId === grant.id)
      .map((e) => (e.type === 'access_grant' ? e.body.action : null));
    expect(actions).toContain('used');
  });

  it('a session under a grant gets upstream credentials minted for that grant: recorded with it, ending with it', async () => {
    const grant = await grantFor('dr.frey@example.com', 60_000);
    await sessionUnderGrant('dr.frey@example.com');
    const minted = await waitFor(
      async () =>
        gw
          .events()
          .find(
            (e) =>
              e.type === 'access_grant' &&
              e.body.action === 'credential_minted' &&
              e.body.reason?.includes(`under access grant ${grant.id}`) === true,
          ),
      { what: 'the credential minted under the grant', timeoutMs: 10_000 },
    );
    if (minted.type !== 'access_grant') throw new Error('expected an access_grant event');
    expect(minted.identity.subject).toBe('dr.frey@example.com');
    expect(minted.body.approvalId).toBe(grant.approvalId);
    // The 5 min credential is cut to the grant's 1 min: it ends no later than the grant.
    expect(minted.body.expiresAt).not.toBeNull();
    expect((minted.body.expiresAt as number) / 1000).toBeLessThanOrEqual(grant.expiresAt);
  });

  it('revocation ends the open session bound to the grant at once: its held call gets an error naming the grant', async () => {
    const grant = await grantFor('dr.casey@example.com', 600_000);
    const client = await sessionUnderGrant('dr.casey@example.com');
    // A call of the same session held for approval, its stream open (the client asked for progress).
    const held = client.callTool(
      { name: 'export_chart', arguments: { mrn: patient.mrn, steps: 13 } },
      undefined,
      {
        onprogress: () => undefined,
        timeout: 60_000,
      },
    );
    const pending = await gw.pendingWith('"steps":13');
    await gw.api.grants.revoke(grant.id, privacyOfficer, 'review finished');
    const err = await failure(held);
    expect(err.message).toContain(`access grant ${grant.id} revoked`);
    const ended = await waitFor(async () => endedSessionOf(grant), {
      what: 'the end of the session bound to the grant',
      timeoutMs: 5_000,
    });
    expect(ended.body.reason).toBe('access_revoked');
    // The held request is withdrawn with the same reason.
    const withdrawn = await gw.api.approvals.get(pending.id);
    expect(withdrawn.state).toBe('cancelled');
    expect(withdrawn.outcomeReason).toContain(`access grant ${grant.id} revoked`);
    // The session is gone, and a new one is refused: no grant any more.
    await expect(client.listTools()).rejects.toThrow();
    const fresh = await gw.statefulClient('dr.casey@example.com');
    const refused = await failure(fresh.callTool({ name: 'list_appointments', arguments: {} }));
    expect(refused.message).toContain('no active access grant');
  });

  it('revocation ends a held 2026-07-28 exchange bound to the grant: its stream gets the error naming the grant', async () => {
    const grant = await grantFor('dr.erin@example.com', 600_000, 'modern');
    const client = await gw.statelessClient('dr.erin@example.com');
    let progressed = false;
    const held = client
      .callTool(
        { name: 'list_roots', arguments: {} },
        {
          onprogress: () => {
            progressed = true;
          },
          timeout: 60_000,
        },
      )
      .then(
        () => null,
        (e: unknown) => e,
      );
    const pending = await waitFor(
      async () =>
        (await gw.api.approvals.list(['pending'])).find(
          (r) => r.toolName === 'list_roots' && r.requester.subject === 'dr.erin@example.com',
        ),
      { what: 'the held list_roots call', timeoutMs: 15_000 },
    );
    await waitFor(async () => progressed || undefined, {
      what: 'a progress notification',
      timeoutMs: 15_000,
    });
    await gw.api.grants.revoke(grant.id, privacyOfficer, 'review finished');
    const err = await held;
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain(`access grant ${grant.id} revoked`);
    const withdrawn = await gw.withdrawn(pending.id);
    expect(withdrawn.outcomeReason).toContain(`access grant ${grant.id} revoked`);
    // The exchange ends because its access ended, not because the client left.
    const ended = await waitFor(
      async () => gw.events().find((e) => e.sessionId === pending.sessionId && e.type === 'session_ended'),
      { what: 'the end of the cut exchange', timeoutMs: 15_000 },
    );
    expect(ended.type === 'session_ended' && ended.body.reason).toBe('access_revoked');
  });

  it('expiry ends the open session bound to the grant when the grant runs out', async () => {
    const grant = await grantFor('dr.drew@example.com', 2_500);
    const client = await sessionUnderGrant('dr.drew@example.com');
    const ended = await waitFor(async () => endedSessionOf(grant), {
      what: 'the end of the session bound to the expired grant',
      timeoutMs: 15_000,
    });
    expect(ended.body.reason).toBe('access_revoked');
    // Ended by the expiry itself (a timer at the grant's end), not by a later request.
    expect(ended.time / 1000).toBeGreaterThanOrEqual(grant.expiresAt);
    await expect(client.listTools()).rejects.toThrow();
  });
});
