import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

// Synthetic values only.
describe('a town no list knows after "near" or "home is"', () => {
  it.each([
    ['Rear-ended at ~35 mph near Quail Creek. Other driver unhurt.', 'Quail Creek'],
    ['Son reachable by phone; home is Marlow Heights, MD.', 'Marlow Heights'],
    ['Son reachable by phone; home is Port Ellery, ME.', 'Port Ellery'],
    ['Collision on the interstate near Bellhaven.', 'Bellhaven'],
  ])('is a place: %s', (text, town) => expectDetected(text, town, 'geo'));

  it.each([
    ['Sats near Normal limits.', 'Normal'],
    ['Pain near Baseline.', 'Baseline'],
    ['Home is Where the heart is, she says.', 'Where'],
  ])('leaves everyday words alone: %s', (text, word) => expectKept(text, word));
});
