import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { brandGenericSpans } from './brand-generics';

// Synthetic values only.
function kept(text: string): string[] {
  return brandGenericSpans(text).map(([s, e]) => text.slice(s, e));
}

describe('a brand before its generic in brackets and a dose', () => {
  it.each([
    [' - continue Celestone Soluspan (betamethasone) 12 mg IM q24h x2', 'Celestone Soluspan'],
    ['Infant: Fer-In-Sol (ferrous sulfate drops) 1 mL daily', 'Fer-In-Sol'],
    ['Infant: HBIG (hepatitis B immune globulin) 0.5 mL IM', 'HBIG'],
  ])('%s keeps %s', (text, brand) => {
    expect(kept(text)).toContain(brand);
    expect(detectText(text).some((s) => s.type === 'name')).toBe(false);
  });

  it('leaves a person with who they are in brackets', () => {
    const text = 'Reviewed with Jane Hale (daughter) 2 tabs given';
    expect(kept(text)).toEqual([]);
    expect(detectText(text).some((s) => text.slice(s.start, s.end) === 'Jane Hale')).toBe(true);
  });
});
