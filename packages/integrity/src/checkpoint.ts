/**
 * Signed checkpoints: a statement of the chain heads (and gateway-stream positions) ingest
 * has stored, signed with Ed25519 as a compact JWS. A verifier holding only the public key
 * can then tell a chain that was cut short or rewritten after the checkpoint from the one
 * ingest stored.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  type CompactJWSHeaderParameters,
  CompactSign,
  calculateJwkThumbprint,
  compactVerify,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
} from 'jose';
import { canonicalJson, type JsonValue } from './canonical-json';
import { IntegrityError } from './errors';

export const CHECKPOINT_TYPE = 'proctor-checkpoint+jws';
const ALG = 'EdDSA';

/** Where one session's chain stood when the checkpoint was signed. */
export interface SessionHead {
  sessionId: string;
  seq: number;
  hash: string;
}

/** Highest gateway-stream position seen among the checkpoint's events. */
export interface StreamHead {
  gatewayId: string;
  epoch: number;
  streamSeq: number;
}

interface StatementBody {
  id: string;
  /** Microseconds since the Unix epoch. */
  issuedAt: number;
  /** Which ingest instance signed it. */
  issuer: string;
  /** What it covers, e.g. `proctor.audit.raw.v1/3` (one raw-topic partition). */
  scope: string;
  /** Events stored in this scope since the scope's previous checkpoint. */
  eventCount: number;
  /** Sorted by sessionId. */
  sessions: SessionHead[];
  /** Sorted by gatewayId, then epoch. */
  streams: StreamHead[];
}

/** The first statement version: heads only, not linked to the scope's other checkpoints. */
export interface CheckpointStatementV1 extends StatementBody {
  v: 1;
}

/**
 * Where a checkpoint stands in its scope's chain of checkpoints. Each scope's checkpoints
 * are numbered from 0 and each names the digest of the one before it, so a checkpoint
 * removed from the middle or the end of a scope shows as a break; and a live scope is
 * checkpointed every `everySeconds` even when nothing was stored, so a scope whose newest
 * checkpoint is old was cut (or its ingest stopped without saying so).
 */
export interface CheckpointLink {
  /** Position in the scope's chain, from 0. */
  scopeSeq: number;
  /** checkpointDigest of the scope's previous checkpoint; CHECKPOINT_GENESIS for the first. */
  prev: string;
  /** The longest the signer lets a live scope go without a checkpoint. */
  everySeconds: number;
  /**
   * The signer let the scope go (it stopped): no checkpoint need follow until an ingest
   * instance takes the scope again and continues its chain from this one.
   */
  final: boolean;
}

/** Version 2: version 1 plus the link to the scope's previous checkpoint. */
export interface CheckpointStatementV2 extends StatementBody, CheckpointLink {
  v: 2;
}

export type CheckpointStatement = CheckpointStatementV1 | CheckpointStatementV2;

/** `prev` of a scope's first checkpoint. */
export const CHECKPOINT_GENESIS = '0'.repeat(64);

/** What the next checkpoint of a scope names as `prev`: SHA-256 of the compact JWS, lower-case hex. */
export function checkpointDigest(jws: string): string {
  return createHash('sha256').update(jws, 'utf8').digest('hex');
}

export interface CheckpointKeyPair {
  /** RFC 7638 thumbprint of the public key: the `kid` of every checkpoint it signs. */
  keyId: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

export interface CheckpointSigner {
  readonly keyId: string;
  readonly publicJwk: JWK;
  /** The statement as a compact JWS (payload: its canonical JSON). */
  sign(statement: CheckpointStatement): Promise<string>;
}

export async function generateCheckpointKey(): Promise<CheckpointKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { crv: 'Ed25519', extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const keyId = await calculateJwkThumbprint(publicJwk);
  return {
    keyId,
    privateJwk: { ...(await exportJWK(privateKey)), kid: keyId, alg: ALG, use: 'sig' },
    publicJwk: { ...publicJwk, kid: keyId, alg: ALG, use: 'sig' },
  };
}

/** The public half of a private JWK, with its kid (for publishing). */
export function publicCheckpointJwk(privateJwk: JWK): JWK {
  const { kty, crv, x, kid, alg, use } = privateJwk;
  return { kty, crv, x, kid, alg, use };
}

function requireEd25519(jwk: JWK, needPrivate: boolean): void {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
    throw new IntegrityError(
      'INTEGRITY_KEY_INVALID',
      'checkpoint keys are Ed25519 JWKs (kty OKP, crv Ed25519)',
    );
  }
  if (needPrivate && typeof jwk.d !== 'string') {
    throw new IntegrityError('INTEGRITY_KEY_INVALID', 'the checkpoint signing key has no private part (d)');
  }
}

export async function createCheckpointSigner(privateJwk: JWK): Promise<CheckpointSigner> {
  requireEd25519(privateJwk, true);
  const publicJwk = publicCheckpointJwk(privateJwk);
  const keyId = privateJwk.kid ?? (await calculateJwkThumbprint(publicJwk));
  publicJwk.kid = keyId;
  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    key = await importJWK({ ...privateJwk, alg: ALG }, ALG);
  } catch (err) {
    throw new IntegrityError('INTEGRITY_KEY_INVALID', 'the checkpoint signing key cannot be imported', {
      cause: err,
    });
  }
  return {
    keyId,
    publicJwk,
    async sign(statement) {
      const header: CompactJWSHeaderParameters = { alg: ALG, kid: keyId, typ: CHECKPOINT_TYPE };
      const payload = new TextEncoder().encode(canonicalJson(statement as unknown as JsonValue));
      return new CompactSign(payload).setProtectedHeader(header).sign(key);
    },
  };
}

export interface NewCheckpoint {
  issuer: string;
  scope: string;
  eventCount: number;
  sessions: Iterable<SessionHead>;
  streams: Iterable<StreamHead>;
  /** Microseconds since the Unix epoch. */
  issuedAt: number;
  id?: string;
  /** Its place in the scope's chain (a version 2 statement); without it, a version 1 statement. */
  link?: CheckpointLink;
}

/** A statement with its lists in canonical order. */
export function buildCheckpoint(input: NewCheckpoint & { link: CheckpointLink }): CheckpointStatementV2;
export function buildCheckpoint(input: NewCheckpoint): CheckpointStatement;
export function buildCheckpoint(input: NewCheckpoint): CheckpointStatement {
  const body = {
    id: input.id ?? randomUUID(),
    issuedAt: input.issuedAt,
    issuer: input.issuer,
    scope: input.scope,
    eventCount: input.eventCount,
    sessions: [...input.sessions].sort((a, b) => compare(a.sessionId, b.sessionId)),
    streams: [...input.streams].sort((a, b) => compare(a.gatewayId, b.gatewayId) || a.epoch - b.epoch),
  };
  if (input.link === undefined) return { v: 1, ...body };
  const { scopeSeq, prev, everySeconds, final } = input.link;
  return { v: 2, ...body, scopeSeq, prev, everySeconds, final };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Checks a checkpoint's signature against the published keys (matched by kid) and returns
 * its statement. Throws IntegrityError when the key is unknown, the signature does not
 * verify, or the payload is not a checkpoint statement.
 */
export async function verifyCheckpoint(
  jws: string,
  publicKeys: readonly JWK[],
): Promise<CheckpointStatement> {
  let kid: string | undefined;
  try {
    const header = decodeProtectedHeader(jws);
    kid = header.kid;
    if (header.alg !== ALG || header.typ !== CHECKPOINT_TYPE) throw new Error('not a checkpoint header');
  } catch (err) {
    throw new IntegrityError('INTEGRITY_CHECKPOINT_INVALID', 'not a checkpoint JWS', { cause: err });
  }
  const jwk = publicKeys.find((k) => k.kid === kid);
  if (jwk === undefined) {
    throw new IntegrityError(
      'INTEGRITY_CHECKPOINT_INVALID',
      `checkpoint signed by unknown key ${kid}: neither the current nor a retired published key`,
    );
  }
  requireEd25519(jwk, false);
  let payload: Uint8Array;
  try {
    const key = await importJWK({ ...publicCheckpointJwk(jwk), alg: ALG }, ALG);
    payload = (await compactVerify(jws, key, { algorithms: [ALG] })).payload;
  } catch (err) {
    throw new IntegrityError('INTEGRITY_CHECKPOINT_INVALID', 'checkpoint signature does not verify', {
      cause: err,
    });
  }
  return parseStatement(new TextDecoder().decode(payload));
}

/**
 * The statement of a checkpoint without checking its signature: for its signer's own
 * bookkeeping (continuing a scope's chain from the stored checkpoints), never for verifying.
 */
export function readCheckpointStatement(jws: string): CheckpointStatement {
  const payload = jws.split('.')[1];
  if (payload === undefined) throw new IntegrityError('INTEGRITY_CHECKPOINT_INVALID', 'not a checkpoint JWS');
  return parseStatement(Buffer.from(payload, 'base64url').toString('utf8'));
}

/** The kid a checkpoint names in its header (no signature check), or undefined if it has none. */
export function checkpointKeyId(jws: string): string | undefined {
  try {
    return decodeProtectedHeader(jws).kid;
  } catch {
    return undefined;
  }
}

function parseStatement(text: string): CheckpointStatement {
  const invalid = (what: string) =>
    new IntegrityError('INTEGRITY_CHECKPOINT_INVALID', `checkpoint payload: ${what}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid('not JSON');
  }
  const s = value as Partial<CheckpointStatementV1 | CheckpointStatementV2>;
  if (s === null || typeof s !== 'object' || (s.v !== 1 && s.v !== 2)) throw invalid('unknown version');
  if (typeof s.id !== 'string' || typeof s.issuer !== 'string' || typeof s.scope !== 'string') {
    throw invalid('id, issuer and scope must be strings');
  }
  if (!Number.isSafeInteger(s.issuedAt) || !Number.isSafeInteger(s.eventCount)) {
    throw invalid('issuedAt and eventCount must be integers');
  }
  const sessionsOk =
    Array.isArray(s.sessions) &&
    s.sessions.every(
      (h) => typeof h?.sessionId === 'string' && Number.isSafeInteger(h.seq) && typeof h.hash === 'string',
    );
  const streamsOk =
    Array.isArray(s.streams) &&
    s.streams.every(
      (h) =>
        typeof h?.gatewayId === 'string' &&
        Number.isSafeInteger(h.epoch) &&
        Number.isSafeInteger(h.streamSeq),
    );
  if (!sessionsOk || !streamsOk) throw invalid('sessions or streams malformed');
  if (s.v === 2 && !isLink(s)) throw invalid('scopeSeq, prev, everySeconds or final malformed');
  return s as CheckpointStatement;
}

function isLink(s: Partial<CheckpointLink>): boolean {
  return (
    Number.isSafeInteger(s.scopeSeq) &&
    (s.scopeSeq as number) >= 0 &&
    typeof s.prev === 'string' &&
    /^[0-9a-f]{64}$/.test(s.prev) &&
    typeof s.everySeconds === 'number' &&
    s.everySeconds > 0 &&
    typeof s.final === 'boolean'
  );
}
