import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { proseNames } from './prose-names';

// Synthetic names only.
const names = (text: string): string[] => foundBy(proseNames, text);

describe('a person said to be on a medicine', () => {
  it.each([
    ['<p>Reminder that Kalani is on Samsca 50 mg BID with food</p>', 'Kalani'],
    ['Reminder that Hope is on Tikosyn 75 mg once daily', 'Hope'],
    ['make sure Tamsin stays on apixaban 5 mg bd', 'Tamsin'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('leaves roles, kin, pronouns, drugs and what is no medicine alone', () => {
    for (const text of [
      'Reminder that Patient is on Tikosyn 75 mg',
      'Note that Mum is on warfarin 5 mg',
      'confirm that She is on apixaban',
      'check that Metformin is on hold',
      'Reminder that Tamsin is on holiday',
    ])
      expect(names(text), text).toEqual([]);
  });
});
