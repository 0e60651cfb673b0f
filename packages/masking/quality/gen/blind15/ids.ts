/**
 * Identifiers of blind split 15 in the encodings interchange formats use. Check digits are
 * valid where the real identifier has one (NPI, DEA, VIN; accession numbers here carry a Luhn
 * digit as many RIS systems add one). SYNTHETIC DATA ONLY.
 */
import { deaFromParts, luhnCheckDigit, npiFromBase, VIN_ALPHABET, vinWithCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { type Frag, phi, type Span, t } from '../fragment';
import type { Who } from './who';

export function mrn(g: Gen): Span {
  return phi(
    'mrn',
    g.pick([
      () => `${g.int(1, 9)}${g.digits(7)}`,
      () => `E${g.digits(7)}`,
      () => `CV${g.digits(8)}`,
      () => `000${g.digits(6)}`,
      () => `${g.digits(2)}-${g.digits(2)}-${g.digits(2)}`,
    ])(),
  );
}

export function memberId(g: Gen): Span {
  return phi(
    'health_plan',
    g.pick([
      () => `${g.letters(3)}${g.digits(9)}`,
      () => `${g.digits(11)}`,
      () => `U${g.digits(8)}01`,
      () => `${g.letters(1)}${g.digits(8)}*0${g.int(1, 3)}`,
    ])(),
    'member',
  );
}

const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
export function mbi(g: Gen): Span {
  const L = (): string => g.letters(1, MBI_LETTERS);
  const v = `${g.int(1, 9)}${L()}${g.chance(0.5) ? L() : g.digits(1)}${g.digits(1)}${L()}${g.chance(0.5) ? L() : g.digits(1)}${g.digits(1)}${L()}${L()}${g.digits(2)}`;
  return phi('health_plan', v, 'mbi');
}

/** Medicaid id of the states the split writes (two letters and digits). */
export function medicaid(g: Gen): Span {
  return phi('health_plan', `${g.letters(2)}${g.digits(5)}${g.letters(1)}`, 'medicaid');
}

export function account(g: Gen): Span {
  return phi(
    'account',
    g.pick([
      () => `${g.int(1, 9)}${g.digits(9)}`,
      () => `HAR${g.digits(8)}`,
      () => `V${g.digits(9)}`,
      () => `${g.digits(6)}-${g.digits(3)}`,
    ])(),
  );
}

export const npi = (g: Gen): Span => phi('license', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');

export function dea(g: Gen, p: Who): Span {
  const second = /[A-Za-z]/.test(p.family[0] ?? '') ? (p.family[0] as string).toUpperCase() : '9';
  const letters = `${g.pick(['A', 'B', 'F', 'M'])}${/[A-Z]/.test(second) ? second : 'X'}`;
  return phi('license', deaFromParts(letters, g.digits(6)), 'dea');
}

export function stateLicense(g: Gen): Span {
  return phi(
    'license',
    g.pick([`MD${g.digits(6)}`, `${g.letters(1)}${g.digits(5)}`, `RN.${g.digits(7)}`, `0101${g.digits(6)}`]),
    'state',
  );
}

export function driversLicense(g: Gen): Span {
  return phi(
    'license',
    g.pick([
      `${g.letters(1)}${g.digits(7)}`,
      `${g.letters(1)}${g.digits(3)}-${g.digits(3)}-${g.digits(2)}-${g.digits(3)}-${g.digits(1)}`,
      `${g.digits(9)}`,
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
      `${g.int(1, 9)}${g.letters(3)}${g.digits(3)}`,
      `${g.letters(3)} ${g.digits(4)}`,
      `${g.digits(3)}-${g.letters(3)}`,
    ]),
    'plate',
  );
}

export function ssnParts(g: Gen): [string, string, string] {
  return [
    String(g.int(1, 665)).padStart(3, '0'),
    String(g.int(1, 99)).padStart(2, '0'),
    String(g.int(1, 9999)).padStart(4, '0'),
  ];
}

type SsnForm = 'dash' | 'none' | 'dot' | 'space' | 'endash' | 'fullwidth' | 'glued';
/** An SSN value in a given form (form names shared with the other splits' generators). */
export function ssn(g: Gen, form: SsnForm): Span {
  const [a, b, c] = ssnParts(g);
  const v: Record<SsnForm, string> = {
    dash: `${a}-${b}-${c}`,
    none: `${a}${b}${c}`,
    dot: `${a}.${b}.${c}`,
    space: `${a} ${b} ${c}`,
    endash: `${a}\u2013${b}\u2013${c}`,
    fullwidth: `${a}-${b}-${c}`.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d))),
    glued: `${a}-${b}-${c}`,
  };
  return phi('ssn', v[form], `ssn-${form}`);
}

function nxx(g: Gen): string {
  return `${g.int(2, 9)}${g.digits(2)}`;
}

export interface PhoneParts {
  area: string;
  exch: string;
  line: string;
}
export const phoneParts = (g: Gen): PhoneParts => ({ area: nxx(g), exch: nxx(g), line: g.digits(4) });

export function phone(g: Gen, type: 'phone' | 'fax' = 'phone', p = phoneParts(g)): Span {
  const { area, exch, line } = p;
  return phi(
    type,
    g.pick([
      `(${area}) ${exch}-${line}`,
      `${area}-${exch}-${line}`,
      `${area}.${exch}.${line}`,
      `+1${area}${exch}${line}`,
      `${area}${exch}${line}`,
      `1 ${area} ${exch} ${line}`,
    ]),
  );
}

/** HL7 XTN: ^PRN^PH^^1^503^5550142, area code and number each a span. */
export function xtn(g: Gen, use: 'PRN' | 'WPN' | 'ORN', equip: 'PH' | 'CP' | 'FX' = 'PH'): Frag {
  const p = phoneParts(g);
  const type = equip === 'FX' ? 'fax' : 'phone';
  const formatted = phi(type, `(${p.area})${p.exch}-${p.line}`, 'xtn-1');
  return t`${formatted}^${use}^${equip}^^1^${phi(type, p.area, 'xtn-area')}^${phi(type, `${p.exch}${p.line}`, 'xtn-local')}`;
}

export function email(g: Gen, p: Who): Span {
  const base = `${p.given}.${p.family}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z.]/g, '');
  return phi(
    'email',
    g.pick([
      `${base}${g.int(1, 99)}@gmail.example`,
      `${(p.given[0] ?? 'x').toLowerCase()}${p.family.toLowerCase().replace(/[^a-z]/g, '')}@yahoo.example`,
      `${base}@outlook.example.com`,
      `${p.family.toLowerCase().replace(/[^a-z]/g, '')}.fam@icloud.example`,
    ]),
  );
}

export function clientIp(g: Gen): Span {
  if (g.chance(0.75))
    return phi(
      'ip',
      `${g.pick([24, 67, 73, 98, 108, 174, 199, 203])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
      'ipv4',
    );
  const h = (): string => g.f.string.hexadecimal({ length: 4, casing: 'lower', prefix: '' });
  return phi('ip', `2600:1700:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, 'ipv6');
}

export function deviceSerial(g: Gen): Span {
  return phi(
    'device',
    g.pick([
      `${g.letters(3)}${g.digits(6)}${g.letters(1)}`,
      `${g.digits(2)}${g.letters(2)}${g.digits(6)}`,
      `SN${g.digits(10)}`,
      `${g.letters(2)}${g.digits(8)}`,
    ]),
    'serial',
  );
}

/** GS1 UDI in human-readable form: (01)GTIN(17)expiry(10)lot(21)serial. */
export function udi(g: Gen): Span {
  return phi(
    'device',
    `(01)0${g.digits(13)}(17)${g.int(26, 29)}${String(g.int(1, 12)).padStart(2, '0')}30(10)${g.letters(2)}${g.digits(4)}(21)${g.digits(9)}`,
    'udi',
  );
}

/** A Luhn-checked accession number (other unique identifying number). */
export function accession(g: Gen): Span {
  const body = `${g.int(24, 25)}${g.digits(7)}`;
  return phi(
    'other_id',
    g.pick([`ACC${body}${luhnCheckDigit(body)}`, `${body}${luhnCheckDigit(body)}`, `RAD-${body}`]),
    'accession',
  );
}

export function claimNo(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`${g.int(20, 25)}${g.digits(3)}${g.digits(9)}`, `ICN${g.digits(12)}`, `CLM-${g.digits(8)}`]),
    'claim',
  );
}

export function employeeId(g: Gen): Span {
  return phi('other_id', g.pick([`emp${g.digits(6)}`, `W${g.digits(7)}`, `U${g.digits(5)}`]), 'employee');
}

export function rxNumber(g: Gen): Span {
  return phi('other_id', `RX${g.digits(7)}`, 'rx');
}

export function biometricId(g: Gen): Span {
  return phi(
    'biometric',
    g.pick([
      () => `fp_${g.f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' })}`,
      () => `VP-${g.digits(4)}-${g.letters(4)}`,
      () => g.f.string.alphanumeric({ length: 44, casing: 'mixed' }),
      () => `palm:${g.f.string.hexadecimal({ length: 20, casing: 'upper', prefix: '' })}`,
    ])(),
  );
}

export function photoRef(g: Gen, p: Who): Span {
  const slug = p.family.toLowerCase().replace(/[^a-z]/g, '');
  return phi(
    'photo',
    g.pick([
      `IMG_${g.digits(4)}.HEIC`,
      `${slug}_${p.given.toLowerCase().replace(/[^a-z]/g, '')}_face.jpg`,
      `pt_photo_${g.digits(7)}.png`,
      `headshot-${g.digits(6)}.jpeg`,
    ]),
  );
}

export function portalUrl(g: Gen): Span {
  return phi(
    'url',
    g.pick([
      `https://mychart.cascadiavalley.example/MyChart/Messaging/Thread?patientId=${g.digits(8)}`,
      `https://portal.riobravohealth.example/patients/${g.digits(7)}/results`,
      `https://ehr.redrivervalley.example/chart/${g.digits(6)}#summary`,
      `https://fhir.harborlight.example/r4/Patient/${g.digits(7)}/$everything`,
    ]),
  );
}

export function personalUrl(g: Gen, p: Who): Span {
  const slug = `${p.given}${p.family}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  return phi(
    'url',
    g.pick([
      `https://www.gofundme.example/f/help-${slug}`,
      `https://${slug}.blog.example`,
      `https://www.caringpages.example/site/${slug}${g.int(2, 99)}`,
    ]),
  );
}
