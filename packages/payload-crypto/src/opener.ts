import {
  type AuditEvent,
  CLIENT_BODY_FIELDS,
  CLIENT_ENVELOPE_FIELDS,
  type ClientFields,
  type FrameBody,
  withClientFields,
} from '@proctor/events';
import type { JWK } from 'jose';
import {
  decryptFrame,
  decryptFrameWithFields,
  digestMatches,
  fieldsAad,
  type SessionKeys,
  sessionKeys,
} from './data-key';
import { PayloadCryptoError } from './errors';
import { importUnwrappingKey, type UnwrappingKey, unwrapDataKey } from './key-wrap';
import { SEALED_ENCODING, sealedWithPayload } from './sealer';

/** The payloadEncoding of a frame opened together with its client fields. */
const CLEAR_ENCODING = 'json';

export interface PayloadPrivateKey {
  keyId: string;
  privateJwk: JWK;
}

export interface PayloadOpenerOptions {
  /** Every ingest key still in use: the current one and those older events were sealed to. */
  privateKeys: PayloadPrivateKey[];
  /** Unwrapped data keys remembered (default 10,000), so a session's key is unwrapped once. */
  maxCachedKeys?: number;
}

export type SealedFrame = Pick<FrameBody, 'payload' | 'payloadEncoding' | 'encryption'>;

export interface PayloadOpener {
  /** True when the frame's payload is sealed (and `open` is needed to read it). */
  isSealed(frame: Pick<FrameBody, 'payloadEncoding'>): boolean;
  /**
   * The frame's clear JSON text; rejects with a PayloadCryptoError when it cannot be read. A
   * payload sealed together with its event's client fields opens only through openFields.
   */
  open(frame: SealedFrame): Promise<Buffer>;
  /** Checks the frame's keyed digest against clear text (e.g. after `open`). */
  verifyDigest(frame: SealedFrame & Pick<FrameBody, 'sha256' | 'digestAlg'>, clear: Buffer): Promise<boolean>;
  /**
   * The event with its sealed client fields opened and put back in place (and `sealedFields`
   * gone); the event itself when it has none. A frame whose payload was sealed in the same
   * operation as its fields (SEALED_WITH_PAYLOAD) comes back with that payload opened too
   * (payloadEncoding `json`, no encryption): one tag covers both, so neither opens alone.
   * Rejects with a PayloadCryptoError when they cannot be read.
   */
  openFields(event: AuditEvent): Promise<AuditEvent>;
}

/** Reads sealed payloads: the ingest side of the envelope. */
export async function createPayloadOpener(options: PayloadOpenerOptions): Promise<PayloadOpener> {
  const keys = new Map<string, UnwrappingKey>();
  for (const k of options.privateKeys) {
    if (keys.has(k.keyId)) {
      throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `ingest key ${k.keyId} is listed twice`);
    }
    keys.set(k.keyId, await importUnwrappingKey(k.keyId, k.privateJwk));
  }
  const maxCached = options.maxCachedKeys ?? 10_000;
  const cache = new Map<string, Promise<SessionKeys>>();

  const keysFor = (frame: SealedFrame): Promise<SessionKeys> => {
    if (frame.payloadEncoding !== SEALED_ENCODING || !frame.encryption) {
      throw new PayloadCryptoError(
        'PAYLOAD_NOT_ENCRYPTED',
        `payload encoding is ${frame.payloadEncoding}, not ${SEALED_ENCODING}`,
      );
    }
    const { keyId, wrappedKey } = frame.encryption;
    const cacheKey = `${keyId}\u0000${wrappedKey}`;
    const hit = cache.get(cacheKey);
    if (hit) return hit;
    const key = keys.get(keyId);
    if (key === undefined) {
      throw new PayloadCryptoError('PAYLOAD_KEY_UNKNOWN', `no private key with id ${keyId} is configured`);
    }
    const unwrapped = unwrapDataKey(key, wrappedKey).then(sessionKeys);
    // A failure is not remembered: the next frame tries again (e.g. after a key is added).
    unwrapped.catch(() => cache.delete(cacheKey));
    if (cache.size >= maxCached) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    cache.set(cacheKey, unwrapped);
    return unwrapped;
  };

  return {
    isSealed: (frame) => frame.payloadEncoding === SEALED_ENCODING,
    async open(frame) {
      const frameKeys = await keysFor(frame);
      const { iv, tag } = frame.encryption as NonNullable<SealedFrame['encryption']>;
      return decryptFrame(frameKeys, { ciphertext: frame.payload, iv, tag });
    },
    async verifyDigest(frame, clear) {
      if (frame.digestAlg !== 'hmac-sha256') return false;
      return digestMatches(await keysFor(frame), clear, frame.sha256);
    },
    async openFields(event) {
      const { sealedFields, ...rest } = event;
      if (!sealedFields) return event;
      if (sealedWithPayload(sealedFields)) {
        if (event.type !== 'frame') throw malformed(event.type);
        const { body } = event;
        const keys = await keysFor(body);
        const { iv, tag } = body.encryption as NonNullable<SealedFrame['encryption']>;
        const sealed = { payload: body.payload, fields: sealedFields.ciphertext, iv, tag };
        const clear = decryptFrameWithFields(keys, sealed, event.eventId);
        const opened = { ...rest, body: openedBody(body, clear.payload) } as AuditEvent;
        return withClientFields(opened, parseClientFields(event.type, clear.fields));
      }
      const { ciphertext } = sealedFields;
      const encryption = { ...sealedFields.encryption };
      // Sealed under the frame's own data key: its wrapped key is written once, with the payload.
      if (
        encryption.wrappedKey === '' &&
        event.type === 'frame' &&
        event.body.encryption?.keyId === encryption.keyId
      )
        encryption.wrappedKey = event.body.encryption.wrappedKey;
      const keys = await keysFor({ payload: ciphertext, payloadEncoding: SEALED_ENCODING, encryption });
      const clear = decryptFrame(keys, { ciphertext, ...encryption }, fieldsAad(event.eventId));
      return withClientFields(rest as AuditEvent, parseClientFields(event.type, clear));
    },
  };
}

/**
 * A frame body with its payload opened: clear JSON text, no encryption. The keyed digest stays
 * as it was written (digestAlg says which it is).
 */
function openedBody(body: FrameBody, clear: Buffer): FrameBody {
  return { ...body, payload: clear, payloadEncoding: CLEAR_ENCODING, encryption: null };
}

const malformed = (type: AuditEvent['type']) =>
  new PayloadCryptoError('PAYLOAD_TAMPERED', `sealed client fields of a ${type} event are malformed`);

/**
 * The opened fields, checked to be the event type's client fields and strings only: sealed
 * text that authenticated is ours, but a field outside the catalogue never lands in an event.
 */
function parseClientFields(type: AuditEvent['type'], clear: Buffer): ClientFields {
  let parsed: unknown;
  try {
    parsed = JSON.parse(clear.toString('utf8'));
  } catch {
    throw malformed(type);
  }
  const { envelope, body } = (parsed ?? {}) as Partial<ClientFields>;
  if (!onlyStrings(envelope, CLIENT_ENVELOPE_FIELDS) || !onlyStrings(body, CLIENT_BODY_FIELDS[type]))
    throw malformed(type);
  return { envelope, body };
}

function onlyStrings(value: unknown, allowed: readonly string[]): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const [name, field] of Object.entries(value)) {
    if (!allowed.includes(name) || typeof field !== 'string') return false;
  }
  return true;
}
