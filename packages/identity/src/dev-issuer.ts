/**
 * A local token issuer for the quickstart, so the gateway can be tried without an identity
 * provider. Its issuer id is a URN that no production provider uses, and the configuration
 * layer only accepts it in development mode.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';

export const DEV_ISSUER = 'urn:proctor:dev-issuer';
const ALG = 'ES256';

export interface DevIssuerKey {
  privateJwk: JWK;
  publicJwk: JWK;
  kid: string;
}

/** Loads the key pair from keyFile, creating it (mode 0600) on first use. */
export async function ensureDevIssuerKey(keyFile: string): Promise<DevIssuerKey> {
  const existing = await readKeyFile(keyFile);
  if (existing !== null) return existing;

  const created = await generateDevKey();
  await mkdir(dirname(keyFile), { recursive: true, mode: 0o700 });
  // Write beside, then link into place: link fails if another process got there first,
  // and a reader never sees a half-written file.
  const temp = `${keyFile}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(temp, keyFile);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    await unlink(temp);
  }
  const stored = await readKeyFile(keyFile);
  if (stored === null) throw new Error(`dev issuer key file ${keyFile} vanished while being created`);
  return stored;
}

export interface DevTokenOptions {
  keyFile: string;
  audience: string;
  subject: string;
  groups: string[];
  /** Defaults to DEV_ISSUER. */
  issuer?: string;
  /** Defaults to one hour. */
  ttlSeconds?: number;
  /** More claims (e.g. CI claims); they cannot override iss, sub, aud, groups, iat or exp. */
  extraClaims?: Record<string, unknown>;
}

export async function signDevToken(options: DevTokenOptions): Promise<string> {
  const { privateJwk, kid } = await ensureDevIssuerKey(options.keyFile);
  const key = await importJWK(privateJwk, ALG);
  return new SignJWT({ ...options.extraClaims, groups: options.groups })
    .setProtectedHeader({ alg: ALG, kid, typ: 'JWT' })
    .setIssuer(options.issuer ?? DEV_ISSUER)
    .setSubject(options.subject)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(`${options.ttlSeconds ?? 3600}s`)
    .sign(key);
}

async function generateDevKey(): Promise<DevIssuerKey> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const meta = { kid, alg: ALG, use: 'sig' };
  return {
    privateJwk: { ...(await exportJWK(privateKey)), ...meta },
    publicJwk: { ...publicJwk, ...meta },
    kid,
  };
}

async function readKeyFile(keyFile: string): Promise<DevIssuerKey | null> {
  let text: string;
  try {
    text = await readFile(keyFile, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  if (process.platform !== 'win32' && ((await stat(keyFile)).mode & 0o077) !== 0) {
    throw new Error(`dev issuer key file ${keyFile} is accessible by other users; chmod 600 it`);
  }
  const parsed = JSON.parse(text) as Partial<DevIssuerKey>;
  if (
    typeof parsed.kid !== 'string' ||
    typeof parsed.privateJwk?.d !== 'string' ||
    parsed.publicJwk === undefined
  ) {
    throw new Error(`dev issuer key file ${keyFile} is not a key written by ensureDevIssuerKey`);
  }
  return { privateJwk: parsed.privateJwk, publicJwk: parsed.publicJwk, kid: parsed.kid };
}
