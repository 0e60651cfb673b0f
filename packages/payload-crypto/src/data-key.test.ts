import { describe, expect, it } from 'vitest';
import { decryptFrame, encryptFrame, newDataKey, sessionKeys } from './data-key';

describe('frame IVs', () => {
  it('are the key prefix and a big-endian 8-byte counter, carried across 32 bits, and open', () => {
    const keys = sessionKeys(newDataKey());
    keys.ivCounter = 0xffff_ffff;
    const clear = Buffer.from('{"jsonrpc":"2.0","id":1,"result":{}}');
    const first = encryptFrame(keys, clear);
    const second = encryptFrame(keys, clear);
    expect(first.iv.subarray(0, 4)).toEqual(keys.ivPrefix);
    expect(first.iv.subarray(4).toString('hex')).toBe('00000000ffffffff');
    expect(second.iv.subarray(4).toString('hex')).toBe('0000000100000000');
    expect(decryptFrame(keys, second)).toEqual(clear);
  });

  it('count from zero under a new key', () => {
    const keys = sessionKeys(newDataKey());
    const iv = encryptFrame(keys, Buffer.from('{}')).iv;
    expect(iv.subarray(4).toString('hex')).toBe('0000000000000000');
    expect(encryptFrame(keys, Buffer.from('{}')).iv.subarray(4).toString('hex')).toBe('0000000000000001');
  });
});
