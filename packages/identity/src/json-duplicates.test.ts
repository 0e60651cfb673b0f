import { describe, expect, it } from 'vitest';
import { hasDuplicateKeys } from './json-duplicates';

describe('hasDuplicateKeys', () => {
  it('finds a name repeated in one object, also when one spelling is escaped', () => {
    expect(hasDuplicateKeys('{"sub":"a","sub":"b"}')).toBe(true);
    expect(hasDuplicateKeys('{"sub":"a","s\\u0075b":"b"}')).toBe(true);
    expect(hasDuplicateKeys('{"x":{"k":1,"k":2}}')).toBe(true);
    expect(hasDuplicateKeys('{ "a" : 1 , "a" : 2 }')).toBe(true);
  });

  it('does not mistake values, other objects or escaped quotes for repeated names', () => {
    expect(hasDuplicateKeys('{"a":"a","b":"a"}')).toBe(false);
    expect(hasDuplicateKeys('{"a":{"b":1},"c":{"b":2}}')).toBe(false);
    expect(hasDuplicateKeys('{"a":["a","a"],"b":[{"a":1},{"a":1}]}')).toBe(false);
    expect(hasDuplicateKeys('{"a":"x\\":","b":"\\\\","c":1}')).toBe(false);
    expect(hasDuplicateKeys('{"groups":["a:b","a:b"],"aud":"x"}')).toBe(false);
  });
});
