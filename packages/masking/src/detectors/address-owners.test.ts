import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';

// Synthetic values only.
function ownersIn(text: string): string[] {
  return detectText(text)
    .filter(
      (s) => s.ruleId === 'address_owner' || (s.type === 'name' && text.slice(s.start, s.end).includes(' ')),
    )
    .map((s) => text.slice(s.start, s.end));
}

describe('the person a street address is given for', () => {
  it.each([
    ['tamsin quillan moved to 4962 Nils Plain, Harrow Flats. Call before visits.', 'tamsin quillan'],
    ['Quillan, Tamsin now lives at 12 Elm Street, Springfield', 'Quillan, Tamsin'],
    ['Note saved. osric vantresk relocated to 88 Birch Road', 'osric vantresk'],
    ['J. K. Quillan moved to 88 Birch Road', 'J. K. Quillan'],
  ])('%s names %s', (text, name) => {
    expect(ownersIn(text)).toContain(name);
  });

  it('keeps a subject that names no one', () => {
    for (const text of [
      'Patient moved to 12 Elm Street last week',
      'The clinic moved to 12 Elm Street',
      'Billing office relocated to 12 Elm Street',
      'Family recently moved to 12 Elm Street',
    ])
      expect(ownersIn(text)).toEqual([]);
  });
});
