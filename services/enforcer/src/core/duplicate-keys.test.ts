import { describe, expect, it } from 'vitest';
import { findDuplicateKey, keyHash, refuseDuplicateKeys } from './duplicate-keys';
import { GatewayError } from './errors';

const at = (json: string) => findDuplicateKey(Buffer.from(json, 'utf8'));

describe('findDuplicateKey', () => {
  it('finds an exact repeat and names the offset of the second key', () => {
    const json = '{"jsonrpc":"2.0","params":{"name":"a","name":"b"}}';
    expect(at(json)).toBe(json.lastIndexOf('"name"'));
  });

  it('finds keys equal ignoring case, in ASCII and as Go folds beyond it', () => {
    expect(at('{"name":"a","Name":"b"}')).toBeGreaterThan(0);
    expect(at('{"URI":"a","uri":"b"}')).toBeGreaterThan(0);
    // U+017F LATIN SMALL LETTER LONG S folds to s, U+212A KELVIN SIGN to k.
    expect(at('{"ſ":1,"s":2}')).toBeGreaterThan(0);
    expect(at('{"k":1,"K":2}')).toBeGreaterThan(0);
  });

  it('decodes escaped keys before comparing', () => {
    expect(at('{"name":"a","\\u006eame":"b"}')).toBeGreaterThan(0);
    expect(at('{"n\\u0061me":"a","NAME":"b"}')).toBeGreaterThan(0);
    expect(at('{"a\\"b":1,"a\\\\b":2}')).toBe(-1);
  });

  it('compares keys within one object only, at any nesting, in arrays of objects', () => {
    expect(at('{"name":"a","params":{"name":"b","arguments":{"name":"c"}}}')).toBe(-1);
    expect(at('[{"id":1,"name":"a"},{"id":2,"name":"b"}]')).toBe(-1);
    expect(at('{"a":[{"x":1},{"x":2,"X":3}]}')).toBeGreaterThan(0);
    expect(at('{"a":{"b":1},"b":{"a":1},"A":0}')).toBeGreaterThan(0);
    // Siblings after a closed inner object still count against the outer one.
    expect(at('{"k":{"z":1},"m":[1,{"k":2}],"K":3}')).toBeGreaterThan(0);
  });

  it('does not read braces, quotes, colons or commas inside strings as structure', () => {
    expect(at('{"a":"{\\"a\\":1,\\"a\\":2}","b":"}:,{","c":["a","a"]}')).toBe(-1);
    expect(at('{"a":"x\\\\","b":"\\\\\\"","c":1}')).toBe(-1);
    expect(at('{"a":"x\\\\","A":1}')).toBeGreaterThan(0);
    // Equal values and keys equal to values are not repeats.
    expect(at('{"a":"a","b":"a","name":"name"}')).toBe(-1);
  });

  it('handles deep nesting within the depth limit', () => {
    const depth = 64;
    const ok = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    expect(at(ok)).toBe(-1);
    const bad = `${'{"a":'.repeat(depth)}{"b":1,"B":2}${'}'.repeat(depth)}`;
    expect(at(bad)).toBeGreaterThan(0);
  });

  it('two different keys of one hash are not a repeat, and a real repeat beside them is found', () => {
    const seen = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; pair === null; i++) {
      const key = `k${i}`;
      const hash = keyHash(Buffer.from(`"${key}"`), 0);
      const other = seen.get(hash);
      if (other !== undefined) pair = [other, key];
      seen.set(hash, key);
    }
    const [a, b] = pair;
    expect(at(`{"${a}":1,"${b}":2}`)).toBe(-1);
    const json = `{"${a}":1,"${b}":2,"${b.toUpperCase()}":3}`;
    expect(at(json)).toBe(json.lastIndexOf('"'.concat(b.toUpperCase())));
  });

  it('finds a repeat on either side of the eighth key, where the keys of an object move from a list to a map', () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(',');
    for (let n = 1; n <= 12; n++) {
      for (const repeated of [0, n - 1]) {
        const json = `{"outer":{${keys(n)},"K${repeated}":0},"after":1}`;
        expect(at(json)).toBe(json.lastIndexOf(`"K${repeated}"`));
      }
      expect(at(`{"outer":{${keys(n)}},"after":1}`)).toBe(-1);
    }
  });

  it('forgets the keys of the bodies scanned before', () => {
    expect(at(`{"p":{${Array.from({ length: 20 }, (_, i) => `"k${i}":1`).join(',')}}}`)).toBe(-1);
    expect(at('{"p":{"k1":1},"q":{"k2":2}}')).toBe(-1);
    expect(at('{"a":{"x":1,"y":2}}')).toBe(-1);
    expect(at('{"b":[{"x":1}],"c":{"y":1,"Y":2}}')).toBeGreaterThan(0);
    expect(at('{"b":{"y":1}}')).toBe(-1);
  });

  it('is linear: an object of 200,000 distinct keys and a 20 MB string take one pass', () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => `"k${i}":${i}`).join(',');
    // This process's CPU time, not the wall clock, which a loaded machine (the whole suite in
    // parallel) stretches far more; a quadratic scan would take minutes of either.
    const started = process.cpuUsage();
    expect(at(`{${keys}}`)).toBe(-1);
    expect(at(`{${keys},"K199999":0}`)).toBeGreaterThan(0);
    expect(at(`{"a":"${'x'.repeat(20_000_000)}","A":1}`)).toBeGreaterThan(0);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(5000);
  });
});

describe('refuseDuplicateKeys', () => {
  it('refuses with -32600 under the id, and passes a body without repeats', () => {
    const body = Buffer.from(
      '{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"a","NAME":"b"}}',
    );
    let thrown: unknown;
    try {
      refuseDuplicateKeys(body, '7');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(GatewayError);
    expect((thrown as GatewayError).rpcCode).toBe(-32600);
    expect((thrown as GatewayError).idJson).toBe('7');
    expect((thrown as GatewayError).message).toMatch(/repeats a key/);
    expect(() => refuseDuplicateKeys(Buffer.from('{"jsonrpc":"2.0","id":7}'), '7')).not.toThrow();
  });
});
