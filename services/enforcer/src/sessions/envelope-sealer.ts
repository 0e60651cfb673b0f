import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const PREFIX = 'pse1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const INFO = 'proctor session envelope v1';

/**
 * Seals what a shared session record keeps of a client's own words (a bridged session's
 * envelope: clientInfo, capabilities, subscribed resource URIs) before it rests in Redis:
 * AES-256-GCM under a key derived (HKDF-SHA256) from each secret, bound to the session id so a
 * sealed value cannot be moved to another session. The first secret seals, every one opens, so
 * the secrets rotate like the requestState keys they are derived from.
 */
export class EnvelopeSealer {
  private readonly keys: Buffer[];

  constructor(secrets: readonly Buffer[]) {
    if (secrets.length === 0) throw new Error('EnvelopeSealer needs at least one secret');
    this.keys = secrets.map((secret) => Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), INFO, 32)));
  }

  /** A sealer with a key of its own: what it seals opens only through it (one process). */
  static ofRandomKey(): EnvelopeSealer {
    return new EnvelopeSealer([randomBytes(32)]);
  }

  seal(text: string, sessionId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys[0] as Buffer, iv);
    cipher.setAAD(Buffer.from(sessionId, 'utf8'));
    const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    return `${PREFIX}${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
  }

  /** The text, or null when no key of this sealer opens it (sealed elsewhere, altered, moved). */
  open(value: string, sessionId: string): string | null {
    if (!value.startsWith(PREFIX)) return null;
    const bytes = Buffer.from(value.slice(PREFIX.length), 'base64url');
    if (bytes.length < IV_BYTES + TAG_BYTES) return null;
    const iv = bytes.subarray(0, IV_BYTES);
    const tag = bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
    const body = bytes.subarray(IV_BYTES + TAG_BYTES);
    for (const key of this.keys) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv);
        decipher.setAAD(Buffer.from(sessionId, 'utf8'));
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        // Not this key: try the next.
      }
    }
    return null;
  }
}
