import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';
import { hkidValid } from './national-checks';

describe('identity numbers of more countries', () => {
  it('checks a Hong Kong identity card number by its check character', () => {
    expect(hkidValid('A123456(3)')).toBe(true);
    expect(hkidValid('CZ6543216')).toBe(true);
    expect(hkidValid('M707142 (1)')).toBe(true);
    expect(hkidValid('A123456(4)')).toBe(false);
  });

  it.each([
    ['Patient (Q1234567) was started on', 'Q1234567'],
    ['Patient (M707142(1)) was started on', 'M707142(1)'],
    ['HKID: CZ6543216\nHN: pending', 'CZ6543216'],
    ['NRIC/FIN: s1234567d  MRN pending', 's1234567d'],
    ['Ghana Card GHA-418820573-6 for the permit', 'GHA-418820573-6'],
    ['NI No: JT 40 17 93 B   GP: Dr Q', 'JT 40 17 93 B'],
    ['Units issued: K4417 25 309812 and one more', 'K4417 25 309812'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'other_id'));

  it('keeps a letter and digits whose check fails, and a lot number', () => {
    expectKept('Patient (Q1234568) was started on', 'Q1234568');
    expectKept('Lot: T085211 expires 2027', 'T085211');
  });
});

describe('plates, biometric references and pictures by how people write them', () => {
  it.each([
    ['was struck from behind by KT19 PWX at the lights.', 'KT19 PWX'],
    ['reported to police, drives LM70 ZNB.', 'LM70 ZNB'],
  ])('finds the plate in %s', (text, value) => expectDetected(text, value, 'vehicle'));

  it('keeps a plate-shaped code where no vehicle is spoken of', () => {
    expectKept('Stage: AB12 CDE protocol arm', 'AB12 CDE');
  });

  it.each([
    ['Recipient fingerprint consent FPC-5521-QWRT.', 'FPC-5521-QWRT'],
    ['Access: fingerprint template re-enrolled VT8841026653; badge', 'VT8841026653'],
  ])('finds the biometric reference in %s', (text, value) => expectDetected(text, value, 'biometric'));

  it('keeps a consent said of a fingerprint without a reference', () => {
    expectKept('fingerprint consent obtained on 2 occasions', 'fingerprint consent obtained on 2 occasions');
  });

  it.each([
    [
      'Wound photo (WhatsApp Image 2024-02-11 at 09.14.52.jpeg) - healing',
      'WhatsApp Image 2024-02-11 at 09.14.52.jpeg',
    ],
    [
      'sent Screenshot 2023-07-01 at 18.03.44 (2).png to the team',
      'Screenshot 2023-07-01 at 18.03.44 (2).png',
    ],
  ])('finds the picture named in %s', (text, value) => expectDetected(text, value, 'photo'));
});

describe('telephone numbers run together', () => {
  it.each([
    ['Son Lwazi 0714402287 - visits after 5.', '0714402287', 'phone'],
    ['his wife can be reached on 08061192735.', '08061192735', 'phone'],
    ['- Next of kin: Mei (daughter) - 61247705', '61247705', 'phone'],
    ['family keeps ringing 18765507213 asking', '18765507213', 'phone'],
    ['- GP: Dr Q, 9811045526 (fax)', '9811045526', 'fax'],
    ['- Next of kin: Ravi (son) - 0861-2290417', '0861-2290417', 'phone'],
    ['- GP: Dr Q, 0861-5520913 (fax)', '0861-5520913', 'fax'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it('keeps counts and codes of the same length', () => {
    expectKept('total 9811045526 reads in the run', '9811045526');
    expectKept('CD34 count 61247705 cells', '61247705');
    expectKept('basal cell carcinoma, margins clear (84412007)', '84412007');
    expectKept('NDC 0781204410 dispensed', '0781204410');
    expectKept('ref range 0120-450000 cells', '0120-450000');
    const spans = detectText('hosp no 0123456789');
    expect(spans.every((s) => s.type !== 'phone')).toBe(true);
  });
});
