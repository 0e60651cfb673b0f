import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('names standing alone', () => {
  it.each([
    ['[bot] Who am I speaking with?\n[user] thi lan tran\n[bot] Thanks.', 'thi lan tran'],
    ['Census\n- SHIRLEY BLEVINS\n- Saoirse Sandhu\n', 'SHIRLEY BLEVINS'],
    ['Census\n- SHIRLEY BLEVINS\n- Saoirse Sandhu\n', 'Saoirse Sandhu'],
    ['12A  | Woldemariam, Genet | 81 y/o | Tinel sign', 'Woldemariam, Genet'],
    ['Reply sent.\nUchenna C.\nSent 09:14', 'Uchenna C.'],
    ['haruto watanabe', 'haruto watanabe'],
    ['[user] selamawit tuilagi', 'selamawit tuilagi'],
    ['Sione Tupou', 'Sione Tupou'],
    ['Ward list\n- Hill, Bill\n- Stone, Chukwuemeka', 'Hill, Bill'],
    ['Thanks.\nWill J.\nSent 09:14', 'Will J.'],
  ])('finds the name in %j', (text, value) => expectDetected(text, value, 'name'));

  it.each([
    ['hi, this is nnamdi okonkwo (dob 4/1/80). I need a refill', 'nnamdi okonkwo'],
    ['[user] or my wife wei at 555-201-3344', 'wei'],
    ['also booking for my son selamawit papadopoulos, he has asthma', 'selamawit papadopoulos'],
    ['Intake: Q: Full name? A: oksana melnyk  Q: DOB? A: 7/4/1928', 'oksana melnyk'],
  ])('finds a lower-case name after the words that introduce a person: %j', (text, value) =>
    expectDetected(text, value, 'name'),
  );

  it.each([
    ['HOSPITAL COURSE\nStable.', 'HOSPITAL COURSE'],
    ['Hospital Course', 'Hospital Course'],
    ['Watchman FLX', 'Watchman FLX'],
    ['Zoll LifeVest', 'Zoll LifeVest'],
    ['Problems:\n- chest pain\n- hyperkalemia hyponatremia', 'hyperkalemia hyponatremia'],
    ['2B | Tinel sign | stable', 'Tinel sign'],
    ['[user] my son has a fever', 'my son has a fever'],
    ['hi, this is about my refill', 'this is about my refill'],
    ['Name? A: sure thing', 'sure thing'],
    ['Yours sincerely,\n\nDr. Okafor', 'Yours sincerely'],
    ['gzip deflate', 'gzip deflate'],
    ['Medicare Advantage', 'Medicare Advantage'],
  ])('keeps %j', (text, keep) => expectKept(text, keep));
});

describe('a caller naming themselves before "calling"', () => {
  it.each([
    ['Hi, this is rich sharp calling about my aunt', 'rich sharp'],
    ['Hi, this is park eun-ha calling about my father', 'park eun-ha'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));

  it.each([
    ['hi this is your pharmacy calling about a refill', 'your pharmacy'],
    ['Hi this is the clinic calling', 'the clinic'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));
});

describe('what a relative said is no name', () => {
  it('keeps the verb and pronoun after "my partner"', () => {
    expectKept('my partner said he would drive and my son told her to wait');
  });

  it('keeps where a relative lives and what they do after "my daughter"', () => {
    expectKept('my daughter lives nearby and my son drove me here');
  });
});
