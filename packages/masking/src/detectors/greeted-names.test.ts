import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { nameAnswers } from './name-answers';

// Synthetic names only.
const names = (text: string): string[] => foundBy(nameAnswers, text);

describe('the person a message greets', () => {
  it.each([
    ['Quillon Diagnostics: Hi Wren, reminder of your appt 10/24 at 12:45.', 'Wren'],
    ['Hi Temperance,\n\nThis confirms your visit with Dr. I.', 'Temperance'],
    ['<p>Dear Joy Quenby,</p><p>Your results are in.</p>', 'Joy Quenby'],
    ['Good morning Hope!\nYour ride is booked.', 'Hope'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('leaves groups, roles, endearments and drugs greeted the same way alone', () => {
    for (const text of [
      'Hi Team, the build is green',
      'Hi All,\nplease review',
      'Dear Hiring Manager,',
      'Dear Sir or Madam,',
      'Good morning Everyone,',
      'Hi Honey, home soon',
      'Hey Metformin, ha',
      'Dear Valued Customer,',
    ])
      expect(names(text), text).toEqual([]);
  });
});

describe('the person a message addresses by name before "you"', () => {
  it.each([
    ["REMINDER Quillon Health: Pavelu, you're scheduled 3/4 at 9:00.", 'Pavelu'],
    ['Appt reminder Quarry Clinic: Keoni, your visit is tomorrow.', 'Keoni'],
    ['Maria, you are due for a flu shot.', 'Maria'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('leaves the words that open a sentence so, and unknown words outside a label, alone', () => {
    for (const text of [
      "Remember, you're due for labs.",
      'Note: Sorry, your card was declined.',
      'Today, your visit is at 9.',
      'Unfortunately, you will need a new referral.',
      'Reminder: Again, you are scheduled.',
      'Pavelu, you are scheduled.',
    ])
      expect(names(text), text).toEqual([]);
  });
});
