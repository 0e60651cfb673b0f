/**
 * Small labeled pieces blind split 14's documents share: photos, biometrics, portal links,
 * device serials and a patient's age and sex as records write them. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Piece, phi, type Span, t } from '../fragment';
import { ageOf } from './keeps';
import type { Person } from './people';

export function sexLetter(p: Person): string {
  return p.sex === 'female' ? 'F' : 'M';
}

/** "67F", "67 yo M", "67/F", "a 67-year-old woman": the age labeled, the rest not. */
export function ageSex(g: Gen, p: Person): Piece {
  const a = ageOf(p.age);
  switch (g.int(0, 3)) {
    case 0:
      return t`${a}${sexLetter(p)}`;
    case 1:
      return t`${a} yo ${sexLetter(p)}`;
    case 2:
      return t`${a}/${sexLetter(p)}`;
    default:
      return t`${a}-year-old ${p.age < 16 ? (p.sex === 'female' ? 'girl' : 'boy') : p.sex === 'female' ? 'woman' : 'man'}`;
  }
}

const slug = (p: Person): string => p.family.toLowerCase().replace(/[^a-z]/g, '') || 'pt';

export function photoFile(g: Gen, p: Person): Span {
  return phi(
    'photo',
    g.pick([
      `IMG_${g.int(1000, 9999)}.jpg`,
      `${slug(p)}_bodymap_${g.digits(3)}.png`,
      `clinphoto_${g.digits(6)}.jpeg`,
      `PXL_2025${g.digits(4)}_${g.digits(9)}.jpg`,
      `WhatsApp Image 2025-0${g.int(1, 9)}-${g.int(10, 28)} at ${g.int(10, 23)}.${g.int(10, 59)}.${g.int(10, 59)}.jpeg`,
    ]),
  );
}

export function biometricRef(g: Gen): Span {
  return phi(
    'biometric',
    g.pick([
      `FP-${g.letters(2)}${g.digits(8)}`,
      `${g.f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' })}`,
      `IRIS-${g.digits(4)}-${g.letters(4)}`,
      `VP${g.digits(10)}`,
    ]),
  );
}

export function portalUrl(g: Gen, p: Person): Span {
  return phi(
    'url',
    g.pick([
      `https://myrecord.example.nhs.uk/patient/${g.digits(7)}`,
      `https://www.gofundme.example/f/help-${slug(p)}-family`,
      `https://facebook.example.com/${slug(p)}.${g.int(10, 99)}`,
      `https://telehealth.example.co.za/join/${g.letters(6, 'abcdefghjkmnpqrstuvwxyz')}`,
      `http://portal.example-hospital.in/reports?uhid=${g.digits(10)}`,
    ]),
  );
}

export function ipAddress(g: Gen): Span {
  return phi(
    'ip',
    g.pick([
      `${g.int(41, 197)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
      `102.${g.int(64, 223)}.${g.int(0, 255)}.${g.int(1, 254)}`,
      `2c0f:${g.f.string.hexadecimal({ length: 4, casing: 'lower', prefix: '' })}::${g.int(1, 99)}`,
    ]),
    'ip',
  );
}

export function deviceSerial(g: Gen): Span {
  return phi(
    'device',
    g.pick([
      `${g.letters(3)}${g.digits(6)}`,
      `${g.digits(4)}-${g.digits(5)}`,
      `${g.digits(2)}${g.letters(1)}${g.digits(7)}H`,
    ]),
    'serial',
  );
}
