/**
 * The masking engine as the scorer sees it: detected spans for a text, and masked value plus
 * detected spans (by JSON path) for a JSON value. Uses the engine's span API
 * (`detectText`, `createMasker().maskJson`) and, where an engine predates it, derives spans
 * from the legacy masked output (`maskString`, `maskJsonText`), whose replacements are
 * `[REDACTED:<rule>]` tokens.
 */
import * as masking from '../src/index';
import { locateStrings, type StringLocation } from './json-locate';
import { pathKey, valueAt } from './json-path';
import type { JsonValue } from './labels';

export interface Detection {
  start: number;
  end: number;
  type: string;
}

/** Detections inside one string value of a JSON document, keyed by `pathKey`. */
export type JsonDetections = Map<string, Detection[]>;

export interface EngineUnderTest {
  api: 'spans' | 'legacy';
  detectText(text: string): Detection[];
  /** `unattributed`: matches that could not be placed, and changed strings without a match. */
  detectJson(value: JsonValue): { detections: JsonDetections; unattributed: number };
}

/** Accepts `$.a.b[0]`, `$['a']["b"][0]`, JSON pointers `/a/b/0`, dotted `a.b.0`, or segment arrays. */
export function parseJsonPath(path: unknown): string[] {
  if (Array.isArray(path)) return path.map(String);
  if (typeof path !== 'string') throw new Error(`unsupported jsonPath: ${typeof path}`);
  if (path === '' || path === '$') return [];
  if (path.startsWith('/'))
    return path
      .slice(1)
      .split('/')
      .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  const out: string[] = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]|^([^.[\]$]+)/g;
  const body = path.startsWith('$') ? path.slice(1) : path;
  for (const m of body.matchAll(re)) {
    const seg = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    out.push(m[4] !== undefined ? JSON.parse(`"${seg}"`) : seg.replace(/\\(.)/g, '$1'));
  }
  return out;
}

type Fn = (...args: unknown[]) => unknown;
const mod = masking as unknown as Record<string, unknown>;

function isFn(value: unknown): value is Fn {
  return typeof value === 'function';
}

function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object') throw new Error(`engine returned a non-object ${what}`);
  return value as Record<string, unknown>;
}

function toDetection(raw: unknown): Detection {
  const r = asRecord(raw, 'detection');
  const { start, end, type } = r;
  if (typeof start !== 'number' || typeof end !== 'number')
    throw new Error('engine detection without numeric start/end');
  return { start, end, type: String(type) };
}

export function loadEngine(): EngineUnderTest {
  const detectText = mod.detectText;
  const createMasker = mod.createMasker;
  if (isFn(detectText) && isFn(createMasker)) return spanEngine(detectText, createMasker);
  const maskString = mod.maskString;
  const maskJsonText = mod.maskJsonText;
  if (isFn(maskString) && isFn(maskJsonText)) return legacyEngine(maskString, maskJsonText);
  throw new Error('the masking engine exports neither detectText/createMasker nor maskString/maskJsonText');
}

/**
 * A match's string and span in `root`. A path `outer#$inner` names a string inside JSON that
 * is itself inside the string at `outer`; its span is mapped back onto the outer string.
 */
export function placeMatch(
  root: JsonValue,
  jsonPath: string,
  detection: Detection,
  cache: Map<string, Map<string, StringLocation> | undefined>,
): { path: string[]; detection: Detection } | undefined {
  const [outer = '', ...inner] = jsonPath.split('#$');
  const path = parseJsonPath(outer);
  const locations: StringLocation[] = [];
  let node = valueAt(root, path);
  for (const level of inner) {
    if (typeof node !== 'string') return undefined;
    if (!cache.has(node)) cache.set(node, locateStrings(node));
    const location = cache.get(node)?.get(pathKey(parseJsonPath(`$${level}`)));
    if (!location) return undefined;
    locations.push(location);
    node = location.decoded;
  }
  let span = detection;
  for (const location of locations.reverse()) {
    const start = location.decodedToRaw[span.start];
    const end = location.decodedToRaw[span.end];
    if (start === undefined || end === undefined) return undefined;
    span = { ...span, start, end };
  }
  return { path, detection: span };
}

function spanEngine(detectText: Fn, createMasker: Fn): EngineUnderTest {
  const masker = asRecord(createMasker(), 'masker');
  const maskJson = masker.maskJson;
  if (!isFn(maskJson)) throw new Error('createMasker() returned no maskJson');
  return {
    api: 'spans',
    detectText(text) {
      const out = detectText(text);
      if (!Array.isArray(out)) throw new Error('detectText did not return an array');
      return out.map(toDetection);
    },
    detectJson(value) {
      const result = asRecord(maskJson.call(masker, value), 'maskJson result');
      const matches = result.matches;
      if (!Array.isArray(matches)) throw new Error('maskJson result has no matches array');
      const detections: JsonDetections = new Map();
      const cache = new Map<string, Map<string, StringLocation> | undefined>();
      let unplaced = 0;
      for (const m of matches) {
        const placed = placeMatch(value, String(asRecord(m, 'match').jsonPath), toDetection(m), cache);
        if (!placed) {
          unplaced++;
          continue;
        }
        const key = pathKey(placed.path);
        const list = detections.get(key) ?? [];
        list.push(placed.detection);
        detections.set(key, list);
      }
      // A string the engine changed without reporting a span for it (a path spelled in a way
      // the parser above does not know): count the changed middle as covered, and report it.
      let unattributed = unplaced;
      forEachChangedString(value, result.value as JsonValue, [], (path, before, after) => {
        const key = pathKey(path);
        if (detections.has(key)) return;
        unattributed++;
        detections.set(key, [changedMiddle(before, after)]);
      });
      return { detections, unattributed };
    },
  };
}

const TOKEN = /\[REDACTED:([a-z0-9_]+)\]/g;
const LEGACY_TYPES: Record<string, string> = { email: 'email', us_ssn: 'ssn', phone: 'phone' };

/** Spans of the original text that a legacy engine replaced by `[REDACTED:<rule>]` tokens. */
export function spansFromTokens(original: string, masked: string): Detection[] {
  const out: Detection[] = [];
  const parts: { literal: string; rule?: string }[] = [];
  let last = 0;
  for (const m of masked.matchAll(TOKEN)) {
    parts.push({ literal: masked.slice(last, m.index), rule: m[1] });
    last = m.index + m[0].length;
  }
  const tail = masked.slice(last);
  let pos = 0;
  parts.forEach((part, i) => {
    pos += part.literal.length;
    // The replaced text ends where the next literal begins (the tail is anchored at the end).
    const next = parts[i + 1]?.literal;
    const end = next === undefined ? original.length - tail.length : original.indexOf(next, pos + 1);
    const stop = end < 0 ? original.length : end;
    out.push({ start: pos, end: stop, type: LEGACY_TYPES[part.rule ?? ''] ?? part.rule ?? 'other_id' });
    pos = stop;
  });
  return out;
}

function legacyEngine(maskString: Fn, maskJsonText: Fn): EngineUnderTest {
  return {
    api: 'legacy',
    detectText(text) {
      return spansFromTokens(text, String(maskString(text)));
    },
    detectJson(value) {
      const result = asRecord(maskJsonText(JSON.stringify(value)), 'maskJsonText result');
      const masked = JSON.parse(String(result.text)) as JsonValue;
      const detections: JsonDetections = new Map();
      if (result.quarantined === true) {
        forEachChangedString(value, null, [], (path, before) => {
          detections.set(pathKey(path), [{ start: 0, end: before.length, type: 'quarantine' }]);
        });
      } else {
        forEachChangedString(value, masked, [], (path, before, after) => {
          detections.set(pathKey(path), spansFromTokens(before, after));
        });
      }
      return { detections, unattributed: 0 };
    },
  };
}

/** Calls `visit` for every string of `before` that differs at the same path in `after`. */
function forEachChangedString(
  before: JsonValue,
  after: JsonValue | undefined,
  path: (string | number)[],
  visit: (path: (string | number)[], before: string, after: string) => void,
): void {
  if (typeof before === 'string') {
    if (after !== before) visit(path, before, typeof after === 'string' ? after : '');
    return;
  }
  if (before === null || typeof before !== 'object') return;
  if (Array.isArray(before)) {
    const other = Array.isArray(after) ? after : [];
    before.forEach((child, i) => {
      forEachChangedString(child, other[i], [...path, i], visit);
    });
    return;
  }
  const other = after && typeof after === 'object' && !Array.isArray(after) ? after : {};
  for (const [key, child] of Object.entries(before))
    forEachChangedString(child, other[key], [...path, key], visit);
}

/** The part of `before` between the longest common prefix and suffix with `after`. */
function changedMiddle(before: string, after: string): Detection {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (
    s < before.length - p &&
    s < after.length - p &&
    before[before.length - 1 - s] === after[after.length - 1 - s]
  )
    s++;
  return { start: p, end: before.length - s, type: 'unattributed' };
}
