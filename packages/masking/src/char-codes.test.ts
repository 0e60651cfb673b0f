import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from './char-codes';

describe('isWhiteSpace', () => {
  it('answers as `\\s` does for every UTF-16 code unit', () => {
    const differing: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differing.push(c);
    expect(differing).toEqual([]);
  });

  it('is false past either end of a text (charCodeAt gives NaN)', () => {
    expect(isWhiteSpace('a b'.charCodeAt(-1))).toBe(false);
    expect(isWhiteSpace('a b'.charCodeAt(3))).toBe(false);
  });
});
