/**
 * US identifiers of blind split 8, written as people and small systems write them. Random and
 * synthetic; check digits valid where real ones have them.
 */
import { deaFromParts, luhnCheckDigit, npiFromBase, VIN_ALPHABET, vinWithCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { type Piece, phi, type Span, t } from '../fragment';
import type { Who } from './who';

const fw = (s: string): string => s.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));

function ssnParts(g: Gen): [string, string, string] {
  return [String(g.int(101, 665)).padStart(3, '0'), String(g.int(10, 99)), String(g.int(1000, 9999))];
}

/** An SSN with its label word, in a plain or evasive spelling; every evasion form appears. */
export function ssn(g: Gen): Piece {
  const [a, b, c] = ssnParts(g);
  switch (g.int(0, 8)) {
    case 0:
      return t`SSN ${phi('ssn', `${a}.${b}.${c}`, 'ssn-dot')}`;
    case 1:
      return t`social ${phi('ssn', `${a} ${b} ${c}`, 'ssn-space')}`;
    case 2:
      return t`SS# ${phi('ssn', `${a}\u2013${b}\u2013${c}`, 'ssn-endash')}`;
    case 3:
      return t`ssn ${phi('ssn', `${a}${b}${c}`, 'ssn-none')}`;
    case 4:
      return t`SSN ${phi('ssn', fw(`${a}-${b}-${c}`), 'ssn-fullwidth')}`;
    case 5:
      return t`SSN#${phi('ssn', `${a}-${b}-${c}`, 'ssn-glued')}`;
    default:
      return t`${g.pick(['SSN', 'Social Security #', 'SSN:', 'soc sec'])} ${phi('ssn', `${a}-${b}-${c}`, 'ssn-dash')}`;
  }
}

export function ssnBare(g: Gen): Span {
  const [a, b, c] = ssnParts(g);
  return phi('ssn', `${a}-${b}-${c}`, 'ssn-dash');
}

/** A US phone number in one of its spellings. */
export function usPhone(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const a = `${g.int(2, 9)}${g.digits(2)}`;
  const b = `${g.int(2, 9)}${g.digits(2)}`;
  const c = g.digits(4);
  const forms = [
    `(${a}) ${b}-${c}`,
    `${a}-${b}-${c}`,
    `${a}.${b}.${c}`,
    `+1 ${a} ${b} ${c}`,
    `1-${a}-${b}-${c}`,
    `(${a})${b}-${c}`,
    `${a} ${b} ${c}`,
  ];
  return phi(type, g.pick(forms));
}

/** A phone typed into a chat: "555 867 5309", "5558675309". */
export function typedPhone(g: Gen): Span {
  const d = `${g.int(2, 9)}${g.digits(2)}${g.int(2, 9)}${g.digits(6)}`;
  const forms = [
    d,
    `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
    `${d.slice(0, 3)}${d.slice(3, 6)} ${d.slice(6)}`,
    `${d.slice(0, 3)}-${d.slice(3)}`,
  ];
  return phi('phone', g.pick(forms));
}

export function email(g: Gen, p: Who): Span {
  const first = p.given.toLowerCase().replace(/[^a-z]/g, '') || 'pt';
  const last = p.family.toLowerCase().replace(/[^a-z]/g, '') || 'x';
  const user = g.pick([
    `${first}.${last}`,
    `${first}${g.int(1, 99)}`,
    `${first[0]}${last}`,
    `${last}_${first}${g.int(60, 99)}`,
  ]);
  return phi(
    'email',
    `${user}@${g.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'proton.me', 'aol.com', 'comcast.net'])}`,
  );
}

export function mrn(g: Gen): Span {
  const forms = [
    g.digits(8),
    `${g.int(1, 9)}${g.digits(6)}`,
    `MR${g.digits(7)}`,
    `E${g.digits(9)}`,
    `${g.digits(3)}-${g.digits(2)}-${g.digits(2)}`,
  ];
  return phi('mrn', g.pick(forms));
}

export function memberId(g: Gen): Span {
  const forms = [
    `${g.letters(3)}${g.digits(9)}`,
    `W${g.digits(9)}`,
    `${g.digits(3)}${g.letters(2)}${g.digits(5)}`,
    `ZGP${g.digits(8)}01`,
    `${g.int(1, 9)}${g.letters(1)}${g.int(1, 9)}${g.letters(2)}${g.digits(2)}${g.letters(2)}${g.digits(2)}`,
  ];
  return phi('health_plan', g.pick(forms));
}

export function groupNo(g: Gen): Span {
  return phi(
    'health_plan',
    g.pick([`GRP-${g.digits(6)}`, `${g.digits(5)}`, `0${g.digits(6)}-00${g.int(1, 9)}`]),
  );
}

export function account(g: Gen): Span {
  const forms = [
    `${g.digits(10)}`,
    `ACCT-${g.digits(8)}`,
    `HAR ${g.digits(9)}`,
    `${g.digits(4)}-${g.digits(6)}`,
  ];
  return phi('account', g.pick(forms));
}

/** A payment card number with a valid Luhn digit, grouped as people type it. */
export function card(g: Gen): Span {
  const base = `4${g.digits(14)}`;
  const n = `${base}${luhnCheckDigit(base)}`;
  return phi('account', g.chance(0.5) ? n.replace(/(\d{4})(?=\d)/g, '$1 ') : n, 'card');
}

export function npi(g: Gen): Span {
  return phi('license', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');
}

export function dea(g: Gen, p: Who): Span {
  const initial = (p.family.replace(/[^A-Za-z]/g, '')[0] ?? 'X').toUpperCase();
  return phi('license', deaFromParts(`${g.pick(['A', 'B', 'F', 'M'])}${initial}`, g.digits(6)), 'dea');
}

export function stateLicense(g: Gen): Span {
  return phi(
    'license',
    g.pick([
      `RN${g.digits(6)}`,
      `PT-${g.digits(5)}`,
      `${g.letters(2)}.${g.digits(7)}`,
      `LCSW ${g.digits(5)}`,
      `0${g.digits(7)}`,
    ]),
  );
}

export function driversLicense(g: Gen): Span {
  return phi(
    'license',
    g.pick([
      `${g.letters(1)}${g.digits(3)}-${g.digits(4)}-${g.digits(4)}`,
      `${g.letters(1)}${g.digits(7)}`,
      `${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`,
      `DL${g.digits(8)}`,
    ]),
  );
}

export function vin(g: Gen): Span {
  let draft = '';
  for (let i = 0; i < 17; i++) draft += VIN_ALPHABET[g.int(0, VIN_ALPHABET.length - 1)];
  return phi('vehicle', vinWithCheckDigit(draft), 'vin');
}

export function plate(g: Gen): Span {
  return phi(
    'vehicle',
    g.pick([
      `${g.digits(3)} ${g.letters(3)}`,
      `${g.letters(3)}-${g.digits(4)}`,
      `${g.int(1, 9)}${g.letters(3)}${g.digits(3)}`,
      `${g.letters(2)} ${g.digits(5)}`,
    ]),
  );
}

export function serial(g: Gen): Span {
  return phi(
    'device',
    g.pick([
      `${g.letters(3)}${g.digits(7)}`,
      `${g.letters(2)}${g.digits(8)}`,
      `${g.digits(4)}-${g.letters(2)}-${g.digits(5)}`,
      `${g.letters(1)}${g.digits(9)}${g.letters(1)}`,
    ]),
  );
}

export function udi(g: Gen): Span {
  return phi(
    'device',
    `(01)0${g.digits(13)}(17)${g.int(26, 29)}${String(g.int(1, 12)).padStart(2, '0')}28(21)${g.letters(2)}${g.digits(6)}`,
  );
}

export function ipv4(g: Gen): Span {
  const first = g.pick([73, 98, 174, 24, 67, 108, 172]);
  return phi('ip', `${first}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`, 'ipv4');
}

export function ipv6(g: Gen): Span {
  const h = (): string => g.int(0, 0xffff).toString(16);
  return phi('ip', `2601:${h()}:${h()}:${h()}::${h()}`, 'ipv6');
}

export function personalUrl(g: Gen, p: Who): Span {
  const handle = `${p.given}${p.family}`.toLowerCase().replace(/[^a-z]/g, '');
  return phi(
    'url',
    g.pick([
      `https://www.facebook.com/${handle}${g.int(1, 99)}`,
      `instagram.com/${handle}_`,
      `https://gofund.me/${g.letters(8, 'abcdef0123456789')}`,
      `https://caringbridge.org/visit/${handle}`,
      `https://linkedin.com/in/${handle}-${g.digits(3)}`,
      `tiktok.com/@${handle}`,
    ]),
  );
}

export function portalUrl(g: Gen): Span {
  return phi(
    'url',
    `https://${g.pick(['mychart.', 'portal.', 'my.'])}${g.pick(['lakeshorehealth', 'ridgecrestmed', 'tamarackclinic', 'bayfieldcare'])}.org/${g.pick(['pt', 'patients', 'chart'])}/${g.digits(7)}`,
  );
}

export function biometric(g: Gen): Piece {
  const hex = g.letters(16, '0123456789abcdef');
  return g.pick([
    t`fingerprint template ${phi('biometric', `FP-${hex}`)}`,
    t`palm-vein ID ${phi('biometric', `PV${g.digits(10)}`)}`,
    t`voiceprint ${phi('biometric', `vp_${hex}`)}`,
    t`iris code ${phi('biometric', `IRIS:${hex.toUpperCase()}`)}`,
    t`face-match vector ${phi('biometric', `fmv-${g.letters(10, 'abcdef0123456789')}`)}`,
  ]);
}

export function photoName(g: Gen, p: Who): Span {
  const last = p.family.replace(/[^A-Za-z]/g, '');
  return phi(
    'photo',
    g.pick([
      `IMG_${g.digits(4)}.HEIC`,
      `${last.toLowerCase()}_face_${g.digits(3)}.jpg`,
      `PXL_2025${g.digits(4)}_${g.digits(9)}.jpg`,
      `${last}-headshot.png`,
      `id_photo_${g.digits(6)}.jpeg`,
      `wound_${last.toLowerCase()}_${g.digits(2)}.jpg`,
    ]),
  );
}

export function otherId(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([
      `CASE-${g.digits(6)}`,
      `${g.digits(2)}-${g.digits(5)}`,
      `WC${g.digits(8)}`,
      `IR-${g.digits(4)}-${g.digits(3)}`,
      `TKT${g.digits(7)}`,
    ]),
  );
}

/** US street line ("4417 Larkspur Ln Apt 3B"). */
export function usStreet(g: Gen, streets: readonly string[], suffixes: readonly string[]): Span {
  const unit = g.chance(0.35)
    ? g.pick([
        ` Apt ${g.int(1, 40)}${g.pick(['', 'B', 'C'])}`,
        ` #${g.int(2, 900)}`,
        `, Unit ${g.int(1, 12)}`,
      ])
    : '';
  return phi('street_address', `${g.int(2, 9899)} ${g.pick(streets)} ${g.pick(suffixes)}${unit}`);
}
