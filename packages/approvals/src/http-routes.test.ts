import type { Identity } from '@proctor/events';
import { maskString } from '@proctor/masking';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryClearViewChannel, HeldArguments } from './clear-view';
import { createMemoryDecisionBus } from './decision-bus';
import { registerApprovalRoutes } from './http-routes';
import { createMemoryApprovalStore } from './memory-store';
import { APPROVERS, person, world } from './testing';

const people: Record<string, Identity> = {
  dev: person('dev@example.com', ['engineers']),
  lead: person('lead@example.com', ['approvers']),
  auditor: person('audit@example.com', ['auditors']),
  doc: person('doc@example.com', ['emergency']),
};

const apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

function api(clearView = createMemoryClearViewChannel()) {
  /** The length of every text masked. */
  const masked: number[] = [];
  const w = world(createMemoryApprovalStore(), createMemoryDecisionBus(), { clearView });
  w.clock.now = Date.now();
  const app = Fastify();
  apps.push(app);
  registerApprovalRoutes(app, {
    approvals: w.approvals,
    grants: w.grants,
    auditorGroups: ['auditors'],
    maskText: (text) => {
      masked.push(text.length);
      return maskString(text);
    },
    async authenticate(req) {
      const who = people[String(req.headers.authorization ?? '').replace(/^Bearer /, '')];
      if (!who)
        throw Object.assign(new Error('missing or invalid token'), { httpStatus: 401, code: 'UNAUTHORIZED' });
      return who;
    },
  });
  const call = (who: string | null, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      payload: payload as object,
      headers: who ? { authorization: `Bearer ${who}` } : {},
    });
  return { w, call, clearView, masked };
}

async function heldCall(w: ReturnType<typeof world>, clearGroups: string[] = []) {
  const raised = await w.approvals.raise({
    requester: people.dev as Identity,
    connection: 'ehr',
    sessionId: 's-1',
    method: 'tools/call',
    toolName: 'delete_record',
    arguments: { recordId: 'R-9' },
    maskedArguments: { recordId: '[ID]' },
    rule: 'risky-writes',
    ruleVersion: 'v1',
    approvers: { ...APPROVERS, clearGroups },
    ttlMs: 600_000,
    heldBy: 'gw-1',
  });
  if (raised.kind !== 'raised') throw new Error('expected a new request');
  return raised.request;
}

describe('approvals API', () => {
  it('shows the clear arguments of a held call (view=clear) to a clear-view group only, never cached', async () => {
    const { w, call, clearView } = api();
    const held = new HeldArguments();
    await clearView.serve('gw-1', held.lookup);
    const request = await heldCall(w, ['approvers']);
    held.hold(request.id, { recordId: 'R-9' });
    const masked = await call('lead', 'GET', `/v1/approvals/${request.id}`);
    expect(masked.json()).toMatchObject({ arguments: { recordId: '[ID]' }, argumentsView: 'masked' });
    const clear = await call('lead', 'GET', `/v1/approvals/${request.id}?view=clear`);
    expect(clear.statusCode).toBe(200);
    expect(clear.headers['cache-control']).toBe('no-store');
    expect(clear.json()).toMatchObject({ arguments: { recordId: 'R-9' }, argumentsView: 'clear' });
    for (const who of ['dev', 'auditor', 'doc']) {
      const refused = await call(who, 'GET', `/v1/approvals/${request.id}?view=clear`);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('CLEAR_VIEW_NOT_ALLOWED');
    }
    expect((await call('lead', 'GET', `/v1/approvals/${request.id}?view=plain`)).statusCode).toBe(400);
  });

  it('answers 401 without a token', async () => {
    const { call } = api();
    expect((await call(null, 'GET', '/v1/approvals')).statusCode).toBe(401);
  });

  it('lists a request to its approver and requester (masked arguments only), not to others', async () => {
    const { w, call } = api();
    const request = await heldCall(w);
    const forLead = (await call('lead', 'GET', '/v1/approvals?state=pending')).json();
    expect(forLead.approvals.map((a: { id: string }) => a.id)).toEqual([request.id]);
    expect(JSON.stringify(forLead)).toContain('[ID]');
    expect(JSON.stringify(forLead)).not.toContain('R-9');
    expect((await call('dev', 'GET', `/v1/approvals/${request.id}`)).statusCode).toBe(200);
    expect((await call('doc', 'GET', '/v1/approvals')).json().approvals).toEqual([]);
    expect((await call('doc', 'GET', `/v1/approvals/${request.id}`)).statusCode).toBe(404);
    expect((await call('lead', 'GET', '/v1/approvals?state=bogus')).statusCode).toBe(400);
  });

  it('approves and denies with clear errors for the refused cases', async () => {
    const { w, call } = api();
    const request = await heldCall(w);
    const self = await call('dev', 'POST', `/v1/approvals/${request.id}/approve`, { reason: 'mine' });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe('NOT_AN_APPROVER');
    expect(
      (await call('lead', 'POST', `/v1/approvals/${request.id}/approve`, { validForSeconds: -5 })).statusCode,
    ).toBe(400);
    const ok = await call('lead', 'POST', `/v1/approvals/${request.id}/approve`, { reason: 'ticket 7' });
    expect(ok.json()).toMatchObject({
      state: 'approved',
      votes: [{ subject: 'lead@example.com', reason: 'ticket 7' }],
    });
    const again = await call('lead', 'POST', `/v1/approvals/${request.id}/deny`, {
      reason: 'changed my mind',
    });
    expect(again.statusCode).toBe(409);
    expect((await call('lead', 'POST', '/v1/approvals/apr_unknown/approve', {})).statusCode).toBe(404);
    expect((await call('lead', 'POST', '/v1/approvals/..%2F..%2Fetc/approve', {})).statusCode).toBe(400);
  });

  it('refuses an over-long reason before masking it (masking 100,000 characters takes the process seconds)', async () => {
    const { w, call, masked } = api();
    const request = await heldCall(w);
    const reason = 'Patient Jane Roe, MRN 12345678, '.repeat(3_200);
    const cases: [who: string, url: string, body: object][] = [
      ['lead', `/v1/approvals/${request.id}/approve`, { reason }],
      ['lead', '/v1/approvals/apr_unknown/deny', { reason }],
      ['dev', '/v1/access/requests', { connection: 'ehr', durationSeconds: 600, reason }],
    ];
    for (const [who, url, body] of cases) {
      const res = await call(who, 'POST', url, body);
      expect({ url, status: res.statusCode }).toEqual({ url, status: 400 });
      expect(res.json().error).toMatchObject({ code: 'INVALID_INPUT', message: /longer than 1000/ });
    }
    expect(masked).toEqual([]);
    expect((await w.approvals.get(request.id)).votes).toEqual([]);
  });

  it('keeps a reason masked in the approval store: a reason can name a patient', async () => {
    const { w, call } = api();
    const request = await heldCall(w);
    const reason = 'export for Jane Roe, SSN 123-45-6789, ticket 7';
    const ok = await call('lead', 'POST', `/v1/approvals/${request.id}/approve`, { reason });
    expect(ok.statusCode).toBe(200);
    const stored = JSON.stringify(await w.approvals.store.getRequest(request.id));
    expect(stored).not.toContain('123-45-6789');
    expect(stored).toContain('[SSN]');
    expect(JSON.stringify(w.records)).not.toContain('123-45-6789');
  });

  it('grants: request, approve, list, revoke; break-glass for the emergency group only', async () => {
    const { call } = api();
    const asked = await call('dev', 'POST', '/v1/access/requests', {
      connection: 'ehr',
      durationSeconds: 3600,
      reason: 'on call',
    });
    expect(asked.statusCode).toBe(201);
    expect((await call('lead', 'POST', `/v1/approvals/${asked.json().id}/approve`, {})).json().state).toBe(
      'approved',
    );
    const mine = (await call('dev', 'GET', '/v1/access/grants')).json().grants;
    expect(mine).toHaveLength(1);
    expect((await call('doc', 'GET', '/v1/access/grants')).json().grants).toEqual([]);
    expect(
      (await call('auditor', 'GET', '/v1/access/grants?subject=dev@example.com')).json().grants,
    ).toHaveLength(1);
    expect(
      (await call('doc', 'POST', `/v1/access/grants/${mine[0].id}/revoke`, { reason: 'x' })).statusCode,
    ).toBe(403);
    const revoked = await call('dev', 'POST', `/v1/access/grants/${mine[0].id}/revoke`, {
      reason: 'done early',
    });
    expect(revoked.json().revokedAt).not.toBeNull();

    expect(
      (
        await call('dev', 'POST', '/v1/access/break-glass', {
          connection: 'ehr',
          durationSeconds: 600,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await call('doc', 'POST', '/v1/access/break-glass', { connection: 'ehr', durationSeconds: 600 }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await call('doc', 'POST', '/v1/access/break-glass', {
          connection: 'ehr',
          durationSeconds: 7200,
          reason: 'x',
        })
      ).json().error.code,
    ).toBe('DURATION_TOO_LONG');
    const glass = await call('doc', 'POST', '/v1/access/break-glass', {
      connection: 'ehr',
      durationSeconds: 600,
      reason: 'synthetic emergency',
    });
    expect(glass.json()).toMatchObject({ breakGlass: true });
  });
});
