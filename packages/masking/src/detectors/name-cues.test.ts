import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { cuedNamesDetector } from './name-cues';

// Synthetic names only.
function names(text: string): string[] {
  return detectText(text, { detectors: [cuedNamesDetector] })
    .filter((s) => s.type === 'name')
    .map((s) => text.slice(s.start, s.end));
}

describe('names before a person’s age and sex', () => {
  it.each([
    ['Case 2: Tharun Velmurugan, 47M, UHID 123', 'Tharun Velmurugan'],
    ['Case 1: DEEPIKA ARUMUGHAM, 52-year-old woman, UHID 44', 'DEEPIKA ARUMUGHAM'],
    ['Bed 4 - Q. Mabhena 81/F, folder 7713', 'Q. Mabhena'],
    ['Bed 9 - TMabhena 62M, hosp no 1203', 'TMabhena'],
    ['3  88123 | R.Oosthuyse | 70F | Lap chole', 'R.Oosthuyse'],
    ['RE: REFERRAL OF DEACONESS NGOZIKA OKAFORJI (68/F)', 'NGOZIKA OKAFORJI'],
    ['Summary for **TAIWO ADEBISI-COLE** (39M):', 'TAIWO ADEBISI-COLE'],
    ['after the death of KIPCHOGE WAMALWA (81 yrs, IP no 4)', 'KIPCHOGE WAMALWA'],
    ['Donor: Harshavardhan s/o Muthusamy, 33/M, ID 4', 'Harshavardhan s/o Muthusamy'],
    ['Bed 3 - NDLAZI, Thembeka 58/F, folder 2291', 'NDLAZI, Thembeka'],
    ['Pt R. Haverkamp (34, M) A&Ox2.', 'R. Haverkamp'],
    ["Here's what I found for **QUENBY, TAMSIN** (52, DOB 20MAR1973):", 'QUENBY, TAMSIN'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('leaves headings, grades and diagnoses before an age alone', () => {
    for (const text of [
      'Student: Grade 10, 11 yrs',
      'Type 2 DM, 40M',
      'Seen in ED, 45 yo M',
      'Hypertension (10 yrs)',
      'Metformin (5 yrs), Ward 7F',
      'Case 3, 29M',
      '(3) KG, 44M',
      'Temp (99, F)',
      'Type 2 (45, M)',
      'Results (12, DOB pending)',
      'Seen in ED (45, M)',
    ])
      expect(names(text)).toEqual([]);
  });
});

describe('people listed on an attendee line', () => {
  it('finds each person, titles left out', () => {
    expect(names('Chair: Dr Ramakrishnan; Present: MUTHAIAH R, Dr. Oyelaran, Keziah Mbatha\nCase 1')).toEqual(
      ['Ramakrishnan', 'MUTHAIAH R', 'Oyelaran', 'Keziah Mbatha'],
    );
  });

  it('finds a crew listed as "Last, First" pairs between slashes', () => {
    expect(names('Handed over at 1517. Crew: Quenello, Torrath / Tarrowby, Oisín.')).toEqual([
      'Quenello',
      'Torrath',
      'Tarrowby',
      'Oisín',
    ]);
    expect(names('Present: Keziah Mbatha s/o Sipho')).toEqual(['Keziah Mbatha s/o Sipho']);
  });

  it('leaves services and roles in the list alone', () => {
    expect(names('Present: Radiology, Histopathology, Nurse Specialist, Pharmacy')).toEqual([]);
  });

  it('finds a crew a transport ticket lists in capitals, not its levels of care', () => {
    expect(names('PLATE WLA-1503\nCREW: ULFSIMETTE ULFSIM / S. ONDRICKA\nCALLBACK')).toEqual([
      'ULFSIMETTE ULFSIM',
      'S. ONDRICKA',
    ]);
    expect(names('CREW: KOELPIN / ALS\nLEVEL: BLS')).toEqual(['KOELPIN']);
    expect(names('CREW: ALS / BLS\nLEVEL: WHEELCHAIR VAN')).toEqual([]);
    expect(names('CREW: EMT-B / PARAMEDIC')).toEqual([]);
  });

  it('leaves a procedure in capitals before the side it was done on alone', () => {
    expect(names('1  M2219335 | NGOZI QUARRIE | 11F | ORIF L wrist 43775 | GA')).toEqual(['NGOZI QUARRIE']);
  });

  it('leaves the credentials written after a listed person as items of their own alone', () => {
    expect(names('Attendees: Keziah Mbatha, DO, Dr. Oyelaran, APRN, MSN')).toEqual([
      'Keziah Mbatha',
      'Oyelaran',
    ]);
  });
});

describe('a family name in capitals with its initial', () => {
  it.each([
    ['Completed by MBATHA K FY1, bleep 6788', 'MBATHA K'],
    ['MO: NKEMELU T  Reg 12345', 'NKEMELU T'],
    ['Sure, THOMPSON-OWUSU K - I found 3 patients', 'THOMPSON-OWUSU K'],
    ["Seen 2 May by O'FARRELLY D; reg. 4410", "O'FARRELLY D"],
    ['Dispensed by NWABUEZE A (MLS).', 'NWABUEZE A'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('leaves vitamins, groups, plans and acronyms alone', () => {
    for (const text of [
      'Start VITAMIN D today',
      'HEPATITIS B surface antigen negative',
      'GROUP A strep, see PLAN B',
      'USG A done; EEG B pending',
      'PROTEIN C low',
    ])
      expect(names(text)).toEqual([]);
  });

  it.each([
    ['Member list\n01 HARTLEY, SUSAN K\n', 'HARTLEY, SUSAN K'],
    ['Debtor: GARCIA-LOPEZ, MARIA E   Acct 4471-09', 'GARCIA-LOPEZ, MARIA E'],
    ['Debtor: ST. JOHN, PETER R   Acct 4471-09', 'ST. JOHN, PETER R'],
    ['02 VAN DER BERG, ANNA M\n', 'VAN DER BERG, ANNA M'],
  ])('takes the family name of a "FAMILY, GIVEN M" pair: %s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('leaves supplies, sections and products listed as "WORD, WORD X" alone', () => {
    for (const text of [
      'ITEM 01 GLOVES, NITRILE M\n02 GOWNS, ISOLATION L\n',
      'SUPPLEMENTS: CALCIUM, VITAMIN D\nHEPATITIS, TYPE B\n',
    ])
      expect(names(text)).toEqual([]);
  });
});

describe('names after a role or a title', () => {
  it.each([
    ['Sr in charge: Matron T. Ndlazi', 'T. Ndlazi'],
    ['home visit by CHW Sibongiseni (0821 555 010).', 'Sibongiseni'],
    ['see the above named Deaconess Adaugo Nnaji of 12 Obi Road', 'Adaugo Nnaji'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('reads "Sr." after a name as its suffix, not a sister before one', () => {
    expect(names('NOTE\nZhiwu Quarrie-Tarrow Sr.  DOB 23-Jun-1932')).toEqual([]);
    expect(names('Sr in charge: Sr. Thandeka Quarrie')).toContain('Thandeka Quarrie');
  });

  it('leaves roles, wards and offices after the title alone', () => {
    for (const text of [
      'Nurse Specialist review',
      'Sister Ward round',
      'Chief Executive letter',
      'Matron On Call',
    ])
      expect(names(text)).toEqual([]);
  });
});

describe('a given name and an initial before the bed the person is in', () => {
  it.each([
    ['Summer E. in bay 15 is asking for the charge nurse', 'Summer E.'],
    ['Zhiwei Q. in bed 4 wants pain meds', 'Zhiwei Q.'],
    ['[8:14 PM] Tarrow (PCT)\nHope W. in room 12 is asking', 'Hope W.'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('leaves roles, titles and words that are no name before a bed alone', () => {
    for (const text of ['Patient A. in bay 2 is asking', 'Room B. in bed 4', 'Discharge R. in bay 3 today'])
      expect(names(text)).toEqual([]);
  });
});

describe('a relative or a party in capitals before a name in capitals and what they did', () => {
  it.each([
    [
      '10/06/24 10:05 kquenby  SPOUSE OSTRID QUILLANBY CALLED, NOT AUTH ON ACCT - NO DISCLOSURE',
      'OSTRID QUILLANBY',
    ],
    ['04/26/23 10:05 VARNOW.B  SPOUSE THUY TARROW CALLED, NOT AUTH', 'THUY TARROW'],
    ['PT OSRIC VARNOW STATES INS CHANGED 01/2024', 'OSRIC VARNOW'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('leaves what a relative did alone when no name stands between', () => {
    expect(names('SPOUSE WILL CALL BACK TOMORROW')).toEqual([]);
    expect(names('PT THE SAME AS ABOVE WAS SEEN')).toEqual([]);
  });
});

describe('a doctor in capitals after the role a card names them by', () => {
  it.each([
    ['03 QUENBY, OSTRID R\nPCP DR MARSH  +1 555 010 4477', 'MARSH'],
    ['PCP DR ST. CLAIR  +1 555 010 4477\nDOB 01/02/1960', 'ST. CLAIR'],
    ['ATTENDING: DR WORTHY\nUNIT 4B', 'WORTHY'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('leaves a place or a paper after the title alone', () => {
    expect(names('PCP DR OFFICE  +1 555 010 4477')).toEqual([]);
  });
});

describe("the patient's name after a heading label in capitals", () => {
  it.each([
    ['PATIENT T. Quellmoor; Age 102; MRN: M5274564', 'T. Quellmoor'],
    ['Age 69\nPATIENT jozefina tarrowby\nCollected: 11/20', 'jozefina tarrowby'],
    ['PATIENT nyxari svalaqova | Med Rec# M8670994', 'nyxari svalaqova'],
    ['Med Rec# AG181397; Age 65; PATIENT T. Quellmoor\nCollected: 02/27', 'T. Quellmoor'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('leaves headings, instructions and sentences after the label alone', () => {
    for (const text of [
      'PATIENT EDUCATION\nTake meds with food',
      'PATIENT SAFETY PLAN\n',
      'PATIENT to follow up\n',
      'PATIENT education provided\n',
      'PATIENT INSTRUCTIONS: rest\n',
    ])
      expect(names(text), text).toEqual([]);
  });
});
