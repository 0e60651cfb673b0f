import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept, expectNoType, foundBy } from '../test-helpers';
import { photoFile } from './identifiers';

describe('SSN', () => {
  it.each([
    ['SSN 900-12-3456 on file', '900-12-3456'],
    ['ssn: 900 12 3456', '900 12 3456'],
    ['900.12.3456', '900.12.3456'],
    ['SSN: 900123456', '900123456'],
    ['social security number is 900-12-3456', '900-12-3456'],
    ['Insured Ann Roe; SSN on file 342986467.', '342986467'],
    ['SSN on record: 342986467', '342986467'],
    ['ehr://patients/ssn/342986467', '342986467'],
    ['GET /api/patients/by-ssn/342986467/claims', '342986467'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'ssn'));

  it.each([
    '123-456-789',
    '0190f0a2-7b1c-7000-8000-000000000001',
    '1123-45-67890',
    '000-12-3456',
    '900-00-3456',
    'batch 900123456 shipped',
  ])('keeps %s', (t) => expectKept(t));

  it('does not read an order number as an SSN', () => expectNoType('order 900123456 shipped', 'ssn'));

  it('does not read a number after a social label that says it is on file elsewhere', () =>
    expectNoType('SSN on file; claim 900123456 shipped', 'ssn'));

  it('does not read a date as an SSN', () => expectNoType('2024-01-15', 'ssn'));
});

describe('checksummed identifiers', () => {
  it('finds a Medicare MBI with and without dashes', () => {
    expectDetected('MBI 1EG4-TE5-MK73 active', '1EG4-TE5-MK73', 'health_plan');
    expectDetected('beneficiary 1EG4TE5MK73', '1EG4TE5MK73', 'health_plan');
  });

  it('finds national health numbers only when their check character holds', () => {
    expectDetected('card 2123 45670 1 seen', '2123 45670 1', 'health_plan');
    expectDetected('card 2123 45670 1/2 seen', '2123 45670 1/2', 'health_plan');
    // Run together, with the person's number after a slash; ten digits alone may be a phone.
    expectDetected('"medicare": "2123456701/2",', '2123456701/2', 'health_plan');
    expectNoType('call 2123456701 after 5', 'health_plan');
    expectNoType('count 2123456711/2 rows', 'health_plan');
    expectKept('count 2123 45671 1 rows');
    expectDetected('referred with ZZZ0016 today', 'ZZZ0016', 'health_plan');
    expectDetected('new number ZZZ00AC issued', 'ZZZ00AC', 'health_plan');
    expectKept('model ZZZ0017 pump');
    expectKept('model ZZZ00AD pump');
    expectDetected('her number 1234567T on file', '1234567T', 'health_plan');
    expectDetected('his number 1234567FA on file', '1234567FA', 'health_plan');
    expectKept('code 1234567A sent');
  });

  it('finds a DEA number only when its check digit holds', () => {
    expectDetected('prescriber AB1234563 signed', 'AB1234563', 'license');
    expectKept('lot AB1234564 shipped');
  });

  it('finds a VIN only when its check digit holds', () => {
    expectDetected('car 1HGCM82633A004352 parked', '1HGCM82633A004352', 'vehicle');
    expectKept('part 1HGCM82633A004353 ordered');
  });

  it('finds grouped card numbers that pass Luhn', () => {
    expectDetected('card 4111 1111 1111 1111 on file', '4111 1111 1111 1111', 'account');
    expectKept('batch 4111 1111 1111 1112');
    // A UUID whose digit groups happen to pass Luhn is no card.
    expectKept('trace a7cd4821-9130-5527-14b4-e9b1f03a4c7d logged');
    expectDetected('card 4111-1111-1111-1111.', '4111-1111-1111-1111', 'account');
  });

  it('finds UDIs, MAC addresses and photo files', () => {
    expectDetected(
      'implant (01)00884521123456(17)250101(10)AB12',
      '(01)00884521123456(17)250101(10)AB12',
      'device',
    );
    expectDetected('pump mac 00:1A:2B:3C:4D:5E', '00:1A:2B:3C:4D:5E', 'device');
    expectDetected('attached patient_photo_0312.jpg', 'patient_photo_0312.jpg', 'photo');
    expectDetected(
      'photo of the rash: derm/65525127/marsh-lesion.png thanks',
      'derm/65525127/marsh-lesion.png',
      'photo',
    );
    expect(foundBy(photoFile, 'see https://cdn.example.org/img/a.png')).toEqual(['a.png']);
    expect(foundBy(photoFile, 'INFO: 2024/ct/roe_ann_19890421_ct.dcm;')).toEqual(['roe_ann_19890421_ct.dcm']);
    expectKept('attached chart-export.pdf');
  });

  it('finds a MAC address in Cisco’s dotted groups, not stamps, versions or addresses', () => {
    expectDetected('Bluetooth MAC shows 3c7a.1f0b.92de today', '3c7a.1f0b.92de', 'device');
    expectDetected('the hub at 001A.2B3C.4D5E stopped sending', '001A.2B3C.4D5E', 'device');
    expectDetected('"mac":"a0b1.c2d3.e4f5","serial"', 'a0b1.c2d3.e4f5', 'device');
    expectKept('build 2024.0101.1200 deployed', '2024.0101.1200');
    expectKept('firmware 1.2.3 and 2.14.0 installed', '2.14.0');
    expectKept('see cafe.beef.dead.face.html', 'cafe.beef.dead.face.html');
  });

  it('finds a GS1 serial number without its device identifier, not a bracketed count', () => {
    expectDetected('Pt uses a ventilator (serial (21)5071045248) at home', '(21)5071045248', 'device');
    expectDetected('pump (21)A7730215(17)270131', '(21)A7730215(17)270131', 'device');
    expectKept('area code (21) 5550 1234');
    expectKept('rule (21)ab-c found');
  });
});

describe('labelled identifiers', () => {
  it.each([
    ['MRN: 00123456', '00123456', 'mrn'],
    ['MRN0012345 admitted', '0012345', 'mrn'],
    ['Patient ID is A-99812', 'A-99812', 'mrn'],
    ['Member ID XKJ123456789', 'XKJ123456789', 'health_plan'],
    ['policy no. PLN-4471234', 'PLN-4471234', 'health_plan'],
    ['acct# 88812345', '88812345', 'account'],
    ['claim #: 77812345', '77812345', 'account'],
    ['NPI 1234567893', '1234567893', 'license'],
    ['DL: D1234567', 'D1234567', 'license'],
    ['passport no. 912345678', '912345678', 'license'],
    ['license plate ABC 1234', 'ABC 1234', 'vehicle'],
    ['S/N 12AB3456', '12AB3456', 'device'],
    ['Serial number: 4412-AB-9', '4412-AB-9', 'device'],
    ['fingerprint template FP-99812', 'FP-99812', 'biometric'],
    ['photo id IMG99812', 'IMG99812', 'photo'],
    ['encounter no. 7781234', '7781234', 'other_id'],
    ["INSURED'S I.D. NUMBER: KPW496748407", 'KPW496748407', 'health_plan'],
    ["PATIENT'S ACCOUNT NO.: ACCT-8812885", 'ACCT-8812885', 'account'],
    ["driver's license 359 268 184.", '359 268 184', 'license'],
    ['Prescriber license no. ZS.133071.', 'ZS.133071', 'license'],
    ['palm vein template JJ-0171-DBF', 'JJ-0171-DBF', 'biometric'],
    ['Hosp # 00771234 on file', '00771234', 'mrn'],
    ['Patientennummer 0071123', '0071123', 'mrn'],
    ['Pat-Nr: 5512009', '5512009', 'mrn'],
    ['enrolled as plan member QXT4412009', 'QXT4412009', 'health_plan'],
    ['ACC#: K7712345', 'K7712345', 'other_id'],
    ['Rx # 4471120 refilled', '4471120', 'other_id'],
    ['PESEL 44051401359', '44051401359', 'other_id'],
    ['GET ehr://patients/7712094/notes', '7712094', 'mrn'],
    ['ehr://patients/7712094/documents/474286432', '474286432', 'other_id'],
    ['ehr://patients/E7712094/documents/W1987336', 'W1987336', 'other_id'],
    ['see /api/members/QX-44120/claims', 'QX-44120', 'health_plan'],
    ['Blue Shield PPO, ID# XEH772910334', 'XEH772910334', 'other_id'],
    ['PPO plan, Group 004471', '004471', 'health_plan'],
    ['badge 88213 scanned', '88213', 'other_id'],
    ['D: 07/24/2024  Job 86149561', '86149561', 'other_id'],
    ['HI dept of health case 2025-00412.', '2025-00412', 'other_id'],
    ['Leads: RA JCT098002E, RV BC7810-9374', 'JCT098002E', 'device'],
    ['Leads: RA JCT098002E, RV BC7810-9374', 'BC7810-9374', 'device'],
    ['Telemetry box PRA012775Y applied', 'PRA012775Y', 'device'],
    ['INS: Humana BIN 244103 ID NWP028849212  PAID', 'NWP028849212', 'health_plan'],
    ['Medicare No: 7352 11609 9', '7352 11609 9', 'health_plan'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it.each([
    'Medicare 2024 rates rose',
    'glucose 100 mg/dL 120 minutes later',
    'licensee 12345',
    'patient 12345 in cohort',
    'visit 2 of 3',
    'ehr://fhir/Patient/5f0c8a52-9d1e-4c7b-a6f3-2b9e8d7c6a51',
    'docs/v2/patients/guide',
    'docs/v2/documents/guide',
    'ehr://documents/5f0c8a52-9d1e-4c7b-a6f3-2b9e8d7c6a51',
    'Rx 40 mg daily',
    'prescription 30 tablets',
    'hosp 12 days',
    'group 2 of 3',
    'request id 5f0c8a52-9d1e-4c7b-a6f3-2b9e8d7c6a51',
    'SNOMED ID 84114007',
    'Order ID 8f3c2a10-55d1-4e2b-9a77-1c2d3e4f5a6b placed',
    'trace dea20417-6c1b-4f0e-9a2d-3b5c7e9f1a2b sent',
    'MRN: 0c4e8a12-3b5d-4f6e-8a9b-1c2d3e4f5a6b',
    'session id 88123456',
    'SpO2 94% on RA 2L',
    'RV 45 mmHg',
    'pump rate 125 mL/h',
    'in case 2 of 3',
  ])('keeps %s', (t) => expectKept(t));
});
