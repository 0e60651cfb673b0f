import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';
import { dniValid, nirValid, nricValid, rrnValid, saIdValid, tcKimlikValid } from './national-checks';

describe('international check rules', () => {
  it('hold for numbers built by their issuers’ rules and fail for one character changed', () => {
    expect(nricValid('S1234567D')).toBe(true);
    expect(nricValid('S1234567E')).toBe(false);
    expect(nricValid('F7654321Q')).toBe(true);
    expect(dniValid('12345678Z')).toBe(true);
    expect(dniValid('12345678A')).toBe(false);
    expect(dniValid('Y2345670Y')).toBe(true);
    expect(tcKimlikValid('12345678950')).toBe(true);
    expect(tcKimlikValid('12345678951')).toBe(false);
    expect(rrnValid('8503151234566')).toBe(true);
    expect(rrnValid('8503151234567')).toBe(false);
    expect(rrnValid('8513151234566')).toBe(false);
    expect(nirValid('2 69 01 49 350 123 12')).toBe(true);
    expect(nirValid('269014935012313')).toBe(false);
    expect(saIdValid('8804125000080')).toBe(true);
    expect(saIdValid('8804125000081')).toBe(false);
  });
});

describe('national identity numbers by their check', () => {
  it.each([
    ['S1234567D seen at the polyclinic', 'S1234567D', 'other_id'],
    ['NRIC/FIN: F7654321Q', 'F7654321Q', 'other_id'],
    ['Paciente 12345678Z, consulta externa', '12345678Z', 'other_id'],
    ['NIE Y2345670Y', 'Y2345670Y', 'other_id'],
    ['Hasta 12345678950 poliklinik', '12345678950', 'other_id'],
    ['RRN 850315-1234566 on file', '850315-1234566', 'other_id'],
    ['immatriculation 2 69 01 49 350 123 12, mutuelle', '2 69 01 49 350 123 12', 'health_plan'],
    ['assurée 269014935012312, mutuelle', '269014935012312', 'health_plan'],
    ['N° de sécurité sociale : 269014935012312;', '269014935012312', 'health_plan'],
    ['Client 8804125000080 attended', '8804125000080', 'other_id'],
    ['identifier 8003601234567894 on the record', '8003601234567894', 'mrn'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it('keeps numbers of the same shapes whose check fails, and times in milliseconds', () => {
    expectKept('lot S1234567E released');
    expectKept('part 12345678A shipped');
    expectKept('batch 12345678951 closed');
    expectKept('sample 269014935012313 stored');
    expectKept('ts=1707036619000 status=200', '1707036619000');
    expectKept('code 850315-1234567 rejected');
    expectKept('batch 8003601234567800 closed');
  });
});

describe('identifiers after their national labels', () => {
  it.each([
    ['ABHA: 91-2345-6789-0123', '91-2345-6789-0123', 'health_plan'],
    ['PhilHealth 03-123456789-4 active', '03-123456789-4', 'health_plan'],
    ['NSS: 12 34 56 7890 1   CURP', '12 34 56 7890 1', 'health_plan'],
    ['Medical aid: Sizwe Hosmed no. 771234560', '771234560', 'health_plan'],
    ['NHIF no. 5521098', '5521098', 'health_plan'],
    ['insurance QX4R7730215 on file', 'QX4R7730215', 'health_plan'],
    ['CIP ABCD1234567890 — NHC 1234567', 'ABCD1234567890', 'health_plan'],
    ['EHIC card no. 80000123456789012345', '80000123456789012345', 'health_plan'],
    ['Insurance card: symbol 31250087 no. 62', '31250087 no. 62', 'health_plan'],
    ['UHID KA10293847   Date', 'KA10293847', 'mrn'],
    ['CIP ABCD1234567890 — NHC 7654321', '7654321', 'mrn'],
    ['Dr Tan (MCR M12345K)', 'M12345K', 'license'],
    ['Dr Naidoo, HPCSA MP0123456', 'MP0123456', 'license'],
    ['Dra. López, Céd. Prof. 12345678', '12345678', 'license'],
    ['Dr. Ruiz, col. 28/12345', '28/12345', 'license'],
    ['Dr Martin — RPPS 10001234567', '10001234567', 'license'],
    ['M. Ortiz, MSW, lic. LMSW 31415', 'LMSW 31415', 'license'],
    ['collected by her son with ID D123-4567-8901.', 'D123-4567-8901', 'license'],
    ['Recipient UNOS ID ABC1234 listed', 'ABC1234', 'other_id'],
    ['MC no. MC00112233 issued', 'MC00112233', 'other_id'],
    ['Ticket HD00451277; closed', 'HD00451277', 'other_id'],
    ['SAFETY EVENT REPORT #SR-204418 filed', 'SR-204418', 'other_id'],
    ['NIN 12345678901 verified', '12345678901', 'other_id'],
    ['SIN (for ODSP only): 046-454-286', '046-454-286', 'ssn'],
    ['S.I.N. 046454286 on file', '046454286', 'ssn'],
    ['2. S.S.N. 360805809   3. DOB', '360805809', 'ssn'],
    ['Soc. Sec. # 360-80-5809', '360-80-5809', 'ssn'],
    ['OHIP: 1234 567 890AB', '1234 567 890AB', 'health_plan'],
    ['| Health no.: 9876 543 210 SL | DOB', '9876 543 210 SL', 'health_plan'],
    ['Nāku noa, Dr Roe, MD, Anytown Medical Centre, HPI 12AB34', '12AB34', 'license'],
    ['Dr Roe, Anytown Practice, MCRN 123456', '123456', 'license'],
    ['Dr Roe (CPSO 98765) referring', '98765', 'license'],
    ['AHPRA MED0001234567, GP', 'MED0001234567', 'license'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it('keeps what those labels stand beside and is not their number', () => {
    expectKept('HPI: 45 yo male with chest pain since 0600');
    expectKept('sin alergias conocidas; TA 120/80');
    expectKept('NAS score 8 at 0900; ohip coverage confirmed');
  });

  it('keeps what such words say of other things', () => {
    expectKept('checksum SHA-256 of the export', 'SHA-256');
    expectNoType('SHA 256 digest', 'health_plan');
    expectKept('Col. 3 of the table', '3');
    expectKept('licence CC-BY 4.0', 'CC-BY 4.0');
    expectKept('insurance renewed for 2024-2025', '2024-2025');
    expectKept('ticket 42 of the queue', '42');
    expectKept('see report no. 3 for details', '3');
    expectKept('with ID badge on', 'ID badge');
  });
});

describe('the last four digits of a card or account', () => {
  it('finds them after "card ending" and "last four"', () => {
    expectDetected('refund to my card ending 4821 please', '4821', 'account');
    expectDetected('Visa ending in 2019 was charged', '2019', 'account');
    expectDetected('The card on file ending in 8776 expired; please call', '8776', 'account');
    expectDetected('charged to my Maestro ending 5525', '5525', 'account');
    expectDetected('last four of the account 0093', '0093', 'account');
    expectDetected('Picked up with ID 204 718 339.', '204 718 339', 'license');
  });

  it('keeps four digits after other endings', () => {
    expectKept('the lease ending 2025 was renewed');
    expectKept('fiscal year ending 2024 report');
    expectKept('the lease on file ending 2025 was renewed');
  });
});
