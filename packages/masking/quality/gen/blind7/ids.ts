/** Identifiers of blind split 7, in the shapes records and wire formats write them. SYNTHETIC DATA ONLY. */
import { deaFromParts, npiFromBase, VIN_ALPHABET, vinWithCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { phi, type Span } from '../fragment';
import type { Person } from './people';

const FULLWIDTH = (s: string): string => s.replace(/\d/g, (c) => String.fromCodePoint(0xff10 + Number(c)));

export type SsnForm =
  | 'ssn-dash'
  | 'ssn-dot'
  | 'ssn-space'
  | 'ssn-endash'
  | 'ssn-none'
  | 'ssn-fullwidth'
  | 'ssn-glued';

/** A social security number; `glued` ones are written right after their label with no space. */
export function ssn(g: Gen, form?: SsnForm): Span {
  const f =
    form ??
    g.pick([
      'ssn-dash',
      'ssn-dash',
      'ssn-dot',
      'ssn-space',
      'ssn-endash',
      'ssn-none',
      'ssn-fullwidth',
    ] as const);
  const a = String(g.int(101, 665));
  const b = g.digits(2).replace('00', '17');
  const c = String(g.int(1001, 9998));
  const v =
    f === 'ssn-dot'
      ? `${a}.${b}.${c}`
      : f === 'ssn-space'
        ? `${a} ${b} ${c}`
        : f === 'ssn-endash'
          ? `${a}\u2013${b}\u2013${c}`
          : f === 'ssn-none' || f === 'ssn-glued'
            ? `${a}${b}${c}`
            : f === 'ssn-fullwidth'
              ? FULLWIDTH(`${a}-${b}-${c}`)
              : `${a}-${b}-${c}`;
  return phi('ssn', v, f);
}

export function mrn(g: Gen): Span {
  return phi(
    'mrn',
    g.pick([
      () => `${g.int(1, 9)}${g.digits(7)}`,
      () => `E${g.digits(7)}`,
      () => `MR${g.digits(6)}`,
      () => `${g.digits(3)}-${g.digits(3)}-${g.digits(3)}`,
      () => `${g.letters(2)}${g.digits(8)}`,
    ])(),
  );
}

export function account(g: Gen): Span {
  return phi(
    'account',
    g.pick([
      () => `${g.int(1, 9)}${g.digits(9)}`,
      () => `ACC${g.digits(7)}`,
      () => `V${g.digits(8)}`,
      () => `${g.digits(4)}-${g.digits(6)}`,
    ])(),
  );
}

export function healthPlan(g: Gen): Span {
  return phi(
    'health_plan',
    g.pick([
      () => `${g.letters(3)}${g.digits(9)}`,
      () => `W${g.digits(9)}`,
      () => `${g.digits(9)}${g.pick(['A', 'B', 'C1', 'D'])}`,
      () => `${g.letters(1)}${g.digits(2)}-${g.digits(5)}-${g.digits(2)}`,
      () => `1${g.letters(2)}${g.digits(1)}-${g.letters(2)}${g.digits(1)}-${g.letters(2)}${g.digits(2)}`,
    ])(),
  );
}

export function groupNumber(g: Gen): string {
  return `GRP-${g.digits(5)}`;
}

/** A US-style phone number in one of the ways forms and feeds write it. */
export function phoneText(g: Gen): string {
  const a = `${g.int(2, 9)}${g.digits(2)}`;
  const b = `${g.int(2, 9)}${g.digits(2)}`;
  const c = g.digits(4);
  return g.pick([
    `(${a}) ${b}-${c}`,
    `${a}-${b}-${c}`,
    `${a}.${b}.${c}`,
    `+1 ${a} ${b} ${c}`,
    `+1${a}${b}${c}`,
    `1-${a}-${b}-${c}`,
  ]);
}

export function phone(g: Gen): Span {
  return phi('phone', phoneText(g));
}

export function fax(g: Gen): Span {
  return phi('fax', phoneText(g));
}

/** Area code and number as HL7 XTN components 6 and 7 write them. */
export function hl7Phone(g: Gen, type: 'phone' | 'fax' = 'phone'): { area: Span; local: Span } {
  return {
    area: phi(type, `${g.int(2, 9)}${g.digits(2)}`, 'xtn-area'),
    local: phi(type, `${g.int(2, 9)}${g.digits(6)}`, 'xtn-local'),
  };
}

const MAIL_DOMAINS = [
  'inboxly.net',
  'postwave.com',
  'kestrelmail.org',
  'mailhaven.us',
  'quillpost.net',
  'letterbox.io',
];

export function email(g: Gen, p: Pick<Person, 'given' | 'family'>): Span {
  const fam = p.family.toLowerCase().replace(/[^a-z]/g, '');
  const giv = p.given.toLowerCase();
  const local = g.pick([
    `${giv}.${fam}`,
    `${giv[0]}${fam}`,
    `${fam}${g.int(1, 99)}`,
    `${giv}_${fam[0]}${g.int(40, 99)}`,
    `${giv}${fam}`,
  ]);
  return phi('email', `${local}@${g.pick(MAIL_DOMAINS)}`);
}

export function npi(g: Gen): Span {
  return phi('other_id', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');
}

export function dea(g: Gen, family: string): Span {
  const initial = (family.replace(/[^A-Z]/g, '')[0] ?? 'X') as string;
  return phi('license', deaFromParts(`${g.pick(['A', 'B', 'F', 'M'])}${initial}`, g.digits(6)), 'dea');
}

export function driverLicence(g: Gen): Span {
  return phi(
    'license',
    g.pick([
      () => `${g.letters(1)}${g.digits(12)}`,
      () => `${g.letters(1)}${g.digits(3)}-${g.digits(4)}-${g.digits(4)}`,
      () => g.digits(9),
      () => `${g.letters(2)}${g.digits(6)}`,
      () => `${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`,
    ])(),
    'dl',
  );
}

/** A professional licence (state medical or nursing board). */
export function boardLicence(g: Gen): Span {
  return phi(
    'license',
    g.pick([`MD${g.digits(6)}`, `RN-${g.digits(7)}`, `${g.letters(1)}${g.digits(5)}`]),
    'board',
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
      `${g.letters(3)}-${g.digits(4)}`,
      `${g.letters(2)} ${g.digits(5)}`,
    ]),
    'plate',
  );
}

/** A serial number of a device implanted in or issued to the patient. */
export function deviceSerial(g: Gen): Span {
  return phi(
    'device',
    g.pick([
      `SN${g.digits(8)}`,
      `${g.letters(3)}${g.digits(6)}${g.letters(1)}`,
      `${g.digits(4)}-${g.letters(2)}${g.digits(5)}`,
      `RJX${g.digits(6)}H`,
    ]),
    'serial',
  );
}

export function ipv4(g: Gen): Span {
  return phi(
    'ip',
    `${g.pick([24, 68, 73, 98, 172, 184, 203, 66])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
    'ipv4',
  );
}

export function ipv6(g: Gen): Span {
  const h = (): string => g.int(0, 0xffff).toString(16);
  return phi('ip', `2601:${h()}:${h()}:${h()}::${h()}`, 'ipv6');
}

/** A study, registry or case number that identifies the person. */
export function otherId(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([
      `SUBJ-${g.digits(4)}-${g.digits(3)}`,
      `UNOS ${g.letters(3)}${g.digits(4)}`,
      `CASE${g.digits(7)}`,
      `PRN-${g.digits(6)}`,
    ]),
    'registry',
  );
}

const FINGER_PREFIX = ['Rk1SACAyMAAA', 'Rk1SAAAgMjAw', 'SVNPMTk3OTQt'];

/** A biometric template as an ID scanner or time clock returns it (base64 of an ISO template). */
export function biometric(g: Gen): Span {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  return phi(
    'biometric',
    `${g.pick(FINGER_PREFIX)}${g.letters(g.int(24, 40), alphabet)}${g.pick(['', '=', '=='])}`,
    'template',
  );
}

/** A voiceprint or face-match enrolment id. */
export function biometricId(g: Gen): Span {
  return phi(
    'biometric',
    g.pick([
      `VP-${g.digits(4)}-${g.letters(4)}`,
      `FACE${g.digits(10)}`,
      `IRIS-${g.letters(2)}${g.digits(6)}`,
    ]),
    'enrolment',
  );
}

/** A photograph of the person: a portrait file name or the start of its JPEG bytes in base64. */
export function photo(g: Gen, id: string): Span {
  return phi(
    'photo',
    g.pick([
      `portrait_${id}.jpg`,
      `IMG_${g.digits(8)}_${g.digits(6)}.jpeg`,
      `/9j/4AAQSkZJRgABAQ${g.letters(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`,
      `face-${id}-front.png`,
    ]),
  );
}

const PORTAL_HOSTS = [
  'mychart.brightwater-health.org',
  'portal.tamsinvalley.org',
  'patients.ostrander-keel.com',
  'care.verityhealth.net',
];

/** A URL that names one patient (their record, their uploads). */
export function patientUrl(g: Gen, id: string): Span {
  return phi(
    'url',
    `https://${g.pick(PORTAL_HOSTS)}${g.pick(['/patients/', '/records/', '/u/', '/chart?pid='])}${id}`,
  );
}

/** A personal web page or profile of the person. */
export function personalUrl(g: Gen, p: Pick<Person, 'given' | 'family'>): Span {
  const slug = `${p.given}-${p.family}`.toLowerCase().replace(/[^a-z-]/g, '');
  return phi(
    'url',
    g.pick([
      `https://www.${slug.replace('-', '')}.name`,
      `https://people.example.net/in/${slug}`,
      `http://blog.quillpost.net/${slug}`,
    ]),
  );
}
