import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { pagerExtensions } from './pager-extensions';

describe('in-house pager extensions', () => {
  it.each([
    ['Kay Doe, MD pgr 2-2879', '2-2879'],
    ['cards (Dr. Roe, pgr 6-0083) aware.', '6-0083'],
    ['Device RN: A. Lee  beeper #83330', '83330'],
    ['Signing out to Dr. Roe, Pager: 4-1187. — T. L.', '4-1187'],
  ] as const)('finds %s', (text, value) => expect(foundBy(pagerExtensions, text)).toEqual([value]));

  it('keeps what is not a pager number after the word', () => {
    expect(
      foundBy(pagerExtensions, 'MD pgr PGY-2, pager x2 overnight, pager 12 pages, bleep 2.5/10'),
    ).toEqual([]);
    expect(foundBy(pagerExtensions, 'pager 2024-11-03 log, pgr 1234.5')).toEqual([]);
  });
});
