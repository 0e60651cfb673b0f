/**
 * The approval store on Redis, shared by every gateway and API process of a deployment. Each
 * record is one JSON value; tenants have a sorted-set index by creation time. Updates use
 * WATCH/MULTI, so concurrent deciders serialise: the loser re-reads and re-applies its change
 * (which then usually fails, e.g. "already decided").
 */
import type { Redis } from 'ioredis';
import { ApprovalError, ApprovalStoreUnavailableError } from './errors';
import type { ApprovalRequest, Grant } from './model';
import type { ApprovalStore, GrantFilter, RequestFilter, StandingApproval } from './store-port';

export interface RedisApprovalStoreOptions {
  redis: Redis;
  /** Key prefix: deployments (and tests) sharing one Redis stay apart. */
  prefix: string;
  /** How long decided requests and ended grants stay in Redis (the audit log keeps them for good). */
  keepMs?: number;
}

const MAX_UPDATE_ATTEMPTS = 20;

/** The caller's change threw: its error is passed on as it is, not as a store failure. */
class ChangeRefused {
  constructor(readonly reason: unknown) {}
}
const DEFAULT_KEEP_MS = 30 * 86_400_000;

export function createRedisApprovalStore(options: RedisApprovalStoreOptions): ApprovalStore {
  const { redis, prefix } = options;
  const keepMs = options.keepMs ?? DEFAULT_KEEP_MS;
  const requestKey = (id: string) => `${prefix}:approval:${id}`;
  const requestIndex = (tenant: string) => `${prefix}:approvals:${encodeURIComponent(tenant)}`;
  const grantKey = (id: string) => `${prefix}:grant:${id}`;
  const grantIndex = (tenant: string) => `${prefix}:grants:${encodeURIComponent(tenant)}`;
  const standingKeyOf = (key: string) => `${prefix}:standing:${key}`;

  async function call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (err) {
      if (err instanceof ChangeRefused) throw err.reason;
      if (err instanceof ApprovalError) throw err;
      throw new ApprovalStoreUnavailableError(err);
    }
  }

  async function readMany<T>(keys: string[]): Promise<T[]> {
    if (keys.length === 0) return [];
    const values = await redis.mget(...keys);
    return values.filter((v): v is string => v !== null).map((v) => JSON.parse(v) as T);
  }

  // WATCH belongs to the connection: updates on this connection run one at a time, and WATCH
  // guards against writers on other connections (other processes).
  let updating: Promise<unknown> = Promise.resolve();
  function update<T>(
    key: string,
    notFound: () => ApprovalError,
    change: (current: T) => T,
    ttlOf: (value: T) => number,
  ): Promise<T> {
    const run = updating.then(() => watchedUpdate(key, notFound, change, ttlOf));
    updating = run.catch(() => undefined);
    return run;
  }

  async function watchedUpdate<T>(
    key: string,
    notFound: () => ApprovalError,
    change: (current: T) => T,
    ttlOf: (value: T) => number,
  ): Promise<T> {
    for (let attempt = 0; attempt < MAX_UPDATE_ATTEMPTS; attempt++) {
      await redis.watch(key);
      const raw = await redis.get(key);
      if (raw === null) {
        await redis.unwatch();
        throw notFound();
      }
      let next: T;
      try {
        next = change(JSON.parse(raw) as T);
      } catch (err) {
        await redis.unwatch();
        throw new ChangeRefused(err);
      }
      const result = await redis.multi().set(key, JSON.stringify(next), 'PX', ttlOf(next)).exec();
      if (result !== null) return next;
    }
    throw new ApprovalStoreUnavailableError(new Error('too many concurrent updates'));
  }

  const requestTtl = (r: ApprovalRequest) => Math.max(r.expiresAt - Date.now(), 0) + keepMs;
  const grantTtl = (g: Grant) => Math.max(g.expiresAt - Date.now(), 0) + keepMs;

  return {
    createRequest: (request) =>
      call(async () => {
        await redis
          .multi()
          .set(requestKey(request.id), JSON.stringify(request), 'PX', requestTtl(request))
          .zadd(requestIndex(request.tenant), request.createdAt, request.id)
          .exec();
      }),
    getRequest: (id) =>
      call(async () => {
        const raw = await redis.get(requestKey(id));
        return raw === null ? null : (JSON.parse(raw) as ApprovalRequest);
      }),
    listRequests: (filter: RequestFilter) =>
      call(async () => {
        const limit = filter.limit ?? 100;
        // Pending requests are few; read a bounded window of the newest and filter by state.
        const ids = await redis.zrevrange(requestIndex(filter.tenant), 0, Math.max(limit * 10, 1000) - 1);
        const found = await readMany<ApprovalRequest>(ids.map(requestKey));
        return found.filter((r) => !filter.states || filter.states.includes(r.state)).slice(0, limit);
      }),
    updateRequest: (id, change) =>
      call(() =>
        update(
          requestKey(id),
          () => new ApprovalError('APPROVAL_NOT_FOUND', `no approval ${id}`),
          change,
          requestTtl,
        ),
      ),
    putStanding: (key, standing: StandingApproval, now) =>
      call(async () => {
        await redis.set(
          standingKeyOf(key),
          JSON.stringify(standing),
          'PX',
          Math.max(standing.until - now, 1),
        );
      }),
    getStanding: (key, now) =>
      call(async () => {
        const raw = await redis.get(standingKeyOf(key));
        if (raw === null) return null;
        const standing = JSON.parse(raw) as StandingApproval;
        return standing.until > now ? standing : null;
      }),
    createGrant: (grant) =>
      call(async () => {
        await redis
          .multi()
          .set(grantKey(grant.id), JSON.stringify(grant), 'PX', grantTtl(grant))
          .zadd(grantIndex(grant.tenant), grant.issuedAt, grant.id)
          .exec();
      }),
    getGrant: (id) =>
      call(async () => {
        const raw = await redis.get(grantKey(id));
        return raw === null ? null : (JSON.parse(raw) as Grant);
      }),
    listGrants: (filter: GrantFilter) =>
      call(async () => {
        const limit = filter.limit ?? 100;
        const ids = await redis.zrevrange(grantIndex(filter.tenant), 0, Math.max(limit * 10, 1000) - 1);
        const found = await readMany<Grant>(ids.map(grantKey));
        return found
          .filter(
            (g) =>
              (filter.subject === undefined || g.grantee.subject === filter.subject) &&
              (filter.connection === undefined || g.connection === filter.connection),
          )
          .slice(0, limit);
      }),
    updateGrant: (id, change) =>
      call(() =>
        update(grantKey(id), () => new ApprovalError('GRANT_NOT_FOUND', `no grant ${id}`), change, grantTtl),
      ),
    async close() {},
  };
}
