import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

// Synthetic values only.
describe('a system named by its acronym after what it did', () => {
  it.each([
    ['98% of visits verified by EVV; next', 'EVV'],
    ['Note: 46% of visits verified by EVV.', 'EVV'],
  ])('keeps %s', (text, acronym) => expectKept(text, acronym));

  it("leaves a person's initials after by", () => {
    expectDetected('Note signed by JS today', 'JS', 'name');
  });
});
