import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { ip } from './contact';

// Synthetic values only.
describe("a research system's four-part version", () => {
  it.each([
    'Randomised via IWRS 4.3.1.0 on day 1.',
    'pipeline 2.14.0.3 called the variants',
    'EDC 7.0.2.11 export',
  ])('is no address: %s', (text) => expect(foundBy(ip, text)).toEqual([]));

  it('leaves an address after a host word to the detector', () => {
    expect(foundBy(ip, 'Client at 10.4.22.81 connected.')).toEqual(['10.4.22.81']);
  });
});
