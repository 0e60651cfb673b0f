import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';
import { labelledIds } from './labelled-ids';

const found = (text: string) =>
  detectText(text, { detectors: [labelledIds] }).map((s) => [text.slice(s.start, s.end), s.type]);

describe('identifiers named by the collection before them in a path or reference', () => {
  it('takes a FHIR Practitioner id that is an NPI (by its check digit), and no other', () => {
    // 1234567893 is the NPI standard's own example of a valid number.
    expect(found('"userId": "Practitioner/1234567893"')).toEqual([['1234567893', 'license']]);
    expect(found('{"reference":"Practitioner/1234567893"}')).toEqual([['1234567893', 'license']]);
    expect(found('"userId": "Practitioner/1234567890"')).toEqual([]);
    expect(found('"reference": "Practitioner/884411"')).toEqual([]);
    expect(found('"reference": "Practitioner/pr-2231"')).toEqual([]);
  });

  it('still takes a patient reference as before', () => {
    expect(found('{"reference":"Patient/13777679"}')).toEqual([['13777679', 'mrn']]);
  });

  it('takes a long number after patient, encounter or order, and keeps codes and versions', () => {
    expect(found('ERROR lookup failed for patient 0008737517 from gateway')).toEqual([['0008737517', 'mrn']]);
    expect(found('3 orders, encounter ENC386556576.')).toEqual([['ENC386556576', 'other_id']]);
    expect(found('patient 65 yo, order 4548-4, office visit 99213')).toEqual([]);
    expect(found('"client": "chart-viewer/2025.9.0"')).toEqual([]);
    expect(found('"client": "chart-viewer/v5.0"')).toEqual([]);
    expect(found('visitor vehicle plate PT-61307')).not.toContainEqual(['PT-61307', 'mrn']);
  });

  it("takes a person's folder under intake or photos by its record number, and keeps years and versions", () => {
    expect(found('788.8 MiB intake/5900602/PXL_20250725_736872581.jpg')).toEqual([['5900602', 'mrn']]);
    expect(found('cp ~/Downloads/headshot.jpeg /srv/intake/M4823803/')).toEqual([['M4823803', 'mrn']]);
    expect(found('s3://bucket/photos/832E03852/face.png')).toEqual([['832E03852', 'mrn']]);
    expect(found('intake/2024/batch.csv, photos/v2/, intake/12345/')).toEqual([]);
  });

  it("takes a referral's number after the word, a dash or a number word between, and keeps counts, years and doses", () => {
    expect(found('URGENT REFERRAL — PA2024410862\nPatient: Roe, Ann')).toEqual([
      ['PA2024410862', 'other_id'],
    ]);
    expect(found('referral RF-0088213 faxed')).toEqual([['RF-0088213', 'other_id']]);
    expect(found('Referral no 88213456')).toEqual([['88213456', 'other_id']]);
    expect(found('referral 2024, referral 1 of 3, referral x2, referral 10-20 mg')).toEqual([]);
  });

  it('takes the two record numbers of a merge request', () => {
    expect(found('Please merge 54429378 into 6971925 - same pt')).toEqual([
      ['54429378', 'mrn'],
      ['6971925', 'mrn'],
    ]);
    expect(found('converted 2000000 into 4 batches')).toEqual([]);
  });
});

describe('the word before a value, read without cutting it out of the text', () => {
  it('reads a label in any mix of cases, with a # or fillers between it and the value', () => {
    for (const text of ['MRN 00412345', 'mrn 00412345', 'MrN: 00412345', 'mrn is 00412345'])
      expect(found(text)).toEqual([['00412345', 'mrn']]);
    expect(found('Acct# 99812345')).toEqual([['99812345', 'account']]);
    expect(found('ACCT#99812345')).toEqual([['99812345', 'account']]);
    expect(found('Ref. # 00412345')).toEqual([['00412345', 'other_id']]);
    expect(found('account was: 00412345')).toEqual([['00412345', 'account']]);
    expect(found('claim of 00412345')).toEqual([['00412345', 'account']]);
  });

  it("reads a label written with 's for the one ending in s, and no word that only looks like a label", () => {
    expect(found("Lead's JCT098002E")).toEqual([['JCT098002E', 'device']]);
    expect(found("LEAD'S JCT098002E")).toEqual([['JCT098002E', 'device']]);
    for (const text of [
      'Leadss JCT098002E',
      'MRNs 00412345',
      'NRM 00412345',
      'MRN was of 00412345',
      'seen 00412345',
    ])
      expect(found(text)).toEqual([]);
  });
});

describe('a value with dotted parts', () => {
  it('continues over a dot when a digit follows within eleven letters, digits or dashes', () => {
    expect(found('member id ZS.133071.4')).toEqual([['ZS.133071.4', 'health_plan']]);
    expect(found('Member ID 4512.abcdefghij1')).toEqual([['4512.abcdefghij1', 'health_plan']]);
    expect(found('Member ID 4512.abcdefghijk1')).toEqual([['4512', 'health_plan']]);
  });

  it('takes a prefix of up to four letters before a dot, not a longer word', () => {
    expect(found('Member ID: ZS.133071')).toEqual([['ZS.133071', 'health_plan']]);
    expect(found('Member ID ABCD.4512345')).toEqual([['ABCD.4512345', 'health_plan']]);
    expect(found('Member ID ABCDE.4512345')).toEqual([]);
  });
});

describe("an Indian driving licence's whole number after its label", () => {
  it('reads the state and office, the year of issue and the number as one value', () => {
    expect(found('Driver licence no.: GJ05 20190034561')).toEqual([['GJ05 20190034561', 'license']]);
    expect(found('DL: MH-12 2011 0062821 valid')).toEqual([['MH-12 2011 0062821', 'license']]);
    expect(found('Driving licence DL04 20140099871 was seized')).toEqual([['DL04 20140099871', 'license']]);
  });

  it('reads a short licence without the year and seven figures as before, no clock time after it', () => {
    expect(found('licence AB12 at 1430 hrs')).toEqual([['AB12', 'license']]);
    expect(found('DL: KA01 2011 valid')).toEqual([['KA01 2011', 'license']]);
  });
});

describe('labels with a check or a question between them and the value', () => {
  it('reads a licence check and a medical card asked about', () => {
    expect(found('INFO license check RN.552071 for prescriber')).toEqual([['RN.552071', 'license']]);
    expect(found('npi lookup 1234567893 ok')).toEqual([['1234567893', 'license']]);
    expect(found('do i bring my medical card? its 600417Q')).toEqual([['600417Q', 'health_plan']]);
    expect(found("Medical card - it's 600417Q")).toEqual([['600417Q', 'health_plan']]);
  });

  it("reads an employee's number glued to its abbreviation, with three digits at least", () => {
    expect(found('Requested by the lead (emp530211).')).toEqual([['emp530211', 'other_id']]);
    expect(found('emp 10 days then stop')).toEqual([]);
  });

  it('keeps a value after a question that no label asks', () => {
    expect(found('is it ok? its 600417Q')).toEqual([]);
    expect(found('check 600417 please')).toEqual([]);
  });
});

describe("a member's person code after the subscriber's number", () => {
  it('takes the code with the number', () => {
    expectDetected('Member ID K20418837*02 · Valley Health HMO', 'K20418837*02', 'health_plan');
  });

  it('keeps a multiplication after a number under no plan label', () => {
    expectKept('Dose 250*02 per protocol', '250*02');
  });
});

describe("an implant's or a vaccine's lot", () => {
  it('takes the lot number after its label, and keeps a short lot, a year and text without the label', () => {
    expect(found('Device: Vascular port catheter Lot QX481226  S/N 77AB10293')).toContainEqual([
      'QX481226',
      'device',
    ]);
    expect(found('Influenza vaccine 0.5 mL IM, Lot #: 2004311, L deltoid')).toEqual([['2004311', 'device']]);
    expect(found('Lot number: U0602AA exp 2026-03')).toContainEqual(['U0602AA', 'device']);
    expect(found('Lot 37, Pinecrest Road')).toEqual([]);
    expect(found('cleared a lot 2024 of the backlog')).toEqual([]);
    expect(found('lot AB1234564 shipped')).toEqual([]);
    expect(found('Hgb 13.5, O2 sat 97, lot B12-3456')).toEqual([]);
    expect(found('metoprolol tartrate 25 mg PO BID x 30 days')).toEqual([]);
  });
});

describe("a member's number right after the payer's product", () => {
  it('takes a long number after a plan word, and keeps a short one, a year and a phone', () => {
    expect(found('Insurance: Lakeview Senior Advantage ZQ4418207  MBI pending')).toEqual([
      ['ZQ4418207', 'health_plan'],
    ]);
    expect(found('Secondary: Harbor Mutual PPO 551093826-02')).toEqual([['551093826-02', 'health_plan']]);
    expect(found('Evercrest Workers Comp Trust BX2290417')).toEqual([['BX2290417', 'health_plan']]);
    expect(found('Medicare Advantage 2025 enrollment, plan 3 of 4')).toEqual([]);
    expect(found('PPO 80/20 after deductible')).toEqual([]);
    expect(found('Trust no. TQ-583301 on the referral')).not.toContainEqual(['TQ-583301', 'health_plan']);
  });
});

describe('digit groups that continue a labelled value', () => {
  it('continues over spaced groups, and never takes the hour of a clock time after a date', () => {
    expect(found('DL# 947 031 073 on file')).toEqual([['947 031 073', 'license']]);
    const visit = found('Visit 2024-04-22 15:03-15:05 home visit');
    expect(visit.map(([value]) => value).join(' ')).not.toContain('15');
  });
});

describe('a plate that is a size', () => {
  it.each([
    ['ORIF with a 3.5 mm locking plate 3.5 mm screws x6'],
    ['fixed with a compression plate 4,5 and six cortical screws'],
  ])('keeps %s', (text) => {
    expectKept(text);
  });

  it('still takes a registration after a plate', () => {
    expectDetected('Vehicle in lot, plate 7KQ-2291, towed', '7KQ-2291', 'vehicle');
  });
});

describe('a full stop closing its line ends the sentence of a label', () => {
  it('reads no number on the next line as the label word’s', () => {
    expect(found('Her refill went to the pharmacy Rx.\n2024-05-06 20:40:18 kim: thanks')).toEqual([]);
    expect(found('Sent to ref.\n20240506 batch')).toEqual([]);
  });

  it('still reads a label before its value on the same line or after a colon', () => {
    expect(found('Rx. 8035484 refilled')).toEqual([['8035484', 'other_id']]);
    expect(found('Accession:\n S24-118832')).toEqual([['S24-118832', 'other_id']]);
  });
});

describe("a serial's printed 'SN' after the serial's label", () => {
  it('takes the SN with the number after "serial" or "S/N", and leaves a lone label outside', () => {
    expect(found('Pump: Orvane 40, serial SN 6620-1187, fw 2.1')).toContainEqual(['SN 6620-1187', 'device']);
    expect(found('Unit Quellmark 9 S/N SN-3307-5521 checked')).toContainEqual(['SN-3307-5521', 'device']);
    expect(found('Device: Orvane 40  SN 6620-1187 implanted')).toContainEqual(['6620-1187', 'device']);
  });
});

describe("a clinician's certificate and a photo a form holds on file", () => {
  it('reads a certificate number after "cert" and the reference of a photograph on file', () => {
    expectDetected('Crew: Rowan Tice, paramedic, Vermont cert PM-40913', 'PM-40913', 'license');
    expectDetected('Release includes a full-face photograph on file IMG-7730412.', 'IMG-7730412', 'photo');
    expectDetected('photo on file QX-55120 for badge', 'QX-55120', 'photo');
  });

  it('keeps a short number after "cert" and a value on file that no photo names', () => {
    expectKept('SSL cert v3 renewed', 'v3');
    expectKept('Consent on file 2024, signed', '2024');
  });
});

describe("a label's letters glued to one or two figures", () => {
  it("reads a model's name, not a record's number, and still reads a glued label's longer value", () => {
    expect(found('Scope: Quellmark DL4 used for the exam')).toEqual([]);
    expect(found('Monitor MRN12 on the cart')).toEqual([]);
    expect(found('Licence DL4471920 on file')).toContainEqual(['DL4471920', 'license']);
  });
});
