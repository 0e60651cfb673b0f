import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept, expectNoType, foundBy } from '../test-helpers';
import { proseNames } from './prose-names';

describe('the subject a pronoun takes up', () => {
  it.each([
    ['contractions every 6 min now. velora is on his way home from work', 'velora'],
    ['wound redressed. quinnell says she\'s "done with" the brace', 'quinnell'],
    ['[09:14] Tamsin (midwife): orrin vessaby said he would ring back', 'orrin vessaby'],
    ['Brannoch is failing his spelling tests. He has had 3 ear infections this winter.', 'Brannoch'],
    ['Called back. Ilvane told her daughter to bring the pills.', 'Ilvane'],
  ])('finds %s: %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps kin, roles, clinical words and drugs as subjects', () => {
    expectNoType('mum says she is tired. my partner said he would drive', 'name');
    expectNoType('The patient says he feels better. Pain is in his left leg.', 'name');
    expectNoType('metformin makes her sick. warfarin was stopped by his gp', 'name');
    expectNoType('dressing is on her heel. swelling was worse in his ankle', 'name');
    expectKept('Warfarin 5 mg was stopped by his GP');
  });
});

describe('initials closing a note before a credential', () => {
  it.each([
    ['obs stable, pressure area care given. next hv 12/4. qv rn', 'qv'],
    ['Catheter changed without issue.\nMB RN\nNext visit Tuesday', 'MB'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps note shorthand before a credential and credentials mid-line', () => {
    expectNoType('bp 130/85. pt rn', 'name');
    expectNoType('Reviewed with the rn on shift and the np agreed', 'name');
  });
});

describe('a signature glued to its dash', () => {
  it.each([
    ['Potassium was 5.9 this morning, please repeat.\n-Ysolde', 'Ysolde'],
    ['<p>Reminder about the fluid limit.</p><p>-Joy</p>', 'Joy'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps the items of a list and what closes a text', () => {
    expectNoType('Symptoms today:\n- Fever\n-Cough', 'name');
    expectNoType('Symptoms today:\n-Cough', 'name');
    expectNoType('That is all for this shift.\n-End', 'name');
  });
});

describe('a name in lower case signing a message on a line of its own', () => {
  it.each([
    ['call me at the number on file or email\n— darnell\n\nReply link: portal', 'darnell'],
    ['ok see you thursday\n- yetunde quarrievane', 'yetunde quarrievane'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps the items of a list and common words after a dash', () => {
    expectNoType('meds:\n- maria\n- lisinopril', 'name');
    expectNoType('see you then\n- will\n\nthanks\n-- done', 'name');
  });
});

describe('a person pointed out by place, a guessed name, a visit with someone', () => {
  it.each([
    ['the nurse was fine but the guy at the front desk Tavish lost the forms', 'Tavish'],
    ['we waited hours and nurse orlaithe (i think brenwick?) told us to go home', 'brenwick'],
    ['we waited hours and nurse kestrelly (i think brenwick?) told us to go home', 'kestrelly'],
    ['we waited hours and nurse orlaithe (maybe van haaren?) told us to go home', 'van haaren'],
    ['Next: 7/25 w/ Quarrendel', 'Quarrendel'],
    ['anyone have a ride for nkechi pemberwick? car got towed lol', 'nkechi pemberwick'],
    ['can you look at bed 4 - rosalind quennery (chart on file), 55yo', 'rosalind quennery'],
  ])('finds %s: %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps guesses of numbers and terms, services and drugs after w/, common words in lower case', () => {
    expectNoType('pain (i think 7?) and swelling (maybe cellulitis?)', 'name');
    expectNoType('f/u w/ Cardiology. Reviewed w/ Amlodipine.', 'name');
    expectNoType('talked to mark about the plan. went with grace and dignity.', 'name');
    expectNoType('the man at the door Monday said the lift was broken', 'name');
  });
});

describe('Punjabi names ending as antivirals do', () => {
  it('finds the name and keeps the drug', () => {
    expectDetected('the girl at the desk Jasvir lost my paperwork', 'Jasvir', 'name');
    expectNoType('started tenofovir and ritonavir; the girl at the desk was kind', 'name');
  });
});

describe('three lower-case words of a name before a bracket', () => {
  it('finds a given, a middle and a known family name', () => {
    expectDetected('ok so for tejbir kaur dhillon (rm 25) - she is 71', 'tejbir kaur dhillon', 'name');
    expectNoType('ok so for the plan (rm 32) and then lunch (maybe)', 'name');
  });
});

describe('a patient asked after by their room', () => {
  it.each([
    ['ana: anyone seen pearl in 412? her pain 4/10', 'pearl'],
    ['can someone check on Tavish in bed 12', 'Tavish'],
  ])('finds %s: %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps what is seen in numbers', () => {
    expectNoType(
      'seen pain in 4 of 10 patients; saw him in 2023; see page in 3 days; seen the patient in 404',
      'name',
    );
  });

  it('reads the cue as a word of its own', () => {
    expect(foundBy(proseNames, '(saw pearl in 412)')).toEqual(['pearl']);
    expect(foundBy(proseNames, 'anyone foresaw pearl in 412?')).toEqual([]);
    expect(foundBy(proseNames, 'x_saw pearl in 412')).toEqual([]);
  });
});
