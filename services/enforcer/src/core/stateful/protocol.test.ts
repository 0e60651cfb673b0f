import { describe, expect, it } from 'vitest';
import { acceptsBothAnswerTypes } from './protocol';

describe('the Accept header of a stateful POST', () => {
  const cases: [string | undefined, boolean][] = [
    ['application/json, text/event-stream', true],
    ['application/json', false],
    ['text/event-stream;q=0.9, APPLICATION/JSON', true],
    ['*/*', true],
    ['text/event-stream', false],
    ['application/*, text/*', true],
    [undefined, false],
    ['', false],
  ];

  it('lists both answer types, whatever header came before (the last answer is kept by value)', () => {
    // Each header after every other, twice, so a kept answer is always checked against a changed header.
    for (let round = 0; round < 2; round++) {
      for (const [before] of cases) {
        for (const [accept, expected] of cases) {
          acceptsBothAnswerTypes(before);
          expect(acceptsBothAnswerTypes(accept), `${before} then ${accept}`).toBe(expected);
          // The same value again, as a new string (as each request's headers are).
          const again = accept === undefined ? undefined : `${accept} `.slice(0, accept.length);
          expect(acceptsBothAnswerTypes(again)).toBe(expected);
        }
      }
    }
  });
});
