import type { PayloadEncryption } from '@proctor/events';
import type { JWK } from 'jose';
import { encryptFrame, keyedDigest, newDataKey, type SessionKeys, sessionKeys } from './data-key';
import { PayloadCryptoError } from './errors';
import { importRecipientKey, type RecipientKey, wrapDataKey } from './key-wrap';

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
  /**
   * Most sessions holding a data key at once (default 100,000); beyond it the oldest is
   * dropped, and that session simply gets a new data key with its next frame.
   */
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
  sealSync(sessionId: string, clear: Buffer): SealedPayload;
  seal(sessionId: string, clear: Buffer): Promise<SealedPayload>;
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
 * then one AES-GCM operation and one HMAC. Each sealed frame carries the wrapped key, so it can
 * be opened on its own, in any order, after any eviction.
 */
export function createPayloadSealer(options: PayloadSealerOptions): PayloadSealer {
  if (options.recipients.length === 0) {
    throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', 'payload encryption needs at least one ingest key');
  }
  const recipients = new Map<string, RecipientKey>();
  for (const r of options.recipients) {
    if (recipients.has(r.keyId)) {
      throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `ingest key ${r.keyId} is listed twice`);
    }
    recipients.set(r.keyId, importRecipientKey(r.keyId, r.publicJwk));
  }
  const currentKeyId = options.currentKeyId ?? options.recipients[0]?.keyId ?? '';
  const current = recipients.get(currentKeyId);
  if (current === undefined) {
    throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `current ingest key ${currentKeyId} is not listed`);
  }
  const maxSessions = options.maxSessions ?? 100_000;
  const sessions = new Map<string, SessionEntry>();

  const entryFor = (sessionId: string): SessionEntry => {
    const hit = sessions.get(sessionId);
    if (hit) return hit;
    const dataKey = newDataKey();
    const entry: SessionEntry = {
      keys: sessionKeys(dataKey),
      keyId: current.keyId,
      wrappedKey: wrapDataKey(current, dataKey),
    };
    if (sessions.size >= maxSessions) {
      const oldest = sessions.keys().next();
      if (!oldest.done) sessions.delete(oldest.value);
    }
    sessions.set(sessionId, entry);
    return entry;
  };

  const sealSync = (sessionId: string, clear: Buffer): SealedPayload => {
    const entry = entryFor(sessionId);
    const { ciphertext, iv, tag } = encryptFrame(entry.keys, clear);
    return {
      payload: ciphertext,
      payloadEncoding: SEALED_ENCODING,
      encryption: { keyId: entry.keyId, wrappedKey: entry.wrappedKey, iv, tag },
      digest: keyedDigest(entry.keys, clear),
      digestAlg: 'hmac-sha256',
    };
  };

  return {
    currentKeyId,
    sealSync,
    seal: async (sessionId, clear) => sealSync(sessionId, clear),
    forget(sessionId) {
      sessions.delete(sessionId);
    },
  };
}
