/** X12 segments with the separators other exports use, and addresses of every entity. Values are made up. */
import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';

const PIPES = [
  'ST|270|0042|005010X279A1~',
  'NM1|1P|2|BRACKEN FALLS MEDICAL GROUP|||||XX|1234567893~',
  'N3|88 MILLRACE CT~',
  'N4|DUNMORE FLATS|OR|97411~',
  'NM1|IL|1|TREMAINE|COSIMA|Q|||MI|QXW40017733~',
  'DMG|D8|19480915|F~',
  'DTP|291|D8|20240302~',
  'NM1|PR|2|HARBORLINE HEALTH PLAN|||||PI|55120~',
].join('\n');

describe('X12 with other separators', () => {
  it.each([
    ['TREMAINE', 'name'],
    ['COSIMA', 'name'],
    ['QXW40017733', 'health_plan'],
    ['19480915', 'date'],
    ['20240302', 'date'],
    ['88 MILLRACE CT', 'street_address'],
    ['DUNMORE FLATS', 'geo'],
    ['97411', 'zip'],
    ['1234567893', 'license'],
  ] as const)('reads %s by position when elements are split at "|"', (value, type) =>
    expectDetected(PIPES, value, type),
  );

  it('reads segments ended by line breaks alone, the separator "^" declared by the ISA segment', () => {
    const isa = [
      'ISA^00^          ^00^          ^ZZ^SENDER ^ZZ^RECEIVER ^240302^1200^U^00501^000000101^0^P^:',
      'NM1^QC^1^LINDQVIST^PERPETUA^^^^MI^ZRT5518420',
      'DMG^D8^19371104^F',
    ].join('\n');
    expectDetected(isa, 'LINDQVIST', 'name');
    expectDetected(isa, 'ZRT5518420', 'health_plan');
    expectDetected(isa, '19371104', 'date');
  });

  it.each(['HARBORLINE HEALTH PLAN', '55120', '005010X279A1'])(
    'keeps the payer and the envelope: %s',
    (value) => expectKept(PIPES, value),
  );

  it('reads no pipe text as X12 without a segment id only X12 has', () => {
    const hl7 = 'MSH|^~\\&|LAB|FAC|||202401010000||ORU^R01|1|P|2.5\nREF|ORDER|20240101\nN3|not an address';
    expect(detectText(hl7).filter((s) => s.ruleId === 'x12_elements')).toEqual([]);
  });
});

describe('X12 contact numbers', () => {
  it("types an office's PER numbers by their qualifiers, and keeps the office's name", () => {
    const claim = [
      'ST|837|0001|005010X222A1~',
      'NM1|41|2|BRACKEN FALLS MEDICAL GROUP|||||46|TGJ23~',
      'PER|IC|BILLING OFFICE|TE|5550104477|FX|5550104478~',
      'NM1|40|2|HARBORLINE HEALTH PLAN|||||46|66783~',
    ].join('\n');
    expectDetected(claim, '5550104478', 'fax');
    expectDetected(claim, '5550104477', 'phone');
    expectKept(claim, 'BILLING OFFICE');
  });
});

describe('X12 people and dates by element position', () => {
  const REMIT = [
    'ST*835*0007~',
    'NM1*41*2*BRACKEN FALLS MEDICAL GROUP*****46*TGJ23~',
    'PER*IC*OSWIN TREMAINE*TE*5550104477~',
    'CLP*PCN8841*1*410*380**MC*CCN5521~',
    'NM1*74*1*HALLORAN*BRISEIS****C*QXW88120455~',
    'DTM*232*20260114~',
    'DTM*233*20260116~',
    'DTM*472*D8*20260115~',
    'MSG*PCP WENDOVER ISOLDE MAE PH 5550107781~',
    'MSG*CONTACT Pellow Ansel AT 5550107782~',
    'SE*9*0007~',
  ].join('\n');

  it.each([
    ['20260114', 'date'],
    ['20260116', 'date'],
    ['20260115', 'date'],
    ['OSWIN TREMAINE', 'name'],
    ['QXW88120455', 'health_plan'],
    ['WENDOVER', 'name'],
    ['ISOLDE', 'name'],
    ['MAE', 'name'],
    ['Pellow', 'name'],
    ['Ansel', 'name'],
  ] as const)('reads %s', (value, type) => expectDetected(REMIT, value, type));

  it("masks a member number's dependant suffix written as the next element", () => {
    const nm1 = 'ST*271*0001~\nNM1*IL*1*HALLORAN*BRISEIS****MI*QXW88120455*02~';
    expectDetected(nm1, 'QXW88120455', 'health_plan');
    expectDetected(nm1, '02', 'health_plan');
  });

  it("keeps a message's own words, the organisation and the qualifiers", () => {
    for (const keep of ['MSG*PCP ', ' PH ', ' AT ', 'BRACKEN FALLS MEDICAL GROUP', 'DTM*472*D8*'])
      expectKept(REMIT, keep);
  });
});
