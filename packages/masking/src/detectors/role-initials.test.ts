import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept, foundBy } from '../test-helpers';
import { roleInitials } from './role-initials';

describe('role initials', () => {
  it.each([
    [
      '2025-03-25T12:44:09Z  lot 723951  dupilumab 300 mg SC q2wk  BUD 8/26/24  tech IJN  RPh K. Pettibone',
      ['IJN', 'K. Pettibone'],
    ],
    ['Accession/Seq: OB-9416-982/01     Abstractor: ZJV', ['ZJV']],
    ['CI notes TR2319684 — interviewer Tou\nSpoke w/ index case', ['Tou']],
    ['[Apothecary #114 — refill call, agent Paora]', ['Paora']],
    ['verified: RPh O. St. Onge; tech MMM', ['O. St. Onge', 'MMM']],
  ])("finds the staff member a record's role names in %s", (text, values) => {
    expect(foundBy(roleInitials, text)).toEqual(values);
  });

  it('keeps a route, an answer or a common word after the role', () => {
    expect(foundBy(roleInitials, 'tech NA  RPh IV; call the agent Orange]\nRadiology Tech Support')).toEqual(
      [],
    );
    expect(foundBy(roleInitials, 'the coordinator Training was moved; tech support line')).toEqual([]);
  });
});

describe('initials and given names after an imaging study or a registration desk role', () => {
  it.each([
    ['Study date 1/14/25\nSonographer: HH   System: BiPAP A40 Pro', ['HH']],
    ['Admit: 19 Nov 2025  Registrar: LM\n', ['LM']],
    ['SONOGRAPHER: BK\n', ['BK']],
    ['Technologist: Hung\n', ['Hung']],
  ])('%s', (text, names) => expect(foundBy(roleInitials, text)).toEqual(names));

  it.each(['Sonographer: ON   System', 'registrar training was moved', 'Scribe: NA'])('keeps %s', (text) =>
    expect(foundBy(roleInitials, text)).toEqual([]),
  );
});

describe('initials with the role after them or after "by"', () => {
  it.each([
    ['JT (scribe) / Dr. Amos Whitcombe', 'JT'],
    ['OK (scribe) / Dr. Amos Whitcombe', 'OK'],
    ['Note scribed by RMV in the presence of the physician.', 'RMV'],
    ['Transcribed by: KL 03/04/2025', 'KL'],
  ])('finds in %j the initials %s', (text, value) => expectDetected(text, value, 'name'));

  it.each([
    ['BP 120/80 OK (per protocol)', 'OK (per protocol)'],
    ['Entered by ED triage at 10:04', 'Entered by ED triage'],
    ['Charted by RN per policy', 'Charted by RN per policy'],
  ])('keeps in %j %s', (text, value) => expectKept(text, value));
});
