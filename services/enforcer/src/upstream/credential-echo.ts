/**
 * An upstream that echoes request headers back (a debugging tool, an error page, a result
 * quoting its request) would hand the gateway's own credential toward it to the client and
 * into the audit log. Every message read from an upstream is therefore searched for the
 * credential values sent with that call, as sent and in the encodings an echo puts them in
 * (JSON string escapes, percent-encoding, hex in upper or lower case, base64 and base64url at
 * any offset: a request quoted in a resource's `blob`), and replaced with a fixed marker
 * before anything else reads it. A credential cut in pieces (half in one notification, half
 * in the next; a blob wrapped over lines) is caught too: any run of FRAGMENT characters or
 * more of a spelling is replaced, found by sampling the message every few bytes and hashing
 * only beside a sample that is a piece of a spelling (see fragmentRanges), so the cost stays
 * linear in the message whatever it holds. Nothing is
 * copied unless something is found.
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
 * `bytes` with every run of FRAGMENT characters or more of each value's spellings (see
 * spellingsOf), and every whole spelling shorter than that, replaced by the marker (the same
 * buffer when none occurs).
 */
export function withoutCredentials(bytes: Buffer, values: readonly string[] | null): Buffer {
  if (values === null) return bytes;
  let result = scrubbed(bytes, values);
  // `\u0074ok…` or `%74ok…`, every character escaped or one in eleven: no spelling's bytes are
  // there, but the text a JSON reader or a URL decoder gets holds the credential. Searched with
  // such escapes read; when that finds one, the message goes on as read (the same JSON, the same
  // URLs), else as it was.
  for (const [opener, read] of READERS) {
    if (result.indexOf(opener) < 0) continue;
    const readable = read(result);
    if (readable === result) continue;
    const cleaned = scrubbed(readable, values);
    if (cleaned !== readable) result = cleaned;
  }
  return result;
}

function scrubbed(bytes: Buffer, values: readonly string[]): Buffer {
  let result = bytes;
  for (const value of values) {
    const scrub = scrubberOf(value);
    result = replacedRanges(result, fragmentRanges(result, scrub.grams));
    for (const spelling of scrub.short) result = replacedRanges(result, exactRanges(result, spelling));
  }
  return result;
}

const BACKSLASH = 0x5c;
const PERCENT = 0x25;
const HEX4 = /^[0-9A-Fa-f]{4}$/;

/**
 * The bytes with each JSON `\uXXXX` escape of a character that may stand as itself in a JSON
 * string (not a control character, `"`, `\` or half a surrogate pair) written as that character
 * in UTF-8: the same JSON to any reader. Other escapes (`\\u0074` is a backslash and `u0074`)
 * stay. One pass; the same buffer when nothing changes.
 */
function withEscapesRead(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let from = 0;
  for (let i = bytes.indexOf(BACKSLASH); i >= 0 && i < bytes.length - 1; i = bytes.indexOf(BACKSLASH, i)) {
    if (bytes[i + 1] !== 0x75) {
      i += 2;
      continue;
    }
    const hex = bytes.toString('latin1', i + 2, i + 6);
    const code = HEX4.test(hex) ? Number.parseInt(hex, 16) : -1;
    if (code < 0x20 || code === 0x22 || code === BACKSLASH || (code >= 0xd800 && code <= 0xdfff)) {
      i += 2;
      continue;
    }
    parts.push(bytes.subarray(from, i), Buffer.from(String.fromCharCode(code)));
    i += 6;
    from = i;
  }
  if (parts.length === 0) return bytes;
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

/**
 * The bytes with each percent-encoded unreserved character (`%41`, `%7e`: RFC 3986 §2.3,
 * letters, digits, `-._~`) written as itself: the same URI to any reader (§6.2.2.2). One pass;
 * the same buffer when nothing changes.
 */
function withUnreservedRead(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let from = 0;
  for (let i = bytes.indexOf(PERCENT); i >= 0 && i < bytes.length - 2; i = bytes.indexOf(PERCENT, i + 1)) {
    const hex = bytes.toString('latin1', i + 1, i + 3);
    const char = HEX2.test(hex) ? String.fromCharCode(Number.parseInt(hex, 16)) : '';
    if (!UNRESERVED.test(char)) continue;
    parts.push(bytes.subarray(from, i), Buffer.from(char));
    from = i + 3;
  }
  if (parts.length === 0) return bytes;
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

const HEX2 = /^[0-9A-Fa-f]{2}$/;
const UNRESERVED = /^[A-Za-z0-9._~-]$/;

/** Escapes a reader of the message decodes, by what starts one. */
const READERS: readonly [Buffer, (bytes: Buffer) => Buffer][] = [
  [Buffer.from('\\u'), withEscapesRead],
  [Buffer.from('%'), withUnreservedRead],
];

/**
 * Shortest run of a spelling that is replaced on its own: 12 characters of the value as sent
 * or escaped, 6 bytes of it as hex, 9 as base64. A piece shorter than this passes; a secret
 * cut finer than that is not told from text that happens to share a few characters with it.
 */
export const FRAGMENT = 12;

/** The FRAGMENT-long windows of a value's spellings, by rolling hash (see fragmentRanges). */
interface Grams {
  /** Bit set of the spellings' GRAM-byte pieces (folded), by gramBit: where a window may stand. */
  pieces: Int32Array;
  /** Whether a hash may be a window's, by its top 16 bits (a filter that is cheap to ask). */
  filter: Uint8Array;
  /** Hash → the windows that have it, to be compared byte for byte. */
  windows: Map<number, Buffer[]>;
}

interface Scrubber {
  grams: Grams;
  /** Whole spellings shorter than FRAGMENT: looked for as they are. */
  short: Buffer[];
}

const BASE = 0x01000193;
/** BASE to the power FRAGMENT (mod 2^32): what a byte leaving the window weighs. */
const OUTGOING = (() => {
  let power = 1;
  for (let i = 0; i < FRAGMENT; i++) power = Math.imul(power, BASE);
  return power;
})();

/**
 * Bytes are compared with bit 0x20 set (`byte | FOLD`): ASCII letters in lower case, so hex or
 * percent-encoding whose letters change case (`6F6b…`, `%2b%2F`) is found as well (and a few
 * punctuation pairs, `_` and DEL, `@` and a backtick, read alike); a run of 12 characters of a
 * credential in any case is still no text's by chance.
 */
const FOLD = 0x20;

function hashOf(bytes: Buffer, from: number): number {
  let hash = 0;
  for (let i = from; i < from + FRAGMENT; i++)
    hash = (Math.imul(hash, BASE) + ((bytes[i] as number) | FOLD)) | 0;
  return hash;
}

/**
 * A message is sampled every STRIDE bytes, GRAM bytes at a time: any FRAGMENT bytes in a row
 * hold a whole GRAM-byte piece that starts at a sampled position, so a window of a spelling
 * is only looked for next to a sampled piece that is one of the spellings' own.
 */
const GRAM = 4;
const STRIDE = FRAGMENT - GRAM + 1;
/** Size of the pieces' bit set, as a power of two (2^18 bits, 32 KiB per credential). */
const PIECE_BITS = 18;

/** The GRAM bytes at `at`, each folded, as one number. */
function pieceAt(bytes: Buffer, at: number): number {
  return (
    ((bytes[at] as number) |
      ((bytes[at + 1] as number) << 8) |
      ((bytes[at + 2] as number) << 16) |
      ((bytes[at + 3] as number) << 24) |
      0x20202020) >>>
    0
  );
}

/** The bit of a piece in the pieces' bit set (a multiplicative hash: its top PIECE_BITS bits). */
function pieceBit(piece: number): number {
  return Math.imul(piece, 0x9e3779b1) >>> (32 - PIECE_BITS);
}

function hasPiece(pieces: Int32Array, piece: number): boolean {
  const bit = pieceBit(piece);
  return ((pieces[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
}

/** Scrubbers of the credentials seen lately (a static credential is the same on every call). */
const scrubbers = new Map<string, Scrubber>();

function scrubberOf(value: string): Scrubber {
  const known = scrubbers.get(value);
  if (known !== undefined) return known;
  const grams: Grams = {
    pieces: new Int32Array(2 ** PIECE_BITS / 32),
    filter: new Uint8Array(65_536),
    windows: new Map(),
  };
  const short: Buffer[] = [];
  for (const spelling of spellingsOf(value)) {
    if (spelling.length < FRAGMENT) {
      short.push(spelling);
      continue;
    }
    for (let at = 0; at + FRAGMENT <= spelling.length; at++) {
      const hash = hashOf(spelling, at);
      const window = Buffer.from(spelling.subarray(at, at + FRAGMENT).map((byte) => byte | FOLD));
      const same = grams.windows.get(hash);
      if (same === undefined) grams.windows.set(hash, [window]);
      else if (!same.some((other) => other.equals(window))) same.push(window);
      grams.filter[hash >>> 16] = 1;
    }
    for (let at = 0; at + GRAM <= spelling.length; at++) {
      const bit = pieceBit(pieceAt(spelling, at));
      grams.pieces[bit >>> 5] = (grams.pieces[bit >>> 5] as number) | (1 << (bit & 31));
    }
  }
  const scrubber = { grams, short };
  if (scrubbers.size >= MAX_REMEMBERED) scrubbers.clear();
  scrubbers.set(value, scrubber);
  return scrubber;
}

/**
 * Where in `bytes` a window of the value's spellings stands, merged into maximal ranges
 * ([start, end) pairs, in order). Every STRIDE-th position's GRAM bytes are looked up among the
 * spellings' pieces; only beside one that is there (rare in text that holds no credential) are
 * the STRIDE windows that hold it hashed, and compared byte for byte where the filter says a
 * window may be. Linear in `bytes` whatever they hold (at most STRIDE windows per sampled
 * position, FRAGMENT bytes compared per window).
 */
function fragmentRanges(bytes: Buffer, grams: Grams): number[] {
  const ranges: number[] = [];
  const { pieces, filter, windows } = grams;
  const lastStart = bytes.length - FRAGMENT;
  for (let at = 0; at + GRAM <= bytes.length; at += STRIDE) {
    if (!hasPiece(pieces, pieceAt(bytes, at))) continue;
    // The windows that hold the piece whole: those starting up to STRIDE - 1 bytes before it.
    const from = Math.max(0, at - STRIDE + 1);
    const to = Math.min(at, lastStart);
    let hash = 0;
    for (let start = from; start <= to; start++) {
      hash =
        start === from
          ? hashOf(bytes, start)
          : (Math.imul(hash, BASE) +
              ((bytes[start + FRAGMENT - 1] as number) | FOLD) -
              Math.imul((bytes[start - 1] as number) | FOLD, OUTGOING)) |
            0;
      if (filter[hash >>> 16] === 1 && isWindow(bytes, start, windows.get(hash))) {
        const last = ranges.length - 1;
        if (last >= 0 && (ranges[last] as number) > start) ranges[last] = start + FRAGMENT;
        else ranges.push(start, start + FRAGMENT);
      }
    }
  }
  return ranges;
}

/** Whether the FRAGMENT bytes at `start`, folded, are one of the (folded) windows. */
function isWindow(bytes: Buffer, start: number, candidates: Buffer[] | undefined): boolean {
  if (candidates === undefined) return false;
  return candidates.some((window) => {
    for (let k = 0; k < FRAGMENT; k++) if (((bytes[start + k] as number) | FOLD) !== window[k]) return false;
    return true;
  });
}

/** Where `needle` occurs in `bytes`, as [start, end) pairs. */
function exactRanges(bytes: Buffer, needle: Buffer): number[] {
  const ranges: number[] = [];
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + needle.length))
    ranges.push(at, at + needle.length);
  return ranges;
}

/** `bytes` with each range replaced by the marker (the same buffer when there is none). */
function replacedRanges(bytes: Buffer, ranges: readonly number[]): Buffer {
  if (ranges.length === 0) return bytes;
  const parts: Buffer[] = [];
  let from = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    parts.push(bytes.subarray(from, ranges[i]), MARKER);
    from = ranges[i + 1] as number;
  }
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

/** Spellings of the credentials seen lately. */
const spellings = new Map<string, Buffer[]>();
const MAX_REMEMBERED = 1024;

/**
 * How a value reads once echoed: as sent; as a JSON string's content (`"` and `\` escaped, `/`
 * as `\/` too, as PHP writes it); percent-encoded (upper- and lower-case hex); as hex (upper
 * and lower case: a byte dump, a digest-like rendering); and inside
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
  const hex = bytes.toString('hex');
  texts.add(hex);
  texts.add(hex.toUpperCase());
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
