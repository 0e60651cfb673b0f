import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

// Synthetic values only.
describe('a town named by its kind of place', () => {
  it.each([
    [
      'MRN 123, admitted 10/9 from Pinecrest Junction via Northfield General Hospital ED.',
      'Pinecrest Junction',
    ],
    ['admitted from Copper Mesa via the ED', 'Copper Mesa'],
  ])('after a place cue: %s', (text, town) => expectDetected(text, town, 'geo'));

  it.each([
    ['pt moved, new addr is 7713 cottonwood wash rd Wyandotte Springs 55070', 'Wyandotte Springs'],
    ['new addr is 4570 harbor lights way Cedar Bluff 42066', 'Cedar Bluff'],
  ])('with its ZIP after a street typed in lower case: %s', (text, town) => {
    expectDetected(text, town, 'geo');
    expectDetected(text, text.slice(-5), 'zip');
  });

  it('leaves a room after a street alone', () => expectKept('at 45 elm st Room 12 today', 'today'));
});
