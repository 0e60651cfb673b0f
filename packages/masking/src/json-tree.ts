/**
 * A JSON text parsed into a tree that remembers where each leaf sits in the text, so masking
 * can rewrite just the strings (and the odd number) it changes and leave everything else —
 * numbers beyond double precision, whitespace, key order, duplicate keys — exactly as it was.
 * The parser checks the grammar as it goes (RFC 8259, what `JSON.parse` accepts), so a text is
 * read once: a text `JSON.parse` rejects gives no tree.
 */
import { isDigit, isHex } from './char-codes';

export type JsonNode = JsonString | JsonNumber | JsonLiteral | JsonObject | JsonArray;

export interface JsonString {
  kind: 'string';
  /** Offsets of the token in the text, quotes included. */
  start: number;
  end: number;
  value: string;
}
export interface JsonNumber {
  kind: 'number';
  start: number;
  end: number;
  raw: string;
}
export interface JsonLiteral {
  kind: 'literal';
  value: boolean | null;
}
export interface JsonEntry {
  key: JsonString;
  value: JsonNode;
}
export interface JsonObject {
  kind: 'object';
  entries: JsonEntry[];
}
export interface JsonArray {
  kind: 'array';
  items: JsonNode[];
}

/** Deeper than any real MCP message; deeper payloads are quarantined rather than walked. */
export const MAX_DEPTH = 512;

export class JsonTooDeepError extends Error {
  constructor() {
    super(`JSON nested deeper than ${MAX_DEPTH} levels`);
    this.name = 'JsonTooDeepError';
  }
}

/** Thrown inside the parser at the first character the grammar does not allow. */
class NotJson extends Error {}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** A control character (below U+0020, what the range from the space up leaves): a string may not hold one as it is. */
const CONTROL = /[^ -\uffff]/g;

/** Literals are shared: the tree is read, never changed. */
const TRUE: JsonLiteral = Object.freeze({ kind: 'literal', value: true }) as JsonLiteral;
const FALSE: JsonLiteral = Object.freeze({ kind: 'literal', value: false }) as JsonLiteral;
const NULL: JsonLiteral = Object.freeze({ kind: 'literal', value: null }) as JsonLiteral;

/** The escapes JSON allows after a backslash, besides `\u` and four hex digits: " \ / b f n r t. */
function isSimpleEscape(c: number): boolean {
  return (
    c === QUOTE ||
    c === BACKSLASH ||
    c === 0x2f ||
    c === 0x62 ||
    c === 0x66 ||
    c === 0x6e ||
    c === 0x72 ||
    c === 0x74
  );
}

class TreeParser {
  private pos = 0;
  /**
   * Where the next backslash and the next control character are, at or after the last place
   * asked about (the text's length when there is none): the parser only moves forward, so
   * each is searched for again only once passed.
   */
  private nextBackslash = -1;
  private nextControl = -1;

  constructor(private readonly text: string) {}

  /**
   * Where the characters a string holds as they are (anything but a quote, a backslash or a
   * control character) end from `from`: the nearest of the three, each found with a search.
   */
  private plainEnd(from: number): number {
    const text = this.text;
    if (this.nextBackslash < from) {
      const b = text.indexOf('\\', from);
      this.nextBackslash = b < 0 ? text.length : b;
    }
    if (this.nextControl < from) {
      CONTROL.lastIndex = from;
      this.nextControl = CONTROL.test(text) ? CONTROL.lastIndex - 1 : text.length;
    }
    const q = text.indexOf('"', from);
    return Math.min(q < 0 ? text.length : q, this.nextBackslash, this.nextControl);
  }

  document(): JsonNode {
    this.skipWs();
    const root = this.value(0);
    this.skipWs();
    if (this.pos !== this.text.length) throw new NotJson();
    return root;
  }

  private skipWs(): void {
    const text = this.text;
    let i = this.pos;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
    this.pos = i;
  }

  /** A value starting at `pos` (white space skipped), inside `depth` open containers. */
  private value(depth: number): JsonNode {
    const c = this.text.charCodeAt(this.pos);
    if (c === QUOTE) return this.string();
    if (c === 0x7b) return this.object(depth + 1);
    if (c === 0x5b) return this.array(depth + 1);
    if (c === 0x74) return this.literal('true', TRUE);
    if (c === 0x66) return this.literal('false', FALSE);
    if (c === 0x6e) return this.literal('null', NULL);
    return this.number();
  }

  private literal(word: string, node: JsonLiteral): JsonLiteral {
    if (!this.text.startsWith(word, this.pos)) throw new NotJson();
    this.pos += word.length;
    return node;
  }

  private string(): JsonString {
    const text = this.text;
    const start = this.pos;
    let escaped = false;
    let i = this.plainEnd(start + 1);
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      // A control character, or the end of the text.
      if (c !== BACKSLASH) throw new NotJson();
      escaped = true;
      const e = text.charCodeAt(i + 1);
      if (isSimpleEscape(e)) i += 2;
      else if (
        e === 0x75 &&
        isHex(text.charCodeAt(i + 2)) &&
        isHex(text.charCodeAt(i + 3)) &&
        isHex(text.charCodeAt(i + 4)) &&
        isHex(text.charCodeAt(i + 5))
      )
        i += 6;
      else throw new NotJson();
      i = this.plainEnd(i);
    }
    const end = i + 1;
    this.pos = end;
    const value: string = escaped ? JSON.parse(text.slice(start, end)) : text.slice(start + 1, i);
    return { kind: 'string', start, end, value };
  }

  /** `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` */
  private number(): JsonNumber {
    const text = this.text;
    const start = this.pos;
    let i = start;
    if (text.charCodeAt(i) === 0x2d) i++;
    const first = text.charCodeAt(i);
    if (first === 0x30) i++;
    else if (first >= 0x31 && first <= 0x39) while (isDigit(text.charCodeAt(++i)));
    else throw new NotJson();
    if (text.charCodeAt(i) === 0x2e) {
      if (!isDigit(text.charCodeAt(++i))) throw new NotJson();
      while (isDigit(text.charCodeAt(++i)));
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      const sign = text.charCodeAt(++i);
      if (sign === 0x2b || sign === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) throw new NotJson();
      while (isDigit(text.charCodeAt(++i)));
    }
    this.pos = i;
    return { kind: 'number', start, end: i, raw: text.slice(start, i) };
  }

  private object(depth: number): JsonObject {
    if (depth > MAX_DEPTH) throw new JsonTooDeepError();
    const text = this.text;
    const entries: JsonEntry[] = [];
    this.pos++;
    this.skipWs();
    if (text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return { kind: 'object', entries };
    }
    for (;;) {
      if (text.charCodeAt(this.pos) !== QUOTE) throw new NotJson();
      const key = this.string();
      this.skipWs();
      if (text.charCodeAt(this.pos) !== 0x3a) throw new NotJson();
      this.pos++;
      this.skipWs();
      entries.push({ key, value: this.value(depth) });
      this.skipWs();
      const c = text.charCodeAt(this.pos++);
      if (c === 0x7d) return { kind: 'object', entries };
      if (c !== 0x2c) throw new NotJson();
      this.skipWs();
    }
  }

  private array(depth: number): JsonArray {
    if (depth > MAX_DEPTH) throw new JsonTooDeepError();
    const text = this.text;
    const items: JsonNode[] = [];
    this.pos++;
    this.skipWs();
    if (text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return { kind: 'array', items };
    }
    for (;;) {
      items.push(this.value(depth));
      this.skipWs();
      const c = text.charCodeAt(this.pos++);
      if (c === 0x5d) return { kind: 'array', items };
      if (c !== 0x2c) throw new NotJson();
      this.skipWs();
    }
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The tree of a JSON text, or undefined when the text is not JSON. Valid JSON nested deeper
 * than MAX_DEPTH throws JsonTooDeepError (invalid JSON that deep is just not JSON).
 */
export function parseJsonTree(text: string): JsonNode | undefined {
  try {
    return new TreeParser(text).document();
  } catch (err) {
    if (err instanceof NotJson) return undefined;
    if (err instanceof JsonTooDeepError && !isJson(text)) return undefined;
    throw err;
  }
}
