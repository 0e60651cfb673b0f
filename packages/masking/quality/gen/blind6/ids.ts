/**
 * Identifiers of blind split 6, each returned as a labeled span: phone numbers of four
 * countries and as patients type or say them, NHS, Medicare, RAMQ, CPF and codice fiscale
 * numbers with their real check rules where they have one, claim, policy, police-report,
 * service and inmate numbers, plates, VINs, implant serials, addresses on the web.
 * Every digit is drawn at random.
 */
import { deaFromParts, npiFromBase, VIN_ALPHABET, vinWithCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { phi, type Span } from '../fragment';
import { twoDigitWords } from './dates';
import type { Country } from './places';

const WORD = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function usDigits(g: Gen): [string, string, string] {
  return [`${g.int(2, 9)}${g.digits(2)}`, `${g.int(2, 9)}${g.digits(2)}`, g.digits(4)];
}

/** A phone number written the way the country writes it. */
export function phoneText(g: Gen, country: Country): string {
  if (country === 'UK')
    return g.pick([
      `01${g.digits(3)} ${g.digits(6)}`,
      `07${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`,
      `+44 7${g.digits(3)} ${g.digits(6)}`,
      `020 ${g.digits(4)} ${g.digits(4)}`,
    ]);
  if (country === 'IE')
    return g.pick([
      `08${g.int(3, 7)} ${g.digits(3)} ${g.digits(4)}`,
      `0${g.int(21, 99)} ${g.digits(7)}`,
      `+353 8${g.int(3, 7)} ${g.digits(3)} ${g.digits(4)}`,
    ]);
  if (country === 'AU')
    return g.pick([
      `04${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`,
      `(0${g.int(2, 8)}) ${g.digits(4)} ${g.digits(4)}`,
      `+61 4${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`,
    ]);
  const [a, b, c] = usDigits(g);
  return g.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`]);
}

export function phone(g: Gen, country: Country): Span {
  return phi('phone', phoneText(g, country));
}

export function fax(g: Gen, country: Country): Span {
  return phi('fax', phoneText(g, country));
}

/** Phone numbers as typed in a hurry: run together, odd brackets, an extension. */
export function sloppyPhone(g: Gen): Span {
  const [a, b, c] = usDigits(g);
  return phi(
    'phone',
    g.pick([
      `(${a})${b}${c}`,
      `${a} ${b} ${c} ext ${g.int(10, 99)}`,
      `${a}${b}${c}`,
      `${a}/${b}-${c}`,
      `${a}-${b}${c}`,
      `1${a}${b}${c}`,
      `${a} ${b}-${c} x${g.int(100, 999)}`,
    ]),
    'sloppy',
  );
}

/** A phone number spoken digit by digit, as a transcript writes it. */
export function spokenPhone(g: Gen): Span {
  const [a, b, c] = usDigits(g);
  const words = (s: string): string =>
    [...s].map((d) => (d === '0' && g.chance(0.5) ? 'oh' : WORD[Number(d)])).join(' ');
  const last = g.chance(0.4)
    ? `${twoDigitWords(Number(c.slice(0, 2)))} ${twoDigitWords(Number(c.slice(2)), true)}`
    : words(c);
  return phi(
    'phone',
    `${words(a)}${g.pick([', ', ' ', '... '])}${words(b)}${g.pick([', ', ' '])}${last}`,
    'spoken',
  );
}

/** A US ZIP code spoken digit by digit ("nine oh two one oh"). */
export function spokenZip(g: Gen, zip: string): Span {
  return phi(
    'zip',
    [...zip.slice(0, 5)].map((d) => (d === '0' ? 'oh' : WORD[Number(d)])).join(g.pick([' ', ' ', '-'])),
    'spoken',
  );
}

const MAIL_HOSTS = [
  'eircom.net',
  'btinternet.com',
  'bigpond.com',
  'yahoo.co.uk',
  'outlook.com',
  'gmail.com',
  'iinet.net.au',
  'hotmail.fr',
  'uol.com.br',
  'libero.it',
  'web.de',
];

export function email(g: Gen, first: string, last: string): Span {
  const clean = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  const f = clean(first);
  const l = clean(last);
  const local = g.pick([
    `${f}.${l}`,
    `${f[0]}${l}${g.int(1, 99)}`,
    `${l}_${f}`,
    `${f}${g.int(50, 99)}`,
    `${f}.${l[0]}${g.digits(2)}`,
  ]);
  return phi('email', `${local}@${g.pick(MAIL_HOSTS)}`);
}

/** A US Social Security number in one of the forms people and systems write. */
export function ssn(g: Gen): Span {
  const a = `${g.int(1, 665)}`.padStart(3, '0');
  const b = `${g.int(1, 99)}`.padStart(2, '0');
  const c = `${g.int(1, 9999)}`.padStart(4, '0');
  const form = g.pick([
    'ssn-dash',
    'ssn-dash',
    'ssn-dot',
    'ssn-space',
    'ssn-endash',
    'ssn-none',
    'ssn-fullwidth',
  ]);
  const v = {
    'ssn-dash': `${a}-${b}-${c}`,
    'ssn-dot': `${a}.${b}.${c}`,
    'ssn-space': `${a} ${b} ${c}`,
    'ssn-endash': `${a}–${b}–${c}`,
    'ssn-none': `${a}${b}${c}`,
    'ssn-fullwidth': [...`${a}-${b}-${c}`]
      .map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))
      .join(''),
  }[form] as string;
  return phi('ssn', v, form);
}

/** An SSN run into its label with no space ("SSN#123456789"); the label text is not part of the span. */
export function gluedSsn(g: Gen): Span {
  return phi(
    'ssn',
    `${`${g.int(1, 665)}`.padStart(3, '0')}${g.chance(0.5) ? '-' : ''}${g.digits(2)}${g.chance(0.5) ? '-' : ''}${g.int(1000, 9999)}`,
    'ssn-glued',
  );
}

/** NHS number: ten digits, the last a modulus-11 check; written 3-3-4. */
export function nhsNumber(g: Gen): Span {
  for (;;) {
    const base = g.digits(9);
    const sum = [...base].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    const n = `${base}${check === 11 ? 0 : check}`;
    return phi('health_plan', g.chance(0.7) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n, 'nhs');
  }
}

/** Australian Medicare card number (check digit at position 9), with the reference number when written. */
export function medicareAu(g: Gen): Span {
  const d = `${g.int(2, 6)}${g.digits(7)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  const check = [...d].reduce((s, c, i) => s + Number(c) * (w[i] as number), 0) % 10;
  const n = `${d}${check}${g.int(1, 9)}`;
  return phi(
    'health_plan',
    g.pick([
      `${n.slice(0, 4)} ${n.slice(4, 9)} ${n.slice(9)}`,
      n,
      `${n.slice(0, 4)} ${n.slice(4, 9)} ${n.slice(9)}-${g.int(1, 5)}`,
    ]),
    'medicare-au',
  );
}

/** Irish medical card or GMS number. */
export function gmsNumber(g: Gen): Span {
  return phi('health_plan', `${g.digits(7)}${g.letters(1, 'ABCDEFGHW')}`, 'gms');
}

/** A name's Latin letters in capitals, accents dropped ("Léa-Marie" → "LEAMARIE"). */
function nameLetters(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
}

/** Québec health insurance number: three letters of the surname, the first of the given name, birth date (month +50 for women), two digits. */
export function ramq(
  g: Gen,
  first: string,
  last: string,
  y: number,
  m: number,
  d: number,
  female: boolean,
): Span {
  const head = `${nameLetters(last).padEnd(3, 'X').slice(0, 3)}${nameLetters(first)[0] ?? 'X'}`;
  const mm = String(m + (female ? 50 : 0)).padStart(2, '0');
  const body = `${String(y % 100).padStart(2, '0')}${mm}${String(d).padStart(2, '0')}${g.digits(2)}`;
  return phi(
    'health_plan',
    g.chance(0.6) ? `${head} ${body.slice(0, 4)} ${body.slice(4)}` : `${head}${body}`,
    'ramq',
  );
}

/** Brazilian CPF with both check digits, written 000.000.000-00. */
export function cpf(g: Gen): Span {
  const base = [...g.digits(9)].map(Number);
  const dv = (ds: number[]): number => {
    const r = ds.reduce((s, d, i) => s + d * (ds.length + 1 - i), 0) % 11;
    return r < 2 ? 0 : 11 - r;
  };
  const d1 = dv(base);
  const d2 = dv([...base, d1]);
  const s = [...base, d1, d2].join('');
  return phi(
    'other_id',
    g.chance(0.8) ? `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` : s,
    'cpf',
  );
}

/** Brazilian CNS (Cartão Nacional de Saúde) number: fifteen digits in groups. */
export function cns(g: Gen): Span {
  const n = `${g.pick(['7', '8', '9'])}${g.digits(14)}`;
  return phi('health_plan', `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7, 11)} ${n.slice(11)}`, 'cns');
}

/** Italian codice fiscale built from the person (check letter drawn). */
export function codiceFiscale(
  g: Gen,
  first: string,
  last: string,
  y: number,
  m: number,
  d: number,
  female: boolean,
): Span {
  const part = (s: string): string => {
    const u = nameLetters(s);
    const cons = u.replace(/[AEIOU]/g, '');
    const vow = u.replace(/[^AEIOU]/g, '');
    return `${cons}${vow}XXX`.slice(0, 3);
  };
  const months = 'ABCDEHLMPRST';
  const v = `${part(last)}${part(first)}${String(y % 100).padStart(2, '0')}${months[m - 1]}${String(d + (female ? 40 : 0)).padStart(2, '0')}${g.letters(1, 'ABCDEFGHILM')}${g.digits(3)}${g.letters(1)}`;
  return phi('other_id', v, 'codice-fiscale');
}

/** German statutory insurance number (Krankenversichertennummer): a letter and nine digits. */
export function kvnr(g: Gen): Span {
  return phi('health_plan', `${g.letters(1)}${g.digits(9)}`, 'kvnr');
}

export function mrn(g: Gen): Span {
  return phi(
    'mrn',
    g.pick([
      `${g.letters(1, 'KRMHT')}${g.digits(7)}`,
      g.digits(8),
      `UR${g.digits(6)}`,
      `${g.digits(3)}-${g.digits(3)}-${g.digits(2)}`,
      `H${g.digits(2)}${g.letters(1)}${g.digits(5)}`,
      `00${g.digits(6)}`,
    ]),
  );
}

export function memberId(g: Gen): Span {
  return phi(
    'health_plan',
    g.pick([
      `${g.letters(3)}${g.digits(9)}`,
      `W${g.digits(9)}`,
      `${g.digits(3)}${g.letters(2)}${g.digits(5)}-0${g.int(1, 4)}`,
      `MBR-${g.digits(8)}`,
    ]),
  );
}

export function groupNo(g: Gen): Span {
  return phi('health_plan', g.pick([`GRP ${g.digits(6)}`, `${g.digits(5)}-${g.letters(2)}`]), 'group');
}

export function account(g: Gen): Span {
  return phi(
    'account',
    g.pick([
      `${g.digits(4)}-${g.digits(6)}`,
      `ACC${g.digits(8)}`,
      `${g.digits(10)}`,
      `BSB ${g.digits(3)}-${g.digits(3)} ${g.digits(8)}`,
      `${g.letters(2)}${g.digits(8)}`,
    ]),
  );
}

export function policyNo(g: Gen): Span {
  return phi(
    'account',
    g.pick([
      `POL-${g.digits(3)}-${g.digits(7)}`,
      `${g.letters(3)} ${g.digits(8)}`,
      `${g.digits(2)}-${g.digits(6)}-${g.letters(1)}`,
    ]),
    'policy',
  );
}

export function claimNo(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([
      `WC-${g.int(2023, 2025)}-${g.digits(6)}`,
      `${g.digits(3)}-${g.digits(2)}-${g.digits(5)}`,
      `CLM${g.digits(9)}`,
      `${g.letters(2)}${g.digits(7)}`,
    ]),
    'claim',
  );
}

export function policeReport(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`${g.int(23, 25)}-${g.digits(6)}`, `RPT${g.digits(7)}`, `E${g.digits(8)}`]),
    'police-report',
  );
}

export function driverLicence(g: Gen, country: Country): Span {
  const v =
    country === 'US'
      ? g.pick([
          `${g.letters(1)}${g.digits(3)}-${g.digits(3)}-${g.digits(2)}-${g.digits(3)}`,
          `${g.letters(1)}${g.digits(7)}`,
          g.digits(9),
        ])
      : country === 'UK'
        ? `${g.letters(5)}${g.digits(6)}${g.letters(2)}${g.digits(1)}${g.letters(2)}`
        : country === 'AU'
          ? g.digits(g.int(8, 10))
          : `${g.digits(3)}${g.letters(2)}${g.digits(4)}`;
  return phi('license', v, 'driver');
}

export function dea(g: Gen): Span {
  return phi('license', deaFromParts(g.pick(['AB', 'BF', 'FM', 'MK', 'BW']), g.digits(6)), 'dea');
}

export function npi(g: Gen): Span {
  return phi('other_id', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');
}

/** Medical registration numbers written on letters (GMC, AHPRA, IMC). */
export function registration(g: Gen, country: Country): Span {
  if (country === 'AU') return phi('license', `MED000${g.digits(7)}`, 'ahpra');
  if (country === 'IE') return phi('license', g.digits(6), 'imc');
  return phi('license', g.digits(7), 'gmc');
}

export function vin(g: Gen): Span {
  let draft = '';
  for (let i = 0; i < 17; i++) draft += VIN_ALPHABET[g.int(0, VIN_ALPHABET.length - 1)];
  return phi('vehicle', vinWithCheckDigit(draft), 'vin');
}

export function plate(g: Gen, country: Country): Span {
  const v =
    country === 'UK'
      ? `${g.letters(2)}${g.int(10, 74)} ${g.letters(3)}`
      : country === 'IE'
        ? `${g.int(141, 242)}-${g.pick(['MO', 'C', 'OY', 'CE', 'W', 'DL'])}-${g.int(1, 9999)}`
        : country === 'AU'
          ? `${g.letters(3)}-${g.digits(3)}`
          : g.pick([
              `${g.digits(1)}${g.letters(3)}${g.digits(3)}`,
              `${g.letters(3)} ${g.digits(4)}`,
              `${g.letters(2)}-${g.digits(5)}`,
            ]);
  return phi('vehicle', v, 'plate');
}

export function deviceSerial(g: Gen): Span {
  return phi(
    'device',
    g.pick([
      `PJN${g.digits(6)}${g.letters(1)}`,
      `SN ${g.digits(4)}-${g.digits(5)}`,
      `RNB${g.digits(6)}`,
      `${g.letters(3)}${g.digits(7)}S`,
      `H${g.digits(8)}`,
      `G${g.digits(9)}`,
    ]),
  );
}

export function ipv4(g: Gen): Span {
  return phi(
    'ip',
    `${g.pick([81, 86, 109, 122, 144, 176, 203])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
    'ipv4',
  );
}

export function ipv6(g: Gen): Span {
  const h = (): string => g.int(0, 0xffff).toString(16);
  return phi('ip', `2a02:${h()}:${h()}:${h()}::${h()}`, 'ipv6');
}

export function personalUrl(g: Gen, first: string, last: string): Span {
  const handle = `${first}${g.pick(['.', '_', ''])}${last}`
    .normalize('NFD')
    .replace(/[^A-Za-z._]/g, '')
    .toLowerCase();
  return phi(
    'url',
    g.pick([
      `https://www.facebook.com/${handle}${g.int(1, 99)}`,
      `instagram.com/${handle}`,
      `https://www.gofundme.com/f/help-${handle.replace(/[._]/g, '-')}`,
      `https://${handle.replace(/[._]/g, '')}.wordpress.com`,
    ]),
  );
}

export function portalUrl(g: Gen): Span {
  return phi(
    'url',
    g.pick([
      `https://portal.mercywest.example/patient/${g.digits(7)}/messages`,
      `https://myhealth.example.org/p?id=${g.digits(8)}`,
      `https://records.example.net/chart/${g.letters(2)}${g.digits(6)}`,
    ]),
  );
}

/** Biometric identifiers: voiceprint, fingerprint and iris enrolment references. */
export function biometric(g: Gen): Span {
  const hex = (n: number): string => g.letters(n, '0123456789abcdef');
  return phi(
    'biometric',
    g.pick([`VP-${hex(12)}`, `FP:${hex(16)}`, `IRIS-${g.digits(4)}-${hex(8)}`, `palm-${hex(10)}`]),
  );
}

/** A face photograph on file. */
export function photo(g: Gen): Span {
  return phi(
    'photo',
    g.pick([
      `IMG_${g.int(1000, 9999)}.HEIC`,
      `face_${g.digits(6)}.jpg`,
      `photo-id-${g.digits(7)}.png`,
      `PXL_2024${g.digits(4)}_${g.digits(9)}.jpg`,
    ]),
  );
}

export function subjectId(g: Gen, site: string): Span {
  return phi(
    'other_id',
    g.pick([`${site}-${g.digits(3)}`, `${site}${g.digits(4)}`, `S${site}-${g.digits(4)}`]),
    'subject',
  );
}

export function serviceNumber(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`${g.digits(8)}`, `${g.letters(1)}${g.digits(7)}`, `${g.digits(2)}-${g.digits(6)}`]),
    'service',
  );
}

export function inmateNumber(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`${g.digits(5)}-${g.digits(3)}`, g.digits(6), `${g.letters(1)}${g.digits(5)}`, `${g.digits(8)}`]),
    'inmate',
  );
}

export function caseNumber(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`CW-${g.digits(6)}`, `${g.int(2023, 2025)}/${g.digits(5)}`, `HH${g.digits(7)}`]),
    'case',
  );
}
