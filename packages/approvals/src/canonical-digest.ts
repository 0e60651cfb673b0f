import { createHmac, createSecretKey, hkdfSync, type KeyObject, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ApprovalStoreUnavailableError } from './errors';

/**
 * Canonical JSON (object keys sorted by code unit, no insignificant whitespace, as RFC 8785
 * orders them) and its keyed digest. An approval binds to this digest of the clear arguments,
 * so a call whose arguments differ in any value is a different call, whatever the key order.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The keyed digest of a call's canonical arguments: hex HMAC-SHA256. */
export type ArgumentsDigest = (args: unknown) => string;

const DIGEST_INFO = Buffer.from('proctor.approvals.arguments-digest.v1');
let processKey: KeyObject | undefined;

/**
 * HMAC-SHA256 of the canonical arguments, keyed like the payload digests (a key derived by HKDF
 * for this one use): the digest travels in approval events and stores, and a plain SHA-256 of
 * a short value (an SSN, an MRN) is found by hashing every candidate. Keyed from `secret`,
 * which every gateway and the approval API share (`keys.argumentsDigestSecret`); without one,
 * from a random key of this process — equal digests only within it.
 */
export function argumentsDigester(secret?: string): ArgumentsDigest {
  let key: KeyObject;
  if (secret !== undefined) key = digestKey(Buffer.from(secret, 'utf8'));
  else {
    processKey ??= digestKey(randomBytes(32));
    key = processKey;
  }
  return (args) =>
    createHmac('sha256', key)
      .update(canonicalJson(args ?? {}))
      .digest('hex');
}

function digestKey(secret: Buffer): KeyObject {
  return createSecretKey(Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), DIGEST_INFO, 32)));
}

/**
 * The digest secret every process of a deployment shares when none is configured: created once
 * (random, SET NX) in the approvals' Redis and read by every gateway and the approval API, so
 * their digests agree. It keeps the digests opaque to whoever reads the audit trail; a
 * configured `keys.argumentsDigestSecret` also keeps them from whoever reads Redis.
 */
export async function sharedArgumentsDigestSecret(
  redis: Pick<Redis, 'set' | 'get'>,
  prefix: string,
): Promise<string> {
  const key = `${prefix}:arguments-digest-secret`;
  await redis.set(key, randomBytes(32).toString('base64url'), 'NX');
  const secret = await redis.get(key);
  if (secret === null) throw new ApprovalStoreUnavailableError(new Error('the shared digest secret is gone'));
  return secret;
}
