/**
 * Identifier values of blind split 13, in the shapes CRMs, helpdesks, spreadsheets and logs
 * hold them. Check digits are real where the identifier has one (NPI, DEA, VIN, IMEI).
 */
import { deaFromParts, luhnCheckDigit, npiFromBase, VIN_ALPHABET, vinWithCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { phi, type Span } from '../fragment';
import { fullWidth } from '../identifiers';

export function mrn13(g: Gen): Span {
  return phi(
    'mrn',
    g.pick([
      () => `TV${g.digits(7)}`,
      () => `${g.digits(8)}`,
      () => `HCH-${g.digits(6)}`,
      () => `${g.digits(2)}-${g.digits(5)}-${g.digits(1)}`,
      () => `M${g.digits(9)}`,
    ])(),
  );
}

export function ssn13(g: Gen, form?: string): Span {
  const a = String(g.int(101, 699)).padStart(3, '0');
  const b = String(g.int(10, 99));
  const c = g.digits(4);
  const f =
    form ??
    g.pick([
      'ssn-dash',
      'ssn-dash',
      'ssn-none',
      'ssn-dot',
      'ssn-space',
      'ssn-endash',
      'ssn-fullwidth',
      'ssn-glued',
    ]);
  const value: Record<string, string> = {
    'ssn-dash': `${a}-${b}-${c}`,
    'ssn-none': `${a}${b}${c}`,
    'ssn-dot': `${a}.${b}.${c}`,
    'ssn-space': `${a} ${b} ${c}`,
    'ssn-endash': `${a}\u2013${b}\u2013${c}`,
    'ssn-fullwidth': fullWidth(`${a}-${b}-${c}`),
    'ssn-glued': `${a}-${b}-${c}`,
  };
  return phi('ssn', value[f] ?? `${a}-${b}-${c}`, f);
}

export function phone13(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const a = `${g.int(2, 9)}${g.digits(2)}`;
  const e = `${g.int(2, 9)}${g.digits(2)}`;
  const n = g.digits(4);
  const v = g.pick([
    `(${a}) ${e}-${n}`,
    `${a}-${e}-${n}`,
    `+1${a}${e}${n}`,
    `${a}.${e}.${n}`,
    `+1 ${a}-${e}-${n}`,
    `${a}${e}${n}`,
    `1 (${a}) ${e} ${n}`,
  ]);
  return phi(type, v, v.startsWith('+1') && !v.includes(' ') ? 'e164' : 'us');
}

export function e164(g: Gen): Span {
  return phi('phone', `+1${g.int(2, 9)}${g.digits(2)}${g.int(2, 9)}${g.digits(6)}`, 'e164');
}

export function member13(g: Gen): Span {
  return phi(
    'health_plan',
    g.pick([
      () => `BHP${g.digits(9)}`,
      () => `${g.letters(3)}${g.digits(8)}01`,
      () => `W${g.digits(8)}-0${g.int(1, 3)}`,
      () => `ZK${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`,
    ])(),
    'member',
  );
}

const MBI_L = 'ACDEFGHJKMNPQRTUVWXY';
export function mbi13(g: Gen): Span {
  const L = (): string => g.letters(1, MBI_L);
  return phi(
    'health_plan',
    `${g.int(1, 9)}${L()}${L()}${g.digits(1)}${L()}${g.digits(1)}${g.digits(1)}${L()}${L()}${g.digits(2)}`,
    'mbi',
  );
}

export function account13(g: Gen): Span {
  return phi(
    'account',
    g.pick([
      () => `HB${g.digits(9)}`,
      () => `GA-${g.digits(7)}`,
      () => `${g.digits(4)}-${g.digits(5)}`,
      () => `${g.digits(12)}`,
      () => `SP${g.digits(6)}`,
    ])(),
  );
}

export function npi13(g: Gen): Span {
  return phi('license', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');
}

export function dea13(g: Gen, last: string): Span {
  const initial = /^[A-Za-z]/.test(last) ? (last[0] as string).toUpperCase() : 'X';
  return phi('license', deaFromParts(`${g.pick(['A', 'B', 'F', 'M'])}${initial}`, g.digits(6)), 'dea');
}

export function stateLic13(g: Gen): Span {
  return phi(
    'license',
    g.pick([`A${g.digits(6)}`, `RN${g.digits(6)}`, `${g.digits(2)}-${g.digits(5)}`, `MD.${g.digits(6)}`]),
    'state',
  );
}

export function dl13(g: Gen): Span {
  return phi(
    'license',
    g.pick([
      `${g.letters(1)}${g.digits(7)}`,
      `${g.digits(3)}-${g.digits(3)}-${g.digits(3)}`,
      `${g.letters(1)}${g.digits(3)}-${g.digits(4)}-${g.digits(4)}`,
    ]),
    'driver',
  );
}

export function vin13(g: Gen): Span {
  let draft = '';
  for (let i = 0; i < 17; i++) draft += VIN_ALPHABET[g.int(0, VIN_ALPHABET.length - 1)];
  return phi('vehicle', vinWithCheckDigit(draft), 'vin');
}

export function plate13(g: Gen): Span {
  return phi(
    'vehicle',
    g.pick([
      `${g.int(1, 9)}${g.letters(3)}${g.digits(3)}`,
      `${g.letters(3)} ${g.digits(4)}`,
      `${g.letters(2)}-${g.digits(5)}`,
    ]),
    'plate',
  );
}

/** A phone's IMEI: 14 digits and a Luhn check digit. */
export function imei13(g: Gen): Span {
  const body = `35${g.digits(12)}`;
  return phi('device', `${body}${luhnCheckDigit(body)}`, 'imei');
}

export function serial13(g: Gen): Span {
  return phi(
    'device',
    g.pick([
      `PJN${g.digits(6)}`,
      `RNR${g.digits(6)}H`,
      `${g.digits(3)}${g.letters(3)}${g.digits(4)}`,
      `8G${g.letters(4, '0123456789ABCDEF')}`,
    ]),
    'serial',
  );
}

export function ip13(g: Gen): Span {
  if (g.chance(0.75))
    return phi(
      'ip',
      `${g.pick([24, 67, 73, 98, 108, 172, 174, 198, 203])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
      'ipv4',
    );
  const h = (): string => g.f.string.hexadecimal({ length: 4, casing: 'lower', prefix: '' });
  return phi('ip', `2600:1700:${h()}:${h()}::${g.int(1, 99)}`, 'ipv6');
}

export function biometric13(g: Gen): Span {
  return phi(
    'biometric',
    g.pick([
      () => g.f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' }),
      () => `FPT-${g.digits(5)}-${g.letters(2)}`,
      () => `vp_${g.f.string.alphanumeric({ length: 12, casing: 'lower' })}`,
    ])(),
  );
}

export function otherId13(g: Gen): Span {
  return g.pick([
    () => phi('other_id', `CLM-${g.int(2024, 2025)}-${g.digits(6)}`, 'claim'),
    () => phi('other_id', `PA${g.digits(8)}`, 'prior_auth'),
    () => phi('other_id', `${g.letters(1)}${g.digits(8)}`, 'passport'),
    () => phi('other_id', `WC-${g.digits(2)}-${g.digits(5)}`, 'workers_comp'),
  ])();
}
