/** Identifiers of blind split 11 in many label styles; check digits valid. SYNTHETIC ONLY. */
import { deaFromParts, luhnCheckDigit, npiFromBase, VIN_ALPHABET, vinWithCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { phi, type Span } from '../fragment';
import { fullWidth } from '../identifiers';
import type { Person } from './people';

export function mrn(g: Gen): Span {
  return g.pick([
    () => phi('mrn', g.digits(8), 'digits8'),
    () => phi('mrn', `${g.int(1, 9)}${g.digits(6)}`, 'digits7'),
    () => phi('mrn', `HX${g.digits(7)}`, 'hx'),
    () => phi('mrn', `${g.digits(2)}-${g.digits(3)}-${g.digits(3)}`, 'dashed'),
    () => phi('mrn', `TVR${g.digits(6)}`, 'site_prefix'),
    () => phi('mrn', `000${g.digits(7)}`, 'zero_padded'),
  ])();
}

export function account(g: Gen): Span {
  return g.pick([
    () => phi('account', `${g.digits(3)}${g.digits(6)}`, 'har'),
    () => phi('account', `GA-${g.digits(8)}`, 'guarantor'),
    () => phi('account', `${g.digits(4)} ${g.digits(4)} ${g.digits(2)}`, 'spaced'),
    () => phi('account', `V${g.digits(9)}`, 'visit_account'),
  ])();
}

export function member(g: Gen): Span {
  return g.pick([
    () => phi('health_plan', `${g.letters(3)}${g.digits(8)}`, 'prefix'),
    () => phi('health_plan', `${g.digits(9)}${g.letters(1)}`, 'medicaid'),
    () => phi('health_plan', `${g.letters(1)}${g.digits(8)}-0${g.int(1, 5)}`, 'dependent'),
    () => phi('health_plan', mbi(g), 'mbi'),
  ])();
}

function mbi(g: Gen): string {
  const L = (): string => g.letters(1, 'ACDEFGHJKMNPQRTUVWXY');
  return `${g.int(1, 9)}${L()}${g.digits(1)}${g.digits(1)}${L()}${L()}${g.digits(1)}${L()}${L()}${g.digits(2)}`;
}

export function groupNo(g: Gen): Span {
  return phi('health_plan', `GRP${g.digits(6)}`, 'group');
}

export function claimId(g: Gen): Span {
  return phi('other_id', `${g.pick(['CLM', 'C', ''])}${g.int(2023, 2025)}${g.digits(8)}`, 'claim');
}

export function encounterId(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`ENC${g.digits(9)}`, `${g.digits(10)}`, `E-${g.digits(4)}-${g.digits(5)}`]),
    'encounter',
  );
}

export function accession(g: Gen): Span {
  return phi(
    'other_id',
    `${g.pick(['CH', 'SP', 'M', 'HE'])}${String(g.int(23, 25))}-${g.digits(6)}`,
    'accession',
  );
}

export function orderId(g: Gen): Span {
  return phi('other_id', `ORD${g.digits(8)}`, 'order');
}

export function passport(g: Gen): Span {
  return phi('other_id', `${g.letters(1)}${g.digits(8)}`, 'passport');
}

export function ssn(g: Gen): Span {
  const a = String(g.int(1, 899)).padStart(3, '0');
  const b = String(g.int(1, 99)).padStart(2, '0');
  const c = String(g.int(1, 9999)).padStart(4, '0');
  return g.pick([
    () => phi('ssn', `${a}-${b}-${c}`, 'ssn-dash'),
    () => phi('ssn', `${a}.${b}.${c}`, 'ssn-dot'),
    () => phi('ssn', `${a} ${b} ${c}`, 'ssn-space'),
    () => phi('ssn', `${a}\u2013${b}\u2013${c}`, 'ssn-endash'),
    () => phi('ssn', `${a}${b}${c}`, 'ssn-none'),
    () => phi('ssn', fullWidth(`${a}-${b}-${c}`), 'ssn-fullwidth'),
  ])();
}

/** An SSN glued to its label ("SSN#123-45-6789"): the caller writes the label. */
export function ssnGlued(g: Gen): Span {
  return phi(
    'ssn',
    `${String(g.int(1, 899)).padStart(3, '0')}-${g.digits(2).replace('00', '17')}-${g.digits(4).replace('0000', '4410')}`,
    'ssn-glued',
  );
}

const nxx = (g: Gen): string => `${g.int(2, 9)}${g.digits(2)}`;

export function phone(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const [a, e, n] = [nxx(g), nxx(g), g.digits(4)];
  return phi(
    type,
    g.pick([
      `(${a}) ${e}-${n}`,
      `${a}-${e}-${n}`,
      `${a}.${e}.${n}`,
      `+1 ${a}-${e}-${n}`,
      `+1${a}${e}${n}`,
      `${a}${e}${n}`,
      `1 (${a}) ${e} ${n}`,
      `${a} ${e} ${n}`,
      `(${a})${e}-${n}`,
    ]),
  );
}

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

export function email(g: Gen, p: Person): Span {
  const given = ascii(p.given);
  const family = ascii(p.family);
  const local = g.pick([
    `${given}.${family}`,
    `${given[0]}${family}${g.int(1, 99)}`,
    `${family}_${given}`,
    `${given}${g.int(1950, 2005)}`,
    `${given}.${family[0]}`,
  ]);
  const domain = g.pick([
    'example.com',
    'mail.example.net',
    'inbox.example.org',
    'tamarackvalley.example',
    'patients.example',
  ]);
  return phi('email', `${local}@${domain}`);
}

export function npi(g: Gen): Span {
  return phi('license', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');
}

export function dea(g: Gen, p: Person): Span {
  const second = ascii(p.family)[0]?.toUpperCase() ?? 'X';
  return phi('license', deaFromParts(`${g.pick(['A', 'B', 'F', 'M'])}${second}`, g.digits(6)), 'dea');
}

export function stateLicense(g: Gen): Span {
  return phi(
    'license',
    g.pick([
      `${g.letters(2)}${g.digits(6)}`,
      `MD.${g.digits(5)}`,
      `RN-${g.digits(7)}`,
      `${g.digits(2)}-${g.digits(5)}`,
    ]),
    'state',
  );
}

export function driversLicense(g: Gen): Span {
  return phi(
    'license',
    g.pick([
      `${g.letters(1)}${g.digits(8)}`,
      `${g.digits(3)}-${g.digits(3)}-${g.digits(3)}`,
      `${g.letters(1)}${g.digits(3)}-${g.digits(4)}-${g.digits(4)}`,
    ]),
    'driver',
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
      `${g.digits(1)}${g.letters(3)}${g.digits(3)}`,
      `${g.letters(3)} ${g.digits(4)}`,
      `${g.letters(2)}-${g.digits(5)}`,
    ]),
    'plate',
  );
}

export function deviceSerial(g: Gen): Span {
  return phi(
    'device',
    g.pick([
      `${g.letters(3)}${g.digits(6)}${g.letters(1)}`,
      `SN${g.digits(9)}`,
      `${g.letters(2)}${g.digits(2)}-${g.digits(6)}`,
    ]),
    'serial',
  );
}

export function udi(g: Gen): Span {
  const gtin = `0${g.digits(12)}`;
  const gtin14 = `${gtin}${luhnCheckDigit(gtin)}`;
  return phi(
    'device',
    `(01)${gtin14}(11)${g.int(23, 25)}0${g.int(1, 9)}1${g.int(0, 9)}(21)${g.letters(2)}${g.digits(7)}`,
    'udi',
  );
}

export function imei(g: Gen): Span {
  const base = `35${g.digits(12)}`;
  return phi('device', `${base}${luhnCheckDigit(base)}`, 'imei');
}

export function url(g: Gen, p: Person): Span {
  const slug = ascii(p.family) || 'pt';
  return phi(
    'url',
    g.pick([
      `https://mychart.tamarackvalley.example/visit/${g.digits(9)}`,
      `https://www.${slug}${g.pick(['family', 'strong', 'journey'])}.example.com/updates`,
      `https://share.example.org/p/${slug}-${g.digits(4)}`,
      `http://portal.example.net/patient?id=${g.digits(8)}&token=${g.letters(10, 'abcdefghjkmnpqrstuvwxyz')}`,
    ]),
  );
}

export function ip(g: Gen): Span {
  if (g.chance(0.75))
    return phi(
      'ip',
      `${g.pick([24, 47, 68, 73, 98, 107, 172, 174, 184, 199])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
      'ipv4',
    );
  const h = (): string => g.int(1, 0xffff).toString(16);
  return phi('ip', `2600:${h()}:${h()}:${h()}::${h()}`, 'ipv6');
}

export function biometric(g: Gen): Span {
  return phi(
    'biometric',
    g.pick([
      `fp-${g.f.string.hexadecimal({ length: 20, casing: 'lower', prefix: '' })}`,
      `VP${g.digits(4)}-${g.letters(4)}`,
      g.f.string.hexadecimal({ length: 32, casing: 'upper', prefix: '' }),
    ]),
  );
}

export function photo(g: Gen, p: Person): Span {
  const slug = ascii(p.family) || 'pt';
  return phi(
    'photo',
    g.pick([
      `${slug}_${ascii(p.given)}_id.jpg`,
      `DSC_${g.digits(5)}.JPG`,
      `wound-${g.digits(6)}-${slug}.png`,
      `IMG${g.digits(8)}.heic`,
    ]),
  );
}
