import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { personLabels } from './person-labels';

// Synthetic names only.
const names = (text: string): string[] => foundBy(personLabels, text);

describe('names after a label that names the person', () => {
  it.each([
    ['Z0500  RN assessment coordinator: Quillan, Ostrid   Date RN signed: 11/15/2022', 'Quillan, Ostrid'],
    ['Investigating officer: Josée Varnow 029 121 7280', 'Josée Varnow'],
    ['Privacy Officer sign-off: TARROW, BRIT O', 'TARROW, BRIT O'],
    ['PERSON COMPLETING REPORT: Osric Quenby, RHIT  (555) 010-4477', 'Osric Quenby'],
    ['DEBTOR: VARNOW, OSTRID T   OUR ACCT# 4401', 'VARNOW, OSTRID T'],
    ['To: Dr. Ilse Marrow          From: Nerys Tarrow, CCS          Sent: 11/15/2024', 'Nerys Tarrow'],
    // A name's label with a note in brackets or a qualifier after "name".
    ["1. DECEDENT'S LEGAL NAME (incl. AKA's if any): WREN OSTRID QUILLAN   2. SEX: F", 'WREN OSTRID QUILLAN'],
    ["12. MOTHER'S NAME PRIOR TO FIRST MARRIAGE: Ilse Varnow", 'Ilse Varnow'],
    ['| Given name(s): Brit Osric | SIN: 000 000 000', 'Brit Osric'],
    // A home-care aide on a schedule.
    ['Aide: Ostrid Quenbyova  Cell phone: 527-477-0639  EVV ID EVV27', 'Ostrid Quenbyova'],
    ['HHA aide: QUENBYOVA, OSTRID\tMon 08:00-12:00', 'QUENBYOVA, OSTRID'],
    // A study's participant, a permit's holder, whom a permit is made out to.
    ['Participant: Ostrid Quenby   Study ID: QX-4410', 'Ostrid Quenby'],
    ['Permit holder: Varnow, Brit   Plate: none', 'Varnow, Brit'],
    ['Issued to: TARROW, NERYS  (visitor)', 'TARROW, NERYS'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('reads a name part asked alone on a line of name parts, whatever the word', () => {
    expect(names('A. First: Ostrid   B. MI: A   C. Last: Marsh')).toEqual(['Ostrid', 'Marsh']);
    expect(names('Last: Marsh')).toEqual([]);
    expect(names('Last: Updated')).toEqual([]);
  });

  it('leaves roles, organisations, things and empty answers after the label alone', () => {
    for (const text of [
      'Certifier: Medical Examiner',
      'Case manager: Sunrise Care Services',
      'Drug name: Tylenol Extra',
      'Facility name: Saint Brendan Hospital',
      'Investigating officer: Pending',
      'Contact: Front Desk',
      'Name: Medical Records',
      'From: Health Information Management',
      'Informant: Unknown',
      'RN assessment coordinator: see above',
      'Aide: Home Health Aide',
      'Aide: none',
      'Participant: Study Coordinator',
      'Issued to: Front Desk',
    ])
      expect(names(text), text).toEqual([]);
  });
});
