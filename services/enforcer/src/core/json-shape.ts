/**
 * A single pass over a JSON body's bytes, before any parse: the nesting depth and, for a
 * batch, the number of top-level items. A hostile body (2,000,000 nested brackets, a batch of
 * 135,000 notifications) is refused by this scan in linear time and constant memory, before
 * JSON.parse builds anything.
 */
export interface JsonShape {
  /** The deepest nesting seen, counting objects and arrays (stops counting past the limit). */
  depth: number;
  /** True when the body's first significant byte is `[`. */
  batch: boolean;
  /** Items of a top-level array (0 when not a batch); stops counting past maxItems. */
  items: number;
}

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
export const OPEN_ARRAY = 0x5b;
export const CLOSE_ARRAY = 0x5d;
export const COMMA = 0x2c;

/** Scans until it sees depth > maxDepth or items > maxItems, then returns early. */
export function scanJsonShape(body: Buffer, maxDepth: number, maxItems: number): JsonShape {
  let depth = 0;
  let deepest = 0;
  let batch = false;
  let items = 0;
  let first = true;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i] as number;
    if (byte === QUOTE) {
      // Strings hold most of a payload's bytes: jump to their end with a native search.
      i = closingQuote(body, i + 1);
      first = false;
      continue;
    }
    if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (first) batch = byte === OPEN_ARRAY;
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > maxDepth) break;
      }
      if (batch && depth === 2 && items === 0) items = 1;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth--;
    } else if (byte === COMMA && batch && depth === 1) {
      items++;
      if (items > maxItems) break;
    } else if (batch && depth === 1 && items === 0 && byte > 0x20) {
      items = 1;
    }
    if (byte > 0x20) first = false;
  }
  return { depth: deepest, batch, items };
}

/**
 * Bytes looked at one by one before the native search takes over: most strings of a JSON-RPC
 * message (keys, names, ids) are short, and each call into Buffer#indexOf costs more than
 * reading them here.
 */
const SHORT_STRING = 64;

/** Index of the quote that closes a string whose text starts at `from` (body.length if none). */
export function closingQuote(body: Buffer, from: number): number {
  const near = Math.min(body.length, from + SHORT_STRING);
  let at = from;
  while (at < near) {
    const byte = body[at];
    if (byte === QUOTE) return at;
    // A backslash escapes the byte after it: both are passed over.
    at += byte === BACKSLASH ? 2 : 1;
  }
  return at >= body.length ? body.length : searchClosingQuote(body, at);
}

/** closingQuote past its first bytes, with the native search; `from` is not inside an escape. */
function searchClosingQuote(body: Buffer, from: number): number {
  for (let at = body.indexOf(QUOTE, from); at !== -1; at = body.indexOf(QUOTE, at + 1)) {
    // Escaped when preceded by an odd number of backslashes.
    let backslashes = 0;
    while (at - backslashes - 1 >= from && body[at - backslashes - 1] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return body.length;
}
