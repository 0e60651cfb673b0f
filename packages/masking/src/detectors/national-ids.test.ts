import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';
import {
  cnsValid,
  codiceFiscaleValid,
  cpfValid,
  kvnrValid,
  ramqValid,
  tesseraValid,
} from './national-checks';

describe('national check rules', () => {
  it('hold for numbers built by their issuers’ rules and fail for one character changed', () => {
    expect(cpfValid('52998224725')).toBe(true);
    expect(cpfValid('52998224726')).toBe(false);
    expect(cpfValid('11111111111')).toBe(false);
    expect(cnsValid('700000000000005')).toBe(true);
    expect(cnsValid('700000000000006')).toBe(false);
    expect(codiceFiscaleValid('RSSMRA85T10A562S')).toBe(true);
    expect(codiceFiscaleValid('RSSMRA85T10A562T')).toBe(false);
    expect(tesseraValid('80380000000000000009')).toBe(true);
    expect(tesseraValid('80380000000000000008')).toBe(false);
    expect(kvnrValid('A123456780')).toBe(true);
    expect(kvnrValid('A123456781')).toBe(false);
    expect(ramqValid('TREM55621234')).toBe(true);
    expect(ramqValid('TREM55631234')).toBe(false);
  });
});

describe('national numbers', () => {
  it.each([
    ['NAM (RAMQ): DESN31530131', 'DESN31530131', 'health_plan'],
    ['carte soleil TREM 5562 1234 valide', 'TREM 5562 1234', 'health_plan'],
    ['seen today, TREM55621234 on file', 'TREM55621234', 'health_plan'],
    ['CNS: 927 3653 4774 4469', '927 3653 4774 4469', 'health_plan'],
    ['numero 700000000000005 registrado', '700000000000005', 'health_plan'],
    ['titular 529.982.247-25 assinou', '529.982.247-25', 'other_id'],
    ['C.F.: DSNGDE65S26H654X   Tessera', 'DSNGDE65S26H654X', 'other_id'],
    ['nota RSSMRA85T10A562S allegata', 'RSSMRA85T10A562S', 'other_id'],
    ['Tessera sanitaria: 80380033472973250457', '80380033472973250457', 'health_plan'],
    ['carta 80380000000000000009 valida', '80380000000000000009', 'health_plan'],
    ['Versichertennr.: K431017562   Tel.', 'K431017562', 'health_plan'],
    ['GMS No. 2724527A', '2724527A', 'health_plan'],
    ['GMS card 4321765E   Address', '4321765E', 'health_plan'],
    ['Medical card no. 397167T   Your ref', '397167T', 'health_plan'],
    ['Versicherter: A123456780 (AOK)', 'A123456780', 'health_plan'],
    ['Tricare/CHAMPVA LFV464212020.', 'LFV464212020', 'health_plan'],
    ['Dr(a). Ana Lima — CRM PR 781793   Registro', 'PR 781793', 'license'],
    ['CRM-SP 123456', '123456', 'license'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it('keeps numbers of the same shapes whose check fails and that no label names', () => {
    expectNoType('lot 529.982.247-26 released', 'other_id');
    expectKept('batch 700000000000006 shipped', '700000000000006');
    expectNoType('order A123456781 shipped', 'health_plan');
    expectKept('batch A123456781 shipped', 'A123456781');
    expectKept('Versicherter: A123456781 (AOK)', 'A123456781');
    expectKept('batch A123456780 shipped', 'A123456780');
    expectNoType('part RSSMRA85T10A562T listed', 'other_id');
    expectKept('sequence TREM55631234 read', 'TREM55631234');
    expectKept('Service: USMC 2001–2012, PFC', 'USMC 2001–2012');
    expectKept('served USMC 2001 2012 overseas', 'USMC 2001 2012');
  });
});

describe('reference numbers after their labels', () => {
  it.each([
    ['Claim # 1  Policy UVZ 74200440', 'UVZ 74200440', 'account'],
    ['insured with Medibank policy POL-143-7636436', 'POL-143-7636436', 'account'],
    ['Policy 14-092210-G', '14-092210-G', 'account'],
    ['número da apólice: 88120931', '88120931', 'account'],
    ['attended; police report RPT6014660.', 'RPT6014660', 'other_id'],
    ['crime reference CR4411234 issued', 'CR4411234', 'other_id'],
    ['Site 304, Subject 3042328, initials', '3042328', 'other_id'],
    ['Subject 391-049, initials', '391-049', 'other_id'],
    ['Subject 001-J-D randomised', '001-J-D', 'other_id'],
    ['LCpl Halloran, service no. H3057275, 2nd Bn', 'H3057275', 'other_id'],
    ['DOC# W1   Booking B41517522   Housing', 'B41517522', 'other_id'],
    ['NSW 2833 (gate code 3082)', '3082', 'other_id'],
    ['key safe 1934 by the door', '1934', 'other_id'],
    ['Your participant number is KRB-318-0457. Please keep it safe.', 'KRB-318-0457', 'other_id'],
    ['Study subject number was 2207-0193 at screening', '2207-0193', 'other_id'],
    ['Claim reference QZX71002934', 'QZX71002934', 'other_id'],
    ['claim ref: HX-2025-44817 attached', 'HX-2025-44817', 'other_id'],
    ['the ambulance ref AMB-5519203 was logged at 14:02', 'AMB-5519203', 'other_id'],
    ['Incident no. 24-118830 raised by the ward', '24-118830', 'other_id'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it('keeps years, dates and counts after such words', () => {
    expectKept('policy changed in 2024 after review');
    expectNoType('police report filed 2023-04-05 by the officer', 'other_id');
    expectKept('Service: US Army 1994–2017');
    expectKept('Service: USMC 1991–1997, LCpl', 'USMC 1991–1997');
    expectKept('subject to 300 mg daily');
    expectKept('Service: CPT 85025   Billed $433.00', 'CPT 85025');
    expectKept('policy covers NDC 0002-8215-01 fills', 'NDC 0002-8215-01');
    expectKept('the ambulance arrived 1420 and left', '1420');
    expectKept('incident reviewed 2024 by the panel', '2024');
    expectNoType('the subject is 450 mg short', 'other_id');
    expectNoType('each participant was 18 or older', 'other_id');
  });
});

describe('short label words', () => {
  it('count only as words of their own, in any case', () => {
    expectDetected('NIN: 12345678901 on file', '12345678901', 'other_id');
    expectDetected('nin 12345678901 on file', '12345678901', 'other_id');
    expectDetected('Lic #: RN 482113', 'RN 482113', 'license');
    expectKept('nineteen 12345678901 on file', '12345678901');
    expectKept('public RN 482113', 'RN 482113');
  });

  it('a short word beside a longer spelling of the same label: licence and license run the kind too', () => {
    expectDetected('licence RN 482113 verified', 'RN 482113', 'license');
    expectDetected('License: LCSW 46714', 'LCSW 46714', 'license');
    expectKept('licensed for RN 482113 beds', 'RN 482113');
  });
});
