/**
 * Lists and value generators of blind split 32: values shaped the way the Python Faker library
 * formats them (names with prefixes and suffixes, "Ports"/"Stravenue" street suffixes, military
 * addresses, "001-…x1234" phones, cards with expiry and CVV, IBANs, plates), in en_US, en_GB,
 * en_AU, en_CA and en_IN shapes. SYNTHETIC DATA ONLY: every value is drawn at random.
 */
import { luhnCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { MONTHS } from '../dates';
import { type Frag, keep, type Piece, phi, type Span, t } from '../fragment';

export const FIRST_F = [
  'Kimberly',
  'Jennifer',
  'Tamara',
  'Brittany',
  'Latoya',
  'Crystal',
  'Heather',
  'Alejandra',
  'Shannon',
  'Yolanda',
  'Kristin',
  'Monique',
  'Tiffany',
  'Rebekah',
  'Guadalupe',
  'Ebony',
  'Darlene',
  'Lindsey',
  'Mallory',
  'Priya',
  'Mei',
  'Soo-jin',
  'Ngozi',
  'Fatima',
  'Colleen',
  'Bethany',
  'Marisol',
  'Destiny',
  'Autumn',
  'Paige',
  'Rosalind',
  'Deanna',
  'Krystal',
  'Noelle',
  'Francesca',
  'Imani',
  'Tabitha',
];
export const FIRST_M = [
  'Jeremy',
  'Dustin',
  'Tyrone',
  'Cody',
  'Marcus',
  'Alejandro',
  'Brandon',
  'Garrett',
  'Terrence',
  'Wesley',
  'Raymond',
  'Darius',
  'Clifford',
  'Mitchell',
  'Rajesh',
  'Kenji',
  'Oluwaseun',
  'Tobias',
  'Dwayne',
  'Colby',
  'Reginald',
  'Ignacio',
  'Shane',
  'Dominic',
  'Jermaine',
  'Preston',
  'Trevor',
  'Vincent',
  'Harold',
  'Emmanuel',
  'Quentin',
  'Rodney',
  'Chad',
  'Arjun',
  'Luis',
  'Francisco',
  'Gregory',
];
/** Surnames, many of them ordinary English words. */
export const LASTS = [
  'Hunter',
  'Price',
  'Mills',
  'Rose',
  'King',
  'Bell',
  'Wise',
  'Fox',
  'Marsh',
  'Little',
  'Stone',
  'Page',
  'Frost',
  'Nash',
  'Golden',
  'Summers',
  'Church',
  'Booker',
  'Cannon',
  'Love',
  'Savage',
  'Strong',
  'Hardin',
  'Villarreal',
  'Gallagher',
  'Blackwell',
  'Krueger',
  'Oconnor',
  'Nguyen',
  'Fitzgerald',
  'Mcdaniel',
  'Espinoza',
  'Castaneda',
  'Whitaker',
  'Hensley',
  'Schroeder',
  'Ayala',
  'Kaufman',
  'Mahoney',
  'Pruitt',
  'Hawkins',
  'Delacruz',
  'Ochoa',
  'Yoder',
  'Bartlett',
  'Prince',
  'Duarte',
  'Chandra',
  'Iyer',
  'Okafor',
  'Tanaka',
  'Salinas',
  'Brennan',
  'Velasquez',
  'Holloway',
  'Winters',
];
const PREFIX = { female: ['Mrs.', 'Ms.', 'Miss', 'Dr.'], male: ['Mr.', 'Dr.'] };
const DEGREES = ['MD', 'DDS', 'PhD', 'DVM', 'DO', 'RN'];
const GENERATIONAL = ['Jr.', 'Sr.', 'II', 'III', 'IV'];

/** A person as Faker makes one, with the pieces its name formats need. */
export interface FPerson {
  first: string;
  last: string;
  sex: 'female' | 'male';
  dob: Date;
}

export function fperson(g: Gen, minAge = 18, maxAge = 88): FPerson {
  const sex = g.chance(0.5) ? 'female' : 'male';
  const first = g.chance(0.85) ? g.pick(sex === 'female' ? FIRST_F : FIRST_M) : g.us.person.firstName(sex);
  const last = g.chance(0.85) ? g.pick(LASTS) : g.us.person.lastName();
  const age = g.int(minAge, maxAge);
  const dob = new Date(Date.UTC(2025 - age, g.int(0, 11), g.int(1, 28)));
  return { first, last, sex, dob };
}

/** Age in whole years on 2025-11-01. */
export function ageOfF(p: FPerson): number {
  return 2025 - p.dob.getUTCFullYear() - (p.dob.getUTCMonth() > 9 ? 1 : 0);
}

/**
 * The name as Faker's name() writes it: mostly "First Last", sometimes with a prefix ("Mrs."),
 * a degree ("DDS") or a generational suffix ("Jr."). Titles and degrees are not labeled; a
 * generational suffix is part of the name.
 */
export function fakerName(g: Gen, p: FPerson): Piece {
  const core = `${p.first} ${p.last}`;
  const r = g.int(0, 9);
  if (r === 0) return t`${g.pick(PREFIX[p.sex])} ${phi('name', core, 'prefix')}`;
  if (r === 1) return t`${phi('name', core, 'degree')} ${g.pick(DEGREES)}`;
  if (r === 2) return phi('name', `${core} ${g.pick(GENERATIONAL)}`, 'generational');
  if (r === 3) return t`${g.pick(PREFIX[p.sex])} ${phi('name', core, 'prefix')} ${g.pick(DEGREES)}`;
  return phi('name', core, 'plain');
}

/** A clinician's name the Faker way: "Dr. Kimberly Johnson DDS", "Gregory Hunter MD". */
export function clinician(g: Gen, p: FPerson): Piece {
  return g.pick([
    () => t`Dr. ${phi('name', `${p.first} ${p.last}`, 'dr')}`,
    () => t`Dr. ${phi('name', `${p.first} ${p.last}`, 'dr')} ${g.pick(DEGREES)}`,
    () => t`${phi('name', `${p.first} ${p.last}`, 'degree')} ${g.pick(['MD', 'DO', 'NP', 'PA-C'])}`,
    () => t`Dr. ${phi('name', p.last, 'dr_last')}`,
  ])();
}

/** A user name made from the person's name ("kjohnson", "hunter.tamara", "marcus88"): a name. */
export function username(g: Gen, p: FPerson): Span {
  const f = p.first.toLowerCase().replace(/[^a-z]/g, '');
  const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
  return phi(
    'name',
    g.pick([
      `${f[0]}${l}`,
      `${l}${f}`,
      `${f}.${l}`,
      `${l}.${f}`,
      `${f}${g.digits(2)}`,
      `${f}${l}${g.int(1, 999)}`,
      `${l}${f[0]}`,
      `${f}_${l}`,
    ]),
    'username',
  );
}

const FREE_MAIL = ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com', 'icloud.com'];

/** An e-mail made from the name: free mail or a domain made from a surname, as Faker makes them. */
export function emailOf(g: Gen, p: FPerson): Span {
  const f = p.first.toLowerCase().replace(/[^a-z]/g, '');
  const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
  const local = g.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}`, `${l}${f[0]}`, `${f}${g.digits(2)}`]);
  const domain = g.chance(0.6)
    ? g.pick(FREE_MAIL)
    : `${g.pick(LASTS).toLowerCase()}${g.chance(0.4) ? `-${g.pick(LASTS).toLowerCase()}` : ''}.${g.pick(['com', 'net', 'org', 'biz', 'info'])}`;
  return phi('email', `${local}@${domain}`);
}

/** A website made from surnames ("https://www.hunter-price.com/"), as Faker's profile lists them. */
export function websiteOf(g: Gen, p: FPerson): Span {
  const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
  const other = g.pick(LASTS).toLowerCase();
  return phi(
    'url',
    g.pick([
      `https://www.${l}.com/`,
      `http://${l}-${other}.net/`,
      `https://${p.first.toLowerCase()}${l}.org/`,
      `http://www.${l}.info/`,
      `https://www.facebook.com/${p.first.toLowerCase()}.${l}.${g.digits(3)}`,
    ]),
    'website',
  );
}

const STREET_SUFFIXES = [
  'Ports',
  'Crossroad',
  'Ville',
  'Mission',
  'Lodge',
  'Trafficway',
  'Overpass',
  'Stravenue',
  'Ferry',
  'Alley',
  'Bypass',
  'Causeway',
  'Centers',
  'Cliffs',
  'Corners',
  'Course',
  'Cove',
  'Crest',
  'Curve',
  'Dale',
  'Divide',
  'Estates',
  'Expressway',
  'Extension',
  'Falls',
  'Fields',
  'Flat',
  'Ford',
  'Forges',
  'Fork',
  'Freeway',
  'Gardens',
  'Gateway',
  'Glens',
  'Green',
  'Harbors',
  'Haven',
  'Heights',
  'Hollow',
  'Inlet',
  'Isle',
  'Junction',
  'Keys',
  'Knolls',
  'Landing',
  'Light',
  'Loaf',
  'Locks',
  'Loop',
  'Manor',
  'Meadows',
  'Mews',
  'Mills',
  'Motorway',
  'Mount',
  'Neck',
  'Orchard',
  'Oval',
  'Parkway',
  'Pass',
  'Pike',
  'Pines',
  'Plains',
  'Plaza',
  'Points',
  'Prairie',
  'Radial',
  'Ramp',
  'Ranch',
  'Rapids',
  'Rest',
  'Ridges',
  'River',
  'Route',
  'Row',
  'Shoals',
  'Shore',
  'Skyway',
  'Springs',
  'Spur',
  'Squares',
  'Stream',
  'Summit',
  'Terrace',
  'Throughway',
  'Trace',
  'Track',
  'Trail',
  'Tunnel',
  'Turnpike',
  'Underpass',
  'Union',
  'Valleys',
  'Via',
  'Views',
  'Village',
  'Vista',
  'Walks',
  'Way',
  'Wells',
  'Street',
  'Avenue',
  'Road',
];
const CITY_PREFIX = ['North', 'East', 'West', 'South', 'New', 'Lake', 'Port'];
const CITY_SUFFIX = [
  'town',
  'ton',
  'land',
  'ville',
  'berg',
  'burgh',
  'borough',
  'bury',
  'view',
  'port',
  'mouth',
  'stad',
  'furt',
  'chester',
  'fort',
  'haven',
  'side',
  'shire',
];
export const US_STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
];
export const COUNTIES = [
  'Coconino County',
  'Tippecanoe County',
  'Val Verde County',
  'Kanawha County',
  'Pottawattamie County',
  'Yellowstone County',
  'Catawba County',
  'Skagit County',
  'Ouachita Parish',
  'Androscoggin County',
  'Lycoming County',
  'Doña Ana County',
  'Chautauqua County',
  'Washtenaw County',
  'Muskingum County',
  'Santa Cruz County',
  'Kenai Peninsula Borough',
  'Minnehaha County',
  'Sangamon County',
  'Bexar County',
];

function streetName(g: Gen): string {
  const who = g.chance(0.6) ? g.pick(LASTS) : g.pick([...FIRST_F, ...FIRST_M]);
  return `${who} ${g.pick(STREET_SUFFIXES)}`;
}

/** A Faker-style US city: "East Jennifer", "Lake Dustinmouth", "Hunterbury", "Port Mallory". */
export function fakerCity(g: Gen): Span {
  const first = g.pick([...FIRST_F, ...FIRST_M]).replace(/-/g, '');
  const value = g.pick([
    () => `${g.pick(CITY_PREFIX)} ${first}${g.pick(CITY_SUFFIX)}`,
    () => `${g.pick(CITY_PREFIX)} ${first}`,
    () => `${first}${g.pick(CITY_SUFFIX)}`,
    () => `${g.pick(LASTS)}${g.pick(CITY_SUFFIX)}`,
  ])();
  return phi('geo', value, 'city');
}

export function zip5(g: Gen): Span {
  return phi('zip', `${g.int(1, 9)}${g.digits(4)}`, 'zip5');
}

export function zipAny(g: Gen): Span {
  const five = `${g.int(1, 9)}${g.digits(4)}`;
  return g.chance(0.3) ? phi('zip', `${five}-${g.digits(4)}`, 'zip4') : phi('zip', five, 'zip5');
}

/** A US address as parts: street line (with "Apt. 123" / "Suite 456"), city, state, ZIP. */
export interface FAddress {
  street: Span;
  city: Span;
  state: string;
  zip: Span;
}

export function usAddress(g: Gen): FAddress {
  const unit = g.chance(0.35) ? ` ${g.pick(['Apt.', 'Suite'])} ${g.int(100, 999)}` : '';
  return {
    street: phi('street_address', `${g.int(100, 99999)} ${streetName(g)}${unit}`),
    city: fakerCity(g),
    state: g.pick(US_STATES),
    zip: zipAny(g),
  };
}

/**
 * An address as Faker's address() gives it: mostly "street\ncity, ST zip", sometimes a military
 * one ("USNS Hunter\nFPO AE 12345", "PSC 1234, Box 5678\nAPO AA 12345"). APO/FPO/DPO and the
 * AA/AE/AP "states" are not labeled; ship, unit and box lines are the street address.
 */
export function fakerAddress(g: Gen, sep = '\n'): Frag {
  if (g.chance(0.15)) {
    const zip = zip5(g);
    const region = g.pick(['AA', 'AE', 'AP']);
    return g.pick([
      () =>
        t`${phi('street_address', `${g.pick(['USNS', 'USS', 'USNV', 'USCGC'])} ${g.pick(LASTS)}`, 'ship')}${sep}FPO ${region} ${zip}`,
      () =>
        t`${phi('street_address', `PSC ${g.digits(4)}, Box ${g.digits(4)}`, 'psc')}${sep}APO ${region} ${zip}`,
      () =>
        t`${phi('street_address', `Unit ${g.digits(4)} Box ${g.digits(4)}`, 'unit')}${sep}DPO ${region} ${zip}`,
    ])();
  }
  const a = usAddress(g);
  return t`${a.street}${sep}${a.city}, ${a.state} ${a.zip}`;
}

/** A UK, Australian, Canadian or Indian address in that country's Faker shape. */
export function foreignAddress(g: Gen): Frag {
  return g.pick([
    () =>
      t`${phi('street_address', `${g.pick(['Flat', 'Studio'])} ${g.int(1, 99)}${sep0(g)}${g.int(1, 99)} ${g.pick(LASTS)} ${g.pick(['Lane', 'Road', 'Gardens', 'Mews', 'Crescent'])}`)}\n${phi('geo', g.pick(UK_TOWNS), 'city')}\n${ukPostcode(g)}`,
    () =>
      t`${phi('street_address', `${g.int(1, 400)} ${g.pick(LASTS)} ${g.pick(['Street', 'Parade', 'Circuit', 'Esplanade'])}`)}\n${phi('geo', g.pick(AU_SUBURBS), 'city')}, ${g.pick(['NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS'])}, ${phi('zip', `${g.int(2, 7)}${g.digits(3)}`, 'au')}`,
    () =>
      t`${phi('street_address', `${g.int(100, 9999)} ${g.pick(LASTS)} ${g.pick(['Street', 'Avenue', 'Road', 'Drive'])} ${g.pick(['Suite', 'Apt.'])} ${g.int(10, 999)}`)}\n${phi('geo', g.pick(CA_TOWNS), 'city')}, ${g.pick(['ON', 'BC', 'AB', 'MB', 'NS', 'SK'])} ${caPostcode(g)}`,
    () =>
      t`${phi('street_address', `H.No. ${g.int(1, 99)}, ${g.pick(['Sharma', 'Reddy', 'Ghosh', 'Menon', 'Bhatt'])} ${g.pick(['Nagar', 'Marg', 'Chowk', 'Path'])}`)}\n${phi('geo', g.pick(IN_CITIES), 'city')}-${indianPin(g)}`,
  ])();
}

function sep0(g: Gen): string {
  return g.chance(0.5) ? '\n' : ', ';
}

export const UK_TOWNS = [
  'East Clare',
  'Port Kyle',
  'Lake Jordanton',
  'Harrogate',
  'Kettering',
  'Bangor',
  'Truro',
];
export const AU_SUBURBS = [
  'Port Bellaborough',
  'Wollongong',
  'Toowoomba',
  'Frankston',
  'Ballarat',
  'Joondalup',
];
export const CA_TOWNS = ['Sherbrooke', 'Kamloops', 'Lethbridge', 'Moncton', 'Nanaimo', 'Thunder Bay'];
export const IN_CITIES = ['Nagpur', 'Vadodara', 'Coimbatore', 'Bhopal', 'Visakhapatnam', 'Mysuru', 'Kochi'];

export function ukPostcode(g: Gen): Span {
  const out = `${g.pick(['SW', 'NE', 'LS', 'B', 'M', 'CF', 'EH', 'BS'])}${g.int(1, 20)}`;
  return phi('zip', `${out} ${g.int(0, 9)}${g.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}`, 'uk');
}

export function caPostcode(g: Gen): Span {
  const L = (): string => g.letters(1, 'ABCEGHJKLMNPRSTVXY');
  return phi('zip', `${L()}${g.int(0, 9)}${L()} ${g.int(0, 9)}${L()}${g.int(0, 9)}`, 'ca');
}

/** Indian PIN codes are labeled geo (a six-digit postal area), not zip. */
export function indianPin(g: Gen): Span {
  return phi('geo', `${g.int(1, 8)}${g.digits(5)}`, 'in_pin');
}

/** Phone numbers in Faker's en_US formats; an extension is part of the number. */
export function fakerPhone(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const a = `${g.int(2, 9)}${g.digits(2)}`;
  const e = `${g.int(2, 9)}${g.digits(2)}`;
  const n = g.digits(4);
  const base = g.pick([
    `${a}-${e}-${n}`,
    `(${a})${e}-${n}`,
    `${a}.${e}.${n}`,
    `${a}${e}${n}`,
    `+1-${a}-${e}-${n}`,
    `001-${a}-${e}-${n}`,
    `(${a}) ${e}-${n}`,
  ]);
  const ext = g.chance(0.3) ? `x${g.digits(g.int(3, 5))}` : '';
  return phi(type, base + ext, ext ? 'us_ext' : 'us');
}

/** Phone numbers in the en_GB, en_AU, en_CA and en_IN shapes. */
export function foreignPhone(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  return phi(
    type,
    g.pick([
      `+44 20 7946 ${g.digits(4)}`,
      `+44(0)161 496 ${g.digits(4)}`,
      `0113 496 ${g.digits(4)}`,
      `07700 900${g.digits(3)}`,
      `04${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`,
      `+61 4${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`,
      `(02) ${g.digits(4)} ${g.digits(4)}`,
      `+91 ${g.int(7, 9)}${g.digits(4)} ${g.digits(5)}`,
      `+91-${g.int(7, 9)}${g.digits(9)}`,
      `0${g.int(11, 99)}-${g.digits(8)}`,
      `${g.int(2, 9)}${g.digits(2)}-${g.int(2, 9)}${g.digits(2)}-${g.digits(4)}`,
    ]),
    'intl',
  );
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const p2 = (n: number): string => String(n).padStart(2, '0');

/** A date the way Faker and its users print it: ISO, US, "March 12, 1987", "12 Mar 1987", weekday. */
export function fdate(g: Gen, d: Date, form?: string): Span {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const forms: Record<string, () => string> = {
    iso: () => `${y}-${p2(m + 1)}-${p2(day)}`,
    us: () => `${p2(m + 1)}/${p2(day)}/${y}`,
    long: () => `${MONTHS[m]} ${day}, ${y}`,
    dmy_short: () => `${day} ${MONTHS[m]?.slice(0, 3)} ${y}`,
    weekday: () => `${DAYS[d.getUTCDay()]}, ${MONTHS[m]} ${day}, ${y}`,
    gb: () => `${p2(day)}/${p2(m + 1)}/${y}`,
  };
  const name = form && forms[form] ? form : g.pick(Object.keys(forms));
  return phi('date', (forms[name] as () => string)(), name);
}

/** A date in the recent past (visits, appointments, service dates). */
export function recent(g: Gen): Date {
  return new Date(Date.UTC(g.int(2022, 2025), g.int(0, 11), g.int(1, 28)));
}

/** A time of day (unlabeled) to follow a date: "14:22:05", "2:30 PM". */
export function timeOfDay(g: Gen): string {
  return g.chance(0.5)
    ? `${p2(g.int(0, 23))}:${p2(g.int(0, 59))}:${p2(g.int(0, 59))}`
    : `${g.int(1, 12)}:${p2(g.int(0, 11) * 5)} ${g.pick(['AM', 'PM'])}`;
}

/** An SSN as Faker's ssn() gives it. */
export function fakerSsn(g: Gen): Span {
  return phi(
    'ssn',
    `${String(g.int(1, 899)).padStart(3, '0')}-${p2(g.int(1, 99))}-${String(g.int(1, 9999)).padStart(4, '0')}`,
    'ssn-faker',
  );
}

interface Network {
  name: string;
  prefixes: string[];
  length: number;
  cvv: string;
}
const NETWORKS: Network[] = [
  { name: 'VISA 16 digit', prefixes: ['4'], length: 16, cvv: 'CVC' },
  { name: 'VISA 13 digit', prefixes: ['4'], length: 13, cvv: 'CVC' },
  { name: 'Mastercard', prefixes: ['51', '53', '55', '2221', '2720'], length: 16, cvv: 'CVV' },
  { name: 'American Express', prefixes: ['34', '37'], length: 15, cvv: 'CID' },
  { name: 'Discover', prefixes: ['6011', '65'], length: 16, cvv: 'CVC' },
  { name: 'JCB 16 digit', prefixes: ['3528', '3589'], length: 16, cvv: 'CVC' },
  { name: 'Diners Club / Carte Blanche', prefixes: ['300', '305', '36', '38'], length: 14, cvv: 'CVC' },
  { name: 'Maestro', prefixes: ['5018', '6304'], length: 12, cvv: 'CVV' },
];

/** A card: network name (unlabeled), Luhn-valid number (account), expiry and security code (unlabeled). */
export interface Card {
  network: string;
  number: Span;
  last4: Span;
  expiry: string;
  cvvWord: string;
  cvv: string;
}

export function card(g: Gen): Card {
  const n = g.pick(NETWORKS);
  const prefix = g.pick(n.prefixes);
  const body = prefix + g.digits(n.length - prefix.length - 1);
  const number = body + luhnCheckDigit(body);
  return {
    network: n.name,
    number: phi('account', number, 'card'),
    last4: phi('account', number.slice(-4), 'card_last4'),
    expiry: `${p2(g.int(1, 12))}/${g.int(26, 34)}`,
    cvvWord: n.cvv,
    cvv: g.digits(n.cvv === 'CID' ? 4 : 3),
  };
}

/** An IBAN with valid mod-97 check digits (GB, DE, FR, NL, IE shapes) or a bare BBAN. */
export function iban(g: Gen): Span {
  const [cc, bban] = g.pick([
    () => ['GB', `${g.letters(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${g.digits(14)}`],
    () => ['DE', g.digits(18)],
    () => ['FR', `${g.digits(10)}${g.digits(11)}${g.digits(2)}`],
    () => ['NL', `${g.letters(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${g.digits(10)}`],
    () => ['IE', `${g.letters(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${g.digits(14)}`],
  ])() as [string, string];
  const numeric = [...`${bban}${cc}00`]
    .map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55)))
    .join('');
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  const value = `${cc}${p2(98 - rem)}${bban}`;
  return g.chance(0.25)
    ? phi('account', value.replace(/(.{4})/g, '$1 ').trim(), 'iban_spaced')
    : phi('account', value, 'iban');
}

export function bban(g: Gen): Span {
  return phi('account', `${g.letters(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${g.digits(g.int(13, 15))}`, 'bban');
}

/** US passport numbers ("C03005988", "512345678"): licence-type documents in this split. */
export function passport(g: Gen): Span {
  return phi(
    'license',
    g.chance(0.6) ? `${g.letters(1)}${g.digits(8)}` : `${g.int(1, 9)}${g.digits(8)}`,
    'passport',
  );
}

/** A driver's licence in one of several states' shapes. */
export function driversLicence(g: Gen): Span {
  return phi(
    'license',
    g.pick([
      `${g.letters(1)}${g.digits(7)}`,
      `${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`,
      `${g.letters(1)}${g.digits(3)}-${g.digits(3)}-${g.digits(2)}-${g.digits(3)}-${g.digits(1)}`,
      `${g.letters(1)}${g.digits(3)}-${g.digits(4)}-${g.digits(4)}`,
      g.digits(8),
      `${g.letters(2)}${g.digits(6)}`,
    ]),
    'driver',
  );
}

/** A licence plate as Faker's license_plate() writes them. */
export function plate(g: Gen): Span {
  return phi(
    'vehicle',
    g.pick([
      `${g.digits(3)}-${g.letters(3)}`,
      `${g.letters(3)}-${g.digits(4)}`,
      `${g.digits(1)}${g.letters(2)} ${g.digits(3)}`,
      `${g.letters(2)}${g.digits(1)} ${g.digits(4)}`,
      `${g.digits(1)}-${g.letters(3)}${g.digits(2)}`,
      `${g.letters(3)} ${g.digits(3)}`,
    ]),
    'plate',
  );
}

/** An IPv4 (private or public) or a full or compressed IPv6 address. */
export function ipAddr(g: Gen): Span {
  const h = (): string => g.f.string.hexadecimal({ length: 4, casing: 'lower', prefix: '' });
  return g.pick([
    () => phi('ip', `${g.int(11, 223)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`, 'ipv4'),
    () => phi('ip', `192.168.${g.int(0, 255)}.${g.int(1, 254)}`, 'ipv4'),
    () => phi('ip', `10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`, 'ipv4'),
    () => phi('ip', `${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, 'ipv6'),
    () => phi('ip', `2001:db8:${h()}::${h()}`, 'ipv6'),
  ])();
}

/** NHS number with a valid modulus-11 check digit, spaced 3-3-4 or run together (other_id). */
export function nhsNumber(g: Gen): Span {
  for (;;) {
    const nine = `${g.int(4, 6)}${g.digits(8)}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    const ten = `${nine}${check === 11 ? 0 : check}`;
    return phi(
      'other_id',
      g.chance(0.6) ? `${ten.slice(0, 3)} ${ten.slice(3, 6)} ${ten.slice(6)}` : ten,
      'nhs',
    );
  }
}

export function mrnF(g: Gen): Span {
  return phi(
    'mrn',
    g.pick([`${g.digits(8)}`, `MRN-${g.digits(6)}`, `${g.letters(2)}${g.digits(6)}`, `000${g.digits(7)}`]),
  );
}

export function memberId(g: Gen): Span {
  return phi(
    'health_plan',
    g.pick([
      `${g.letters(3)}${g.digits(9)}`,
      `${g.digits(9)}${g.letters(1)}`,
      `${g.letters(1)}${g.digits(8)}0${g.int(1, 4)}`,
      `${g.int(2, 6)}${g.digits(3)} ${g.digits(5)} ${g.int(1, 5)}`,
    ]),
  );
}

export function otherIdF(g: Gen): Span {
  return g.pick([
    () => phi('other_id', `CLM-${g.digits(9)}`, 'claim'),
    () =>
      phi(
        'other_id',
        `${g.letters(2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.pick(['A', 'B', 'C', 'D'])}`,
        'nino',
      ),
    () => phi('other_id', `ACC${g.digits(7)}`, 'accession'),
    () => phi('other_id', `RX${g.digits(7)}`, 'rx'),
    () => phi('other_id', `${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`, 'sin'),
  ])();
}

export function deviceSerial(g: Gen): Span {
  return phi(
    'device',
    g.pick([
      `${g.letters(2)}${g.digits(8)}`,
      `SN ${g.digits(4)}-${g.letters(3)}-${g.digits(4)}`,
      `${g.digits(3)}${g.letters(1)}${g.digits(6)}`,
      `ZX${g.f.string.hexadecimal({ length: 10, casing: 'upper', prefix: '' })}`,
    ]),
    'serial',
  );
}

export function photoRef(g: Gen, p: FPerson): Span {
  const l = p.last.toLowerCase();
  return phi(
    'photo',
    g.pick([
      `IMG_${g.int(2022, 2025)}${p2(g.int(1, 12))}${p2(g.int(1, 28))}_${g.digits(6)}.jpg`,
      `${p.first.toLowerCase()}_${l}_headshot.png`,
      `id_front_${g.digits(7)}.jpeg`,
      `selfie-${g.digits(5)}.heic`,
      `${l}${g.digits(3)}_license_scan.pdf`,
    ]),
  );
}

export function biometricRef(g: Gen): Span {
  return phi(
    'biometric',
    g.pick([
      `FP-${g.f.string.hexadecimal({ length: 16, casing: 'lower', prefix: '' })}`,
      `vp_${g.digits(10)}`,
      `face-template:${g.f.string.hexadecimal({ length: 20, casing: 'lower', prefix: '' })}`,
      `IRIS${g.digits(8)}`,
    ]),
  );
}

/** Coordinates to seven places, as Faker's latlng() gives them (geo: a person's location). */
export function latLon(g: Gen): [Span, Span] {
  const lat = g.f.number.float({ min: 25, max: 48, fractionDigits: 7 }).toFixed(7);
  const lon = (-g.f.number.float({ min: 70, max: 123, fractionDigits: 7 })).toFixed(7);
  return [phi('geo', lat, 'lat'), phi('geo', lon, 'lon')];
}

/** Blood groups as Faker's profile gives them, kept as lab values. */
export function bloodGroup(g: Gen): Span {
  return keep('lab_value', g.pick(['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-']), 'blood_group');
}

/** Job titles as Faker writes them (unlabeled). */
export const JOBS = [
  'Engineer, civil (consulting)',
  'Therapist, art',
  'Radiographer, diagnostic',
  'Surveyor, mining',
  'Teacher, secondary school',
  'Accountant, chartered certified',
  'Horticulturist, commercial',
  'Designer, exhibition/display',
  'Scientist, marine',
  'Barrister',
  'Copywriter, advertising',
  'Logistics and distribution manager',
  'Pharmacist, community',
  'Youth worker',
  'Fish farm manager',
  'Museum education officer',
  'Quantity surveyor',
  'Sports development officer',
  'Tax inspector',
];

/** A company as Faker names one, from surnames (an employer: unlabeled). */
export function company(g: Gen): string {
  const [a, b, c] = [g.pick(LASTS), g.pick(LASTS), g.pick(LASTS)];
  return g.pick([
    `${a} LLC`,
    `${a}, ${b} and ${c}`,
    `${a}-${b}`,
    `${a} Group`,
    `${a} Inc`,
    `${a} PLC`,
    `${a} Ltd`,
  ]);
}

export const HOSPITALS = [
  'Copper Basin Regional Medical Center',
  'St. Brigid of the Prairie Hospital',
  'Tallgrass Community Hospital',
  'Harbor Point General',
  'Larkspur Valley Health',
  'Pinecrest Memorial Hospital',
  'Ironwood Children’s Hospital',
  'Blue Heron Surgical Center',
  'Marisol Bay Medical Center',
  'Eastgate Behavioral Health',
];
export const PAYERS = [
  'Summit Crest Health Plan',
  'Keystone Meridian Insurance',
  'Granite Shield Benefits',
  'Coastal Sun HMO',
  'Prairie Mutual Health',
  'Evergreen Trust Dental',
];
export const LABS = [
  'Bluewater Diagnostics',
  'Northfield Reference Laboratory',
  'Helix Point Labs',
  'Cedar Hollow Pathology',
];
export const PHARMACIES = [
  'Crossroad Family Pharmacy',
  'QuickCare Drug #214',
  'Lantern Apothecary',
  'MesaRx Mail Order',
];

export function org(g: Gen, kind?: 'hospital' | 'payer' | 'lab' | 'pharmacy'): Span {
  const lists = { hospital: HOSPITALS, payer: PAYERS, lab: LABS, pharmacy: PHARMACIES };
  const k = kind ?? g.pick(['hospital', 'payer', 'lab', 'pharmacy'] as const);
  return keep('organization', g.pick(lists[k]), k);
}

const DRUGS: [string, string[]][] = [
  ['loratadine', ['10 mg']],
  ['Zepbound', ['2.5 mg', '5 mg', '10 mg']],
  ['propranolol LA', ['60 mg', '80 mg']],
  ['norethindrone', ['0.35 mg']],
  ['clindamycin HCl', ['150 mg', '300 mg']],
  ['buspirone HCl', ['7.5 mg', '15 mg']],
  ['fluticasone propionate nasal', ['50 mcg/spray']],
  ['methylprednisolone dose pack', ['4 mg']],
  ['lamotrigine ODT', ['25 mg', '100 mg']],
  ['glipizide ER', ['5 mg', '10 mg']],
  ['sumatriptan succinate', ['50 mg', '100 mg']],
  ['Adderall XR', ['10 mg', '20 mg']],
  ['valacyclovir', ['500 mg', '1 g']],
  ['fexofenadine', ['180 mg']],
  ['azelastine nasal', ['137 mcg']],
  ['famotidine chewable', ['10 mg']],
  ['docusate sodium', ['100 mg']],
  ['ondansetron ODT', ['4 mg', '8 mg']],
  ['meclizine', ['12.5 mg', '25 mg']],
  ['lidocaine patch', ['5%']],
  ['estradiol patch', ['0.05 mg/day']],
  ['medroxyprogesterone', ['150 mg/mL']],
  ['Vyvanse', ['30 mg', '50 mg']],
  ['Strattera', ['40 mg']],
  ['Lexapro', ['10 mg', '20 mg']],
  ['Wellbutrin SR', ['150 mg']],
  ['Xigduo XR', ['5 mg/1000 mg']],
  ['Breo Ellipta', ['100 mcg/25 mcg']],
  ['Dupixent', ['300 mg/2 mL']],
  ['Otezla', ['30 mg']],
  ['Valtrex', ['1 g']],
  ['Paxlovid', ['300 mg/100 mg']],
];

export function drug(g: Gen): Span {
  const [name, doses] = g.pick(DRUGS);
  return keep('drug_dose', `${name} ${g.pick(doses)}`);
}

const LAB_TESTS: [string, number, number, number, string][] = [
  ['A1c', 5.2, 11.5, 1, '%'],
  ['LDL', 60, 210, 0, 'mg/dL'],
  ['TSH', 0.2, 9.5, 2, 'mIU/L'],
  ['ferritin', 8, 420, 0, 'ng/mL'],
  ['vitamin D', 9, 70, 0, 'ng/mL'],
  ['eGFR', 28, 115, 0, 'mL/min/1.73m2'],
  ['PSA', 0.3, 12, 1, 'ng/mL'],
  ['CRP', 0.2, 48, 1, 'mg/L'],
];

export function labF(g: Gen): Span {
  const [name, lo, hi, dec, unit] = g.pick(LAB_TESTS);
  const v = g.f.number.float({ min: lo, max: hi }).toFixed(dec);
  return keep(
    'lab_value',
    g.chance(0.5) ? `${name} ${v} ${unit}` : `${name} of ${v}${unit === '%' ? '%' : ` ${unit}`}`,
  );
}

const ICD = [
  'R07.89',
  'J01.90',
  'F41.1',
  'E78.49',
  'Z00.00',
  'L70.0',
  'F90.0',
  'K58.9',
  'N92.0',
  'H52.13',
  'Z71.3',
  'R05.1',
  'J45.30',
  'S83.511A',
];
const CPT_CODES = ['99395', '81002', 'G0442'];

/** A clinical code: ICD-10-CM or CPT from this split's list, or a random NDC in 5-4-2 form. */
export function codeF(g: Gen): Span {
  return g.pick([
    () => keep('clinical_code', g.pick(ICD), 'ICD-10'),
    () => keep('clinical_code', g.pick(CPT_CODES), 'CPT'),
    () => keep('clinical_code', `${g.digits(5)}-${g.digits(4)}-${g.digits(2)}`, 'NDC'),
  ])();
}

const EPONYMS = [
  "de Quervain's tenosynovitis",
  'Brugada syndrome',
  "Scheuermann's kyphosis",
  "Hirschsprung's disease",
  "Kienböck's disease",
  "Freiberg's infraction",
  'Raynaud disease',
  'Sjogren syndrome',
  'Bell palsy',
  "Gilbert's syndrome",
  'Osgood Schlatter',
  "Cushing's syndrome",
  "Crohn's colitis",
  'Lyme arthritis',
  'Wolff-Parkinson-White',
  'Bartholin cyst',
  "Behçet's disease",
  "Bowen's disease",
  "Boxer's fracture",
  "Haglund's deformity",
  "Horner's syndrome",
  'Holter monitoring',
];

export function eponymF(g: Gen): Span {
  return keep('eponym', g.pick(EPONYMS));
}

const DEVICES = [
  'Oura Ring Gen3',
  'Fitbit Charge 6',
  'Garmin Venu 3',
  'Kardia Mobile 6L',
  'OneTouch Verio Reflect',
  'PARI Trek S nebulizer',
  'ResMed AirMini',
  'Philips Respironics SimplyGo',
  'Samsung Galaxy Watch6',
  'Beurer BM67',
  'InPen smart insulin pen',
  'Embrace2 seizure watch',
  'Lively Mobile2',
  'Medical Guardian MGMini',
  'Hero pill dispenser',
  'Propeller sensor',
  'Phonak Lumity',
];

export function deviceF(g: Gen): Span {
  return keep('device_name', g.pick(DEVICES));
}

/** Hospital-wide statistics of the kind a status bot or newsletter repeats. */
export function statF(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `${g.int(150, 780)} of ${g.int(790, 900)} beds staffed`,
      `average ED wait ${g.int(20, 190)} minutes`,
      `${g.int(2, 40)}.${g.int(0, 9)}% no-show rate`,
      `${g.int(1000, 9000)} telehealth visits last month`,
      `HCAHPS top-box ${g.int(55, 90)}%`,
    ]),
  );
}
