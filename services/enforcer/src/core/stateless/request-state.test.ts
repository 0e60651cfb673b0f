import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { StatelessProtocolError } from './errors';
import { type ContinuationBinding, type ExchangeContinuation, RequestStateSealer } from './request-state';

const KEY = randomBytes(32);
const binding: ContinuationBinding = {
  subject: 'tester@example.com',
  issuer: 'urn:test',
  connection: 'ehr',
  method: 'tools/call',
  target: 'confirm_order',
};
const continuation: ExchangeContinuation = {
  exchangeId: '0190f3a8-7b1c-7000-8000-000000000001',
  round: 1,
  nextSeq: 4,
  traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
  upstreamState: 'upstream-opaque-state',
  bridgeCallId: null,
};

describe('RequestStateSealer', () => {
  it('opens what it sealed, for the same caller and request', () => {
    const sealer = new RequestStateSealer({ keys: [KEY], ttlMs: 60_000 });
    const state = sealer.seal(continuation, binding);
    expect(state).not.toContain(continuation.exchangeId);
    expect(sealer.open(state, binding)).toEqual(continuation);
  });

  it('lets another gateway with the same key continue the exchange, and accepts a rotated-out key', () => {
    const a = new RequestStateSealer({ keys: [KEY], ttlMs: 60_000 });
    const newKey = randomBytes(32);
    const b = new RequestStateSealer({ keys: [newKey, KEY], ttlMs: 60_000 });
    expect(b.open(a.seal(continuation, binding), binding).exchangeId).toBe(continuation.exchangeId);
  });

  it('refuses a forged or altered state: a client cannot choose an exchange id or round', () => {
    const sealer = new RequestStateSealer({ keys: [KEY], ttlMs: 60_000 });
    const state = sealer.seal(continuation, binding);
    const [prefix, body, tag] = [
      state.slice(0, 5),
      state.slice(5, state.lastIndexOf('.')),
      state.slice(state.lastIndexOf('.') + 1),
    ];
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forgedBody = Buffer.from(JSON.stringify({ ...payload, x: 'someone-elses-exchange' })).toString(
      'base64url',
    );
    const attempts = [
      `${prefix}${forgedBody}.${tag}`,
      'upstream-opaque-state',
      `${prefix}${body}.`,
      `${prefix}.`,
      new RequestStateSealer({ keys: [randomBytes(32)], ttlMs: 60_000 }).seal(continuation, binding),
    ];
    for (const attempt of attempts) {
      expect(() => sealer.open(attempt, binding)).toThrow(StatelessProtocolError);
    }
    try {
      sealer.open(attempts[0] as string, binding);
    } catch (err) {
      expect(err).toMatchObject({ httpStatus: 400, rpcCode: -32602, code: 'REQUEST_STATE_REJECTED' });
    }
  });

  it('refuses a state presented by another caller, on another connection, or for another request', () => {
    const sealer = new RequestStateSealer({ keys: [KEY], ttlMs: 60_000 });
    const state = sealer.seal(continuation, binding);
    for (const other of [
      { ...binding, subject: 'someone-else@example.com' },
      { ...binding, connection: 'billing' },
      { ...binding, method: 'prompts/get' },
      { ...binding, target: 'delete_order' },
    ]) {
      expect(() => sealer.open(state, other)).toThrow(/another caller, connection or request/);
    }
  });

  it('refuses an expired state', () => {
    let now = 1_000_000;
    const sealer = new RequestStateSealer({ keys: [KEY], ttlMs: 1_000, now: () => now });
    const state = sealer.seal(continuation, binding);
    now += 1_001;
    expect(() => sealer.open(state, binding)).toThrow(/expired/);
  });
});
