/**
 * Contact details and identifiers of blind split 4: phones and faxes in national formats with
 * extensions, e-mail addresses, SSNs in their evasion forms, record, plan, account, licence,
 * national-id, device, vehicle, network, biometric and photo identifiers. SYNTHETIC DATA ONLY.
 */
import { deaFromParts, npiFromBase } from '../checksums';
import type { Gen } from '../context';
import { phi, type Span } from '../fragment';
import { ipv4Value } from '../identifiers';
import type { Culture, Person } from './people';

const PHONES: Partial<Record<Culture | 'us', ((g: Gen) => string)[]>> = {
  us: [
    (g) => `(${g.int(205, 989)}) ${g.int(201, 989)}-${g.digits(4)}`,
    (g) => `${g.int(205, 989)}.${g.int(201, 989)}.${g.digits(4)}`,
    (g) => `+1 ${g.int(205, 989)} ${g.int(201, 989)} ${g.digits(4)}`,
    (g) => `${g.int(205, 989)}-${g.int(201, 989)}-${g.digits(4)}`,
    (g) => `1-${g.int(800, 888)}-${g.int(201, 989)}-${g.digits(4)}`,
  ],
  za: [
    (g) => `+27 ${g.int(60, 84)} ${g.digits(3)} ${g.digits(4)}`,
    (g) => `0${g.int(10, 84)} ${g.digits(3)} ${g.digits(4)}`,
  ],
  in: [
    (g) => `+91 ${g.int(70, 99)}${g.digits(3)} ${g.digits(5)}`,
    (g) => `0${g.int(20, 80)}-${g.digits(4)} ${g.digits(4)}`,
  ],
  sg: [
    (g) => `+65 ${g.int(6, 9)}${g.digits(3)} ${g.digits(4)}`,
    (g) => `${g.int(8, 9)}${g.digits(3)} ${g.digits(4)}`,
  ],
  my: [(g) => `+60 1${g.int(0, 9)}-${g.digits(3)} ${g.digits(4)}`, (g) => `03-${g.digits(4)} ${g.digits(4)}`],
  ph: [
    (g) => `+63 9${g.digits(2)} ${g.digits(3)} ${g.digits(4)}`,
    (g) => `(02) 8${g.digits(3)}-${g.digits(4)}`,
    (g) => `09${g.digits(2)}-${g.digits(3)}-${g.digits(4)}`,
  ],
  kr: [(g) => `010-${g.digits(4)}-${g.digits(4)}`, (g) => `+82 2-${g.digits(3)}-${g.digits(4)}`],
  cn: [(g) => `+86 13${g.digits(1)} ${g.digits(4)} ${g.digits(4)}`],
  ar: [
    (g) => `+971 ${g.int(2, 9)} ${g.digits(3)} ${g.digits(4)}`,
    (g) => `+966 5${g.digits(1)} ${g.digits(3)} ${g.digits(4)}`,
  ],
  hisp: [(g) => `+52 55 ${g.digits(4)} ${g.digits(4)}`],
  pt: [
    (g) => `+351 2${g.digits(1)} ${g.digits(3)} ${g.digits(4)}`,
    (g) => `9${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`,
  ],
  de: [
    (g) => `+49 (0)${g.int(30, 89)} ${g.digits(7)}`,
    (g) => `0${g.int(30, 89)}/${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`,
    (g) => `+43 1 ${g.digits(5)}-${g.digits(4)}`,
    (g) => `+41 44 ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`,
  ],
  pl: [
    (g) => `+48 22 ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`,
    (g) => `${g.int(500, 799)} ${g.digits(3)} ${g.digits(3)}`,
  ],
  ng: [
    (g) => `+234 ${g.int(703, 909)} ${g.digits(3)} ${g.digits(4)}`,
    (g) => `080${g.int(2, 9)} ${g.digits(3)} ${g.digits(4)}`,
  ],
};

/** A phone number as people of that place write it (US for the common-word names). */
export function phoneNumber(g: Gen, culture?: Culture): string {
  const forms = (culture && PHONES[culture]) || (PHONES.us as ((g: Gen) => string)[]);
  return g.pick(forms)(g);
}

export function phone(g: Gen, culture?: Culture): Span {
  if (g.chance(0.15)) {
    const ext = `${g.pick([' ext. ', ' x', ' ext ', ' Ext. ', ', ext. '])}${g.int(10, 9999)}`;
    return phi('phone', `${phoneNumber(g)}${ext}`, 'phone-ext');
  }
  return phi('phone', phoneNumber(g, culture));
}

export function fax(g: Gen, culture?: Culture): Span {
  return phi('fax', phoneNumber(g, culture));
}

const MAIL_DOMAINS: Partial<Record<Culture, readonly string[]>> = {
  za: ['webmail.co.za', 'mweb.co.za', 'telkomsa.net'],
  in: ['rediffmail.com', 'yahoo.co.in'],
  sg: ['singnet.com.sg', 'gmail.com'],
  my: ['yahoo.com.my'],
  ph: ['yahoo.com.ph', 'gmail.com'],
  kr: ['naver.com', 'daum.net'],
  cn: ['163.com', 'qq.com'],
  de: ['gmx.de', 'web.de', 'bluewin.ch', 'gmx.at'],
  pl: ['wp.pl', 'onet.pl'],
  pt: ['sapo.pt'],
  ng: ['yahoo.com', 'gmail.com'],
};

function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ü/g, 'Ue')
    .replace(/Ł/g, 'L')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

export function email(g: Gen, p: Person): Span {
  const domains = MAIL_DOMAINS[p.culture] ?? ['gmail.com', 'outlook.com', 'icloud.com', 'aol.com'];
  const given = ascii(p.given);
  const family = ascii(p.family);
  const local = g.pick([
    `${given}.${family}`,
    `${given[0]}${family}${g.int(1, 99)}`,
    `${family}_${given}`,
    `${given}${g.int(1950, 2009)}`,
    `${family}.${given[0]}`,
  ]);
  return phi('email', `${local}@${g.pick(domains)}`);
}

/** A clinic or pharmacy mailbox. */
export function workEmail(p: Person, domain: string): Span {
  return phi('email', `${ascii(p.given)[0]}${ascii(p.family)}@${domain}`);
}

const SSN_FORMS = ['ssn-dash', 'ssn-dot', 'ssn-space', 'ssn-endash', 'ssn-none', 'ssn-fullwidth'] as const;

/** An SSN in one of its written forms (`ssn-glued` is the caller's: it has no space before it). */
export function ssn(g: Gen, form: string = g.pick(SSN_FORMS)): Span {
  const a = String(g.int(100, 665));
  const b = String(g.int(10, 99));
  const c = g.digits(4);
  const v: Record<string, string> = {
    'ssn-dash': `${a}-${b}-${c}`,
    'ssn-glued': `${a}-${b}-${c}`,
    'ssn-dot': `${a}.${b}.${c}`,
    'ssn-space': `${a} ${b} ${c}`,
    'ssn-endash': `${a}–${b}–${c}`,
    'ssn-none': `${a}${b}${c}`,
    'ssn-fullwidth': [...`${a}-${b}-${c}`]
      .map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))
      .join(''),
  };
  return phi('ssn', v[form] ?? `${a}-${b}-${c}`, form);
}

export function mrn(g: Gen): Span {
  return g.pick([
    () => phi('mrn', g.digits(8), 'mrn-digits'),
    () => phi('mrn', `${g.letters(1)}${g.digits(7)}`, 'mrn-letter'),
    () => phi('mrn', `${g.int(10, 99)}-${g.digits(2)}-${g.digits(2)}`, 'mrn-grouped'),
    () => phi('mrn', `${g.int(2015, 2025)}/${g.digits(6)}`, 'mrn-cr-year'),
    () => phi('mrn', `E${g.digits(9)}`, 'mrn-epic'),
  ])();
}

export function healthPlan(g: Gen, culture?: Culture): Span {
  if (culture === 'ph')
    return phi('health_plan', `${g.digits(2)}-${g.digits(9)}-${g.digits(1)}`, 'philhealth');
  if (culture === 'de') return phi('health_plan', `${g.letters(1)}${g.digits(9)}`, 'kvnr');
  if (culture === 'za') return phi('health_plan', `${g.digits(9)}`, 'medical-aid');
  return g.pick([
    () => phi('health_plan', `${g.letters(3)}${g.digits(9)}`, 'member-prefix'),
    () =>
      phi('health_plan', `${g.digits(3)}-${g.digits(3)}-${g.digits(3)}-${g.letters(1)}`, 'member-grouped'),
    () => phi('health_plan', `W${g.digits(9)}`, 'member-w'),
    () => phi('health_plan', `${g.digits(11)}`, 'member-digits'),
  ])();
}

export function groupNumber(g: Gen): Span {
  return phi('health_plan', `${g.pick(['GRP', 'G', ''])}${g.digits(6)}`, 'group');
}

export function account(g: Gen): Span {
  return g.pick([
    () => phi('account', `${g.digits(4)}-${g.digits(6)}`, 'acct-grouped'),
    () => phi('account', `HAR${g.digits(9)}`, 'acct-har'),
    () => phi('account', g.digits(10), 'acct-digits'),
    () => phi('account', `RX-${g.digits(7)}`, 'acct-rx'),
  ])();
}

export function driverLicense(g: Gen): Span {
  return g.pick([
    () => phi('license', `${g.letters(1)}${g.digits(7)}`, 'dl-letter'),
    () => phi('license', `${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`, 'dl-grouped'),
    () => phi('license', `${g.letters(1)}${g.digits(3)}-${g.digits(4)}-${g.digits(4)}`, 'dl-dashed'),
  ])();
}

export function medLicense(g: Gen): Span {
  return g.pick([
    () => phi('license', `RN${g.digits(6)}`, 'nursing'),
    () => phi('license', `${g.letters(2)}.${g.digits(6)}`, 'state-board'),
    () => phi('license', `MP${g.digits(7)}`, 'hpcsa'),
    () => phi('license', `${g.digits(5)}`, 'council-reg'),
  ])();
}

export function dea(g: Gen): Span {
  return phi('license', deaFromParts(g.pick(['A', 'B', 'F', 'M']) + g.letters(1), g.digits(6)), 'dea');
}

export function npi(g: Gen): Span {
  return phi('other_id', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');
}

/** National ids: Singapore NRIC, South African ID, Aadhaar, Korean RRN, passport. */
export function nationalId(g: Gen, culture?: Culture): Span {
  if (culture === 'sg') return phi('other_id', `${g.pick(['S', 'T'])}${g.digits(7)}${g.letters(1)}`, 'nric');
  if (culture === 'my') return phi('other_id', `${g.digits(6)}-${g.digits(2)}-${g.digits(4)}`, 'mykad');
  if (culture === 'za') return phi('other_id', g.digits(13), 'za-id');
  if (culture === 'in')
    return phi('other_id', `${g.int(2, 9)}${g.digits(3)} ${g.digits(4)} ${g.digits(4)}`, 'aadhaar');
  if (culture === 'kr') return phi('other_id', `${g.digits(6)}-${g.int(1, 4)}${g.digits(6)}`, 'rrn');
  return phi('other_id', `${g.letters(1)}${g.digits(8)}`, 'passport');
}

export function caseNumber(g: Gen): Span {
  return g.pick([
    () => phi('other_id', `${g.int(2019, 2026)}-${g.digits(6)}`, 'case-year'),
    () => phi('other_id', `CM${g.digits(7)}`, 'case-cm'),
    () => phi('other_id', `PA-${g.digits(8)}`, 'prior-auth'),
    () => phi('other_id', `${g.letters(2)}${g.digits(8)}`, 'claim'),
  ])();
}

export { vinValue as vin } from '../identifiers';

export function plate(g: Gen): Span {
  return g.pick([
    () => phi('vehicle', `${g.digits(1)}${g.letters(3)}${g.digits(3)}`, 'plate-us'),
    () => phi('vehicle', `${g.letters(3)}-${g.digits(4)}`, 'plate-dash'),
    () => phi('vehicle', `${g.letters(2)} ${g.digits(2)} ${g.letters(2)}`, 'plate-za'),
    () => phi('vehicle', `M-${g.letters(2)} ${g.digits(4)}`, 'plate-de'),
  ])();
}

export function deviceSerial(g: Gen): Span {
  return g.pick([
    () => phi('device', `${g.letters(3)}${g.digits(6)}${g.letters(1)}`, 'serial'),
    () => phi('device', `${g.digits(4)}-${g.digits(5)}`, 'serial-dashed'),
    () => phi('device', `(01)0${g.digits(13)}(21)${g.letters(2)}${g.digits(6)}`, 'udi'),
    () => phi('device', `${g.digits(2)}${g.letters(1)}${g.digits(7)}`, 'serial-mixed'),
  ])();
}

export const ipv4 = (g: Gen): Span => ipv4Value(g, [10, 172, 192, 41, 103, 196]);

export function ipv6(g: Gen): Span {
  const h = (): string => g.int(0, 0xffff).toString(16);
  return phi('ip', `2001:db8:${h()}:${h()}::${h()}`, 'ipv6');
}

export function patientUrl(g: Gen, p: Person): Span {
  return g.pick([
    () =>
      phi(
        'url',
        `https://portal.${g.pick(['mediclinic-care.co.za', 'healthhub-sg.example', 'mychart-valley.example'])}/patient/${g.digits(7)}`,
        'url-portal',
      ),
    () =>
      phi('url', `https://bit.ly/${g.letters(6, 'abcdefghijkmnpqrstuvwxyzABCDEFGH23456789')}`, 'url-short'),
    () =>
      phi(
        'url',
        `www.facebook.com/${p.given.toLowerCase().replace(/[^a-z]/g, '')}.${g.digits(4)}`,
        'url-social',
      ),
    () =>
      phi(
        'url',
        `https://telehealth.example.org/join/${g.letters(3, 'abcdefghjkmnpqrstuvwxyz')}-${g.letters(4, 'abcdefghjkmnpqrstuvwxyz')}-${g.letters(3, 'abcdefghjkmnpqrstuvwxyz')}`,
        'url-video',
      ),
  ])();
}

export function biometric(g: Gen, footprint = false): Span {
  if (footprint) return phi('biometric', `FP-${g.digits(4)}-${g.letters(2)}${g.digits(3)}`, 'footprint');
  return g.pick([
    () => phi('biometric', `FP-${g.digits(4)}-${g.letters(2)}${g.digits(3)}`, 'fingerprint'),
    () => phi('biometric', `VP${g.digits(8)}`, 'voiceprint'),
    () =>
      phi('biometric', `IRIS-${g.letters(4, '0123456789ABCDEF')}${g.letters(4, '0123456789ABCDEF')}`, 'iris'),
    () => phi('biometric', `PV-${g.digits(6)}`, 'palm-vein'),
  ])();
}

export function photo(g: Gen, p: Person): Span {
  return g.pick([
    () =>
      phi(
        'photo',
        `IMG_${g.int(2018, 2026)}${String(g.int(1, 12)).padStart(2, '0')}${String(g.int(10, 28))}_${g.digits(6)}.jpg`,
        'photo-camera',
      ),
    () =>
      phi('photo', `${p.family.toLowerCase().replace(/[^a-z]/g, '')}_face_${g.digits(3)}.png`, 'photo-named'),
    () => phi('photo', `PHOTO-${g.digits(8)}`, 'photo-id'),
    () => phi('photo', `id_photo_${g.digits(6)}.jpeg`, 'photo-badge'),
  ])();
}
