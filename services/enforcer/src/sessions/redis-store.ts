import { ProctorError } from '@proctor/errors';
import { Redis } from 'ioredis';
import { EnvelopeSealer } from './envelope-sealer';
import {
  SessionCapError,
  type SessionPatch,
  type SessionPhase,
  type SessionRecord,
  type SessionStore,
} from './port';
import { COUNT_FOR, CREATE, RELEASE_SEQ, REMOVE, RESERVE_SEQ, TOUCH, UPDATE } from './redis-store-scripts';
import { RedisTaskOrigins } from './redis-task-origins';
import type { TaskOriginStore } from './task-origins';

export interface RedisSessionStoreOptions {
  redisUrl: string;
  /** Prefix of every key: one per deployment sharing the Redis. */
  keyPrefix: string;
  /** A session nobody used for this long disappears from Redis (the idle sweep ends it before). */
  idleTtlMs: number;
  /** Clock, for lastActive of new records and stale entries (tests). */
  now?: () => number;
  /**
   * Seals a bridged session's envelope (client text) at rest: every gateway sharing the Redis
   * needs the same secrets. Absent: a key of this store's own, so only this store opens them.
   */
  envelopeSealer?: EnvelopeSealer;
}

export class SessionStoreUnavailableError extends ProctorError<'SESSION_STORE_UNAVAILABLE'> {
  constructor(message: string, cause?: unknown) {
    super(message, { code: 'SESSION_STORE_UNAVAILABLE', httpStatus: 503, retryable: true, cause });
  }
}

type Scripts = {
  [K in 'psCreate' | 'psUpdate' | 'psTouch' | 'psRemove' | 'psReserveSeq' | 'psReleaseSeq' | 'psCountFor']: (
    ...args: (string | number)[]
  ) => Promise<unknown>;
};

/** Fields that never change after create: stored as one JSON value, never parsed by Redis. */
type StaticFields = Omit<
  SessionRecord,
  'phase' | 'protocolVersion' | 'upstreamSessionId' | 'lastActive' | 'bridge'
>;

/**
 * The session store of several gateways: records in Redis, so a session's requests may land on
 * any gateway and survive one gateway's restart. Every change is one Lua script (atomic across
 * gateways); sequence numbers are INCRBY on a per-session counter, so two gateways never hand
 * out the same `seq`. Idle sessions expire after the TTL.
 */
export class RedisSessionStore implements SessionStore {
  private readonly redis: Redis & Scripts;
  private readonly now: () => number;
  private readonly sealer: EnvelopeSealer;
  /** Mailbox channel → its listeners in this process. */
  private readonly mailboxes = new Map<string, Set<(message: string) => void>>();
  private subscription: Redis | undefined;

  constructor(private readonly options: RedisSessionStoreOptions) {
    this.now = options.now ?? Date.now;
    this.sealer = options.envelopeSealer ?? EnvelopeSealer.ofRandomKey();
    const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true });
    // Failures reach callers as rejected commands; this only keeps ioredis from printing them.
    redis.on('error', () => undefined);
    redis.defineCommand('psCreate', { numberOfKeys: 3, lua: CREATE });
    redis.defineCommand('psUpdate', { numberOfKeys: 1, lua: UPDATE });
    redis.defineCommand('psTouch', { numberOfKeys: 3, lua: TOUCH });
    redis.defineCommand('psRemove', { numberOfKeys: 3, lua: REMOVE });
    redis.defineCommand('psReserveSeq', { numberOfKeys: 1, lua: RESERVE_SEQ });
    redis.defineCommand('psReleaseSeq', { numberOfKeys: 1, lua: RELEASE_SEQ });
    redis.defineCommand('psCountFor', { numberOfKeys: 1, lua: COUNT_FOR });
    this.redis = redis as Redis & Scripts;
  }

  async create(record: SessionRecord, limits: { maxPerIdentity: number }): Promise<void> {
    const created = await this.call(() =>
      this.redis.psCreate(
        this.key('s', record.id),
        this.idleKey,
        this.whoKey(record.identityKey),
        record.id,
        record.lastActive,
        this.options.idleTtlMs,
        limits.maxPerIdentity,
        this.now() - this.options.idleTtlMs,
        ...encode(record, this.sealer),
      ),
    );
    if (created !== 1) throw new SessionCapError(limits.maxPerIdentity);
  }

  async get(id: string): Promise<SessionRecord | null> {
    const hash = await this.call(() => this.redis.hgetall(this.key('s', id)));
    return decode(hash, this.sealer);
  }

  async update(
    id: string,
    patch: SessionPatch,
    ifPhaseIn?: readonly SessionPhase[],
  ): Promise<SessionRecord | null> {
    const fields = encodePatch(patch, id, this.sealer);
    const flat = await this.call(() =>
      this.redis.psUpdate(this.key('s', id), (ifPhaseIn ?? []).join(','), this.options.idleTtlMs, ...fields),
    );
    return Array.isArray(flat) ? decode(pairs(flat as string[]), this.sealer) : null;
  }

  async touch(id: string, now: number): Promise<void> {
    await this.call(() =>
      this.redis.psTouch(
        this.key('s', id),
        this.idleKey,
        this.key('seq', id),
        id,
        now,
        this.options.idleTtlMs,
        this.key('who', ''),
      ),
    );
  }

  async remove(id: string): Promise<void> {
    await this.call(() =>
      this.redis.psRemove(this.key('s', id), this.idleKey, this.key('seq', id), id, this.key('who', '')),
    );
  }

  async listIdle(before: number, limit: number): Promise<SessionRecord[]> {
    const max = Number.isFinite(before) ? `(${before}` : '+inf';
    const ids = await this.call(() => this.redis.zrangebyscore(this.idleKey, '-inf', max, 'LIMIT', 0, limit));
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.key('s', id));
    const results = (await this.call(() => pipeline.exec())) ?? [];
    const records: SessionRecord[] = [];
    const expired: string[] = [];
    results.forEach(([err, hash], i) => {
      const record = err ? null : decode(hash as Record<string, string>, this.sealer);
      if (record) records.push(record);
      else if (!err) expired.push(ids[i] as string);
    });
    // Sessions whose keys expired leave their index entries behind: drop them.
    if (expired.length > 0) await this.call(() => this.redis.zrem(this.idleKey, ...expired));
    return records;
  }

  async countFor(identityKey: string): Promise<number> {
    const stale = this.now() - this.options.idleTtlMs;
    return Number(await this.call(() => this.redis.psCountFor(this.whoKey(identityKey), stale)));
  }

  async reserveSeq(id: string, count: number): Promise<number> {
    return Number(
      await this.call(() => this.redis.psReserveSeq(this.key('seq', id), count, this.options.idleTtlMs)),
    );
  }

  async releaseSeq(id: string, first: number, count: number): Promise<boolean> {
    return (await this.call(() => this.redis.psReleaseSeq(this.key('seq', id), first, count))) === 1;
  }

  async sendToGateway(gatewayId: string, message: string): Promise<number> {
    return this.call(() => this.redis.publish(this.mailboxChannel(gatewayId), message));
  }

  async receiveAsGateway(gatewayId: string, onMessage: (message: string) => void): Promise<() => void> {
    const channel = this.mailboxChannel(gatewayId);
    let listeners = this.mailboxes.get(channel);
    if (!listeners) {
      listeners = new Set();
      this.mailboxes.set(channel, listeners);
      const subscriber = this.subscriber();
      await this.call(() => subscriber.subscribe(channel));
    }
    listeners.add(onMessage);
    const registered = listeners;
    return () => registered.delete(onMessage);
  }

  /** Task origins in the same Redis, under the same prefix, sealed with the same secrets. */
  taskOrigins(): TaskOriginStore {
    return new RedisTaskOrigins({
      redis: this.redis,
      keyPrefix: this.options.keyPrefix,
      sealer: this.sealer,
      call: (run) => this.call(run),
    });
  }

  async close(): Promise<void> {
    this.subscription?.disconnect();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  /** The connection in subscriber mode, opened at the first mailbox a gateway listens to. */
  private subscriber(): Redis {
    if (this.subscription) return this.subscription;
    const subscription = new Redis(this.options.redisUrl, { maxRetriesPerRequest: 2 });
    subscription.on('error', () => undefined);
    subscription.on('message', (channel: string, message: string) => {
      for (const listener of this.mailboxes.get(channel) ?? []) listener(message);
    });
    this.subscription = subscription;
    return subscription;
  }

  private mailboxChannel(gatewayId: string): string {
    return `${this.options.keyPrefix}:gw:${gatewayId}`;
  }

  private get idleKey(): string {
    return `${this.options.keyPrefix}:idle`;
  }

  private whoKey(identityKey: string): string {
    return this.key('who', identityKey);
  }

  private key(kind: 's' | 'seq' | 'who', id: string): string {
    return `${this.options.keyPrefix}:${kind}:${id}`;
  }

  /** Redis errors become one typed error; its message names no key (keys hold identities). */
  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw new SessionStoreUnavailableError('the session store (Redis) is unavailable', err);
    }
  }
}

function encode(record: SessionRecord, sealer: EnvelopeSealer): string[] {
  const { phase, protocolVersion, upstreamSessionId, lastActive, bridge, ...fixed } = record;
  const statics: StaticFields = fixed;
  return [
    'static',
    JSON.stringify(statics),
    'identityKey',
    record.identityKey,
    ...encodePatch({ phase, protocolVersion, upstreamSessionId, lastActive, bridge }, record.id, sealer),
  ];
}

function encodePatch(patch: SessionPatch, id: string, sealer: EnvelopeSealer): string[] {
  const fields: string[] = [];
  if (patch.phase !== undefined) fields.push('phase', patch.phase);
  if (patch.protocolVersion !== undefined)
    fields.push('protocolVersion', sealedUnlessRevision(patch.protocolVersion, id, sealer));
  if (patch.upstreamSessionId !== undefined)
    fields.push('upstreamSessionId', JSON.stringify(patch.upstreamSessionId));
  if (patch.lastActive !== undefined) fields.push('lastActive', String(patch.lastActive));
  // A bridged session's envelope is the client's own text (clientInfo, capabilities, resource
  // URIs): it rests in Redis sealed, never in clear.
  if (patch.bridge !== undefined)
    fields.push('bridge', patch.bridge === null ? 'null' : sealer.seal(JSON.stringify(patch.bridge), id));
  return fields;
}

function decode(hash: Record<string, string>, sealer: EnvelopeSealer): SessionRecord | null {
  if (hash.static === undefined || hash.phase === undefined) return null;
  const statics = JSON.parse(hash.static) as StaticFields;
  return {
    ...statics,
    // Records written before sessions could be pinned are served by any gateway.
    pinned: statics.pinned === true,
    phase: hash.phase as SessionPhase,
    protocolVersion: openedVersion(hash.protocolVersion, statics.id, sealer),
    upstreamSessionId: JSON.parse(hash.upstreamSessionId ?? 'null') as string | null,
    lastActive: Number(hash.lastActive),
    bridge: openBridge(hash.bridge, statics.id, sealer),
  };
}

/** A protocol revision (`2025-06-18`) is a constant; anything else a client asked for is its own text. */
const REVISION = /^\d{4}-\d{2}-\d{2}$/;

/** The revision a session speaks, or (before it is negotiated) what the client asked for, sealed. */
function sealedUnlessRevision(version: string | null, id: string, sealer: EnvelopeSealer): string {
  const text = JSON.stringify(version);
  return version === null || REVISION.test(version) ? text : sealer.seal(text, id);
}

function openedVersion(value: string | undefined, id: string, sealer: EnvelopeSealer): string | null {
  if (value === undefined) return null;
  const text = value.startsWith('"') || value === 'null' ? value : sealer.open(value, id);
  return text === null ? null : (JSON.parse(text) as string | null);
}

/**
 * A bridged session's envelope, opened; null without one, or when no key of this gateway opens
 * it (sealed by a gateway with other secrets): the session then cannot be served here and its
 * client is told to initialize again (404), as for a session the gateway does not know.
 */
function openBridge(value: string | undefined, id: string, sealer: EnvelopeSealer): SessionRecord['bridge'] {
  if (value === undefined || value === 'null') return null;
  const text = sealer.open(value, id);
  return text === null ? null : (JSON.parse(text) as SessionRecord['bridge']);
}

function pairs(flat: string[]): Record<string, string> {
  const hash: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) hash[flat[i] as string] = flat[i + 1] as string;
  return hash;
}
