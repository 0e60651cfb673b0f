/**
 * Repeated member names in a client's JSON body. JSON.parse keeps the last of two equal keys,
 * another parser the first, and Go's encoding/json matches keys ignoring case: a body holding
 * `"name":"allowed","name":"denied"` (or `"Name"` beside `"name"`) is judged by the policy as one
 * call and run by the upstream as another. Proctor therefore refuses any client body in which
 * two keys of one object are equal after case folding, compared as decoded (`"\u006eame"` is
 * `name`). One pass over the bytes; keys are decoded only when they hold an escape.
 */

import { GatewayError } from './errors';
import {
  BACKSLASH,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COMMA,
  closingQuote,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
} from './json-shape';

/**
 * Refuses a client body (already parsed as JSON) in which an object repeats a key, with the
 * -32600 answered under the request's id when there is one. The key is not named: it may be
 * anything the client wrote.
 */
export function refuseDuplicateKeys(body: Buffer, idJson: string | null): void {
  const at = findDuplicateKey(body);
  if (at === -1) return;
  throw new GatewayError(
    'INVALID_REQUEST',
    `Invalid Request: an object repeats a key at byte ${at} (the keys of one object must differ, ignoring case)`,
    { idJson },
  );
}

/**
 * The byte offset of the first key that repeats an earlier key of its object (ignoring case),
 * or -1 when there is none. The body must already be valid JSON. Keys are compared by a hash
 * of their folded text (no string built for a plain ASCII key); a hash shared by two keys is
 * settled by their text, and should two different keys share one, the body is scanned again
 * comparing texts only.
 */
export function findDuplicateKey(body: Buffer): number {
  const at = scanKeys(body, keyHash);
  if (at.repeat === -1 || foldedKey(body, at.earlier) === foldedKey(body, at.repeat)) return at.repeat;
  return scanKeys(body, foldedKey).repeat;
}

type KeyIdentity = (body: Buffer, open: number, close?: number) => number | string;

/**
 * Keys an object holds before its list becomes a Map: most objects of a JSON-RPC message hold a
 * few, and comparing a few numbers costs less than a Map, whose table is allocated afresh for
 * every object (Map#clear allocates too). Past it, lookups stay constant-time, so a hostile
 * object of many keys is still one pass.
 */
const LISTED_KEYS = 8;

/** The keys of one open object seen so far (identity and offset), reused from object to object. */
class ObjectKeys {
  // Slots are overwritten, never truncated: setting an array's length to 0 lets V8 drop its
  // storage, which the next object would allocate again.
  private readonly keys: (number | string)[] = [];
  private readonly offsets: number[] = [];
  private count = 0;
  private map: Map<number | string, number> | null = null;

  reset(): void {
    this.count = 0;
    this.map = null;
  }

  /** The offset of an earlier key equal to `key`, or -1 once `key` (at `offset`) is added. */
  add(key: number | string, offset: number): number {
    if (this.map === null) {
      for (let i = 0; i < this.count; i++) if (this.keys[i] === key) return this.offsets[i] as number;
      if (this.count < LISTED_KEYS) {
        this.keys[this.count] = key;
        this.offsets[this.count++] = offset;
        return -1;
      }
      this.map = new Map();
      mapsMade = true;
      for (let i = 0; i < this.count; i++)
        this.map.set(this.keys[i] as number | string, this.offsets[i] as number);
    }
    const earlier = this.map.get(key);
    if (earlier !== undefined) return earlier;
    this.map.set(key, offset);
    return -1;
  }
}

/**
 * One ObjectKeys per nesting depth, kept between bodies: scanning is synchronous, so a scan
 * never meets another midway, and a body allocates nothing here once the depth was reached before.
 */
const keysByDepth: ObjectKeys[] = [];
/** Per open level, whether it is an object (its keys are keysByDepth's) or an array. */
const isObject: boolean[] = [];
/** Whether an object of this scan outgrew its list: its Map is dropped when the scan ends, not kept until the next body. */
let mapsMade = false;

/** The first key equal (by `identify`) to an earlier one of its object, and that earlier key. */
function scanKeys(body: Buffer, identify: KeyIdentity): { repeat: number; earlier: number } {
  const found = scanKeysOnce(body, identify);
  if (mapsMade) {
    for (const keys of keysByDepth) keys.reset();
    mapsMade = false;
  }
  return found;
}

function scanKeysOnce(body: Buffer, identify: KeyIdentity): { repeat: number; earlier: number } {
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i] as number;
    if (byte === QUOTE) {
      const end = closingQuote(body, i + 1);
      if (expectKey) {
        const earlier = (keysByDepth[depth - 1] as ObjectKeys).add(identify(body, i, end), i);
        if (earlier !== -1) return { repeat: i, earlier };
        expectKey = false;
      }
      i = end;
    } else if (byte === OPEN_OBJECT) {
      let keys = keysByDepth[depth];
      if (keys === undefined) {
        keys = new ObjectKeys();
        keysByDepth[depth] = keys;
      }
      keys.reset();
      isObject[depth++] = true;
      expectKey = true;
    } else if (byte === OPEN_ARRAY) {
      isObject[depth++] = false;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth--;
    } else if (byte === COMMA) {
      expectKey = depth > 0 && isObject[depth - 1] === true;
    }
  }
  return { repeat: -1, earlier: -1 };
}

/**
 * FNV-1a over the folded key: its bytes with ASCII letters in lower case, or, for a key with
 * an escape or a byte beyond ASCII, the UTF-16 units of its decoded, folded text (equal to the
 * bytes for ASCII, so both spellings of one key hash alike). Kept to 30 bits: V8 holds such a
 * number as a small integer, where a full 32-bit hash would be a heap number allocated per key.
 */
export function keyHash(body: Buffer, open: number, close = closingQuote(body, open + 1)): number {
  let hash = 0x811c9dc5;
  for (let i = open + 1; i < close; i++) {
    let byte = body[i] as number;
    if (byte === BACKSLASH || byte > 0x7f) return textHash(foldedKey(body, open, close));
    if (byte >= 0x41 && byte <= 0x5a) byte |= 0x20;
    hash = Math.imul(hash ^ byte, 0x01000193);
  }
  return hash & SMALL_INTEGER_BITS;
}

const SMALL_INTEGER_BITS = 0x3fffffff;

function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash & SMALL_INTEGER_BITS;
}

/** The key whose quotes are at `open` and `close`, decoded if escaped, folded for comparison. */
function foldedKey(body: Buffer, open: number, close = closingQuote(body, open + 1)): string {
  const key = hasBackslash(body, open + 1, close)
    ? (JSON.parse(body.toString('utf8', open, close + 1)) as string)
    : body.toString('utf8', open + 1, close);
  return fold(key);
}

function hasBackslash(body: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (body[i] === BACKSLASH) return true;
  return false;
}

/**
 * Case folding as Go's encoding/json applies it: ASCII letters by lower case; beyond ASCII,
 * upper then lower case also joins the characters that fold to an ASCII letter (the long s
 * U+017F to `s`, the Kelvin sign U+212A to `k`).
 */
function fold(key: string): string {
  for (let i = 0; i < key.length; i++) {
    if (key.charCodeAt(i) > 0x7f) return key.toUpperCase().toLowerCase();
  }
  return key.toLowerCase();
}
