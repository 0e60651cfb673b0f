import { describe, expect, it } from 'vitest';
import { EnvelopeSealer } from './envelope-sealer';
import { MemorySessionStore } from './memory-store';
import { identityKeyOf } from './port';
import { RedisSessionStore, SessionStoreUnavailableError } from './redis-store';
import { useRedisTestSpace } from './redis-test-space';
import { describeSessionStoreContract, sessionRecord } from './session-store.contract';

const redis = useRedisTestSpace('the Redis session store tests', 'proctor-test-sessions');
const redisUrl = redis.redisUrl;
const isolatedPrefix = (): string => redis.isolatedPrefix();

/** The secrets every gateway of one deployment shares (enforcer.stateless.requestStateKeys). */
const SHARED_SECRETS = [Buffer.from('s'.repeat(32))];

function redisStore(
  keyPrefix: string,
  idleTtlMs = 60_000,
  envelopeSealer = new EnvelopeSealer(SHARED_SECRETS),
): RedisSessionStore {
  return new RedisSessionStore({ redisUrl, keyPrefix, idleTtlMs, envelopeSealer });
}

describeSessionStoreContract('memory', async () => {
  const store = new MemorySessionStore();
  return { store, peer: store, close: () => store.close() };
});

describeSessionStoreContract('redis', async () => {
  const prefix = isolatedPrefix();
  const store = redisStore(prefix);
  const peer = redisStore(prefix);
  return { store, peer, close: async () => void (await Promise.all([store.close(), peer.close()])) };
});

describe('RedisSessionStore', () => {
  it('keeps deployments with different key prefixes apart', async () => {
    const a = redisStore(isolatedPrefix());
    const b = redisStore(isolatedPrefix());
    try {
      const record = sessionRecord();
      await a.create(record, { maxPerIdentity: 1 });
      expect(await b.get(record.id)).toBeNull();
      await b.create(sessionRecord(), { maxPerIdentity: 1 });
      expect(await b.countFor(record.identityKey)).toBe(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("keeps a bridged session's client text sealed at rest, opened only by gateways with the same secrets", async () => {
    const prefix = isolatedPrefix();
    const store = redisStore(prefix);
    const rotated = redisStore(
      prefix,
      60_000,
      new EnvelopeSealer([...SHARED_SECRETS, Buffer.from('n'.repeat(32))]),
    );
    const stranger = redisStore(prefix, 60_000, new EnvelopeSealer([Buffer.from('x'.repeat(32))]));
    try {
      const bridge = {
        clientCapabilities: { experimental: { note: 'chart of Jane Roe' } },
        clientInfo: { name: 'Jane Roe MRN-884213', version: '1.0' },
        logLevel: null,
        resourceListens: { 'ehr://patients/MRN-884213': 'gateway-a' },
      };
      const record = sessionRecord({ bridge });
      const other = sessionRecord();
      await store.create(record, { maxPerIdentity: 5 });
      await store.create(other, { maxPerIdentity: 5 });
      const raw = JSON.stringify(await redis.admin().hgetall(`${prefix}:s:${record.id}`));
      for (const clear of ['Jane Roe', 'MRN-884213', 'experimental']) expect(raw).not.toContain(clear);
      expect((await store.get(record.id))?.bridge).toEqual(bridge);
      // The first secret seals, every one opens: a gateway given the next secret beside it (a
      // rotation under way) reads and writes what the others read.
      expect((await rotated.get(record.id))?.bridge).toEqual(bridge);
      const patched = { ...bridge, logLevel: 'debug' };
      await rotated.update(record.id, { bridge: patched });
      expect((await store.get(record.id))?.bridge).toEqual(patched);
      // Without the secrets the envelope is unreadable: the session is not served (404 upstream of here).
      expect(await stranger.get(record.id)).toMatchObject({ id: record.id, bridge: null });
      // A sealed envelope moved to another session's record opens for none.
      const sealed = await redis.admin().hget(`${prefix}:s:${record.id}`, 'bridge');
      await redis.admin().hset(`${prefix}:s:${other.id}`, 'bridge', sealed as string);
      expect((await store.get(other.id))?.bridge).toBeNull();
    } finally {
      await Promise.all([store.close(), rotated.close(), stranger.close()]);
    }
  });

  it('keeps a protocol version a client asked for sealed unless it is a revision', async () => {
    const prefix = isolatedPrefix();
    const store = redisStore(prefix);
    try {
      const asked = sessionRecord({ protocolVersion: 'Jane Roe 219-09-9999' });
      const revision = sessionRecord({ protocolVersion: '2025-11-25' });
      await store.create(asked, { maxPerIdentity: 5 });
      await store.create(revision, { maxPerIdentity: 5 });
      expect(JSON.stringify(await redis.admin().hgetall(`${prefix}:s:${asked.id}`))).not.toContain(
        'Jane Roe',
      );
      expect(await redis.admin().hget(`${prefix}:s:${revision.id}`, 'protocolVersion')).toBe('"2025-11-25"');
      expect((await store.get(asked.id))?.protocolVersion).toBe('Jane Roe 219-09-9999');
      expect((await store.update(asked.id, { protocolVersion: 'Patient MRN-884213' }))?.protocolVersion).toBe(
        'Patient MRN-884213',
      );
      expect(JSON.stringify(await redis.admin().hgetall(`${prefix}:s:${asked.id}`))).not.toContain(
        'MRN-884213',
      );
    } finally {
      await store.close();
    }
  });

  it('lets an idle session expire after its TTL, with its place under the cap', async () => {
    const store = redisStore(isolatedPrefix(), 300);
    try {
      const record = sessionRecord({ lastActive: Date.now() });
      await store.create(record, { maxPerIdentity: 1 });
      await store.reserveSeq(record.id, 1);
      const deadline = Date.now() + 5_000;
      while ((await store.get(record.id)) !== null && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await store.get(record.id)).toBeNull();
      expect(await store.countFor(identityKeyOf(record.identity))).toBe(0);
      expect(await store.listIdle(Number.POSITIVE_INFINITY, 10)).toEqual([]);
      await store.create(sessionRecord({ lastActive: Date.now() }), { maxPerIdentity: 1 });
    } finally {
      await store.close();
    }
  });

  it('keeps a used session alive past the TTL', async () => {
    const store = redisStore(isolatedPrefix(), 400);
    try {
      const record = sessionRecord({ lastActive: Date.now() });
      await store.create(record, { maxPerIdentity: 5 });
      for (let i = 0; i < 6; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 150));
        await store.touch(record.id, Date.now());
      }
      expect(await store.get(record.id)).not.toBeNull();
    } finally {
      await store.close();
    }
  });

  it('reports an unreachable Redis with a typed error that names no key', async () => {
    const store = new RedisSessionStore({
      redisUrl: 'redis://127.0.0.1:1',
      keyPrefix: isolatedPrefix(),
      idleTtlMs: 1_000,
    });
    try {
      const failure = await store.get('some-session').catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(SessionStoreUnavailableError);
      expect((failure as Error).message).not.toContain('some-session');
    } finally {
      await store.close();
    }
  });
});
