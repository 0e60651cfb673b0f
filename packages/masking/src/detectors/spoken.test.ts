import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('dates said aloud', () => {
  it.each([
    ['CALLER: december twenty five nineteen twenty one', 'december twenty five nineteen twenty one'],
    ['CALLER: july twenty third nineteen forty four', 'july twenty third nineteen forty four'],
    ['dizzy since october sixteenth twenty twenty three and', 'october sixteenth twenty twenty three'],
    [
      'date of birth the sixteenth of july two thousand and six period',
      'the sixteenth of july two thousand and six',
    ],
    ['born march nineteen fifty two in Leeds', 'march nineteen fifty two'],
    ['Born March 3rd nineteen fifty two', 'March 3rd nineteen fifty two'],
    ['follow up on one six twenty four period', 'one six twenty four'],
    ['date of birth eight eleven thirty six comma', 'eight eleven thirty six'],
    ['I was in on the twenty first of june', 'the twenty first of june'],
    ['seen on may fifth', 'may fifth'],
    ['record number four two one date of service seven five twenty five period', 'seven five twenty five'],
    ['IVR: please say your date of birth. CALLER: two sixteen twenty six', 'two sixteen twenty six'],
    ['he was born in the dry season, seven fourteen seventy nine is what', 'seven fourteen seventy nine'],
    ['the care of my aunt on the nine twenty five. we waited', 'nine twenty five'],
    ['I had an appointment on three six but my ride fell through', 'three six'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'date'));

  it('keeps two numbers after "on the" that are a count', () => {
    expectNoType('we walked on the two three mile loop', 'date');
  });

  it('keeps months that are verbs and counts that are no dates', () => {
    expectNoType('you may one day need it', 'date');
    expectNoType('they march ten miles', 'date');
    expectNoType('took one or two tablets, three times', 'date');
    expectKept('appointment at two fifteen please');
  });
});

describe('a dictation closing with its time and date', () => {
  it.each([
    [
      'period\nend of dictation nine twelve p.m. the fourth of october',
      'nine twelve p.m. the fourth of october',
    ],
    ['end of dictation sixteen forty two march 9', 'sixteen forty two march 9'],
    ['end of dictation three oh five a.m. november second', 'three oh five a.m. november second'],
    ['dictated seven twenty two six eleven', 'seven twenty two six eleven'],
    ['seen at ten forty a.m. the ninth of april for review', 'ten forty a.m. the ninth of april'],
    ['date of birth the third of may twenty oh oh chart number', 'the third of may twenty oh oh'],
    ['BOT: birth date?\nUSER: october twelfth 71', 'october twelfth 71'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'date'));

  it('keeps what a dictation cue is followed by when it says no time or date', () => {
    expectNoType('dictated by the resident and transcribed by the service', 'date');
    expectNoType('end of dictation. Thank you.', 'date');
  });
});

describe('numbers said aloud', () => {
  it.each([
    ['confirm the zip code on file\nCALLER: four-two-oh-oh-five', 'four-two-oh-oh-five', 'zip'],
    ['the zip code\nCALLER: oh four four oh three', 'oh four four oh three', 'zip'],
    [
      "it's three five seven... six oh three, fifty seven ninety one or",
      'three five seven... six oh three, fifty seven ninety one',
      'phone',
    ],
    [
      'from eight oh five six two one, sixty three eighty eight:',
      'eight oh five six two one, sixty three eighty eight',
      'phone',
    ],
    [
      'the house phone eight five three... seven eight seven three fifty six',
      'eight five three... seven eight seven three fifty six',
      'phone',
    ],
    [
      'call me on double four five, one two three, forty five sixty seven',
      'double four five, one two three, forty five sixty seven',
      'phone',
    ],
    [
      'and the social is nine oh one two two three four five six',
      'nine oh one two two three four five six',
      'ssn',
    ],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it.each([
    ['you can reach me at 4 two nine 8 8 one 3 0 6 five', '4 two nine 8 8 one 3 0 6 five', 'phone'],
    ['comma zip code 2 7 four one 9 period', '2 7 four one 9', 'zip'],
  ] as const)('finds a run that opens with a digit: %s', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it('keeps digits alone and counts that open with a digit', () => {
    expectNoType('BP 128 84 and 3 4 5 today', 'phone');
    expectNoType('took 2 or three tabs, 1 two times', 'phone');
  });

  it('keeps a count said in words', () => {
    expectKept('walked twenty five metres with two sticks');
    expectNoType('five or six, seven days a week', 'phone');
  });
});

describe('numbers written half in words, half in digits', () => {
  it.each([
    ['SSN nine-zero-zero 12 34five6', 'nine-zero-zero 12 34five6', 'ssn'],
    ['SSN 900 12 34five6', '900 12 34five6', 'ssn'],
    ['social 900-12-34 five 6', '900-12-34 five 6', 'ssn'],
    ['call 555 014 two two three one', '555 014 two two three one', 'phone'],
  ] as const)('finds in %j the number %j', (text, value, type) => expectDetected(text, value, type));

  it.each([
    'take 2 one-a-day tablets',
    'Give one to two tablets every four to six hours, 2 doses',
    'scored 12 out of twenty on 3 tries',
    'room 12 bed two',
  ])('keeps %j', (text) => expectKept(text));
});
