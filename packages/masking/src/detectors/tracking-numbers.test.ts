import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('a mail tracking number after its label', () => {
  it.each([
    ['CERTIFIED MAIL\nTracking #: 9205 5112 0418 3307 6621 58\n', '9205 5112 0418 3307 6621 58'],
    ['Sent by Certified Mail No. 7019 0700 0001 2345 6789', '7019 0700 0001 2345 6789'],
    ['UPS tracking number 1Z4F88E30342117728', '1Z4F88E30342117728'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'other_id'));

  it('keeps short numbers after the same words', () => {
    expectKept('Article 9 of the policy', 'Article 9');
    expectKept('Symptom tracking: 3 episodes in 2 weeks', '3 episodes in 2 weeks');
  });
});
