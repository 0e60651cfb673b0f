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

describe("a town in a town's shape, or a known town with its place word, after a preposition", () => {
  it.each([
    ['Daughter will call her sister in Red Wing Crossing. Code status DNR.', 'Red Wing Crossing'],
    ['Daughter will call her sister in Port Alder. Code status DNR.', 'Port Alder'],
    ['Daughter will call her sister in Cedar Bluff. Code status DNR.', 'Cedar Bluff'],
    ['Moved to Fort Ellery last year.', 'Fort Ellery'],
  ])('is a place: %s', (text, town) => expectDetected(text, town, 'geo'));

  it.each([
    ['Rash typical of Rocky Mountain spotted fever.', 'Rocky Mountain'],
    ['Transferred to Mount Sinai Hospital for cath.', 'Mount Sinai Hospital'],
  ])('leaves other names alone: %s', (text, words) => expectKept(text, words));
});
