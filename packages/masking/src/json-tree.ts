/**
 * A JSON text parsed into a tree that remembers where each leaf sits in the text, so masking
 * can rewrite just the strings (and the odd number) it changes and leave everything else —
 * numbers beyond double precision, whitespace, key order, duplicate keys — exactly as it was.
 * The text must already be valid JSON (checked with the native parser first). Iterative:
 * no recursion whatever the depth.
 */

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

const BACKSLASH = 0x5c;
const QUOTE = 0x22;

function skipWs(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else return i;
  }
}

function isEscaped(text: string, quoteAt: number): boolean {
  let backslashes = 0;
  for (let k = quoteAt - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
  return backslashes % 2 === 1;
}

function readString(text: string, start: number): JsonString {
  let end = text.indexOf('"', start + 1);
  while (isEscaped(text, end)) end = text.indexOf('"', end + 1);
  const raw = text.slice(start, end + 1);
  const value: string = raw.includes('\\') ? JSON.parse(raw) : raw.slice(1, -1);
  return { kind: 'string', start, end: end + 1, value };
}

type Container = { node: JsonObject; key?: JsonString } | { node: JsonArray };

function attach(stack: Container[], top: { root?: JsonNode }, node: JsonNode): void {
  const frame = stack[stack.length - 1];
  if (!frame) top.root = node;
  else if (frame.node.kind === 'array') frame.node.items.push(node);
  else {
    const f = frame as { node: JsonObject; key?: JsonString };
    f.node.entries.push({ key: f.key as JsonString, value: node });
    f.key = undefined;
  }
}

/** Parses valid JSON text into a tree. */
export function parseJsonTree(text: string): JsonNode {
  const stack: Container[] = [];
  const holder: { root?: JsonNode } = {};
  let i = skipWs(text, 0);
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const s = readString(text, i);
      i = s.end;
      const top = stack[stack.length - 1];
      const after = skipWs(text, i);
      if (
        top &&
        top.node.kind === 'object' &&
        text.charCodeAt(after) === 0x3a &&
        (top as { key?: JsonString }).key === undefined
      ) {
        (top as { key?: JsonString }).key = s;
        i = after + 1;
      } else attach(stack, holder, s);
    } else if (c === 0x7b) {
      const node: JsonObject = { kind: 'object', entries: [] };
      attach(stack, holder, node);
      stack.push({ node });
      if (stack.length > MAX_DEPTH) throw new JsonTooDeepError();
      i++;
    } else if (c === 0x5b) {
      const node: JsonArray = { kind: 'array', items: [] };
      attach(stack, holder, node);
      stack.push({ node });
      if (stack.length > MAX_DEPTH) throw new JsonTooDeepError();
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      i++;
    } else if (c === 0x2c || c === 0x3a) {
      i++;
    } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
      const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null';
      attach(stack, holder, { kind: 'literal', value: c === 0x74 ? true : c === 0x66 ? false : null });
      i += word.length;
    } else {
      let j = i + 1;
      for (;;) {
        const d = text.charCodeAt(j);
        if ((d >= 0x30 && d <= 0x39) || d === 0x2e || d === 0x65 || d === 0x45 || d === 0x2b || d === 0x2d)
          j++;
        else break;
      }
      attach(stack, holder, { kind: 'number', start: i, end: j, raw: text.slice(i, j) });
      i = j;
    }
    i = skipWs(text, i);
  }
  return holder.root ?? { kind: 'literal', value: null };
}
