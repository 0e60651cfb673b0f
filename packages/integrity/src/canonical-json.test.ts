import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { IntegrityError } from './errors';

describe('canonicalJson', () => {
  it('sorts keys by code unit, drops whitespace, and writes strings and numbers as JSON does', () => {
    const value = { b: [1, 2.5, 'x'], a: { z: null, é: true, A: '"q"\n' }, '10': 1e21 };
    expect(canonicalJson(value)).toBe(
      '{"10":1e+21,"a":{"A":"\\"q\\"\\n","z":null,"é":true},"b":[1,2.5,"x"]}',
    );
  });

  it('gives the same text whatever the key order of the input', () => {
    expect(canonicalJson({ x: 1, y: { b: 2, a: 1 } })).toBe(canonicalJson({ y: { a: 1, b: 2 }, x: 1 }));
  });

  it('refuses values JSON cannot carry, naming where they are', () => {
    expect(() => canonicalJson({ a: [Number.NaN] })).toThrow(/\$\.a\[0\] is not a finite number/);
    expect(() => canonicalJson({ d: new Date(0) as never })).toThrow(IntegrityError);
  });
});
