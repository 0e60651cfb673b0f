/**
 * Identifiers in the regional and record-system forms a first blind measurement found missed:
 * rural routes, flats before the street, British and Canadian postcodes, tilde exports,
 * prescription and registry numbers, plates after "Reg.", HIBC device identifiers, numbers
 * dialled with 011, IPv4-mapped IPv6 and FHIR references.
 */
import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('addresses outside the US street form', () => {
  it.each([
    ['Home: RR 8 Box 286', 'RR 8 Box 286', 'street_address'],
    ['moved to Rural Route 3, Box 42, Elmira', 'Rural Route 3, Box 42', 'street_address'],
    ['HC 65 Box 12', 'HC 65 Box 12', 'street_address'],
    ['mail to POB 5832', 'POB 5832', 'street_address'],
    ['Flat 7, 9853 Rowan Close', 'Flat 7, 9853 Rowan Close', 'street_address'],
    ['Home: 72 Doyle Road, Quellton AB C4X 3N3', 'C4X 3N3', 'zip'],
    ['Home: 72 Doyle Road, Quellton AB C4X 3N3', 'Quellton', 'geo'],
    ['1970 Graham Street\nBrackmoor\nTS17 2QH\nVitals', 'TS17 2QH', 'zip'],
    ['1970 Graham Street\nBrackmoor\nTS17 2QH\nVitals', 'Brackmoor', 'geo'],
    ['4500 Tower Road, Ledner-under-Rogahn KN18 2JL', 'Ledner-under-Rogahn', 'geo'],
    ['is PO Box 9034, VonRuedenburgh, AZ 69778.', 'VonRuedenburgh', 'geo'],
    ['24/32 Banksia Cres, Wagga Wagga NSW 2650', '24/32 Banksia Cres', 'street_address'],
    ['24/32 Banksia Cres, Wagga Wagga NSW 2650', 'Wagga Wagga', 'geo'],
    ['24/32 Banksia Cres, Wagga Wagga NSW 2650', '2650', 'zip'],
    ['home to 9699 Broadway Apt. 9, Nashua, NH 03059', '9699 Broadway Apt. 9', 'street_address'],
    ['still 7435 County Road 725 Trlr 25, Schenectady, NY', '7435 County Road 725 Trlr 25', 'street_address'],
    ['Lives at 6266 Old Mill Drive, Duluth, MN 55878', '6266 Old Mill Drive', 'street_address'],
    ['Re: J. Doe\n3633 8 Ave SW\nRed Deer AB T1H 5A4', '3633 8 Ave SW', 'street_address'],
    ['522 boul. Laurier, app. 98, Red Deer AB', '522 boul. Laurier, app. 98', 'street_address'],
    [
      'DOB 3/1/80\nHawthorn Lodge, 185 Rowan Grove, Stockport SK2 5LT',
      'Hawthorn Lodge, 185 Rowan Grove',
      'street_address',
    ],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it.each([
    'HR 80, RR 16, SpO2 97%',
    'MRI T2 3DX sequence',
    'Gleason score 3+4=7',
    'take 2 tabs on Route 66 trips',
    'WA 6 mm lesion',
  ])('keeps %s', (t) => expectKept(t));
});

describe('a tilde-delimited export with quoted cells', () => {
  const text =
    '"Patient Name"~"Birth Dt"~"Street"~"City"~"Postal"~Dx\n"Quenby, Marisol"~"1950-03-02"~"POB 12"~"Brackmoor"~"73301"~I10\n';
  it.each([
    ['Quenby, Marisol', 'name'],
    ['1950-03-02', 'date'],
    ['Brackmoor', 'geo'],
    ['73301', 'zip'],
  ] as const)('types %s by its column', (value, type) => expectDetected(text, value, type));

  it('keeps the diagnosis code', () => expectKept(text, 'I10'));
});

describe('numbers named by their labels and paths', () => {
  it.each([
    ['DISPENSED | Rx 8035484 | metformin', '8035484', 'other_id'],
    ['Registry ID: IR04706943', 'IR04706943', 'other_id'],
    ['lists PHN 7732 428 587.', '7732 428 587', 'other_id'],
    ['claim 1663H800123 denied', '1663H800123', 'account'],
    ['Reg. 914 PNM noted on the transport form', '914 PNM', 'vehicle'],
    ['plate AB12 CDE', 'AB12 CDE', 'vehicle'],
    ['{"reference":"Patient/13777679"}', '13777679', 'mrn'],
    ['{"reference":"RelatedPerson/rp40771203"}', 'rp40771203', 'other_id'],
    ['{"reference":"Person/P40771203"}', 'P40771203', 'mrn'],
    ['visits://transcripts/04963188', '04963188', 'other_id'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it.each(['see v2.patients/123 docs', 'Rx: metformin 500 mg', 'claim 2 of the appeal'])('keeps %s', (t) =>
    expectKept(t),
  );
});

describe('device, phone and address forms', () => {
  it.each([
    ['UDI +HB189ELJ0869/$$260522HD7843.', '+HB189ELJ0869/$$260522HD7843', 'device'],
    ['call 011 52 55 5427 6028 today', '011 52 55 5427 6028', 'phone'],
    ['login from ::ffff:59.41.109.253 flagged', '::ffff:59.41.109.253', 'ip'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it.each(['A1C +0.5 since March', 'score +ABCD only'])('keeps %s', (t) => expectNoType(t, 'device'));
});

describe('four-part versions after a software word', () => {
  it.each(['schema: 1.3.4.159', 'system 1.5.6.101', '(app 4.1.4.147, protocol 2025-03-26)'])(
    'keeps %s',
    (t) => expectNoType(t, 'ip'),
  );

  it('still finds an address after other words', () =>
    expectDetected('login from 10.2.3.4', '10.2.3.4', 'ip'));
});
