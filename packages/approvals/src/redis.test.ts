import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisUrl, uniqueName } from '../../../test/harness';
import { argumentsDigester, sharedArgumentsDigestSecret } from './canonical-digest';
import { createRedisDecisionBus } from './decision-bus';
import type { ApprovalStore } from './index';
import { createMemoryApprovalStore } from './memory-store';
import { createRedisApprovalStore } from './redis-store';
import { APPROVERS, person, redisConnections, world } from './testing';

const redis = redisConnections(redisUrl());
const connect = () => redis.connect();

afterAll(() => redis.quitAll());

const sampleRequest = (id: string, createdAt: number) => ({
  id,
  kind: 'call' as const,
  tenant: 'tenant-a',
  requester: person('dev@example.com'),
  connection: 'ehr',
  sessionId: 's-1',
  method: 'tools/call',
  toolName: 'delete_record',
  argsDigest: 'ab'.repeat(32),
  maskedArguments: { id: '[ID]' },
  rule: 'r1',
  ruleVersion: 'v1',
  approvers: APPROVERS,
  grant: null,
  createdAt,
  expiresAt: createdAt + 60_000,
  state: 'pending' as const,
  votes: [],
  validUntil: null,
  heldBy: 'gw-1',
  outcomeReason: null,
  nextSeq: 1,
});

describe.each([
  ['memory', () => createMemoryApprovalStore()],
  ['redis', () => createRedisApprovalStore({ redis: connect(), prefix: uniqueName('apr') })],
] as const)('approval store contract: %s', (_name, make) => {
  let store: ApprovalStore;
  beforeAll(() => {
    store = make();
  });

  it('stores, reads, lists newest first and filters by state and tenant', async () => {
    const now = Date.now();
    await store.createRequest(sampleRequest('apr_1', now - 2000));
    await store.createRequest({ ...sampleRequest('apr_2', now - 1000), state: 'denied' });
    await store.createRequest({ ...sampleRequest('apr_3', now), tenant: 'tenant-b' });
    expect((await store.getRequest('apr_1'))?.approvers).toEqual(APPROVERS);
    expect(await store.getRequest('apr_missing')).toBeNull();
    expect((await store.listRequests({ tenant: 'tenant-a' })).map((r) => r.id)).toEqual(['apr_2', 'apr_1']);
    expect((await store.listRequests({ tenant: 'tenant-a', states: ['pending'] })).map((r) => r.id)).toEqual([
      'apr_1',
    ]);
  });

  it('updates atomically: a change that throws leaves the record as it was; unknown ids are 404', async () => {
    await expect(
      store.updateRequest('apr_1', () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect((await store.getRequest('apr_1'))?.nextSeq).toBe(1);
    await expect(store.updateRequest('apr_missing', (r) => r)).rejects.toMatchObject({
      code: 'APPROVAL_NOT_FOUND',
    });
  });

  it('serialises concurrent updates: no increment is lost', async () => {
    await Promise.all(
      Array.from({ length: 25 }, () =>
        store.updateRequest('apr_1', (r) => ({ ...r, nextSeq: r.nextSeq + 1 })),
      ),
    );
    expect((await store.getRequest('apr_1'))?.nextSeq).toBe(26);
  });

  it('keeps standing approvals until their time is up', async () => {
    const now = Date.now();
    await store.putStanding('k1', { approvalId: 'apr_1', until: now + 60_000 }, now);
    expect(await store.getStanding('k1', now)).toEqual({ approvalId: 'apr_1', until: now + 60_000 });
    expect(await store.getStanding('k1', now + 60_000)).toBeNull();
    expect(await store.getStanding('k2', now)).toBeNull();
  });
});

describe('several processes on one Redis', () => {
  it('a decision taken through one process reaches the waiter in another at once (pub/sub, not polling)', async () => {
    const prefix = uniqueName('apr');
    const gatewayA = world(
      createRedisApprovalStore({ redis: connect(), prefix }),
      await createRedisDecisionBus({ publisher: connect(), subscriber: connect(), prefix }),
      { pollMs: 30_000 },
    );
    const apiB = world(
      createRedisApprovalStore({ redis: connect(), prefix }),
      await createRedisDecisionBus({ publisher: connect(), subscriber: connect(), prefix }),
      { pollMs: 30_000 },
    );
    apiB.clock.now = gatewayA.clock.now;
    const raised = await gatewayA.approvals.raise({
      requester: person('dev@example.com'),
      connection: 'ehr',
      sessionId: 's-1',
      method: 'tools/call',
      toolName: 'delete_record',
      arguments: { id: 1 },
      maskedArguments: { id: '[ID]' },
      rule: 'r1',
      ruleVersion: 'v1',
      approvers: APPROVERS,
      ttlMs: 60_000,
      heldBy: 'gw-a',
    });
    if (raised.kind !== 'raised') throw new Error('expected a new request');
    const started = Date.now();
    const waiting = gatewayA.approvals.wait(raised.request.id, { timeoutMs: 20_000 });
    await new Promise((r) => setTimeout(r, 100));
    await apiB.approvals.decide(raised.request.id, {
      decider: person('lead@example.com', ['approvers']),
      decision: 'approve',
      reason: 'ok',
    });
    expect(await waiting).toMatchObject({ kind: 'final', request: { state: 'approved' } });
    expect(Date.now() - started).toBeLessThan(5_000);
    gatewayA.approvals.close();
    apiB.approvals.close();
  });

  it('a grant revoked in one process is announced to the others', async () => {
    const prefix = uniqueName('apr');
    const busA = await createRedisDecisionBus({ publisher: connect(), subscriber: connect(), prefix });
    const gatewayA = world(createRedisApprovalStore({ redis: connect(), prefix }), busA);
    const apiB = world(
      createRedisApprovalStore({ redis: connect(), prefix }),
      await createRedisDecisionBus({ publisher: connect(), subscriber: connect(), prefix }),
    );
    apiB.clock.now = Date.now();
    gatewayA.clock.now = apiB.clock.now;
    const seen: string[] = [];
    gatewayA.approvals.onChange((m) => {
      if (m.kind === 'grant') seen.push(m.state);
    });
    const grant = await apiB.grants.breakGlass({
      identity: person('doc@example.com', ['emergency']),
      connection: 'ehr',
      durationMs: 600_000,
      reason: 'synthetic emergency',
    });
    expect(await gatewayA.grants.active(person('doc@example.com', ['emergency']), 'ehr')).toMatchObject({
      id: grant.id,
    });
    await apiB.grants.revoke(grant.id, person('cso@example.com'), 'done');
    await expect.poll(() => seen, { timeout: 5_000 }).toEqual(['granted', 'revoked']);
    expect(await gatewayA.grants.active(person('doc@example.com', ['emergency']), 'ehr')).toBeNull();
  });
});

describe('shared arguments digest secret', () => {
  it('is created once and read alike by every process of the deployment', async () => {
    const prefix = uniqueName('apr-digest');
    const [first, second] = await Promise.all([
      sharedArgumentsDigestSecret(connect(), prefix),
      sharedArgumentsDigestSecret(connect(), prefix),
    ]);
    expect(first).toBe(second);
    expect(Buffer.from(first, 'base64url')).toHaveLength(32);
    const args = { ssn: '000-00-0042' };
    expect(argumentsDigester(first)(args)).toBe(argumentsDigester(second)(args));
    expect(await sharedArgumentsDigestSecret(connect(), uniqueName('apr-digest'))).not.toBe(first);
  });
});
