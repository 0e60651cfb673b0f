/**
 * Generators for every identifier type, in the formats (and evasions) they appear in. Each
 * returns a piece whose PHI is labeled; context words around it are not. All values are
 * random and synthetic; check digits are valid where the real identifier has them.
 */

import { deaFromParts, npiFromBase, VIN_ALPHABET, vinWithCheckDigit } from './checksums';
import type { Gen } from './context';
import { type Piece, phi, type Span, t } from './fragment';

/** ASCII digits rewritten in another Unicode digit set, as evasions write them. */
function digitsIn(zero: number, s: string): string {
  return s.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));
}
export const fullWidth = (s: string): string => digitsIn(0xff10, s);
/** MATHEMATICAL BOLD DIGITs: outside the BMP, so each takes two UTF-16 units. */
export const mathBold = (s: string): string => digitsIn(0x1d7ce, s);
export const arabicIndic = (s: string): string => digitsIn(0x0660, s);

function ssnDigits(g: Gen): [string, string, string] {
  const area = g.chance(0.3) ? `9${g.digits(2)}` : String(g.int(1, 665)).padStart(3, '0');
  return [area, String(g.int(1, 99)).padStart(2, '0'), String(g.int(1, 9999)).padStart(4, '0')];
}

/** An SSN with a label word in front; `evasive` picks from the separator and Unicode evasions. */
export function ssn(g: Gen, evasive = g.chance(0.6)): Piece {
  const [a, b, c] = ssnDigits(g);
  if (!evasive) {
    const form = g.pick(['dash', 'space'] as const);
    const value = form === 'dash' ? `${a}-${b}-${c}` : `${a} ${b} ${c}`;
    return t`${g.pick(['SSN', 'SSN:', 'Social Security No.', 'SS#', 'social security number'])} ${phi('ssn', value, `ssn-${form}`)}`;
  }
  const forms = ['dot', 'space', 'endash', 'none', 'fullwidth', 'glued', 'glued_colon'] as const;
  const heldoutForms = ['math_bold', 'arabic_indic', 'fullwidth_dots'] as const;
  const form = g.pick(g.split === 'dev' ? forms : [...forms, ...heldoutForms]);
  switch (form) {
    case 'math_bold':
      return t`SSN ${phi('ssn', mathBold(`${a}-${b}-${c}`), 'ssn-math-bold')}`;
    case 'arabic_indic':
      return t`SSN: ${phi('ssn', arabicIndic(`${a}-${b}-${c}`), 'ssn-arabic-indic')}`;
    case 'fullwidth_dots':
      return t`Social Security ${phi('ssn', fullWidth(`${a}.${b}.${c}`), 'ssn-fullwidth')}`;
    case 'dot':
      return t`SSN ${phi('ssn', `${a}.${b}.${c}`, 'ssn-dot')}`;
    case 'space':
      return t`ssn: ${phi('ssn', `${a} ${b} ${c}`, 'ssn-space')}`;
    case 'endash':
      return t`SSN ${phi('ssn', `${a}\u2013${b}\u2013${c}`, 'ssn-endash')}`;
    case 'none':
      return t`${g.pick(['SSN:', 'SSN', 'Social Security:'])} ${phi('ssn', `${a}${b}${c}`, 'ssn-none')}`;
    case 'fullwidth':
      return t`SSN ${phi('ssn', fullWidth(`${a}-${b}-${c}`), 'ssn-fullwidth')}`;
    case 'glued':
      return t`${g.pick(['ssn', 'SSN', 'ssn#'])}${phi('ssn', `${a}-${b}-${c}`, 'ssn-glued')}`;
    case 'glued_colon':
      return t`SSN:${phi('ssn', `${a}${b}${c}`, 'ssn-glued')}`;
  }
}

/** A bare SSN value (for a JSON field named ssn). */
export function ssnValue(g: Gen): Span {
  const [a, b, c] = ssnDigits(g);
  return phi('ssn', g.chance(0.7) ? `${a}-${b}-${c}` : `${a}${b}${c}`, 'ssn-field');
}

function nxx(g: Gen): string {
  return `${g.int(2, 9)}${g.digits(2)}`;
}

/** A US or international phone number in one of its many spellings. */
export function phoneValue(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const [a, e, n] = [nxx(g), nxx(g), g.digits(4)];
  const us = [
    `(${a}) ${e}-${n}`,
    `${a}-${e}-${n}`,
    `${a}.${e}.${n}`,
    `${a} ${e} ${n}`,
    `+1 ${a} ${e} ${n}`,
    `1-${a}-${e}-${n}`,
    `+1${a}${e}${n}`,
    `+1 (${a}) ${e}-${n}`,
    `${a}${e}${n}`,
  ];
  const intl = [
    `+44 20 ${g.digits(4)} ${g.digits(4)}`,
    `+49 30 ${g.digits(8)}`,
    `+33 1 ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)}`,
    `+91 ${g.int(7, 9)}${g.digits(4)} ${g.digits(5)}`,
    `+61 2 ${g.digits(4)} ${g.digits(4)}`,
    `+52 55 ${g.digits(4)} ${g.digits(4)}`,
  ];
  if (g.split === 'heldout') {
    us.push(fullWidth(`(${a}) ${e}-${n}`), fullWidth(`${a}-${e}-${n}`));
    us.push(`${a}/${e}-${n}`, `(${a})${e}-${n}`, `${a}–${e}–${n}`);
    intl.push(
      `+81 3-${g.digits(4)}-${g.digits(4)}`,
      `+55 11 9${g.digits(4)}-${g.digits(4)}`,
      `0044 161 ${g.digits(3)} ${g.digits(4)}`,
    );
  }
  const value = g.chance(0.8) ? g.pick(us) : g.pick(intl);
  return phi(type, value, value.startsWith('+') && !value.startsWith('+1') ? 'intl' : 'us');
}

export function phone(g: Gen): Piece {
  const words =
    g.split === 'dev'
      ? ['Phone:', 'Tel', 'cell', 'mobile', 'call back at', 'ph.']
      : ['Contact #', 'home phone', 'Mobile:', 'reach her at', 'Cell phone:', 'tel.'];
  const value = phoneValue(g);
  const ext = g.chance(0.1) ? ` x${g.int(100, 9999)}` : '';
  return t`${g.pick(words)} ${value}${ext}`;
}

export function fax(g: Gen): Piece {
  const words = g.split === 'dev' ? ['Fax:', 'fax', 'Fax #'] : ['F:', 'facsimile', 'fax no.', 'Fax number'];
  return t`${g.pick(words)} ${phoneValue(g, 'fax')}`;
}

export function email(g: Gen, first: string, last: string): Span {
  const f = g.us;
  const value = g.chance(0.6)
    ? f.internet.email({ firstName: first, lastName: last })
    : `${f.internet.username({ firstName: first, lastName: last })}@${g.pick(['example.org', 'mail.example.com', 'clinic.example.net', 'patientmail.example'])}`;
  return phi('email', value);
}

export function mrnValue(g: Gen): Span {
  const forms = [
    () => g.digits(7),
    () => `00${g.digits(6)}`,
    () => `${g.letters(1)}${g.digits(7)}`,
    () => `MR${g.digits(6)}`,
    () => `${g.digits(3)}-${g.digits(2)}-${g.digits(2)}`,
  ];
  if (g.split === 'heldout')
    forms.push(
      () => `E${g.digits(9)}`,
      () => `${g.digits(2)}-${g.digits(6)}`,
    );
  return phi('mrn', g.pick(forms)());
}

export function mrn(g: Gen): Piece {
  const words =
    g.split === 'dev'
      ? ['MRN', 'MRN:', 'MRN#', 'Med Rec #:', 'medical record number', 'Patient ID:']
      : ['Medical Record No.', 'Hosp #', 'MR No:', 'chart #', 'record no.', 'EHR ID'];
  return t`${g.pick(words)} ${mrnValue(g)}`;
}

const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
export function mbiValue(g: Gen): Span {
  const L = (): string => g.letters(1, MBI_LETTERS);
  const AN = (): string => (g.chance(0.5) ? L() : g.digits(1));
  const raw = `${g.int(1, 9)}${L()}${AN()}${g.digits(1)}${L()}${AN()}${g.digits(1)}${L()}${L()}${g.digits(2)}`;
  const dashed = g.chance(0.3);
  return phi('health_plan', dashed ? `${raw.slice(0, 4)}-${raw.slice(4, 7)}-${raw.slice(7)}` : raw, 'mbi');
}

export function memberIdValue(g: Gen): Span {
  const forms = [
    () => `${g.letters(3)}${g.digits(9)}`,
    () => `W${g.digits(9)}`,
    () => `${g.digits(9)}-0${g.int(1, 4)}`,
    () => `${g.letters(2)}${g.digits(7)}`,
  ];
  return phi('health_plan', g.pick(forms)(), 'member');
}

export function healthPlan(g: Gen): Piece {
  if (g.chance(0.4)) return t`${g.pick(['Medicare MBI', 'MBI:', 'Medicare ID'])} ${mbiValue(g)}`;
  const words =
    g.split === 'dev'
      ? ['Member ID:', 'Subscriber ID', 'Policy #', 'Medicaid ID']
      : ['Insurance ID', 'member no.', 'Plan member', 'Beneficiary #'];
  return t`${g.pick(words)} ${memberIdValue(g)}`;
}

export function accountValue(g: Gen): Span {
  const forms = [
    () => g.digits(10),
    () => `${g.digits(4)}-${g.digits(3)}-${g.digits(3)}`,
    () => `PA${g.digits(8)}`,
    () => `ACCT-${g.digits(7)}`,
  ];
  return phi('account', g.pick(forms)());
}

export function account(g: Gen): Piece {
  const words =
    g.split === 'dev'
      ? ['Acct #', 'Account No.', 'account number', 'Billing acct:']
      : ['Patient account', 'Acct:', 'guarantor account #', 'HAR'];
  return t`${g.pick(words)} ${accountValue(g)}`;
}

export function npiValue(g: Gen): Span {
  return phi('license', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');
}

export function deaValue(g: Gen, lastName: string): Span {
  const first = g.pick(['A', 'B', 'F', 'G', 'M']);
  const second = /[A-Za-z]/.test(lastName[0] ?? '') ? (lastName[0] as string).toUpperCase() : '9';
  const letters = /[A-Z]/.test(second) ? first + second : `${first}X`;
  return phi('license', deaFromParts(letters, g.digits(6)), 'dea');
}

export function stateLicenseValue(g: Gen): Span {
  const forms = [
    () => `${g.letters(1)}${g.digits(5)}`,
    () => `${g.letters(2)}.${g.digits(6)}`,
    () => `MD${g.digits(6)}`,
    () => `RN${g.digits(7)}`,
    () => `${g.digits(4)}-${g.digits(6)}`,
  ];
  return phi('license', g.pick(forms)(), 'state');
}

export function driversLicenseValue(g: Gen): Span {
  return phi(
    'license',
    g.pick([
      `${g.letters(1)}${g.digits(7)}`,
      `${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`,
      `${g.letters(1)}${g.digits(12)}`,
    ]),
    'driver',
  );
}

export function license(g: Gen, lastName: string): Piece {
  switch (g.int(0, 3)) {
    case 0:
      return t`NPI ${npiValue(g)}`;
    case 1:
      return t`DEA ${g.pick(['#', 'No.', ''])} ${deaValue(g, lastName)}`;
    case 2:
      return t`${g.pick(['State license', 'Lic.', 'Medical license #', 'license no.'])} ${stateLicenseValue(g)}`;
    default:
      return t`${g.pick(["driver's license", 'DL#', 'Driver License No.'])} ${driversLicenseValue(g)}`;
  }
}

export function vinValue(g: Gen): Span {
  let draft = '';
  for (let i = 0; i < 17; i++) draft += VIN_ALPHABET[g.int(0, VIN_ALPHABET.length - 1)];
  return phi('vehicle', vinWithCheckDigit(draft), 'vin');
}

/** A licence plate in one of three patterns; `tailDigits`: how many digits the last one ends with. */
export function plateValue(g: Gen, tailDigits = 4): Span {
  return phi(
    'vehicle',
    g.pick([
      `${g.int(1, 9)}${g.letters(3)}${g.digits(3)}`,
      `${g.letters(3)}-${g.digits(4)}`,
      `${g.letters(2)} ${g.digits(tailDigits)}`,
    ]),
    'plate',
  );
}

export function vehicle(g: Gen): Piece {
  if (g.chance(0.5)) return t`${g.pick(['VIN', 'VIN:', 'vehicle identification number'])} ${vinValue(g)}`;
  return t`${g.pick(['license plate', 'plate #', 'tag', 'plate number'])} ${plateValue(g)}`;
}

export function udiValue(g: Gen): Span {
  const gtin = `00${g.digits(12)}`;
  const exp = `${g.int(26, 30)}${String(g.int(1, 12)).padStart(2, '0')}${String(g.int(1, 28)).padStart(2, '0')}`;
  return phi(
    'device',
    `(01)${gtin}(17)${exp}(10)${g.letters(1)}${g.digits(5)}(21)${g.letters(2)}${g.digits(6)}`,
    'udi',
  );
}

export function serialValue(g: Gen): Span {
  return phi(
    'device',
    g.pick([
      `${g.letters(3)}${g.digits(6)}${g.letters(1)}`,
      `${g.digits(2)}${g.letters(2)}${g.digits(5)}`,
      `SN-${g.digits(8)}`,
    ]),
    'serial',
  );
}

export function device(g: Gen): Piece {
  switch (g.int(0, 2)) {
    case 0:
      return t`UDI ${udiValue(g)}`;
    case 1:
      return t`${g.pick(['serial no.', 'S/N', 'serial number', 'device serial'])} ${serialValue(g)}`;
    default:
      return t`IMEI ${phi('device', `${g.digits(2)}-${g.digits(6)}-${g.digits(6)}-${g.digits(1)}`, 'imei')}`;
  }
}

export function urlValue(g: Gen, last: string): Span {
  const slug = last.toLowerCase().replace(/[^a-z]/g, '') || 'p';
  return phi(
    'url',
    g.pick([
      `https://portal.${g.pick(['mercy', 'stjude', 'valley', 'lakeside'])}health.example/patients/${g.digits(6)}/chart`,
      `http://www.${slug}${g.pick(['family', 'photos', 'blog'])}.example.com`,
      `https://mychart.example.org/visit?id=${g.digits(8)}`,
      `https://caringbridge.example/visit/${slug}${g.digits(2)}`,
    ]),
  );
}

/** An IPv4 address whose first octet is one of `firstOctets`. */
export function ipv4Value(g: Gen, firstOctets: readonly number[]): Span {
  return phi('ip', `${g.pick(firstOctets)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`, 'ipv4');
}

export function ipValue(g: Gen): Span {
  if (g.chance(0.6))
    return phi('ip', `${g.int(11, 223)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`, 'ipv4');
  const h = (): string => g.f.string.hexadecimal({ length: g.int(1, 4), casing: 'lower', prefix: '' });
  return phi(
    'ip',
    g.chance(0.5) ? `2001:db8:${h()}:${h()}::${h()}` : `fe80::${h()}:${h()}:${h()}:${h()}`,
    'ipv6',
  );
}

export function biometric(g: Gen): Piece {
  const kind = g.pick([
    'fingerprint template',
    'retinal scan ID',
    'voiceprint',
    'facial geometry hash',
    'palm vein template',
  ]);
  const value =
    kind === 'facial geometry hash'
      ? g.f.string.hexadecimal({ length: 24, casing: 'lower', prefix: '' })
      : `${g.letters(2)}-${g.digits(4)}-${g.letters(3)}`;
  return t`${kind} ${phi('biometric', value)}`;
}

export function photoFile(g: Gen, last: string): Span {
  const slug = last.toLowerCase().replace(/[^a-z]/g, '') || 'pt';
  return phi(
    'photo',
    g.pick([
      `IMG_${g.digits(4)}.JPG`,
      `${slug}_face_${g.digits(4)}.png`,
      `wound_${g.digits(8)}_${slug}.jpg`,
      `photo_${g.digits(6)}.heic`,
    ]),
  );
}

export function photo(g: Gen, last: string): Piece {
  return t`${g.pick(['full-face photo', 'photo on file:', 'wound photo', 'ID photo'])} ${photoFile(g, last)}`;
}

export function biometricValue(g: Gen): Span {
  return phi(
    'biometric',
    g.chance(0.3)
      ? g.f.string.hexadecimal({ length: 24, casing: 'lower', prefix: '' })
      : `${g.letters(2)}-${g.digits(4)}-${g.letters(3)}`,
  );
}

export function otherIdValue(g: Gen): Span {
  return g.pick([
    () => phi('other_id', `${g.letters(1)}${g.digits(8)}`, 'passport'),
    () => phi('other_id', `E${g.digits(6)}`, 'employee'),
    () => phi('other_id', `${g.int(2019, 2025)}-${g.letters(2)}-${g.digits(5)}`, 'case'),
  ])();
}

export function otherId(g: Gen): Piece {
  switch (g.int(0, 3)) {
    case 0:
      return t`passport no. ${phi('other_id', `${g.letters(1)}${g.digits(8)}`, 'passport')}`;
    case 1:
      return t`employee ID ${phi('other_id', `E${g.digits(6)}`, 'employee')}`;
    case 2:
      return t`badge #${phi('other_id', g.digits(5), 'badge')}`;
    default:
      return t`case number ${phi('other_id', `${g.int(2019, 2025)}-${g.letters(2)}-${g.digits(5)}`, 'case')}`;
  }
}

/** A US-style ZIP, ZIP+4 in about a third of cases. */
export function zipValue(g: Gen): Span {
  const five = g.digits(5).replace(/^0{2}/, '10');
  return g.chance(0.35) ? phi('zip', `${five}-${g.digits(4)}`, 'zip4') : phi('zip', five, 'zip5');
}
