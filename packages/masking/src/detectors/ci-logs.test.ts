/** Accounts named in build logs. Values are made up. */
import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

const LOG = [
  '2026-02-03T10:14:07.1183201Z ##[group]Run npm test',
  '2026-02-03T10:14:09.5521840Z ##[error]Process completed with exit code 1.',
  '2026-02-03T10:14:09.9184121Z Triggered by orla-wendover · workflow intake-ci',
  'Re-run triggered by @tamsinq',
  'Approved by b.halloran42 for deployment',
  'Started by user Isolde Pellow',
  'Started by timer',
  'Triggered by dependabot[bot]',
  'Started by upstream project "intake-build" build number 812',
].join('\n');

describe('accounts in build logs', () => {
  it.each(['orla-wendover', 'tamsinq', 'b.halloran42', 'Isolde Pellow'])('finds %s', (value) =>
    expectDetected(LOG, value, 'name'),
  );

  it.each(['Started by timer', 'dependabot', 'upstream project'])('keeps %s', (keep) =>
    expectKept(LOG, keep),
  );

  it('reads no prose and no log without a build', () => {
    expectKept('Symptoms triggered by exercise; pain started by lifting.');
    expectKept('Chest pain triggered by cold-air exposure', 'cold-air');
  });
});
