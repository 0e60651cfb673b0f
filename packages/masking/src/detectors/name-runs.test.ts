import { describe, it } from 'vitest';
import { expectDetected, expectNoType } from '../test-helpers';

// Synthetic values only.
describe('"I." with its full stop before a family name', () => {
  it.each([
    ['Seen by I. Church, CNM; on Pifeltro 90 mg', 'I. Church'],
    ['EMS (I. Mason, RN) on scene', 'I. Mason'],
  ])('is an initial: %s', (text, name) => expectDetected(text, name, 'name'));

  it.each(['Temp 38.6 C. I asked her to return.', 'Then I. Church was closed.'])('%s names no one', (text) =>
    expectNoType(text, 'name'),
  );
});
