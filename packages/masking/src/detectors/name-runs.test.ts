import { describe, it } from 'vitest';
import { expectDetected, expectNoType } from '../test-helpers';

// Synthetic values only.
describe('"I." with its full stop before a family name', () => {
  it.each([
    ['Seen by I. Church, CNM; on Pifeltro 90 mg', 'I. Church'],
    ['EMS (I. Mason, RN) on scene', 'I. Mason'],
  ])('is an initial: %s', (text, name) => expectDetected(text, name, 'name'));

  it.each(['Temp 38.6 C. I asked her to return.', 'Then I. Church was closed.'])('%s names no one', (text) =>
    expectNoType(text, 'name'),
  );
});

describe('a family name and a given name in capitals, told by what follows or a "For:" label', () => {
  it.each([
    ['MICU ATTENDING NOTE\nBIRD, DESHAWN remains intubated on Philips EPIQ', 'BIRD, DESHAWN'],
    ['DEATH SUMMARY\nMARSH, MARISOL, 96-year-old woman', 'MARSH, MARISOL'],
    ['DISCHARGE INSTRUCTIONS\nFor: PETTIGREW, FATIMA    Discharged: 16-FEB-2023', 'PETTIGREW, FATIMA'],
  ])('%s', (text, name) => expectDetected(text, name, 'name'));

  it.each([
    'NEURO, INTACT remains stable',
    'ALLERGIES, NKDA reported',
    'CHEST, CLEAR reviewed',
    'For: wound care',
  ])('keeps %s', (text) => expectNoType(text, 'name'));
});

describe('a "Last, First" pair of words, told by an age, a visit or a prognosis after it', () => {
  it.each([
    ['HEART FAILURE CLINIC FOLLOW-UP\nStone, Kalani (86) returns 2 weeks after discharge', 'Stone, Kalani'],
    ["Family meeting. Discussed SUMMERS, RAJESH's prognosis (60 years old).", 'SUMMERS, RAJESH'],
    ['Requested for AKI.\nBANKS, HUNG is a 73-year-old on outpatient HD.', 'BANKS, HUNG'],
    ['Shares room with KEALOHA, TAKESHI', 'KEALOHA, TAKESHI'],
  ])('%s', (text, name) => expectDetected(text, name, 'name'));

  it.each([
    'Pain, Nausea (3) was noted',
    'Rhythm, Rate (72) stable',
    'Pain, Nausea (72) returns after the dose',
  ])('keeps %s', (text) => expectNoType(text, 'name'));
});
