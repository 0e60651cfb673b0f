import { describe, expect, it } from 'vitest';
import { headerList } from './mcp-routes';

describe('headerList', () => {
  it('lists the answer headers flat and ends with the body length, sent once', () => {
    expect(headerList({ 'content-type': 'application/json', 'mcp-session-id': 's1' }, 12)).toEqual([
      'content-type',
      'application/json',
      'mcp-session-id',
      's1',
      'content-length',
      '12',
    ]);
    // A length among the headers (whatever its case) is the body's to say: never two.
    expect(headerList({ 'Content-Length': '999', 'cache-control': 'no-store' }, 3)).toEqual([
      'cache-control',
      'no-store',
      'content-length',
      '3',
    ]);
  });
});
