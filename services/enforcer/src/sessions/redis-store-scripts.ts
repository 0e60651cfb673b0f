/**
 * Lua scripts of the Redis session store: each runs atomically on the server, so gateways
 * sharing a Redis never see half an update. Keys (P = the deployment's prefix):
 *   P:s:<id>        hash: `static` (JSON of the fields that never change), `identityKey`,
 *                   `phase`, `protocolVersion`, `upstreamSessionId` and `bridge` (JSON),
 *                   `lastActive` (ms)
 *   P:seq:<id>      the session's next free `seq` (INCRBY)
 *   P:idle          sorted set: session id → lastActive
 *   P:who:<ident>   sorted set per identity: session id → lastActive (the per-identity cap)
 * Every key of a session expires after the idle TTL unless the session is used. The
 * per-identity key is derived inside the scripts, so the store expects one Redis, not a cluster.
 */

/** KEYS: record, idle, who. ARGV: id, lastActive, ttlMs, maxPerIdentity, staleBefore, field, value, … */
export const CREATE = `
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. ARGV[5])
if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[4]) then return 0 end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], unpack(ARGV, 6))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
redis.call('PEXPIRE', KEYS[3], ARGV[3])
return 1
`;

/**
 * KEYS: record. ARGV: allowed phases (comma-separated, '' = any), ttlMs, field, value, …
 * Returns the whole hash after the update, or false (missing, or in another phase).
 */
export const UPDATE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
if ARGV[1] ~= '' then
  local phase = redis.call('HGET', KEYS[1], 'phase')
  if not string.find(',' .. ARGV[1] .. ',', ',' .. phase .. ',', 1, true) then return false end
end
if #ARGV > 2 then redis.call('HSET', KEYS[1], unpack(ARGV, 3)) end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return redis.call('HGETALL', KEYS[1])
`;

/** KEYS: record, idle, seq. ARGV: id, lastActive, ttlMs, who-key prefix. */
export const TOUCH = `
local identityKey = redis.call('HGET', KEYS[1], 'identityKey')
if not identityKey then return 0 end
redis.call('HSET', KEYS[1], 'lastActive', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PEXPIRE', KEYS[3], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
local who = ARGV[4] .. identityKey
redis.call('ZADD', who, ARGV[2], ARGV[1])
redis.call('PEXPIRE', who, ARGV[3])
return 1
`;

/** KEYS: record, idle, seq. ARGV: id, who-key prefix. */
export const REMOVE = `
local identityKey = redis.call('HGET', KEYS[1], 'identityKey')
redis.call('DEL', KEYS[1], KEYS[3])
redis.call('ZREM', KEYS[2], ARGV[1])
if identityKey then redis.call('ZREM', ARGV[2] .. identityKey, ARGV[1]) end
return 1
`;

/** KEYS: seq. ARGV: count, ttlMs. Returns the first reserved seq. */
export const RESERVE_SEQ = `
local next = redis.call('INCRBY', KEYS[1], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return next - tonumber(ARGV[1])
`;

/** KEYS: seq. ARGV: first, count. Gives the range back only while it is the latest reservation. */
export const RELEASE_SEQ = `
local next = tonumber(redis.call('GET', KEYS[1]) or '0')
if next ~= tonumber(ARGV[1]) + tonumber(ARGV[2]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'KEEPTTL')
return 1
`;

/** KEYS: who. ARGV: staleBefore. An identity's sessions that have not expired. */
export const COUNT_FOR = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
return redis.call('ZCARD', KEYS[1])
`;
