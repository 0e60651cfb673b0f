/**
 * An upstream that echoes request headers back (a debugging tool, an error page, a result
 * quoting its request) would hand the gateway's own credential toward it to the client and
 * into the audit log. Every message read from an upstream is therefore searched for the
 * credential values sent with that call, as sent and in the encodings an echo puts them in
 * (JSON string escapes, percent-encoding, base64 and base64url at any offset: a request
 * quoted in a resource's `blob`), and each occurrence replaced with a fixed marker before
 * anything else reads it. One `indexOf` per spelling and message; nothing is copied unless
 * one is found.
 */

/** What stands where the upstream echoed the gateway's credential. */
export const CREDENTIAL_MARKER = '[upstream credential]';
const MARKER = Buffer.from(CREDENTIAL_MARKER);

/** Shorter values are left alone: replacing them would mangle unrelated text. */
const MIN_SECRET_LENGTH = 8;

/** Header names that carry a credential (never the mirrored `Mcp-*` headers, which carry arguments). */
const CREDENTIAL_NAME = /auth|key|token|secret|cookie/;

/**
 * The credential values among the headers of one upstream call: the token of an
 * `Authorization` (`Bearer <token>`: the token, which covers the whole value too), or the
 * whole value of another credential header (`X-Api-Key`, the connection's own header
 * credential). Null when there is none.
 */
export function credentialValues(
  headers: Readonly<Record<string, string>>,
  credentialHeader?: string,
): string[] | null {
  let values: string[] | null = null;
  for (const name in headers) {
    const lower = name.toLowerCase();
    if (lower !== credentialHeader && (lower.startsWith('mcp-') || !CREDENTIAL_NAME.test(lower))) continue;
    const value = (headers[name] as string).trim();
    const space = lower.endsWith('authorization') ? value.indexOf(' ') : -1;
    const secret = space > 0 ? value.slice(space + 1).trim() : value;
    if (secret.length < MIN_SECRET_LENGTH) continue;
    if (values === null) values = [];
    values.push(secret);
  }
  return values;
}

/** Names of environment variables that carry a credential (`EHR_API_KEY`, `DB_PASSWORD`). */
const CREDENTIAL_VARIABLE = /auth|key|token|secret|cookie|passw|credential/;

/**
 * The credential values in a stdio server's environment (variables named like a key, token,
 * secret, password or credential, 8 characters or more): a server that prints its
 * environment must not hand them to the client. Null when there is none.
 */
export function environmentCredentials(env: Readonly<Record<string, string>>): string[] | null {
  let values: string[] | null = null;
  for (const name in env) {
    const value = (env[name] as string).trim();
    if (!CREDENTIAL_VARIABLE.test(name.toLowerCase()) || value.length < MIN_SECRET_LENGTH) continue;
    if (values === null) values = [];
    values.push(value);
  }
  return values;
}

/**
 * `bytes` with every occurrence of each value, in each of its spellings (see spellingsOf),
 * replaced by the marker (the same buffer when none occurs).
 */
export function withoutCredentials(bytes: Buffer, values: readonly string[] | null): Buffer {
  if (values === null) return bytes;
  let result = bytes;
  for (const value of values) {
    for (const spelling of spellingsOf(value)) result = replaced(result, spelling);
  }
  return result;
}

function replaced(bytes: Buffer, needle: Buffer): Buffer {
  let at = bytes.indexOf(needle);
  if (at < 0) return bytes;
  const parts: Buffer[] = [];
  let from = 0;
  while (at >= 0) {
    parts.push(bytes.subarray(from, at), MARKER);
    from = at + needle.length;
    at = bytes.indexOf(needle, from);
  }
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

/** Spellings of the credentials seen lately (a static credential is the same on every call). */
const spellings = new Map<string, Buffer[]>();
const MAX_REMEMBERED = 1024;

/**
 * How a value reads once echoed: as sent; as a JSON string's content (`"` and `\` escaped, `/`
 * as `\/` too, as PHP writes it); percent-encoded (upper- and lower-case hex); and inside
 * base64 or base64url text that starts 0, 1 or 2 bytes before it (only the characters the
 * value alone decides: at most a few bits of its first and last byte stay beside the marker).
 * Each spelling once, as bytes.
 */
export function spellingsOf(value: string): Buffer[] {
  const known = spellings.get(value);
  if (known !== undefined) return known;
  const texts = new Set<string>([value]);
  const json = JSON.stringify(value).slice(1, -1);
  texts.add(json);
  texts.add(json.replaceAll('/', '\\/'));
  const percent = encodeURIComponent(value);
  texts.add(percent);
  texts.add(percent.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()));
  const bytes = Buffer.from(value);
  for (const offset of [0, 1, 2]) {
    const base64 = base64Inside(bytes, offset);
    if (base64.length < MIN_SECRET_LENGTH) continue;
    texts.add(base64);
    texts.add(base64.replaceAll('+', '-').replaceAll('/', '_'));
  }
  const result = [...texts].map((text) => Buffer.from(text));
  if (spellings.size >= MAX_REMEMBERED) spellings.clear();
  spellings.set(value, result);
  return result;
}

/** Characters per leading byte of base64 that the bytes before the value share with it. */
const SHARED_CHARACTERS = [0, 2, 3];

/** The base64 characters that `bytes` alone decide when `offset` bytes (mod 3) precede them. */
function base64Inside(bytes: Buffer, offset: number): string {
  const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
  const decided = Math.floor((padded.length * 8) / 6);
  return padded.toString('base64').slice(SHARED_CHARACTERS[offset], decided);
}
