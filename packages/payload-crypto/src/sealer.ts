import type { PayloadEncryption } from '@proctor/events';
import type { JWK } from 'jose';
import { encryptFrame, keyedDigest, newDataKey, type SessionKeys, sessionKeys } from './data-key';
import { PayloadCryptoError } from './errors';
import { importWrappingKey, type WrappingKey, wrapDataKey } from './key-wrap';

/** The payloadEncoding of a sealed frame. */
export const SEALED_ENCODING = 'jwe-a256gcm';

export interface PayloadRecipient {
  /** Id of the ingest key; written into every event so the opener picks the right private key. */
  keyId: string;
  publicJwk: JWK;
}

export interface PayloadSealerOptions {
  /** Ingest keys. New sessions are sealed to `currentKeyId`, or to the first one. */
  recipients: PayloadRecipient[];
  currentKeyId?: string;
  /** Most sessions holding a data key at once (default 100,000); beyond it the oldest is dropped. */
  maxSessions?: number;
}

export interface SealedPayload {
  payload: Buffer;
  payloadEncoding: typeof SEALED_ENCODING;
  encryption: PayloadEncryption;
  /** Hex HMAC-SHA256 of the clear text, keyed from the session's data key. */
  digest: string;
  digestAlg: 'hmac-sha256';
}

export interface PayloadSealer {
  readonly currentKeyId: string;
  /** Seals one frame's clear JSON text with the session's data key (created on first use). */
  seal(sessionId: string, clear: Buffer): Promise<SealedPayload>;
  /**
   * Creates the session's data key and wraps it (the one asynchronous step), so that
   * `sealPrepared` can seal synchronously, in the caller's order, afterwards.
   */
  prepare(sessionId: string): Promise<void>;
  /** Seals synchronously; throws SESSION_KEY_NOT_READY unless `prepare` finished for this session. */
  sealPrepared(sessionId: string, clear: Buffer): SealedPayload;
  /** Drops the session's data key: call when the session ends. */
  forget(sessionId: string): void;
}

interface SessionEntry {
  keys: SessionKeys;
  keyId: string;
  wrappedKey: string;
}

/**
 * Envelope encryption for the raw topic and the spool: one random AES-256-GCM data key per
 * session, wrapped once per session as a compact JWE to the current ingest key; every frame is
 * then one AES-GCM operation. Each sealed frame carries the wrapped key, so it can be opened
 * on its own, in any order.
 */
export async function createPayloadSealer(options: PayloadSealerOptions): Promise<PayloadSealer> {
  if (options.recipients.length === 0) {
    throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', 'payload encryption needs at least one ingest key');
  }
  const recipients = new Map<string, WrappingKey>();
  for (const r of options.recipients) {
    if (recipients.has(r.keyId)) {
      throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `ingest key ${r.keyId} is listed twice`);
    }
    recipients.set(r.keyId, await importWrappingKey(r.keyId, r.publicJwk, 'public'));
  }
  const currentKeyId = options.currentKeyId ?? options.recipients[0]?.keyId ?? '';
  const current = recipients.get(currentKeyId);
  if (current === undefined) {
    throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `current ingest key ${currentKeyId} is not listed`);
  }
  const maxSessions = options.maxSessions ?? 100_000;
  const ready = new Map<string, SessionEntry>();
  const pending = new Map<string, Promise<SessionEntry>>();

  const prepareEntry = (sessionId: string): Promise<SessionEntry> => {
    const hit = ready.get(sessionId);
    if (hit) return Promise.resolve(hit);
    const inflight = pending.get(sessionId);
    if (inflight) return inflight;
    const dataKey = newDataKey();
    const created = wrapDataKey(current, dataKey).then(
      (wrappedKey) => {
        pending.delete(sessionId);
        const entry: SessionEntry = { keys: sessionKeys(dataKey), keyId: current.keyId, wrappedKey };
        if (ready.size >= maxSessions) {
          const oldest = ready.keys().next();
          if (!oldest.done) ready.delete(oldest.value);
        }
        ready.set(sessionId, entry);
        return entry;
      },
      (err: unknown) => {
        pending.delete(sessionId);
        throw err;
      },
    );
    pending.set(sessionId, created);
    return created;
  };

  return {
    currentKeyId,
    async seal(sessionId, clear) {
      return sealWith(await prepareEntry(sessionId), clear);
    },
    async prepare(sessionId) {
      await prepareEntry(sessionId);
    },
    sealPrepared(sessionId, clear) {
      const entry = ready.get(sessionId);
      if (entry === undefined) {
        throw new PayloadCryptoError(
          'SESSION_KEY_NOT_READY',
          'no data key for this session: prepare it before sealing synchronously',
        );
      }
      return sealWith(entry, clear);
    },
    forget(sessionId) {
      ready.delete(sessionId);
    },
  };
}

function sealWith(entry: SessionEntry, clear: Buffer): SealedPayload {
  const { ciphertext, iv, tag } = encryptFrame(entry.keys, clear);
  return {
    payload: ciphertext,
    payloadEncoding: SEALED_ENCODING,
    encryption: { keyId: entry.keyId, wrappedKey: entry.wrappedKey, iv, tag },
    digest: keyedDigest(entry.keys, clear),
    digestAlg: 'hmac-sha256',
  };
}
