/**
 * Blind split: identifiers written in forms neither other split uses — date spellings, PO
 * boxes, apartments, rural routes, Canadian and UK addresses, international numbers, URLs that
 * carry a patient id, IPv6 spellings, HIBC device identifiers. All values are synthetic.
 */
import { deaFromParts, npiFromBase } from '../checksums';
import type { Gen } from '../context';
import { MONTHS } from '../dates';
import { type Frag, type Piece, phi, type Span, t } from '../fragment';
import { mbiValue, vinValue } from '../identifiers';
import type { Person } from '../people';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number): string => String(n).padStart(2, '0');
const ord = (n: number): string =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th')}`;

type DateForm = (d: Date) => string;
const mon = (d: Date): string => (MONTHS[d.getUTCMonth()] as string).slice(0, 3);
const y = (d: Date): number => d.getUTCFullYear();
const m = (d: Date): number => d.getUTCMonth() + 1;
const day = (d: Date): number => d.getUTCDate();

/** The forms the issue names (03/17/1984, 17 Mar 1984, March 17th, ISO) and others seen in records. */
export const BLIND_DATE_FORMS: Record<string, DateForm> = {
  us: (d) => `${pad(m(d))}/${pad(day(d))}/${y(d)}`,
  day_mon_year: (d) => `${day(d)} ${mon(d)} ${y(d)}`,
  month_ordinal: (d) => `${MONTHS[d.getUTCMonth()]} ${ord(day(d))}`,
  iso: (d) => d.toISOString().slice(0, 10),
  mon_day_year_nocomma: (d) => `${mon(d)} ${day(d)} ${y(d)}`,
  compact_upper: (d) => `${pad(day(d))}${mon(d).toUpperCase()}${y(d)}`,
  slash_ymd: (d) => `${y(d)}/${pad(m(d))}/${pad(day(d))}`,
  dash_us: (d) => `${pad(m(d))}-${pad(day(d))}-${y(d)}`,
  dash_us_2digit: (d) => `${pad(m(d))}-${pad(day(d))}-${String(y(d)).slice(2)}`,
  weekday_long: (d) => `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${day(d)}, ${y(d)}`,
  day_month_long: (d) => `${day(d)} ${MONTHS[d.getUTCMonth()]} ${y(d)}`,
  day_first_slash: (d) => `${pad(day(d))}/${pad(m(d))}/${y(d)}`,
  dotted_short: (d) => `${day(d)}.${m(d)}.${y(d)}`,
  upper_mon_day: (d) => `${mon(d).toUpperCase()} ${pad(day(d))} ${y(d)}`,
};

export function date(g: Gen, d: Date, forms?: readonly string[]): Span {
  const name = g.pick(forms ?? Object.keys(BLIND_DATE_FORMS));
  return phi('date', (BLIND_DATE_FORMS[name] as DateForm)(d), name);
}

export interface BlindAddress {
  /** The address as one labeled piece of text, in the form this address was drawn in. */
  line: Frag;
  street: Span;
  city: Span;
  region: string;
  postal: Span;
  form: string;
}

const caPostal = (g: Gen): string =>
  `${g.letters(1, 'ABCEGHJKLMNPRSTVXY')}${g.int(0, 9)}${g.letters(1, 'ABCEGHJKLMNPRSTVWXYZ')} ${g.int(0, 9)}${g.letters(1, 'ABCEGHJKLMNPRSTVWXYZ')}${g.int(0, 9)}`;
const ukPostcode = (g: Gen): string =>
  `${g.letters(g.int(1, 2), 'ABCDEGHKLMNPRSTWY')}${g.int(1, 20)} ${g.int(0, 9)}${g.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
const usZip = (g: Gen): Span => {
  const five = `${g.int(1, 9)}${g.digits(4)}`;
  return g.chance(0.3) ? phi('zip', `${five}-${g.digits(4)}`, 'zip4') : phi('zip', five, 'zip5');
};

/** A US PO box, apartment, rural route, or a Canadian or UK address. */
export function blindAddress(g: Gen): BlindAddress {
  const us = g.us;
  const form = g.weighted([
    ['po_box', 2],
    ['apartment', 3],
    ['rural_route', 1],
    ['canada', 1],
    ['uk', 1],
  ] as const);
  const streetName = us.location.street();
  const num = g.int(2, 9899);
  if (form === 'canada' || form === 'uk') {
    const f = g.locale(form === 'canada' ? 'en_CA' : 'en_GB');
    const street = phi(
      'street_address',
      form === 'uk'
        ? g.pick([`Flat ${g.int(1, 30)}, ${num} ${f.location.street()}`, `${num} ${f.location.street()}`])
        : g.pick([`${num} ${f.location.street()}`, `${g.int(101, 2400)}-${num} ${f.location.street()}`]),
      form,
    );
    const city = phi('geo', f.location.city(), 'city');
    const postal = phi(
      'zip',
      form === 'uk' ? ukPostcode(g) : caPostal(g),
      form === 'uk' ? 'uk_postcode' : 'ca_postal',
    );
    const region = form === 'uk' ? '' : g.pick(['ON', 'BC', 'QC', 'AB', 'MB', 'NS']);
    const line =
      form === 'uk'
        ? g.pick([() => t`${street}, ${city} ${postal}`, () => t`${street}\n${city}\n${postal}`])()
        : t`${street}, ${city} ${region} ${postal}`;
    return { line, street, city, region, postal, form };
  }
  const street = phi(
    'street_address',
    form === 'po_box'
      ? g.pick([`PO Box ${g.int(1, 9999)}`, `P.O. Box ${g.int(1, 999)}`, `POB ${g.int(1, 9999)}`])
      : form === 'rural_route'
        ? g.pick([
            `RR ${g.int(1, 9)} Box ${g.int(1, 400)}`,
            `Rural Route ${g.int(1, 9)}, Box ${g.int(1, 99)}`,
            `HC ${g.int(1, 80)} Box ${g.int(1, 300)}`,
          ])
        : g.pick([
            `Apt ${g.int(1, 30)}${g.letters(1, 'ABCDEF')}, ${num} ${streetName}`,
            `${num} ${streetName}, Apt. #${g.int(1, 900)}`,
            `${num} ${streetName} Unit ${g.int(1, 40)}`,
            `${num} ${streetName} #${g.int(100, 999)}`,
          ]),
    form,
  );
  const city = phi('geo', us.location.city(), 'city');
  const region = us.location.state({ abbreviated: true });
  const postal = usZip(g);
  const line = g.pick([
    () => t`${street}, ${city}, ${region} ${postal}`,
    () => t`${street}\n${city} ${region}  ${postal}`,
  ])();
  return { line, street, city, region, postal, form };
}

export function phone(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const a = `${g.int(2, 9)}${g.digits(2)}`;
  const e = `${g.int(2, 9)}${g.digits(2)}`;
  const n = g.digits(4);
  const us = [
    `(${a}) ${e}-${n}`,
    `${a}-${e}-${n}`,
    `+1.${a}.${e}.${n}`,
    `1 (${a}) ${e}-${n}`,
    `${a} ${e}-${n}`,
    `${a}.${e}${n}`,
  ];
  const intl = [
    `+353 1 ${g.digits(3)} ${g.digits(4)}`,
    `+46 8 ${g.digits(3)} ${g.digits(3)} ${g.digits(2)}`,
    `+90 212 ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`,
    `+27 21 ${g.digits(3)} ${g.digits(4)}`,
    `+61 4${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`,
    `+44 7700 ${g.digits(6)}`,
    `011 52 55 ${g.digits(4)} ${g.digits(4)}`,
    `+234 803 ${g.digits(3)} ${g.digits(4)}`,
    `(+48) 22 ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`,
    `+1-416-${e}-${n}`,
  ];
  const value = g.chance(0.6) ? g.pick(us) : g.pick(intl);
  return phi(type, value, us.includes(value) ? 'us' : 'intl');
}

export function npi(g: Gen): Span {
  return phi('license', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');
}

export function dea(g: Gen, p: Person): Span {
  const second = /[A-Z]/i.test(p.last[0] ?? '') ? (p.last[0] as string).toUpperCase() : 'X';
  return phi('license', deaFromParts(`${g.pick(['A', 'B', 'F', 'M'])}${second}`, g.digits(6)), 'dea');
}

export { mbiValue as mbi, vinValue as vin };

/** A device identifier: GS1 in another order, GS1 without parentheses, or HIBC. */
export function udi(g: Gen): Span {
  const gtin = `0${g.int(0, 9)}${g.digits(12)}`;
  const exp = `${g.int(26, 31)}${pad(g.int(1, 12))}${pad(g.int(1, 28))}`;
  const lot = `${g.letters(2)}${g.digits(4)}`;
  return g.pick([
    () => phi('device', `(01)${gtin}(11)${exp}(21)${g.digits(9)}`, 'udi'),
    () => phi('device', `01${gtin}17${exp}10${lot}`, 'udi_plain'),
    () =>
      phi(
        'device',
        `+H${g.letters(1)}${g.digits(3)}${g.letters(3)}${g.digits(3)}${g.int(0, 9)}/$$${exp}${lot}`,
        'hibc',
      ),
  ])();
}

export function serial(g: Gen): Span {
  return phi(
    'device',
    g.pick([`${g.letters(2)}${g.digits(7)}`, `${g.digits(4)}-${g.letters(2)}-${g.digits(4)}`]),
    'serial',
  );
}

export function url(g: Gen): Span {
  return phi(
    'url',
    g.pick([
      `https://fhir.${g.pick(['northbay', 'riverside', 'summit'])}-health.example/R4/Patient/${g.digits(7)}`,
      `https://portal.example.com/records?patientId=${g.digits(8)}&tab=labs`,
      `https://telehealth.example.net/room/pt-${g.digits(5)}`,
      `http://intranet.clinic.example/chart.aspx?MRN=${g.digits(7)}`,
    ]),
    'patient_url',
  );
}

export function ip(g: Gen): Span {
  const h = (): string => g.f.string.hexadecimal({ length: 4, casing: 'lower', prefix: '' });
  return g.pick([
    () => phi('ip', `${g.int(11, 223)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`, 'ipv4'),
    () => phi('ip', `2001:0db8:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, 'ipv6'),
    () => phi('ip', `2600:${h()}:${h()}::${h()}`, 'ipv6'),
    () => phi('ip', `::ffff:${g.int(11, 223)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`, 'ipv6'),
  ])();
}

export function email(g: Gen, p: Person): Span {
  const user =
    `${p.first}.${p.last}`
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z.]/g, '') || 'pt';
  return phi(
    'email',
    `${user}${g.int(1, 99)}@${g.pick(['inbox.example', 'mail.example.co.uk', 'post.example.ca'])}`,
  );
}

export function memberId(g: Gen): Span {
  return phi(
    'health_plan',
    g.pick([
      `${g.letters(3)}${g.digits(8)}`,
      `${g.digits(3)}-${g.digits(3)}-${g.digits(3)}-A`,
      `M${g.digits(10)}`,
    ]),
    'member',
  );
}

export function account(g: Gen): Span {
  return phi('account', g.pick([`${g.digits(9)}`, `V${g.digits(8)}`, `${g.digits(3)}-${g.digits(6)}`]));
}

export function mrn(g: Gen): Span {
  return phi(
    'mrn',
    g.pick([
      `${g.digits(8)}`,
      `H${g.digits(7)}`,
      `${g.letters(2)}-${g.digits(6)}`,
      `${g.digits(4)} ${g.digits(4)}`,
    ]),
  );
}

export function plate(g: Gen): Span {
  return phi(
    'vehicle',
    g.pick([`${g.letters(2)}${g.digits(2)} ${g.letters(3)}`, `${g.digits(3)} ${g.letters(3)}`]),
    'plate',
  );
}

export function biometric(g: Gen): Piece {
  return t`${g.pick(['iris template', 'finger vein ID', 'voice biometric ref', 'palm print record'])} ${phi('biometric', `${g.letters(3)}${g.digits(6)}`)}`;
}

export function photo(g: Gen, p: Person): Span {
  const slug =
    p.last
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z]/g, '') || 'pt';
  return phi('photo', g.pick([`DSC${g.digits(5)}.jpeg`, `${slug}-headshot.jpg`, `derm_${g.digits(6)}.tiff`]));
}

export function otherId(g: Gen): Piece {
  return g.pick([
    () => t`claim ${phi('other_id', `${g.digits(4)}${g.letters(1)}${g.digits(6)}`, 'claim')}`,
    () => t`PHN ${phi('other_id', `${g.digits(4)} ${g.digits(3)} ${g.digits(3)}`, 'phn')}`,
    () => t`student ID ${phi('other_id', `S${g.digits(7)}`, 'student')}`,
  ])();
}
