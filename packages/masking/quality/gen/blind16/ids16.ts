/**
 * Contact details and identifiers as US health-system records write them. Random and
 * synthetic; NPI, DEA, MBI letters and VIN check characters are valid.
 */
import { deaFromParts, npiFromBase, VIN_ALPHABET, vinWithCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { type Frag, type Piece, phi, type Span, t } from '../fragment';
import { fullWidth } from '../identifiers';
import { DIRECTIONS, STREET_NAMES, STREET_SUFFIXES, TOWNS, type Town, UNITS } from './geography';
import type { Someone } from './people16';

export interface Home {
  street: Span;
  /** "Apt 4B" on its own line or after a comma; empty when there is none. */
  unit: Span | undefined;
  city: Span;
  county: Span;
  state: string;
  zip: Span;
}

function zipOf(g: Gen, town: Town): Span {
  const five = `${town.zip3}${g.digits(2)}`;
  return g.chance(0.3) ? phi('zip', `${five}-${g.digits(4)}`, 'zip4') : phi('zip', five, 'zip5');
}

/** "Magnolia Dr"; numbered county roads and routes take no suffix. */
function streetName(g: Gen): string {
  const name = g.pick(STREET_NAMES);
  return /^(?:County Road|Route) /.test(name) ? name : `${name} ${g.pick(STREET_SUFFIXES)}`;
}

export function home(g: Gen): Home {
  const town = g.pick(TOWNS);
  const dir = g.chance(0.25) ? `${g.pick(DIRECTIONS)} ` : '';
  const street = g.chance(0.06) ? `PO Box ${g.int(10, 9999)}` : `${g.int(1, 29999)} ${dir}${streetName(g)}`;
  const unit = g.chance(0.3)
    ? phi(
        'street_address',
        `${g.pick(UNITS)} ${g.int(1, 40)}${g.chance(0.4) ? g.letters(1, 'ABCDEF') : ''}`,
        'unit',
      )
    : undefined;
  return {
    street: phi('street_address', street),
    unit,
    city: phi('geo', town.town, 'city'),
    county: phi('geo', town.county, 'county'),
    state: town.state,
    zip: zipOf(g, town),
  };
}

/** One-line or two-line address; `lower` writes it as someone typing in a hurry. */
export function addressOf(g: Gen, h: Home): Frag {
  const unit = h.unit ? t`, ${h.unit}` : '';
  return g.pick([
    () => t`${h.street}${unit}, ${h.city}, ${h.state} ${h.zip}`,
    () => t`${h.street}${unit}\n${h.city}, ${h.state} ${h.zip}`,
    () => t`${h.street}${h.unit ? t` ${h.unit}` : ''} ${h.city} ${h.state} ${h.zip}`,
  ])();
}

function areaCode(g: Gen): string {
  return `${g.int(2, 9)}${g.int(0, 8)}${g.int(0, 9)}`;
}

/** A US phone number in one of the spellings people type. */
export function phoneNo(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const [a, e, n] = [areaCode(g), `${g.int(2, 9)}${g.digits(2)}`, g.digits(4)];
  const value = g.pick([
    `(${a}) ${e}-${n}`,
    `(${a}) ${e}-${n}`,
    `${a}-${e}-${n}`,
    `${a}-${e}-${n}`,
    `${a}.${e}.${n}`,
    `${a} ${e} ${n}`,
    `${a}${e}${n}`,
    `1-${a}-${e}-${n}`,
    `+1 ${a}-${e}-${n}`,
    `(${a})${e}-${n}`,
  ]);
  return phi(type, value, 'us');
}

/** A phone number, sometimes with an extension after it (the extension is not labeled). */
export function phoneExt(g: Gen): Piece {
  const ext = g.chance(0.35)
    ? g.pick([` x${g.int(100, 9999)}`, ` ext. ${g.int(1000, 9999)}`, ` ext ${g.int(10, 999)}`])
    : '';
  return t`${phoneNo(g)}${ext}`;
}

export function emailOf(g: Gen, p: Someone): Span {
  const first = p.first.toLowerCase().replace(/[^a-z]/g, '');
  const last = p.last.toLowerCase().replace(/[^a-z]/g, '');
  const user = g.pick([
    `${first}.${last}`,
    `${first[0]}${last}${g.int(1, 99)}`,
    `${last}${first}${g.int(60, 99)}`,
    `${first}_${g.int(1950, 2005)}`,
    `${first}${last[0]}`,
  ]);
  const domain = g.pick([
    'gmail.com',
    'yahoo.com',
    'hotmail.com',
    'outlook.com',
    'icloud.com',
    'aol.com',
    'comcast.net',
  ]);
  return phi('email', `${user}@${domain}`);
}

export function staffEmail(g: Gen, p: Someone): Span {
  const first = p.first.toLowerCase().replace(/[^a-z]/g, '');
  const last = p.last.toLowerCase().replace(/[^a-z]/g, '');
  return phi(
    'email',
    `${first}.${last}@${g.pick(['stbrendan.org', 'lakeshorehv.com', 'goodshepherdhealth.org'])}`,
  );
}

export function mrnNo(g: Gen): Span {
  return phi(
    'mrn',
    g.pick([
      () => g.digits(8),
      () => `${g.int(1, 9)}${g.digits(6)}`,
      () => `E${g.digits(7)}`,
      () => `${g.digits(2)}-${g.digits(2)}-${g.digits(2)}`,
      () => `000${g.digits(7)}`,
      () => `M${g.digits(9)}`,
    ])(),
  );
}

/** Encounter, FIN or hospital account numbers. */
export function accountNo(g: Gen): Span {
  return phi(
    'account',
    g.pick([
      () => g.digits(10),
      () => g.digits(9),
      () => `V${g.digits(8)}`,
      () => `${g.digits(6)}-${g.digits(3)}`,
    ])(),
  );
}

const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';

export function mbiNo(g: Gen): Span {
  const L = (): string => g.letters(1, MBI_LETTERS);
  const A = (): string => (g.chance(0.5) ? L() : String(g.int(0, 9)));
  const raw = `${g.int(1, 9)}${L()}${A()}${g.int(0, 9)}${L()}${A()}${g.int(0, 9)}${L()}${L()}${g.digits(2)}`;
  return phi(
    'health_plan',
    g.chance(0.25) ? `${raw.slice(0, 4)}-${raw.slice(4, 7)}-${raw.slice(7)}` : raw,
    'mbi',
  );
}

export function memberNo(g: Gen): Span {
  return phi(
    'health_plan',
    g.pick([
      () => `${g.letters(3)}${g.digits(9)}`,
      () => `${g.letters(1)}${g.digits(8)}01`,
      () => `${g.digits(9)}`,
      () => `U${g.digits(10)}`,
      () => `${g.letters(2)}${g.digits(6)}-${g.digits(2)}`,
    ])(),
    'member',
  );
}

export function npiNo(g: Gen): Span {
  return phi('license', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');
}

export function deaNo(g: Gen, last: string): Span {
  const initial = /[A-Z]/.test(last[0] ?? '') ? (last[0] as string) : 'X';
  return phi('license', deaFromParts(`${g.pick(['A', 'B', 'F', 'M'])}${initial}`, g.digits(6)), 'dea');
}

export function stateLicenseNo(g: Gen): Span {
  return phi(
    'license',
    g.pick([
      `${g.digits(3)}.${g.digits(6)}`,
      `MD${g.digits(5)}`,
      `RN${g.digits(6)}`,
      `${g.letters(1)}${g.digits(5)}`,
    ]),
    'state',
  );
}

export function driverLicenseNo(g: Gen): Span {
  return phi(
    'license',
    g.pick([
      `${g.letters(1)}${g.digits(12)}`,
      `${g.digits(9)}`,
      `${g.letters(1)}${g.digits(3)}-${g.digits(4)}-${g.digits(4)}`,
    ]),
    'driver',
  );
}

/** The SSN in the shapes intake forms, scans and pasted text leave it in. */
export function ssnNo(g: Gen): Span {
  const [a, b, c] = [
    String(g.int(1, 665)).padStart(3, '0'),
    String(g.int(1, 99)).padStart(2, '0'),
    String(g.int(1, 9999)).padStart(4, '0'),
  ];
  const form = g.pick(['dash', 'dash', 'dash', 'dot', 'space', 'endash', 'none', 'fullwidth'] as const);
  const value = {
    dash: `${a}-${b}-${c}`,
    dot: `${a}.${b}.${c}`,
    space: `${a} ${b} ${c}`,
    endash: `${a}\u2013${b}\u2013${c}`,
    none: `${a}${b}${c}`,
    fullwidth: fullWidth(`${a}-${b}-${c}`),
  }[form];
  return phi('ssn', value, `ssn-${form}`);
}

/** An SSN after its label; sometimes glued to it ("SSN#123-45-6789"). */
export function ssnLabeled(g: Gen): Piece {
  if (g.chance(0.15)) {
    const v = ssnNo(g);
    return t`${g.pick(['SSN#', 'SS#', 'ssn:'])}${phi('ssn', v.value, 'ssn-glued')}`;
  }
  return t`${g.pick(['SSN:', 'SSN', 'Social Security #:', 'SS#', 'last SSN on file'])} ${ssnNo(g)}`;
}

export function vinNo(g: Gen): Span {
  let draft = '';
  for (let i = 0; i < 17; i++) draft += VIN_ALPHABET[g.int(0, VIN_ALPHABET.length - 1)];
  return phi('vehicle', vinWithCheckDigit(draft), 'vin');
}

export function plateNo(g: Gen): Span {
  return phi(
    'vehicle',
    g.pick([
      `${g.int(1, 9)}${g.letters(3)}${g.digits(3)}`,
      `${g.letters(3)} ${g.digits(4)}`,
      `${g.letters(2)}${g.digits(1)}-${g.letters(1)}${g.digits(2)}`,
    ]),
    'plate',
  );
}

/** Serial numbers of implanted and home devices. */
export function serialNo(g: Gen): Span {
  return phi(
    'device',
    g.pick([
      `${g.letters(3)}${g.digits(6)}${g.letters(1)}`,
      `${g.digits(8)}`,
      g.digits(10),
      `${g.letters(2)}${g.digits(7)}`,
    ]),
    'serial',
  );
}

/** A GS1 UDI as implant logs record it. */
export function udiNo(g: Gen): Span {
  const gtin = `0${g.digits(13)}`;
  return phi(
    'device',
    `(01)${gtin}(17)${g.int(26, 29)}${String(g.int(1, 12)).padStart(2, '0')}28(10)${g.letters(1)}${g.digits(6)}`,
    'udi',
  );
}

export function ipNo(g: Gen): Span {
  return phi(
    'ip',
    `${g.pick([24, 47, 67, 71, 73, 98, 99, 108, 172, 174])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
    'ipv4',
  );
}

export function portalUrl(g: Gen): Span {
  return phi(
    'url',
    g.pick([
      `https://mychart.stbrendan.org/MyChart/Messaging/${g.digits(9)}`,
      `https://telehealth.goodshepherdhealth.org/join/${g.letters(4).toLowerCase()}-${g.digits(4)}`,
      `https://lakeshorehv.zoom.us/j/${g.digits(10)}?pwd=${g.letters(8).toLowerCase()}`,
      `https://www.caringbridge.org/site/${g.letters(6).toLowerCase()}${g.digits(2)}`,
    ]),
  );
}

export function photoName(g: Gen, p: Someone): Span {
  const last = p.last.toLowerCase().replace(/[^a-z]/g, '');
  return phi(
    'photo',
    g.pick([
      `IMG_${g.digits(4)}.jpg`,
      `${last}_wound_${g.digits(6)}.jpg`,
      `derm_${g.digits(8)}.png`,
      `PXL_${g.digits(8)}_${g.digits(6)}.jpg`,
    ]),
  );
}

/** Palm-vein and fingerprint enrolment identifiers of identity-verification systems. */
export function biometricNo(g: Gen): Span {
  return phi(
    'biometric',
    g.pick([
      `PV-${g.digits(4)}-${g.letters(4)}`,
      `${g.f.string.hexadecimal({ length: 20, casing: 'lower', prefix: '' })}`,
      `FP${g.digits(9)}`,
    ]),
  );
}

/** Dictation job numbers, prior-authorisation, referral and claim numbers. */
export function jobNo(g: Gen): Span {
  return phi('other_id', g.digits(g.pick([5, 6, 7])), 'job');
}

export function authNo(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([
      `PA${g.digits(9)}`,
      `${g.int(2024, 2025)}${g.digits(8)}`,
      `A${g.digits(10)}`,
      `REF-${g.digits(7)}`,
    ]),
    'auth',
  );
}

export function claimNo(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`${g.int(24, 25)}${g.digits(11)}`, `WC-${g.digits(8)}`, `CLM${g.digits(9)}`]),
    'claim',
  );
}
