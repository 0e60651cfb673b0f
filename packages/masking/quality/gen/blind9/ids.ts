/**
 * Identifiers of blind split 9, with valid check digits where real ones have them. Each returns
 * the labeled value only; the documents write the words and separators around it. SYNTHETIC.
 */
import { deaFromParts, luhnCheckDigit, npiFromBase, VIN_ALPHABET, vinWithCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { phi, type Span } from '../fragment';
import { fullWidth } from '../identifiers';
import { slug, type Who } from './people';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function ssnParts(g: Gen): [string, string, string] {
  return [pad(g.int(1, 899), 3), pad(g.int(1, 99)), pad(g.int(1, 9999), 4)];
}

export type SsnForm = 'dash' | 'dot' | 'space' | 'endash' | 'none' | 'fullwidth';

/** An SSN written with `form`'s separators (`ssn-glued` when the caller writes it against its label). */
export function ssn(g: Gen, form: SsnForm = 'dash', glued = false): Span {
  const [a, b, c] = ssnParts(g);
  const value = {
    dash: `${a}-${b}-${c}`,
    dot: `${a}.${b}.${c}`,
    space: `${a} ${b} ${c}`,
    endash: `${a}\u2013${b}\u2013${c}`,
    none: `${a}${b}${c}`,
    fullwidth: fullWidth(`${a}-${b}-${c}`),
  }[form];
  return phi('ssn', value, glued ? 'ssn-glued' : `ssn-${form}`);
}

export function anySsnForm(g: Gen): SsnForm {
  return g.pick(['dash', 'dot', 'space', 'endash', 'none', 'fullwidth'] as const);
}

export const npi = (g: Gen): Span => phi('license', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');

export function dea(g: Gen, last: string): Span {
  const initial = slug(last).toUpperCase()[0] ?? 'X';
  return phi('license', deaFromParts(`${g.pick(['B', 'F', 'M', 'A'])}${initial}`, g.digits(6)), 'dea');
}

export const stateLicense = (g: Gen): Span =>
  phi('license', g.pick([`${g.letters(2)}${g.digits(6)}`, `0${g.digits(8)}`, `${g.digits(5)}-RPH`]), 'state');

export const driverLicense = (g: Gen): Span =>
  phi(
    'license',
    g.pick([
      `${g.letters(1)}${g.digits(3)}-${g.digits(4)}-${g.digits(4)}`,
      `${g.digits(9)}`,
      `${g.letters(1)}${g.digits(8)}`,
    ]),
    'driver',
  );

export function vin(g: Gen): Span {
  let draft = '';
  for (let i = 0; i < 17; i++) draft += VIN_ALPHABET[g.int(0, VIN_ALPHABET.length - 1)];
  return phi('vehicle', vinWithCheckDigit(draft), 'vin');
}

export const plate = (g: Gen): Span =>
  phi(
    'vehicle',
    g.pick([
      `${g.letters(3)} ${g.digits(4)}`,
      `${g.int(1, 9)}${g.letters(3)}${g.digits(3)}`,
      `${g.digits(3)}-${g.letters(3)}`,
    ]),
    'plate',
  );

export const mrn = (g: Gen): Span =>
  phi(
    'mrn',
    g.pick([
      g.digits(8),
      `${g.int(1, 9)}${g.digits(6)}`,
      `M${g.digits(7)}`,
      `${g.digits(3)}${g.letters(1)}${g.digits(5)}`,
    ]),
  );

export const member = (g: Gen): Span =>
  phi(
    'health_plan',
    g.pick([
      `${g.letters(3)}${g.digits(8)}`,
      `${g.digits(9)}0${g.int(1, 3)}`,
      `Z${g.digits(10)}`,
      `${g.letters(1)}${g.digits(6)}-${g.digits(2)}`,
    ]),
    'member',
  );

/** A payment card number that passes Luhn. */
export function card(g: Gen): Span {
  const body = `${g.pick(['4', '51', '37', '6011'])}`;
  const draft = body + g.digits(15 - body.length);
  return phi('account', draft + luhnCheckDigit(draft), 'card');
}

export const account = (g: Gen): Span =>
  phi('account', g.pick([`${g.digits(11)}`, `H${g.digits(9)}`, `${g.digits(6)}-${g.digits(3)}`]), 'account');

function gtinCheck(d13: string): number {
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(d13[i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

export function udi(g: Gen): Span {
  const g13 = `0${g.digits(12)}`;
  return phi(
    'device',
    `(01)${g13}${gtinCheck(g13)}(11)${g.int(22, 25)}${pad(g.int(1, 12))}${pad(g.int(1, 28))}(21)${g.digits(9)}`,
    'udi',
  );
}

export const mac = (g: Gen): Span =>
  phi(
    'device',
    Array.from({ length: 6 }, () => g.f.string.hexadecimal({ length: 2, casing: 'upper', prefix: '' })).join(
      ':',
    ),
    'mac',
  );

export const serial = (g: Gen): Span =>
  phi(
    'device',
    g.pick([
      `${g.digits(2)}${g.letters(2)}${g.digits(6)}`,
      `SM${g.digits(8)}`,
      `${g.letters(3)}-${g.digits(5)}-${g.letters(1)}`,
    ]),
    'serial',
  );

export const ipv4 = (g: Gen): Span =>
  phi(
    'ip',
    `${g.pick([24, 67, 73, 98, 108, 174, 199])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
    'ipv4',
  );

export function ipv6(g: Gen): Span {
  const h = (): string => g.f.string.hexadecimal({ length: 4, casing: 'lower', prefix: '' });
  return phi('ip', `2601:${h()}:${h()}:${h()}::${h()}`, 'ipv6');
}

export const ip = (g: Gen): Span => (g.chance(0.75) ? ipv4(g) : ipv6(g));

const MAIL = [
  'gmail.example',
  'yahoo.example',
  'outlook.example',
  'icloud.example',
  'proton.example',
  'comcast.example',
];

export function email(g: Gen, p: Who): Span {
  const user = g.pick([
    `${slug(p.first)}.${slug(p.last)}`,
    `${slug(p.first)[0]}${slug(p.last)}${g.int(1, 99)}`,
    `${slug(p.last)}_${slug(p.first)}`,
    `${slug(p.first)}${p.dob.getUTCFullYear() % 100}`,
  ]);
  return phi('email', `${user}@${g.pick(MAIL)}`);
}

export function phone(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const [a, b, c] = [`${g.int(2, 9)}${g.digits(2)}`, `${g.int(2, 9)}${g.digits(2)}`, g.digits(4)];
  return phi(
    type,
    g.pick([
      `(${a}) ${b}-${c}`,
      `${a}-${b}-${c}`,
      `${a}.${b}.${c}`,
      `+1${a}${b}${c}`,
      `${a}${b}${c}`,
      `1 ${a} ${b} ${c}`,
    ]),
  );
}

export const accession = (g: Gen): Span =>
  phi(
    'other_id',
    g.pick([`A${g.digits(9)}`, `RAD${g.int(24, 25)}-${g.digits(6)}`, `${g.digits(10)}`]),
    'accession',
  );

export const employeeId = (g: Gen): Span =>
  phi('other_id', `${g.pick(['E', 'E', 'U', 'emp'])}${g.digits(6)}`, 'employee');

/** A laboratory's own number for a patient, order or specimen. */
export const labNumber = (g: Gen, length: number): Span => phi('other_id', g.digits(length), 'lab_number');

export const passport = (g: Gen): Span => phi('other_id', `${g.letters(1)}${g.digits(8)}`, 'passport');

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** A Spanish DNI: eight digits and the letter of their remainder mod 23. */
export function dni(g: Gen): Span {
  const n = g.int(10_000_000, 79_999_999);
  return phi('other_id', `${n}${DNI_LETTERS[n % 23]}`, 'dni');
}

export const biometric = (g: Gen): Span =>
  phi(
    'biometric',
    g.pick([
      g.f.string.hexadecimal({ length: 40, casing: 'lower', prefix: '' }),
      `PV-${g.digits(4)}-${g.letters(4)}`,
      `FMR:${g.f.string.alphanumeric({ length: 28 })}`,
    ]),
  );

export const photo = (g: Gen): Span =>
  phi(
    'photo',
    g.pick([
      `IMG_${g.digits(4)}.HEIC`,
      `PXL_2025${pad(g.int(1, 12))}${pad(g.int(1, 28))}_${g.digits(9)}.jpg`,
      `face_${g.digits(6)}.png`,
      `headshot-${g.digits(5)}.jpeg`,
    ]),
  );

export function portalUrl(g: Gen, id: string): Span {
  return phi(
    'url',
    g.pick([
      `https://mychart.harborridge.example/MyChart/Visits/${id}`,
      `https://portal.kittredgehealth.example/patients/${id}/summary`,
      `https://ehr.northlake.example/chart?pid=${id}&tab=problems`,
    ]),
  );
}
