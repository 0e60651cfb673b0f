/**
 * An upstream that echoes request headers back (a debugging tool, an error page, a result
 * quoting its request) would hand the gateway's own credential toward it to the client and
 * into the audit log. Every message read from an upstream is therefore searched for the exact
 * credential values sent with that call, and each occurrence replaced with a fixed marker
 * before anything else reads it. One `indexOf` per value and message; nothing is copied
 * unless a value is found.
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

/** `bytes` with every occurrence of each value replaced by the marker (the same buffer when none occurs). */
export function withoutCredentials(bytes: Buffer, values: readonly string[] | null): Buffer {
  if (values === null) return bytes;
  let result = bytes;
  for (const value of values) {
    let at = result.indexOf(value);
    if (at < 0) continue;
    const length = Buffer.byteLength(value);
    const parts: Buffer[] = [];
    let from = 0;
    while (at >= 0) {
      parts.push(result.subarray(from, at), MARKER);
      from = at + length;
      at = result.indexOf(value, from);
    }
    parts.push(result.subarray(from));
    result = Buffer.concat(parts);
  }
  return result;
}
