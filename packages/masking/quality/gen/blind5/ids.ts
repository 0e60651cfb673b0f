/**
 * Identifiers and dates of blind split 5: record, member, account, licence, device, vehicle,
 * network and biometric identifiers in the shapes EHR, payer and imaging systems give them.
 * SYNTHETIC DATA ONLY.
 */
import { deaFromParts, npiFromBase } from '../checksums';
import type { Gen } from '../context';
import { MONTHS } from '../dates';
import { phi, type Span } from '../fragment';
import { fullWidth, ipv4Value, plateValue } from '../identifiers';

export const mrnValue = (g: Gen): string =>
  g.pick([
    `E${g.digits(7)}`,
    `${g.int(1, 9)}${g.digits(7)}`,
    `MR${g.digits(6)}`,
    `00${g.digits(8)}`,
    `H${g.digits(6)}${g.letters(1)}`,
    `${g.letters(2)}-${g.digits(6)}`,
  ]);
export const mrn = (g: Gen): Span => phi('mrn', mrnValue(g));

const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
export function memberIdValue(g: Gen): string {
  const l = (): string => g.letters(1, MBI_LETTERS);
  const a = (): string => (g.chance(0.5) ? l() : g.digits(1));
  return g.pick([
    `${g.letters(3)}${g.digits(9)}`,
    `W${g.digits(9)}`,
    `${g.letters(3)}${g.digits(6)}-0${g.int(1, 4)}`,
    `${g.int(1, 9)}${l()}${a()}${g.digits(1)}${l()}${a()}${g.digits(1)}${l()}${l()}${g.digits(2)}`,
    `${g.digits(9)}${g.letters(1)}`,
  ]);
}
export const memberId = (g: Gen): Span => phi('health_plan', memberIdValue(g), 'member');

export const accountValue = (g: Gen): string =>
  g.pick([
    `${g.int(1, 9)}${g.digits(8)}`,
    `GA${g.digits(7)}`,
    `PA-${g.digits(6)}-${g.digits(2)}`,
    `V${g.digits(9)}`,
  ]);
export const account = (g: Gen): Span => phi('account', accountValue(g));

export function npi(g: Gen): Span {
  return phi('other_id', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');
}

export function dea(g: Gen): Span {
  return phi(
    'license',
    deaFromParts(`${g.pick(['A', 'B', 'F', 'M'])}${g.letters(1, 'ABCDEFGHKLMNPRSTWZ')}`, g.digits(6)),
    'dea',
  );
}

export const licenseValue = (g: Gen): string =>
  g.pick([
    `${g.letters(1)}${g.digits(3)}-${g.digits(4)}-${g.digits(4)}`,
    `${g.letters(1)}${g.digits(7)}`,
    `DL ${g.digits(9)}`,
    `MD.${g.digits(6)}`,
    `${g.letters(2)}${g.digits(6)}`,
  ]);
export const license = (g: Gen): Span => phi('license', licenseValue(g));

export { vinValue as vin } from '../identifiers';

export const plate = (g: Gen): Span => plateValue(g, 5);

export const deviceSerial = (g: Gen): Span =>
  phi(
    'device',
    g.pick([
      `${g.letters(3)}${g.digits(6)}${g.letters(1)}`,
      `SN-${g.digits(4)}-${g.letters(2)}${g.digits(4)}`,
      `(01)0${g.digits(13)}(21)${g.letters(1)}${g.digits(7)}`,
      `${g.digits(2)}${g.letters(1)}${g.digits(8)}`,
    ]),
  );

export const ipv4 = (g: Gen): Span => ipv4Value(g, [10, 73, 98, 172, 192, 203, 24]);

export const ipv6 = (g: Gen): Span =>
  phi(
    'ip',
    `2001:db8:${g.f.string.hexadecimal({ length: 4, casing: 'lower', prefix: '' })}::${g.int(1, 9999)}`,
    'ipv6',
  );

export const ip = (g: Gen): Span => (g.chance(0.8) ? ipv4(g) : ipv6(g));

const hex = (g: Gen, n: number): string => g.f.string.hexadecimal({ length: n, casing: 'lower', prefix: '' });

export const biometric = (g: Gen): Span =>
  phi(
    'biometric',
    g.pick([
      `fp-tmpl-${hex(g, 12)}`,
      `FMR:${hex(g, 16).toUpperCase()}`,
      `VP-${g.digits(8)}`,
      `iris:${hex(g, 20)}`,
      `face-emb-${hex(g, 10)}`,
    ]),
  );

export const photoFile = (g: Gen, id: string): Span =>
  phi(
    'photo',
    g.pick([`pt_${id}_face.jpg`, `IMG_${g.digits(4)}_${id}.jpeg`, `headshot-${id}.png`, `${id}-idphoto.jpg`]),
  );

/** A JPEG's first bytes in base64 (synthetic): the photograph itself. */
export const photoBase64 = (g: Gen): Span =>
  phi('photo', `/9j/4AAQSkZJRgABAQ${g.f.string.alphanumeric({ length: g.int(40, 90) })}==`, 'base64');

export const url = (g: Gen, id: string): Span =>
  phi(
    'url',
    g.pick([
      `https://portal.cedarridgehealth.org/patients/${id}/chart`,
      `https://myhealth.lakeshorermc.net/app/record?mrn=${id}`,
      `http://pacs.northgate-dx.com/viewer/?PatientID=${id}`,
      `https://billing.bluemesahealth.com/members/${id}/statements`,
      `https://telehealth.mercyvalleyclinic.org/join/${id}`,
    ]),
  );

export const accession = (g: Gen): Span =>
  phi(
    'other_id',
    g.pick([`ACC${g.digits(8)}`, `${g.letters(2)}${g.digits(2)}-${g.digits(6)}`, `A${g.digits(9)}`]),
    'accession',
  );

export const claimId = (g: Gen): Span =>
  phi(
    'other_id',
    g.pick([`${g.digits(4)}${g.letters(1)}${g.digits(8)}`, `CLM${g.digits(10)}`, `${g.digits(13)}`]),
    'claim',
  );

export const rxNumber = (g: Gen): Span =>
  phi('other_id', g.pick([`RX${g.digits(7)}`, `${g.digits(7)}-${g.digits(2)}`]), 'rx');

export const patientResourceId = (g: Gen): string =>
  g.pick([`pt-${g.digits(7)}`, `${g.letters(2).toLowerCase()}${g.digits(8)}`, `P${g.digits(9)}`]);

/** National identifiers other than the SSN, with the country's own shape. */
export const nationalId = (g: Gen): Span =>
  g.pick([
    phi('other_id', `${g.digits(4)} ${g.digits(4)} ${g.digits(4)}`, 'aadhaar'),
    phi('other_id', `${g.digits(3)}.${g.digits(3)}.${g.digits(3)}-${g.digits(2)}`, 'cpf'),
    phi('other_id', `${g.int(19, 20)}${g.digits(6)}-${g.digits(4)}`, 'personnummer'),
    phi('other_id', `${g.letters(4)}${g.digits(6)}${g.letters(6)}${g.digits(2)}`, 'curp'),
  ]);

export type SsnForm =
  | 'ssn'
  | 'ssn-dot'
  | 'ssn-space'
  | 'ssn-endash'
  | 'ssn-none'
  | 'ssn-fullwidth'
  | 'ssn-glued';
const SSN_FORMS: SsnForm[] = [
  'ssn',
  'ssn-dot',
  'ssn-space',
  'ssn-endash',
  'ssn-none',
  'ssn-fullwidth',
  'ssn-glued',
];

/** An SSN in one of its written forms; `ssn-glued` is the value glued to its label by the caller. */
export function ssn(g: Gen, form: SsnForm = g.pick(SSN_FORMS)): Span {
  let area = g.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const b = String(g.int(1, 99)).padStart(2, '0');
  const c = String(g.int(1, 9999)).padStart(4, '0');
  const value = {
    ssn: `${a}-${b}-${c}`,
    'ssn-dot': `${a}.${b}.${c}`,
    'ssn-space': `${a} ${b} ${c}`,
    'ssn-endash': `${a}–${b}–${c}`,
    'ssn-none': `${a}${b}${c}`,
    'ssn-fullwidth': fullWidth(`${a}-${b}-${c}`),
    'ssn-glued': `${a}-${b}-${c}`,
  }[form];
  return phi('ssn', value, form);
}

/** A calendar date, as numbers. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function birthDate(g: Gen, minYear = 1928, maxYear = 2021): Ymd {
  return { y: g.int(minYear, maxYear), m: g.int(1, 12), d: g.int(1, 28) };
}

export function serviceDate(g: Gen): Ymd {
  return { y: g.int(2022, 2026), m: g.int(1, 12), d: g.int(1, 28) };
}

const p2 = (n: number): string => String(n).padStart(2, '0');

export type DateForm = 'iso' | 'us' | 'd8' | 'dmy' | 'dmon' | 'long' | 'dot' | 'short-us';
export function formatDate(x: Ymd, form: DateForm): string {
  const mon = MONTHS[x.m - 1] as string;
  switch (form) {
    case 'iso':
      return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
    case 'us':
      return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
    case 'short-us':
      return `${x.m}/${x.d}/${String(x.y).slice(2)}`;
    case 'd8':
      return `${x.y}${p2(x.m)}${p2(x.d)}`;
    case 'dmy':
      return `${p2(x.d)}/${p2(x.m)}/${x.y}`;
    case 'dot':
      return `${p2(x.d)}.${p2(x.m)}.${x.y}`;
    case 'dmon':
      return `${p2(x.d)}-${mon.slice(0, 3)}-${x.y}`;
    case 'long':
      return `${mon} ${x.d}, ${x.y}`;
  }
}

export function date(x: Ymd, form: DateForm): Span {
  return phi('date', formatDate(x, form), form);
}

export function anyDate(g: Gen, x: Ymd): Span {
  return date(x, g.pick(['iso', 'us', 'd8', 'dmy', 'dmon', 'long', 'dot', 'short-us'] as const));
}

/** A service date-time with its zone (an encounter's start): a date of care, so PHI. */
export function serviceDateTime(g: Gen, x: Ymd = serviceDate(g)): Span {
  const z = g.pick(['-05:00', '-06:00', '-07:00', '+01:00', 'Z', '+05:30']);
  return phi(
    'date',
    `${formatDate(x, 'iso')}T${p2(g.int(6, 20))}:${p2(g.pick([0, 15, 30, 45]))}:00${z}`,
    'datetime',
  );
}

/** An age over 89 (digits only). */
export const oldAge = (g: Gen): Span => phi('age', String(g.int(90, 104)));

export function email(g: Gen, given: string, family: string): Span {
  const clean = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  const local = g.pick([
    `${clean(given)}.${clean(family)}`,
    `${clean(given).slice(0, 1)}${clean(family)}${g.int(1, 99)}`,
    `${clean(family)}_${clean(given)}`,
    `${clean(given)}${g.int(1950, 2010)}`,
  ]);
  const domain = g.pick([
    'mailbox.org',
    'proton.me',
    'yahoo.co.jp',
    'gmx.de',
    'orange.fr',
    'rediffmail.com',
    'uol.com.br',
    'telia.se',
    'outlook.com',
    'icloud.com',
  ]);
  return phi('email', `${local || 'pt'}@${domain}`);
}
