/**
 * Blind split 23's own dictionaries: people, places, organisations and keep vocabularies.
 * SYNTHETIC DATA ONLY: every name is drawn from these lists at random and belongs to nobody.
 */
import type { Gen } from '../context';
import { MONTHS } from '../dates';
import { keep, type Piece, phi, type Span, t } from '../fragment';

const FEMALE = [
  'Marisol',
  'Keturah',
  'Oyelaran',
  'Bethanne',
  'Thuy',
  'Radhika',
  'Ingeborg',
  'Lorelei',
  'Shaquana',
  'Faviola',
  'Yesenia',
  'Noor',
  'Margarethe',
  'Chiamaka',
  'Delphine',
  'Rosalind',
  'Xiomara',
  'Wenonah',
  'Bernadette',
  'Sunniva',
  'Henrietta',
  'Lakshmi',
  'Eulalia',
  'Tamsin',
  'Priyanka',
  'Jolene',
  'Magdalena',
  'Aurelie',
  'Kiana',
  'Odalys',
];
const MALE = [
  'Thaddeus',
  'Anselmo',
  'Kwabena',
  'Delbert',
  'Huy',
  'Ravindra',
  'Leopold',
  'Dashiell',
  'Jermaine',
  'Eustacio',
  'Bartholomew',
  'Tariq',
  'Gunnar',
  'Obinna',
  'Lucien',
  'Ambrose',
  'Fidel',
  'Winslow',
  'Cornelius',
  'Sigurd',
  'Ezekiel',
  'Venkat',
  'Ignatius',
  'Rufus',
  'Desmond',
  'Casimir',
  'Montgomery',
  'Teodoro',
  'Kekoa',
  'Alonzo',
];
const LAST = [
  'Abernathy',
  'Quintanilla',
  'Oyelowo',
  'Haverkamp',
  'Nguyen-Tran',
  'Raghunathan',
  'Lindqvist',
  'Pettigrew',
  'Okonkwo-Reyes',
  'Zamarripa',
  'Fairweather',
  'Castellanos',
  'Dombrowski',
  'Achterberg',
  'Villanueva',
  'Mbeki-Carter',
  'Threadgill',
  'Kowalczuk',
  'Bellweather',
  'Iwasaki',
  'Delacroix',
  'Funderburk',
  'Szymanski',
  'Ravenscroft',
  'Ogunbanjo',
  'Tillinghast',
  'Vandermolen',
  'Cardenas-Ruiz',
  'Hollingsworth',
  'Papadakis',
  'Whitlock',
  'Balasubramanian',
  'Gallardo',
  'Merriweather',
  'Kristiansen',
  'Umeh',
  'Brightwater',
  'Castiglione',
  'Lafleur',
  'Yarborough',
  "O'Shaughnessy",
  'McCorkle',
  'Dunleavy',
  'Estrada-Lund',
  'Van Wyck',
  'de la Garza',
  'Prudhomme',
  'Tsosie',
];

export interface Who {
  first: string;
  middle: string;
  last: string;
  female: boolean;
  dob: Date;
  age: number;
}

/** A person from the split's lists; `minAge`/`maxAge` in years on 2025-11-01. */
export function who(g: Gen, minAge = 19, maxAge = 88): Who {
  const female = g.chance(0.5);
  const first = g.pick(female ? FEMALE : MALE);
  const middle = g.pick(female ? FEMALE : MALE);
  let last = g.pick(LAST);
  if (g.chance(0.12)) last = `${last}-${g.pick(LAST).replace(/^(de la |Van )/, '')}`;
  const age = g.int(minAge, maxAge);
  const dob = new Date(Date.UTC(2025 - age - 1, g.int(0, 11), g.int(1, 28)));
  return {
    first,
    middle,
    last,
    female,
    dob,
    age: 2025 - dob.getUTCFullYear() - (dob.getUTCMonth() > 9 ? 1 : 0),
  };
}

/** A patient, about a quarter of them 90 or older. */
export function patient(g: Gen): Who {
  return g.chance(0.25) ? who(g, 90, 103) : who(g, 19, 88);
}

/** The age as written: PHI when 90 or more, kept otherwise. */
export function ageOf(p: Who): Span {
  return p.age >= 90 ? phi('age', String(p.age)) : keep('age_under_90', String(p.age));
}

export const full = (p: Who): Span => phi('name', `${p.first} ${p.last}`, 'full');
export const lastFirst = (p: Who): Span => phi('name', `${p.last}, ${p.first}`, 'last_first');
export const lastFirstMi = (p: Who): Span =>
  phi('name', `${p.last.toUpperCase()}, ${p.first.toUpperCase()} ${p.middle[0]}`, 'upper_last_first_mi');
export const firstOnly = (p: Who): Span => phi('name', p.first, 'first');
export const lastOnly = (p: Who): Span => phi('name', p.last, 'last');
export const initials = (p: Who): Span => phi('name', `${p.first[0]}${p.last[0]}`.toUpperCase(), 'initials');
export const handle = (p: Who, g: Gen): Span =>
  phi(
    'name',
    g.pick([
      `${p.first[0]}${p.last}`.toLowerCase().replace(/[^a-z]/g, ''),
      `${p.first}.${p.last}`.toLowerCase().replace(/[^a-z.]/g, ''),
    ]),
    'username',
  );

/** A clinician with a credential after or a title before. */
export function staff(g: Gen, p: Who): Piece {
  return g.pick([
    () => t`${full(p)}, ${g.pick(['MD', 'DO', 'NP-C', 'PA', 'RN', 'MD, FACP', 'APRN'])}`,
    () => t`Dr. ${lastOnly(p)}`,
    () => t`Dr ${phi('name', `${p.first[0]}. ${p.last}`, 'dr_initial')}`,
    () => t`${phi('name', `${p.last}, ${p.first[0]}.`, 'last_initial')} ${g.pick(['MD', 'RN', 'LPN'])}`,
  ])();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Dates as people and systems type them. */
export function dateIn(g: Gen, d: Date, form?: string): Span {
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const y = d.getUTCFullYear();
  const mon = MONTHS[d.getUTCMonth()] as string;
  const forms: Record<string, () => string> = {
    mdy: () => `${pad(m)}/${pad(day)}/${y}`,
    mdy_short: () => `${m}/${day}/${y}`,
    mdy_yy: () => `${m}/${day}/${String(y).slice(2)}`,
    dash: () => `${pad(m)}-${pad(day)}-${y}`,
    iso: () => `${y}-${pad(m)}-${pad(day)}`,
    compact: () => `${y}${pad(m)}${pad(day)}`,
    mon_d_y: () => `${mon.slice(0, 3)} ${day}, ${y}`,
    long: () => `${mon} ${day}, ${y}`,
    d_mon_y: () => `${pad(day)}-${mon.slice(0, 3).toUpperCase()}-${y}`,
    mon_d: () => `${mon.slice(0, 3)} ${day}`,
  };
  const name = form && forms[form] ? form : g.pick(Object.keys(forms));
  return phi('date', (forms[name] as () => string)(), name);
}

/** A date of care in 2024-2025. */
export function careDate(g: Gen): Date {
  const y = g.int(2024, 2025);
  return new Date(Date.UTC(y, g.int(0, y === 2025 ? 9 : 11), g.int(1, 28)));
}

export function plusDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

const STREETS = [
  'Sassafras Hollow Rd',
  'Quarry Bend Ln',
  'Tamarack Ct',
  'Old Mill Pike',
  'Pelican Shoals Dr',
  'Bluebonnet Trl',
  'Kettle Creek Ave',
  'Juniper Ridge Blvd',
  'Ironwood Cir',
  'Cottonwood Wash Rd',
  'Harbor Lights Way',
  'Magnolia Bluff St',
  'N Larkspur Ave',
  'W Orchard Terrace',
  'SE Foundry St',
  'Canal Lock Rd',
];
const CITIES: [string, string, string][] = [
  ['Pelham Falls', 'Burke County', 'GA'],
  ['Moss Landing Junction', 'Tehama County', 'CA'],
  ['Hartsell', 'Cullman County', 'AL'],
  ['Wyandotte Springs', 'Ottawa County', 'OK'],
  ['Cedar Bluff', 'Tazewell County', 'VA'],
  ['Lake Ozette', 'Clallam County', 'WA'],
  ['Port Ainsley', 'Lincoln County', 'ME'],
  ['Roswell Park', 'Lubbock County', 'TX'],
  ['New Hollandia', 'Sussex County', 'DE'],
  ['Mesquite Flats', 'Pima County', 'AZ'],
  ['Fennimore', 'Grant County', 'WI'],
  ['Bayou Chene', 'St. Martin Parish', 'LA'],
  ['Kittredge', 'Summit County', 'CO'],
  ['Spirit Lake Crossing', 'Dickinson County', 'IA'],
];

export interface Place {
  street: Span;
  unit: string;
  city: Span;
  county: Span;
  state: string;
  zip: Span;
}

export function place(g: Gen): Place {
  const [city, county, state] = g.pick(CITIES);
  const five = `${g.int(1, 9)}${g.digits(4)}`;
  return {
    street: phi('street_address', `${g.int(3, 29999)} ${g.pick(STREETS)}`),
    unit: g.chance(0.25) ? g.pick([' Apt 4B', ' Unit 12', ' #207', ' Lot 33']) : '',
    city: phi('geo', city, 'city'),
    county: phi('geo', county, 'county'),
    state,
    zip: g.chance(0.3) ? phi('zip', `${five}-${g.digits(4)}`, 'zip4') : phi('zip', five, 'zip5'),
  };
}

export const ORGS = [
  'Sable River Regional Medical Center',
  'Brightpath Community Health',
  'Cumberland Ridge Orthopaedic Associates',
  'Lantern Bay Pediatrics',
  'NorthStar Reference Laboratories',
  'Fenwick & Oduya Family Medicine',
  "St. Ottilie's Hospital",
  'Bluewater Kidney Care',
  'Tri-County Ambulatory Surgery Center',
  'Halvorsen Clinic',
];
export const org = (g: Gen): Span => keep('organization', g.pick(ORGS));
export const payer = (g: Gen): Span =>
  keep(
    'organization',
    g.pick([
      'Keystone Prairie Health Plan',
      'Granite Harbor Mutual',
      'Heartland Cooperative Benefits',
      'Sunfield Medicaid Advantage',
    ]),
  );

const DRUGS = [
  'suvorexant',
  'levomilnacipran',
  'benralizumab',
  'tapinarof',
  'relugolix',
  'plecanatide',
  'naldemedine',
  'eluxadoline',
  'Vascepa',
  'Latuda',
  'Fasenra',
  'Adbry',
  'Orgovyx',
  'Ibsrela',
  'Trulance',
  'Motegrity',
  'Symproic',
  'Viberzi',
  'Gemtesa',
  'Steglatro',
  'Edarbi',
  'Livalo',
];
const DOSES = [
  '0.5 mg',
  '1 mg',
  '5 mg',
  '20 mg',
  '50 mg',
  '90 mg',
  '100 mg',
  '150 mg',
  '300 mg',
  '625 mg',
  '0.75 mg/0.5 mL',
  '300 mg/2 mL',
];
const SIGS = [
  'PO qAM',
  'po bid',
  'PO TID PRN',
  'SubQ weekly',
  'PO at bedtime',
  'po q8h prn spasm',
  'PO daily with food',
];
export function drug(g: Gen): Span {
  const sig = g.chance(0.6) ? ` ${g.pick(SIGS)}` : '';
  return keep('drug_dose', `${g.pick(DRUGS)} ${g.pick(DOSES)}${sig}`);
}
export const drugOnly = (g: Gen): Span => keep('drug_dose', g.pick(DRUGS), 'name_only');

const LABS: [string, string, number, number, number, string][] = [
  ['Sodium', 'mmol/L', 128, 149, 0, '136-145'],
  ['Potassium', 'mmol/L', 2.9, 6.1, 1, '3.5-5.1'],
  ['BUN', 'mg/dL', 6, 68, 0, '7-20'],
  ['Creatinine', 'mg/dL', 0.5, 4.8, 2, '0.60-1.30'],
  ['eGFR', 'mL/min/1.73m2', 11, 119, 0, '>60'],
  ['Hemoglobin A1c', '%', 4.8, 13.2, 1, '4.0-5.6'],
  ['TSH', 'uIU/mL', 0.02, 11.5, 2, '0.45-4.50'],
  ['WBC', 'K/uL', 2.1, 21.4, 1, '4.0-11.0'],
  ['Platelets', 'K/uL', 48, 612, 0, '150-400'],
  ['Ferritin', 'ng/mL', 6, 980, 0, '24-336'],
  ['NT-proBNP', 'pg/mL', 40, 9800, 0, '<125'],
  ['Magnesium', 'mg/dL', 1.1, 3.1, 1, '1.6-2.6'],
  ['Lactate', 'mmol/L', 0.4, 7.9, 1, '0.5-2.2'],
  ['INR', '', 0.9, 5.8, 1, '0.8-1.2'],
];
export interface Lab {
  name: string;
  result: string;
  unit: string;
  range: string;
}
export function lab(g: Gen): Lab {
  const [name, unit, lo, hi, dec, range] = g.pick(LABS);
  return { name, unit, range, result: g.f.number.float({ min: lo, max: hi }).toFixed(dec) };
}
export const labText = (g: Gen): Span => {
  const l = lab(g);
  return keep('lab_value', `${l.name} ${l.result}${l.unit ? ` ${l.unit}` : ''}`);
};
export const vitals = (g: Gen): Span =>
  keep(
    'lab_value',
    g.pick([
      `BP ${g.int(98, 188)}/${g.int(52, 110)}`,
      `P ${g.int(52, 128)}`,
      `T ${(g.int(970, 1029) / 10).toFixed(1)}F`,
      `O2 sat ${g.int(88, 100)}% RA`,
      `Wt ${g.int(98, 312)} lb`,
    ]),
    'vital',
  );

const ICD = [
  'M76.61',
  'K64.1',
  'R25.2',
  'M79.671',
  'H65.93',
  'J02.0',
  'N20.1',
  'L60.0',
  'M72.2',
  'G51.0',
  'H10.33',
  'L21.9',
  'R19.7',
  'K59.09',
  'Z86.010',
  'M25.561',
  'H52.4',
  'E03.8',
  'D50.0',
  'K29.70',
  'E28.2',
  'T78.40XA',
  'I87.2',
  'R79.1',
];
const CPT = ['87880', '87804', '82947', '11721', '69210', '92014', '76700', '99421', 'T1015', 'H0031'];
const LOINC = [
  '789-8',
  '787-2',
  '770-8',
  '736-9',
  '5905-5',
  '713-8',
  '706-2',
  '49563-0',
  '14749-6',
  '5811-5',
  '5803-2',
  '5799-2',
  '20454-5',
];
export const icd = (g: Gen): Span => keep('clinical_code', g.pick(ICD), 'ICD-10');
export const cpt = (g: Gen): Span => keep('clinical_code', g.pick(CPT), 'CPT');
export const loinc = (g: Gen): Span => keep('clinical_code', g.pick(LOINC), 'LOINC');
export const code = (g: Gen): Span => g.pick([icd, cpt, loinc])(g);
export const CARC = [
  'CO-4',
  'CO-11',
  'CO-18',
  'CO-29',
  'CO-167',
  'CO-197',
  'CO-236',
  'PR-204',
  'CO-B7',
  'CO-45',
  'PR-1',
  'PR-2',
  'CO-97',
  'CO-16',
  'OA-23',
  'CO-50',
  'PR-3',
];
export const carc = (g: Gen): Span => keep('clinical_code', g.pick(CARC), 'CARC');

const EPONYMS = [
  'Ottawa ankle rules',
  'Centor criteria',
  'McIsaac score',
  'PERC rule',
  'HEART score',
  'TIMI score',
  'NYHA class III',
  'Light criteria',
  'Tanner stage 3',
  'Lawton IADL',
  'Fagerstrom test',
  'Harvey-Bradshaw index',
  'Rutherford class 3',
  'Fontaine stage IIb',
  'Forrest IIa',
  'Kellgren-Lawrence grade 3',
  'Salter-Harris II',
  'Gustilo IIIA',
  'Garden III',
];
export const eponym = (g: Gen): Span => keep('eponym', g.pick(EPONYMS));

const DEVICES = [
  'CardioMEMS HF',
  'Omron Platinum BP7450',
  'ResMed Astral 150',
  'SimplyGo Mini',
  'Welch Allyn Connex Spot',
  'BD Pyxis MedStation ES',
  'Kangaroo OMNI pump',
  'AccuVein AV500',
  'Vapotherm HVT 2.0',
  'Oticon More 1',
  'Nevro HFX',
  'Abbott Proclaim XR',
];
export const deviceName = (g: Gen): Span => keep('device_name', g.pick(DEVICES));

export const version = (g: Gen): Span =>
  keep(
    'version',
    g.pick([
      `v${g.int(1, 6)}.${g.int(0, 19)}.${g.int(0, 9)}`,
      `${g.int(2, 9)}.${g.int(0, 12)}`,
      `build ${g.int(3, 9)}.${g.int(0, 40)}.${g.int(100, 999)}`,
    ]),
  );
export const year = (g: Gen): Span => keep('year', String(g.int(1998, 2025)));
export const stat = (g: Gen): Span =>
  keep(
    'statistic',
    g.pick([
      `no-show rate ${g.int(4, 31)}.${g.int(0, 9)}%`,
      `${g.int(40, 97)}% of slots filled`,
      `${g.int(3, 120)} open claims`,
      `denial rate ${g.int(2, 19)}.${g.int(0, 9)}%`,
      `avg wait ${g.int(4, 58)} min`,
      `${g.int(11, 480)} appointments booked`,
    ]),
  );
export function stamp(g: Gen): Span {
  const d = new Date(
    Date.UTC(2025, g.int(0, 10), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59), g.int(0, 999)),
  );
  return keep(
    'timestamp',
    g.pick([
      d.toISOString(),
      d.toISOString().replace(/\.\d+Z$/, 'Z'),
      String(Math.floor(d.getTime() / 1000)),
    ]),
  );
}
export const accession = (g: Gen): Span =>
  phi(
    'other_id',
    g.pick([
      `${g.letters(2)}${String(g.int(24, 25))}-${g.digits(6)}`,
      `A${g.digits(9)}`,
      `${g.digits(2)}${g.letters(1)}${g.digits(7)}`,
    ]),
    'accession',
  );
export const claimNo = (g: Gen): Span =>
  phi(
    'other_id',
    g.pick([`${g.digits(13)}`, `CLM${g.digits(9)}`, `${g.digits(4)}${g.letters(2)}${g.digits(6)}`]),
    'claim',
  );
export const confirmNo = (g: Gen): Span => phi('other_id', `${g.letters(3)}-${g.digits(5)}`, 'booking');
