import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { eponymHeadSpans } from './eponym-heads';

// Synthetic values only.
function kept(text: string): string[] {
  return eponymHeadSpans(text).map(([s, e]) => text.slice(s, e));
}
function maskedNames(text: string): string[] {
  return detectText(text)
    .filter((s) => s.type === 'name')
    .map((s) => text.slice(s.start, s.end));
}

describe('eponyms before what they name', () => {
  it.each([
    ['Patient reports Braxton Hicks contractions overnight.', 'Braxton Hicks contractions'],
    ['S: +FM, occ Braxton Hicks, denies LOF', 'Braxton Hicks'],
    ['Moro startle symmetric.', 'Moro startle'],
    ['Echo showed LVEF 56%. Austin Flint rumble was noted.', 'Austin Flint rumble'],
    ['Dev: Denver II screen passed all domains', 'Denver II screen'],
    ['anticipatory grief, Zarit Burden Interview.', 'Zarit Burden Interview'],
    ['(GAD-7 7; Allen Cognitive Level Screen) found', 'Allen Cognitive Level Screen'],
    ['Katz index of independence in ADL 18/28', 'Katz index of i'],
    ['On exam HARTMANN POUCH noted.', 'HARTMANN POUCH'],
    ['On exam ROUX-EN-Y noted.', 'ROUX-EN-Y'],
  ])('%s keeps %s', (text, eponym) => {
    expect(kept(text)).toContain(eponym);
    expect(maskedNames(text).some((n) => eponym.includes(n))).toBe(false);
  });

  it('leaves a person before a noun that is a verb too, or after a title', () => {
    expect(kept('Nurse Jones screen pt for falls')).toEqual([]);
    expect(kept('Jane exercises daily')).toEqual([]);
    expect(kept('Dr. Hicks contractions noted')).toEqual([]);
    expect(maskedNames('Dr. Hicks contractions noted').length).toBeGreaterThan(0);
  });
});

describe('eponyms in capitals', () => {
  it.each([
    ['On exam MURPHY SIGN noted.', 'MURPHY SIGN'],
    ['On exam BECK TRIAD noted.', 'BECK TRIAD'],
  ])('%s keeps %s', (text, eponym) => {
    expect(kept(text)).toContain(eponym);
  });

  it('leaves an order to sign', () => {
    expect(kept('PT SMITH SIGN HERE')).toEqual([]);
  });
});

describe('a possessive before a capitalized word is an owner, not an eponym written alone', () => {
  it('masks the owner of a device', () => {
    const text = "Synced from Leopold's Pixel Watch 2 overnight";
    expect(kept(text)).toEqual([]);
    expect(maskedNames(text)).toContain('Leopold');
  });

  it.each(["Leopold's: vertex, engaged", "Leopold's done, vertex"])('keeps the eponym alone: %s', (text) =>
    expect(kept(text)).toEqual(["Leopold's"]),
  );
});
