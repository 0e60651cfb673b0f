/**
 * The behaviour every SessionStore adapter must show. Each adapter's test file runs this suite
 * with a factory returning a fresh, isolated store per test, plus a second handle on the same
 * sessions (another gateway's view; the same object for a store of one process).
 */
import type { Identity } from '@proctor/events';
import { describe, expect, it, vi } from 'vitest';
import { freshEachTest } from './contract-fixture';
import { identityKeyOf, SessionCapError, type SessionRecord, type SessionStore } from './port';

export interface StoreUnderTest {
  store: SessionStore;
  /** The same sessions as another gateway sees them. */
  peer: SessionStore;
  close(): Promise<void>;
}

const IDENTITY: Identity = { subject: 'tester@example.com', issuer: 'urn:test', groups: [], ci: null };

let counter = 0;

export function sessionRecord(overrides: Partial<SessionRecord> = {}): SessionRecord {
  counter += 1;
  const identity = overrides.identity ?? IDENTITY;
  return {
    id: `session-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`,
    connection: 'ehr',
    identity,
    identityKey: identityKeyOf(identity),
    sourceIp: null,
    userAgent: 'contract-test/1',
    phase: 'initializing',
    protocolVersion: null,
    upstreamSessionId: null,
    createdBy: 'gateway-a',
    createdEpoch: 3,
    pinned: false,
    bridge: null,
    createdAt: Date.now(),
    lastActive: Date.now(),
    ...overrides,
  };
}

const LIMITS = { maxPerIdentity: 100 };

export function describeSessionStoreContract(adapter: string, open: () => Promise<StoreUnderTest>): void {
  describe(`SessionStore contract: ${adapter}`, () => {
    const fresh = freshEachTest(open);

    it('keeps a record exactly as created, and another gateway reads it', async () => {
      const { store, peer } = await fresh();
      const record = sessionRecord({
        identity: {
          ...IDENTITY,
          groups: [],
          ci: {
            provider: 'github-actions',
            repository: 'org/repo',
            ref: null,
            workflow: null,
            runId: '7',
            actor: null,
          },
        },
        sourceIp: '192.0.2.10',
        pinned: true,
        bridge: {
          clientCapabilities: { roots: {} },
          clientInfo: { name: 'c', version: '1' },
          logLevel: null,
        },
      });
      await store.create(record, LIMITS);
      expect(await store.get(record.id)).toEqual(record);
      expect(await peer.get(record.id)).toEqual(record);
      expect(await store.get('no-such-session')).toBeNull();
    });

    it('applies a patch, and only in an allowed phase', async () => {
      const { store, peer } = await fresh();
      const record = sessionRecord();
      await store.create(record, LIMITS);
      const established = await peer.update(
        record.id,
        { phase: 'established', protocolVersion: '2025-06-18', upstreamSessionId: 'up-1' },
        ['initializing'],
      );
      expect(established).toEqual({
        ...record,
        phase: 'established',
        protocolVersion: '2025-06-18',
        upstreamSessionId: 'up-1',
      });
      expect(await store.update(record.id, { phase: 'ending' }, ['initializing'])).toBeNull();
      expect(await store.get(record.id)).toEqual(established);
      expect(await store.update(record.id, { upstreamSessionId: null })).toMatchObject({
        upstreamSessionId: null,
      });
      expect(await store.update('no-such-session', { phase: 'ending' })).toBeNull();
      const bridge = { clientCapabilities: {}, clientInfo: null, logLevel: 'debug' };
      expect(await store.update(record.id, { bridge })).toMatchObject({ bridge });
      expect(await peer.get(record.id)).toMatchObject({ bridge, upstreamSessionId: null });
    });

    it('lets exactly one of many concurrent claims end a session', async () => {
      const { store, peer } = await fresh();
      const record = sessionRecord({ phase: 'established' });
      await store.create(record, LIMITS);
      const claims = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 === 0 ? store : peer).update(record.id, { phase: 'ending' }, [
            'initializing',
            'established',
          ]),
        ),
      );
      expect(claims.filter((c) => c !== null)).toHaveLength(1);
    });

    it('caps open sessions per identity and frees a place on remove', async () => {
      const { store, peer } = await fresh();
      const other: Identity = { ...IDENTITY, subject: 'other@example.com' };
      const first = sessionRecord();
      await store.create(first, { maxPerIdentity: 2 });
      await peer.create(sessionRecord(), { maxPerIdentity: 2 });
      await expect(store.create(sessionRecord(), { maxPerIdentity: 2 })).rejects.toBeInstanceOf(
        SessionCapError,
      );
      await store.create(sessionRecord({ identity: other, identityKey: identityKeyOf(other) }), {
        maxPerIdentity: 2,
      });
      expect(await peer.countFor(identityKeyOf(IDENTITY))).toBe(2);
      await peer.remove(first.id);
      expect(await store.countFor(identityKeyOf(IDENTITY))).toBe(1);
      await store.create(sessionRecord(), { maxPerIdentity: 2 });
      expect(await store.get(first.id)).toBeNull();
    });

    it('lists sessions idle since before a time, up to a limit; touch makes one active again', async () => {
      const { store, peer } = await fresh();
      const base = Date.now();
      const old = [sessionRecord({ lastActive: base - 5_000 }), sessionRecord({ lastActive: base - 4_000 })];
      const recent = sessionRecord({ lastActive: base });
      for (const record of [...old, recent]) await store.create(record, LIMITS);
      const idle = await peer.listIdle(base - 1_000, 10);
      expect(idle.map((r) => r.id).sort()).toEqual(old.map((r) => r.id).sort());
      expect(await store.listIdle(base - 1_000, 1)).toHaveLength(1);
      await store.touch(old[0]?.id as string, base + 1);
      expect((await peer.get(old[0]?.id as string))?.lastActive).toBe(base + 1);
      expect((await store.listIdle(base - 1_000, 10)).map((r) => r.id)).toEqual([old[1]?.id]);
      expect(await store.listIdle(Number.POSITIVE_INFINITY, 10)).toHaveLength(3);
    });

    it('hands out gap-free, never repeated seqs, also to two gateways at once', async () => {
      const { store, peer } = await fresh();
      const record = sessionRecord();
      await store.create(record, LIMITS);
      expect(await store.reserveSeq(record.id, 1)).toBe(0);
      expect(await peer.reserveSeq(record.id, 3)).toBe(1);
      const firsts = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? store : peer).reserveSeq(record.id, 2)),
      );
      const taken = firsts.flatMap((first) => [first, first + 1]).sort((a, b) => a - b);
      expect(taken).toEqual(Array.from({ length: 40 }, (_, i) => i + 4));
    });

    it('gives a reservation back only while it is the latest one', async () => {
      const { store, peer } = await fresh();
      const record = sessionRecord();
      await store.create(record, LIMITS);
      const a = await store.reserveSeq(record.id, 2);
      const b = await peer.reserveSeq(record.id, 1);
      expect(await store.releaseSeq(record.id, a, 2)).toBe(false);
      expect(await peer.releaseSeq(record.id, b, 1)).toBe(true);
      expect(await store.reserveSeq(record.id, 1)).toBe(2);
    });

    it('forgets the seq counter with the session', async () => {
      const { store } = await fresh();
      const record = sessionRecord();
      await store.create(record, LIMITS);
      await store.reserveSeq(record.id, 5);
      await store.remove(record.id);
      expect(await store.get(record.id)).toBeNull();
      expect(await store.listIdle(Number.POSITIVE_INFINITY, 10)).toEqual([]);
      expect(await store.reserveSeq(record.id, 1)).toBe(0);
    });

    it("delivers a mailbox message to the gateway it names, from another gateway's handle", async () => {
      const { store, peer } = await fresh();
      const holder = `gateway-${Math.random().toString(36).slice(2)}`;
      expect(await peer.sendToGateway(holder, 'nobody listens yet')).toBe(0);
      const received: string[] = [];
      const stop = await store.receiveAsGateway(holder, (message) => received.push(message));
      expect(await peer.sendToGateway(holder, '{"kind":"synthetic"}')).toBe(1);
      expect(await peer.sendToGateway(`${holder}-other`, 'not for it')).toBe(0);
      await vi.waitFor(() => expect(received).toEqual(['{"kind":"synthetic"}']));
      stop();
      await peer.sendToGateway(holder, 'after it stopped');
      await new Promise((r) => setTimeout(r, 50));
      expect(received).toEqual(['{"kind":"synthetic"}']);
    });
  });
}
