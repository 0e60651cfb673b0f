/**
 * Identifiers in the forms a third blind measurement found missed: professional registrations
 * of other countries (GMC, NMC PIN, AHPRA, CPSO), national health numbers after their labels
 * (NHI, PPSN), labelled values of groups joined by ':' or '/', the keys that name them, and
 * names with other particles, after name labels, spelled out or given in lower-case speech.
 */
import { describe, expect, it } from 'vitest';
import { createMasker } from '../masker';
import { expectDetected, expectKept } from '../test-helpers';

describe('labelled identifiers of other countries and compound values', () => {
  it.each([
    ['Signed Dr A Obi  GMC 7610811', '7610811', 'license'],
    ['NMC PIN 36H7447C   Ward 4', '36H7447C', 'license'],
    ['AHPRA MED0008913603', 'MED0008913603', 'license'],
    ['certifier CPSO #19143', '19143', 'license'],
    ['NHI: FKJ2860', 'FKJ2860', 'health_plan'],
    ['PPSN: 3572586HW', '3572586HW', 'health_plan'],
    ['thumbprint ref TP/671261/G on file', 'TP/671261/G', 'biometric'],
    ['facial geometry hash 3788:1786:6181 enrolled', '3788:1786:6181', 'biometric'],
  ] as const)('%s → %s', (text, value, type) => expectDetected(text, value, type));

  it('joins no groups of a date, a time or a ratio that has no label', () => {
    expectKept('seen at 10:30, ratio 3:1, BP 120/80, code 4/2/1');
    expectDetected('seen 03/14/2025 at 10:30', '03/14/2025', 'date');
  });
});

describe('keys that name national health numbers and roles', () => {
  const masker = createMasker();
  it.each([
    ['health_number', 'W479209807'],
    ['nhsNumber', '9434765919'],
    ['nhi', 'ZZZ0016'],
    ['login', 'cfields'],
    ['consultant', 'Ngata'],
  ])('masks the value under "%s"', (key, value) => {
    const masked = JSON.stringify(masker.maskJson({ [key]: value }).value);
    expect(masked).not.toContain(value);
  });
});

describe('names in other forms', () => {
  it.each([
    ['SURGEON: op den Akker, Itzel MD', 'op den Akker, Itzel'],
    ['Dictated by: Lothar op den Akker, DO', 'Lothar op den Akker'],
    ['Provider: DR ap Rhys', 'ap Rhys'],
    ['Signed Adwoa dela Peña, RN', 'Adwoa dela Peña'],
    ['Name of deceased: FAITH RIVERS', 'FAITH RIVERS'],
    ['Informant: Grace Fox, granddaughter', 'Grace Fox'],
    ['labeled with the name "Oisín Baker" and "colon"', 'Oisín Baker'],
    ['yeah its herb lo bianco thats L-O-B-I-A-N-C-O', 'herb lo bianco'],
    ['yeah its herb lo bianco thats L-O-B-I-A-N-C-O', 'L-O-B-I-A-N-C-O'],
    ['hiya its sumarni dob 3/4', 'sumarni'],
    ['or my carer wiremu ngata at home', 'wiremu ngata'],
  ])('%s → %s', (text, value) => expectDetected(text, value, 'name'));

  it('keeps a self-introduction of no name, and letter runs too short for a spelled name', () => {
    expectKept('yeah its fine thanks, its been a long week');
    expectKept('airway by the A-B-C approach, grade B-C');
  });
});
