import { describe, expect, it } from 'vitest';
import { type JsonNode, JsonTooDeepError, MAX_DEPTH, parseJsonTree } from './json-tree';

/** The tree as a plain value (duplicate keys: the last wins, as in JSON.parse). */
function plain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'string':
      return node.value;
    case 'number':
      return Number(node.raw);
    case 'literal':
      return node.value;
    case 'array':
      return node.items.map(plain);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) out[e.key.value] = plain(e.value);
      return out;
    }
  }
}

function nativeAccepts(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Same verdict as JSON.parse, and the same value when both accept. */
function expectAsNative(text: string): void {
  const tree = parseJsonTree(text);
  expect({ text, accepted: tree !== undefined }).toEqual({ text, accepted: nativeAccepts(text) });
  if (tree !== undefined) expect(plain(tree)).toEqual(JSON.parse(text));
}

/** A small deterministic generator (tests must not depend on Math.random). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  ' ',
  '\n',
  '\t',
  '\r',
  '\f',
  '\u00a0',
  '\ufeff',
  '"',
  '"a"',
  '"\\"',
  '"\\u00e9"',
  '"\\u00G9"',
  '"\\x"',
  '"\\/"',
  '"\u0001"',
  '"\u007f"',
  '"\ud800"',
  '0',
  '-',
  '01',
  '-0',
  '1.',
  '.5',
  '1.5',
  '1e',
  '1e+',
  '1E-7',
  '+1',
  '12345678901234567890',
  'true',
  'tru',
  'false',
  'null',
  'nul',
  'NaN',
  'Infinity',
  'x',
];

describe('parseJsonTree', () => {
  it('accepts exactly what JSON.parse accepts, with the same values (fixed cases)', () => {
    for (const text of [
      '',
      ' ',
      '{}',
      '[]',
      '""',
      '"x"',
      ' {"a" : [1, -0.5e+3, true, false, null, "\\u00e9\\n"] } ',
      '{"a":1,}',
      '[1,]',
      '[,1]',
      '{"a" 1}',
      '{"a":1 "b":2}',
      '{a:1}',
      "{'a':1}",
      '{"a":1}}',
      '[1]]',
      '[1',
      '{"a":',
      '"unterminated',
      '"tab\there"',
      '"line\nbreak"',
      '"\\u12"',
      '\ufeff{}',
      '{}\u00a0',
      '1 2',
      '-',
      '--1',
      '1e5',
      '0x10',
      '{"dup":1,"dup":2}',
      '"\ud83d\ude00 \ud800 \\ud800"',
    ])
      expectAsNative(text);
  });

  it('accepts exactly what JSON.parse accepts on generated near-JSON texts', () => {
    const next = prng(20_261_126);
    let accepted = 0;
    for (let n = 0; n < 10_000; n++) {
      const parts: string[] = [];
      const length = 1 + Math.floor(next() * 12);
      for (let k = 0; k < length; k++) parts.push(PIECES[Math.floor(next() * PIECES.length)] as string);
      const text = parts.join('');
      expectAsNative(text);
      if (nativeAccepts(text)) accepted++;
    }
    // The generator reaches both verdicts often enough for the comparison to mean something.
    expect(accepted).toBeGreaterThan(150);
  });

  it('accepts exactly what JSON.parse accepts on valid documents with one or two characters changed', () => {
    const next = prng(7_340_221);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const randomValue = (depth: number): unknown => {
      const r = next();
      if (depth > 3 || r < 0.35) return pick(['Jane Doe', 'é\n"', '', 0, -1.5e-7, 12, true, false, null]);
      if (r < 0.65) return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(depth + 1));
      return Object.fromEntries(
        Array.from({ length: Math.floor(next() * 4) }, (_, i) => [`k${i}`, randomValue(depth + 1)]),
      );
    };
    let accepted = 0;
    let rejected = 0;
    for (let n = 0; n < 6_000; n++) {
      let text = JSON.stringify(randomValue(0), null, pick([undefined, 1, '\t']));
      for (let m = Math.floor(next() * 3); m > 0; m--) {
        const at = Math.floor(next() * (text.length + 1));
        const edit = next();
        if (edit < 0.4) text = text.slice(0, at) + text.slice(at + 1);
        else text = text.slice(0, at) + pick(PIECES) + text.slice(edit < 0.7 ? at : at + 1);
      }
      expectAsNative(text);
      if (nativeAccepts(text)) accepted++;
      else rejected++;
    }
    expect(accepted).toBeGreaterThan(1_000);
    expect(rejected).toBeGreaterThan(1_000);
  });

  it('keeps the offsets of strings and numbers in the text', () => {
    const text = '{ "k": "v\\"x", "n": 1.50e10 }';
    const tree = parseJsonTree(text);
    if (tree?.kind !== 'object') throw new Error('not an object');
    const [k, n] = tree.entries;
    expect(text.slice(k?.key.start, k?.key.end)).toBe('"k"');
    if (k?.value.kind !== 'string' || n?.value.kind !== 'number') throw new Error('unexpected kinds');
    expect(text.slice(k.value.start, k.value.end)).toBe('"v\\"x"');
    expect(k.value.value).toBe('v"x');
    expect(n.value.raw).toBe('1.50e10');
  });

  it('throws JsonTooDeepError for valid JSON nested deeper than MAX_DEPTH, and gives no tree for invalid JSON as deep', () => {
    expect(parseJsonTree('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH))).toBeDefined();
    const deep = '['.repeat(MAX_DEPTH + 1) + ']'.repeat(MAX_DEPTH + 1);
    expect(() => parseJsonTree(deep)).toThrow(JsonTooDeepError);
    expect(parseJsonTree(`${deep},`)).toBeUndefined();
  });
});
