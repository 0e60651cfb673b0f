import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

// Synthetic values only.
describe('times a machine wrote', () => {
  it.each([
    ['AFTER-HOURS TRIAGE  1759468163841\nCaller: (dad)', '1759468163841'],
    ['roster (export 2025-01-19T01:33:57.274Z)', '2025-01-19T01:33:57.274Z'],
    ['roster (export 2025-09-26T17:58:32.031+00:00)', '2025-09-26T17:58:32.031+00:00'],
  ])('keeps %s', (text, stamp) => expectKept(text, stamp));

  it('leaves a long number after an account label', () => {
    expectDetected('Acct 1759468163841', '1759468163841', 'account');
  });
});
