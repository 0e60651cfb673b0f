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
