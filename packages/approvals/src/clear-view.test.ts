import { afterAll, describe, expect, it } from 'vitest';
import { redisUrl, uniqueName } from '../../../test/harness';
import {
  type ClearViewChannel,
  createMemoryClearViewChannel,
  createRedisClearViewChannel,
  HeldArguments,
} from './clear-view';
import { createMemoryDecisionBus } from './decision-bus';
import type { HeldCall } from './index';
import { createMemoryApprovalStore } from './memory-store';
import { newOneTimeKey, sealTo } from './sealed-reply';
import { APPROVERS, person, redisConnections, world } from './testing';

const redis = redisConnections(redisUrl());
const connect = () => redis.connect();

afterAll(() => redis.quitAll());

const requester = person('dev@example.com', ['engineers', 'privacy-office']);
const clearReader = person('privacy@example.com', ['approvers', 'privacy-office']);
const maskedApprover = person('lead@example.com', ['approvers']);
const CLEAR = { recordId: 'R-CLEAR-VIEW-7731', note: 'synthetic clear marker' };

function held(): HeldCall {
  return {
    id: `apr_${uniqueName('clear')}`,
    requester,
    connection: 'ehr',
    sessionId: 'session-1',
    method: 'tools/call',
    toolName: 'delete_record',
    arguments: CLEAR,
    maskedArguments: { recordId: '[ID]', note: 'synthetic clear marker' },
    rule: 'risky-writes',
    ruleVersion: 'rules-v1',
    approvers: { ...APPROVERS, clearGroups: ['privacy-office'] },
    ttlMs: 60_000,
    heldBy: 'gw-holder',
  };
}

describe.each([
  ['in process', async () => ({ api: createMemoryClearViewChannel(), holder: null })],
  [
    'two processes over Redis',
    async () => {
      const prefix = uniqueName('clear_view');
      const api = await createRedisClearViewChannel({ publisher: connect(), subscriber: connect(), prefix });
      const holder = await createRedisClearViewChannel({
        publisher: connect(),
        subscriber: connect(),
        prefix,
      });
      return { api, holder };
    },
  ],
] as const)('clear view of a held call: %s', (_name, channels) => {
  async function setup() {
    const { api, holder } = await channels();
    const gateway: ClearViewChannel = holder ?? api;
    const heldArguments = new HeldArguments();
    const stop = await gateway.serve('gw-holder', heldArguments.lookup);
    const w = world(createMemoryApprovalStore(), createMemoryDecisionBus(), { clearView: api });
    const call = held();
    const release = heldArguments.hold(call.id as string, call.arguments);
    const raised = await w.approvals.raise(call);
    if (raised.kind !== 'raised') throw new Error('expected a new request');
    return { w, id: raised.request.id, release, stop, heldArguments };
  }

  it('a member of a clear-view group sees the clear arguments; the view is recorded without them', async () => {
    const { w, id, stop } = await setup();
    const shown = await w.approvals.clearArguments(id, clearReader);
    expect(shown.arguments).toEqual(CLEAR);
    const viewed = w.records.at(-1);
    expect(viewed).toMatchObject({
      sessionId: `approval:${id}`,
      seq: 1,
      type: 'approval',
      body: {
        action: 'viewed_clear',
        actor: 'privacy@example.com',
        actorGroups: ['approvers', 'privacy-office'],
      },
    });
    expect(JSON.stringify(w.records)).not.toContain('R-CLEAR-VIEW-7731');
    expect(JSON.stringify(await w.approvals.store.getRequest(id))).not.toContain('R-CLEAR-VIEW-7731');
    await stop();
  });

  it('an approver outside the clear-view groups, the requester and an outsider are refused (403)', async () => {
    const { w, id, stop } = await setup();
    for (const who of [maskedApprover, requester, person('someone@example.com', ['clinicians'])]) {
      await expect(w.approvals.clearArguments(id, who)).rejects.toMatchObject({
        code: 'CLEAR_VIEW_NOT_ALLOWED',
        httpStatus: 403,
      });
    }
    expect(w.records.map((r) => r.type === 'approval' && r.body.action)).toEqual(['requested']);
    await stop();
  });

  it('once the gateway released the call, or the request was decided, the clear arguments are gone (410)', async () => {
    const released = await setup();
    released.release();
    await expect(released.w.approvals.clearArguments(released.id, clearReader)).rejects.toMatchObject({
      code: 'CLEAR_ARGUMENTS_GONE',
      httpStatus: 410,
    });
    await released.stop();
    const decided = await setup();
    await decided.w.approvals.decide(decided.id, {
      decider: maskedApprover,
      decision: 'approve',
      reason: null,
    });
    await expect(decided.w.approvals.clearArguments(decided.id, clearReader)).rejects.toMatchObject({
      code: 'CLEAR_ARGUMENTS_GONE',
      message: expect.stringContaining('is approved'),
    });
    expect(decided.w.records.some((r) => r.type === 'approval' && r.body.action === 'viewed_clear')).toBe(
      false,
    );
    await decided.stop();
  });

  it('a holding gateway that stopped listening is unreachable (503), nothing recorded', async () => {
    const { w, id, stop } = await setup();
    await stop();
    await expect(w.approvals.clearArguments(id, clearReader)).rejects.toMatchObject({
      code: 'HOLDER_UNREACHABLE',
      httpStatus: 503,
      message: expect.stringContaining('gw-holder'),
    });
    expect(w.records.map((r) => r.type === 'approval' && r.body.action)).toEqual(['requested']);
  });
});

describe('clear view over Redis: what crosses Redis', () => {
  it('the clear arguments cross pub/sub sealed to the asker; Redis sees only ciphertext', async () => {
    const prefix = uniqueName('clear_sealed');
    const api = await createRedisClearViewChannel({ publisher: connect(), subscriber: connect(), prefix });
    const holder = await createRedisClearViewChannel({ publisher: connect(), subscriber: connect(), prefix });
    const heldArguments = new HeldArguments();
    const stop = await holder.serve('gw-sealed', heldArguments.lookup);
    heldArguments.hold('apr_sealed', CLEAR);
    const seen: string[] = [];
    const monitor = await connect().monitor();
    monitor.on('monitor', (_time: string, args: string[]) => {
      if (args.some((a) => a.startsWith(prefix))) seen.push(args.join(' '));
    });
    try {
      expect(await api.ask('gw-sealed', 'apr_sealed')).toEqual({ kind: 'held', arguments: CLEAR });
      await waitForCount(() => seen.filter((c) => c.includes(':clear-view:reply:')).length, 1);
      expect(seen.some((c) => c.startsWith('publish') && c.includes(':clear-view:ask:gw-sealed'))).toBe(true);
      expect(seen.join('\n')).not.toContain('R-CLEAR-VIEW-7731');
      expect(seen.join('\n')).not.toContain('synthetic clear marker');
    } finally {
      monitor.disconnect();
      await stop();
      await Promise.all([api.close(), holder.close()]);
    }
  });

  it('a reply sealed for another ask does not open', () => {
    const key = newOneTimeKey();
    const sealed = sealTo(key.publicKey, CLEAR, 'ask-1|apr_1');
    expect(key.open(sealed, 'ask-1|apr_1')).toEqual(CLEAR);
    expect(() => key.open(sealed, 'ask-2|apr_1')).toThrow();
    expect(() => newOneTimeKey().open(sealed, 'ask-1|apr_1')).toThrow();
  });
});

async function waitForCount(count: () => number, atLeast: number): Promise<void> {
  for (let i = 0; i < 200 && count() < atLeast; i++) await new Promise((r) => setTimeout(r, 25));
  expect(count()).toBeGreaterThanOrEqual(atLeast);
}
