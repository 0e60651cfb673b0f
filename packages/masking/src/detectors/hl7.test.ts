import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';

// Synthetic ADT message: every value is invented.
const ADT = [
  'MSH|^~\\&|ADMSYS|NORTHSITE|RCV|NORTHSITE|201912110930||ADT^A04|MSG00017|P|2.4',
  'EVN|A04|201912110930',
  'PID|1||Q4471920^^^NORTHSITE^MR||VOLKERANT^TAMSIN^R||19410723|F|||18 Quillfeather Row^^Brackmoor^OH^43999^USA||(555) 201-7788|||||AC55120931|901445566',
  'NK1|1|VOLKERANT^OSRIC^P|SON||555 440 1234',
  'PV1|1|O|CLN^2^1||||1234567893^HALVORSEN^BRIT^K',
  'GT1|1||VOLKERANT^OSRIC^P||18 Quillfeather Row^^Brackmoor^OH^43999',
  'DG1|1|I10|E11.9|Type 2 diabetes mellitus',
].join('\r');

describe('HL7 v2 fields', () => {
  it.each([
    ['Q4471920', 'mrn'],
    ['VOLKERANT', 'name'],
    ['TAMSIN', 'name'],
    ['19410723', 'date'],
    ['18 Quillfeather Row', 'street_address'],
    ['Brackmoor', 'geo'],
    ['43999', 'zip'],
    ['AC55120931', 'account'],
    ['901445566', 'ssn'],
    ['OSRIC', 'name'],
    ['1234567893', 'license'],
    ['HALVORSEN', 'name'],
  ] as const)('finds %s by its field position', (value, type) => expectDetected(ADT, value, type));

  it('keeps the message structure, facility, state, country and codes', () => {
    for (const keep of [
      'ADMSYS',
      'NORTHSITE^MR',
      '^OH^',
      'USA',
      'E11.9',
      'Type 2 diabetes mellitus',
      'ADT^A04',
    ])
      expectKept(ADT, keep);
  });

  it('keeps MSH-7 written to the second (the sending system clock), masks it to the minute', () => {
    for (const clock of ['20251123135851+0000', '2025-10-13T11:14:08+13:00', '2025-04-28 16:45:55.337']) {
      const message = `MSH|^~\\&|REG|NWR|HIM|MCH|${clock}||ADT^A04|M1|P|2.4\nPID|1||Q44^^^N^MR||ROE^ANN`;
      expectKept(message, clock);
      expectDetected(message, 'ROE', 'name');
    }
    expectDetected(ADT, '201912110930', 'date');
  });

  it("masks an identifier-shaped value anywhere past the payer's fields of an insurance segment", () => {
    const in1 =
      'MSH|^~\\&|A|B|C|D|202501010930||ADT^A04|M1|P|2.4\nIN1|1|BCBS01|60054|BLUE PLAN|PO BOX 1^^LEXINGTON^KY^40512||||||||||ROE^ANN|01|19470818|||||||||||||||||||CHL542347523||||||||||||XQ7730011';
    expectDetected(in1, 'CHL542347523', 'health_plan');
    expectDetected(in1, 'XQ7730011', 'health_plan');
    expectKept(in1, 'BCBS01');
    expectKept(in1, 'BLUE PLAN');
  });

  // Synthetic results and charges: every value is invented.
  const HEADER = 'MSH|^~\\&|LAB|NORTHSITE|RCV|NORTHSITE|20250604205657.56+0000||ORU^R01|M2|P|2.5.1';

  it("masks EVN-5's operator and keeps EVN-2 and ORC-9 written to the second (system record times)", () => {
    const message = `${HEADER}\rEVN|A03|20250501224659.20-0400|||LZ3503^QUARNBY^ODESSA\rORC|RE|284|LY15||CM||||20251007175000.46+0000`;
    expectDetected(message, 'QUARNBY', 'name');
    expectDetected(message, 'ODESSA', 'name');
    expectKept(message, '20250501224659.20-0400');
    expectKept(message, '20251007175000.46+0000');
  });

  it('masks an XCN whose assigning authority is NPI in any field, and FT1 dates and providers', () => {
    const obr = `${HEADER}\rOBR|1|482|DY53|59574-4^Panel^LN|||20240717193524||||||||1428490969^TAMBRIDGE^OLWEN^^^Dr^^^NPI`;
    expectDetected(obr, '1428490969', 'license');
    expectDetected(obr, 'TAMBRIDGE', 'name');
    expectDetected(obr, 'OLWEN', 'name');
    expectKept(obr, '59574-4^Panel^LN');
    const ft1 = `${HEADER}\rFT1|1|3043||202408170003|20250903195038.44-0500|CG|93880^Venipuncture^CPT|||1|1683.00||||||||||1012465872^BRACKWELL^GWENNO^^^Dr^^^NPI`;
    expectDetected(ft1, '202408170003', 'date');
    expectKept(ft1, '20250903195038.44-0500');
    expectDetected(ft1, 'BRACKWELL', 'name');
  });

  it('masks both dates of an appointment timing (SCH-11)', () => {
    const sch = `${HEADER}\rSCH|1|2|||||FOLLOWUP^Follow up|Review|45|MIN|^^20^202608242110^20260824021042`;
    expectDetected(sch, '202608242110', 'date');
    expectDetected(sch, '20260824021042', 'date');
  });

  it('masks a name written family^given in a comment or a text result, not a coded value', () => {
    const message = `${HEADER}\rOBX|4|TX|45066-8^Narrative^LN||Comment: SELWOOD\\S\\LORNA DOB 02/19/1932\rOBX|5|CE|LA6576-8^Positive^LN||LA6576-8^Positive^LN\rNTE|1||Reviewed by COGWELL^AURIEL^ 20261019024021.39+0000`;
    for (const name of ['SELWOOD', 'LORNA', 'COGWELL', 'AURIEL']) expectDetected(message, name, 'name');
    expectKept(message, 'Positive');
  });

  /** A segment with the given fields (numbered as the standard counts them), the others empty. */
  const segment = (id: string, fields: Readonly<Record<number, string>>): string => {
    const last = Math.max(...Object.keys(fields).map(Number));
    return [id, ...Array.from({ length: last }, (_, k) => fields[k + 1] ?? '')].join('|');
  };

  it('masks the start of an order or appointment: ORC-7 and OBR-27 timing, TQ1, AIS, AIG, AIL and TXA times', () => {
    const message = [
      HEADER,
      'ORC|NW|771203|||||^^^202607141305^^R||202607140915',
      segment('OBR', { 1: '1', 4: '71046^Chest x-ray^CPT4', 27: '^^^202607150830^^S' }),
      'TQ1|1||||||202607160700|202607162300',
      'AIS|1|A|70450^CT head^CPT4|202607171120|0|MIN|30|MIN',
      'AIG|1|A|RM4^Room 4|||||202607181000',
      'AIL|1|A|IMG^^^WESTCLINIC|||202607191445',
      'TXA|1|DS|TX|202607200810|1518203312^QUILLAN^MERRIT^^^^^^NPI|202607200755|202607200930|202607201012',
    ].join('\r');
    for (const time of [
      '202607141305',
      '202607150830',
      '202607160700',
      '202607162300',
      '202607171120',
      '202607181000',
      '202607191445',
      '202607200755',
      '202607200930',
      '202607201012',
    ])
      expectDetected(message, time, 'date');
    expectKept(message, '70450^CT head^CPT4');
    // A document's times written to the second are the transcription system's clock.
    const clock = `${HEADER}\rTXA|1|DS|TX|202607200810|1518203312^QUILLAN^MERRIT^^^^^^NPI||20260720093012.41-0500`;
    expectKept(clock, '20260720093012.41-0500');
  });

  it('masks a telecom number by its use code and equipment type in any field', () => {
    const message = `${HEADER}\rOBR|1|55120||80053^Metabolic panel^CPT4|||202607141305|||||||||1428490969^TAMBRIDGE^OLWEN^^^MD^^^NPI|(555)814-2290^WPN^PH^^1^555^8142290\rZPH|1|(555)377-1062^PRN^CP^^1^555^3771062`;
    for (const part of ['555)814-2290', '8142290', '555)377-1062', '3771062'])
      expectDetected(message, part, 'phone');
    expectKept(message, '80053^Metabolic panel^CPT4');
  });

  it('masks a name field written one field off in an insurance segment, not a code and its text', () => {
    const in1 = [
      HEADER,
      segment('IN1', {
        1: '1',
        4: 'Harbourline Mutual',
        5: 'PO Box 4410^^Dunmore^PA^18512',
        15: 'VELLACOTT^ISOLDE^R',
      }),
      segment('IN1', { 1: '2', 4: 'Harbourline Mutual', 15: 'Pellow^Ansel', 27: 'SEL^Self' }),
      segment('IN1', { 1: '3', 28: 'HMO^Health Maintenance^HL70086' }),
    ].join('\r');
    for (const name of ['VELLACOTT', 'ISOLDE', 'Pellow', 'Ansel']) expectDetected(in1, name, 'name');
    expectKept(in1, 'SEL^Self');
    expectKept(in1, 'HMO^Health Maintenance^HL70086');
  });

  it("masks the initials that sign a comment's read-back, not a unit or a code after 'by'", () => {
    const message = `${HEADER}\rNTE|1|L|Critical potassium called to ward 4 at 0215, read back \\T\\ verified by QW.\rNTE|2|L|Result acknowledged by R.T.\rNTE|3|L|Increased by 20 MG since last draw; reported by ICU`;
    expectDetected(message, 'QW', 'name');
    expectDetected(message, 'R.T.', 'name');
    expectKept(message, '20 MG');
    expectKept(message, 'reported by ICU');
  });

  it("masks the placer's and filler's order numbers, not their namespace, and a member number's dependant suffix", () => {
    const message = [
      HEADER,
      'ORC|RE|55120933^EPC|IMG-8841207^LAB||CM',
      'OBR|1|55120933^EPC|IMG-8841207^LAB|71046^Chest x-ray^CPT4',
      segment('IN1', { 1: '1', 4: 'Harbourline Mutual', 36: 'W7713020*02' }),
      segment('IN1', { 1: '2', 4: 'Harbourline Mutual', 40: 'K5528841*01' }),
    ].join('\r');
    for (const id of ['55120933', 'IMG-8841207']) expectDetected(message, id, 'other_id');
    expectDetected(message, 'W7713020', 'health_plan');
    expectDetected(message, 'K5528841*01', 'health_plan');
    expectKept(message, '^EPC|');
    expectKept(message, '^LAB|');
  });

  it('reads the separators from MSH', () => {
    const custom = 'MSH#^~\\&#A#B\nPID#1##X991##ORTOLAN^PIRA';
    const spans = detectText(custom).map((s) => custom.slice(s.start, s.end));
    expect(spans).toEqual(expect.arrayContaining(['X991', 'ORTOLAN', 'PIRA']));
  });

  it('ignores pipes in prose and unknown segments', () => {
    expectKept('ZZZ|1||secret-looking^value');
    expectKept('status | open | 12 items');
  });
});
