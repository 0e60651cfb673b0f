/**
 * Word lists and small generators of blind split 30: people, places, identifiers in the
 * spellings an MCP gateway in front of clinical systems meets, and the keep strings (drugs,
 * labs, codes, eponyms, devices, organisations) that must survive masking. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { MONTHS } from '../dates';
import { keep, type Piece, phi, type Span, t } from '../fragment';
import { phoneValue, zipValue } from '../identifiers';
import { type Person, person } from '../people';

const GIVEN_F = [
  'Odalys',
  'Marisela',
  'Thandeka',
  'Ingrid',
  'Yesenia',
  'Keziah',
  'Anouk',
  'Parisa',
  'Leilani',
  'Dorotea',
  'Sunniva',
  'Chiamaka',
  'Rosalind',
  'Mei-Ling',
  'Zofia',
  'Bernadette',
  'Aurelie',
  'Nkechi',
  'Henrietta',
  'Tuyet',
  'Ilse',
  'Farida',
  'Wren',
  'Greer',
  'Soledad',
  'Tamsin',
  'Priyanka',
  'Eulalia',
  'Kalani',
  'Jozefina',
];
const GIVEN_M = [
  'Thaddeus',
  'Osvaldo',
  'Bartholomew',
  'Kwabena',
  'Leopold',
  'Ravindra',
  'Emeka',
  'Casimir',
  'Dmitri',
  'Anselm',
  'Tobiah',
  'Jun-ho',
  'Lachlan',
  'Evander',
  'Ignatius',
  'Rafferty',
  'Keoni',
  'Mateus',
  'Halvard',
  'Cyprian',
  'Bao',
  'Ezekiel',
  'Fitzgerald',
  'Oluwaseun',
  'Augustin',
  'Hamish',
  'Severin',
  'Amadou',
  'Rudolfo',
  'Wendell',
];
const FAMILY = [
  'Quarshie',
  'Villaseñor',
  'Abernathy-Kwan',
  'Oyelaran',
  'Szczepanik',
  'Thistlewood',
  'Marchetti',
  'Van der Heijden',
  'Nakashima',
  "O'Dwyer",
  'Balasubramanian',
  'Lindqvist',
  'Ferreira da Silva',
  'Hollingsworth',
  'Ekwueme',
  'Dimitriou',
  'Castellanos',
  'Brightwater',
  'Okonkwo-Reyes',
  'Tranh',
  'McCorquodale',
  'Haverkamp',
  'Galloway',
  'Rousseau',
  'Kowalczyk',
  'Amberley',
  'Delacroix',
  'Mwangi',
  'Sorensen',
  'Whitlock',
  'Penhaligon',
  'Achterberg',
  'Fairweather',
  'Iwu',
  'Lund',
  'Crane',
  'Stroud',
  'Baptiste',
  'Yazzie',
  'Kealoha',
  'Vukovic',
  'Esposito',
  'Underhill',
  'Brennan',
  'Mbatha',
  'Zamora',
  'Holloway',
  'Teague',
];

/** A person from the split's own name lists (three in four) or from the shared generator. */
export function b30Person(g: Gen, minAge = 19, maxAge = 88): Person {
  if (g.chance(0.25)) return person(g, { minAge, maxAge });
  const sex = g.chance(0.5) ? 'female' : 'male';
  const names = sex === 'female' ? GIVEN_F : GIVEN_M;
  const age = g.int(minAge, maxAge);
  return {
    first: g.pick(names),
    middle: g.pick(names),
    last: g.pick(FAMILY),
    sex,
    dob: new Date(Date.UTC(2025 - age, g.int(0, 11), g.int(1, 28))),
  };
}

/** What a relative is called, by their sex. */
export function relWord(g: Gen, p: Person): string {
  return g.pick(
    p.sex === 'female'
      ? ['daughter', 'wife', 'sister', 'mother', 'niece']
      : ['son', 'husband', 'brother', 'father', 'nephew'],
  );
}

export function ageIn(p: Person): number {
  return 2025 - p.dob.getUTCFullYear() - (p.dob.getUTCMonth() > 9 ? 1 : 0);
}

/** The patient's age: PHI over 89, a keep string below. */
export function ageOf(p: Person): Span {
  const a = ageIn(p);
  return a > 89 ? phi('age', String(a)) : keep('age_under_90', String(a));
}

/** A patient: one in four is over 89. */
export function patient(g: Gen): Person {
  return g.chance(0.25) ? b30Person(g, 90, 103) : b30Person(g, 19, 88);
}

const full = (p: Person): string => `${p.first} ${p.last}`;

/** A name in one of the many forms people and systems write. */
export function nm(g: Gen, p: Person): Piece {
  return g.pick([
    () => phi('name', full(p), 'full'),
    () => phi('name', `${p.last}, ${p.first}`, 'last_first'),
    () => phi('name', `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, 'upper_last_first'),
    () => phi('name', `${p.first} ${p.middle[0]}. ${p.last}`, 'full_middle'),
    () => phi('name', `${p.first[0]}. ${p.last}`, 'initial_last'),
    () =>
      t`${p.sex === 'female' ? g.pick(['Ms.', 'Mrs.', 'Ms']) : g.pick(['Mr.', 'Mr'])} ${phi('name', p.last, 'title_last')}`,
    () => phi('name', full(p).toLowerCase(), 'lower'),
  ])();
}

/** A clinician: "Dr. Last", "First Last, MD", "LAST, FIRST DO", "F. Last NP". */
export function doc(g: Gen, p: Person): Piece {
  return g.pick([
    () => t`Dr. ${phi('name', p.last, 'dr_last')}`,
    () => t`Dr ${phi('name', full(p), 'dr_full')}`,
    () => t`${phi('name', full(p), 'full')}, ${g.pick(['MD', 'DO', 'NP', 'PA-C', 'APRN'])}`,
    () =>
      t`${phi('name', `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, 'upper_last_first')} ${g.pick(['MD', 'DO'])}`,
    () => t`${phi('name', `${p.first[0]}. ${p.last}`, 'initial_last')} ${g.pick(['NP', 'MD', 'PA'])}`,
  ])();
}

/** Staff by first name or initials, as notes sign off ("-- Wren", "/KQ"). */
export function staffShort(g: Gen, p: Person): Span {
  return g.chance(0.5) ? phi('name', p.first, 'first') : phi('name', `${p.first[0]}${p.last[0]}`, 'initials');
}

const TOWNS = [
  'Marrowfield',
  'Keller Springs',
  'East Tolland',
  'Port Ancel',
  'Birchmont',
  'Wexcombe',
  'Hollis Bay',
  'Cinder Ridge',
  'Saltmarsh',
  'New Haldane',
  'Quarry Hill',
  'Lake Orrin',
  'Fenwick Falls',
  'Greystone Junction',
  'Ardmore Park',
  'Valle Verde',
  'St. Ives Crossing',
  'Copperton',
];
const STREETS = [
  'Juniper Hollow',
  'Old Mill',
  'Carraway',
  'Whitcomb',
  'Bellflower',
  'Ridgeback',
  'Tanager',
  'Esplanade',
  'Foxglove',
  'Harrow',
  'Kingfisher',
  'Larkspur',
  'Meridian',
  'Palisade',
  'Quillan',
  'Sandpiper',
  'Tamarack',
  'Wicklow',
];
const SUFFIXES = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Ln', 'Ct', 'Blvd', 'Dr', 'Way', 'Terrace', 'Pkwy'];
const UNITS = ['Apt 4B', 'Unit 12', '#305', 'Apt. 2', 'Ste 110', 'Lot 17', 'Rm 9'];
export const STATES = ['OR', 'NM', 'ME', 'KY', 'WI', 'GA', 'MN', 'VT', 'AZ', 'NC', 'PA', 'IA'];

export interface Addr {
  street: Span;
  /** The unit alone, for records that keep it in its own field (labeled street_address). */
  unit?: Span;
  city: Span;
  county: Span;
  state: string;
  zip: Span;
}

export function addr(g: Gen): Addr {
  const num = String(g.int(2, 98_765));
  const dir = g.chance(0.25) ? `${g.pick(['N', 'S', 'E', 'W', 'NE', 'SW'])} ` : '';
  const base = `${num} ${dir}${g.pick(STREETS)} ${g.pick(SUFFIXES)}`;
  const po = g.chance(0.08);
  const unitInline = !po && g.chance(0.2);
  const street = po ? `PO Box ${g.int(10, 9999)}` : unitInline ? `${base} ${g.pick(UNITS)}` : base;
  const a: Addr = {
    street: phi('street_address', street),
    city: phi('geo', g.pick(TOWNS), 'city'),
    county: phi(
      'geo',
      `${g.pick(['Harlan', 'Ossipee', 'Delmar', 'Kittredge', 'Bramwell', 'Sawtooth'])} County`,
      'county',
    ),
    state: g.pick(STATES),
    zip: zipValue(g),
  };
  if (!po && !unitInline && g.chance(0.3)) a.unit = phi('street_address', g.pick(UNITS), 'unit');
  return a;
}

/** An address on one line or two, with or without commas, in capitals as envelopes print it. */
export function addrLine(g: Gen, a: Addr): Piece {
  const unit = a.unit ? t`, ${a.unit}` : '';
  return g.pick([
    () => t`${a.street}${unit}, ${a.city}, ${a.state} ${a.zip}`,
    () => t`${a.street}${unit}\n${a.city}, ${a.state}  ${a.zip}`,
    () => t`${a.street}${unit} ${a.city} ${a.state} ${a.zip}`,
    () => t`${a.street}${unit}; ${a.city} (${a.county}), ${a.state} ${a.zip}`,
  ])();
}

const pad = (n: number): string => String(n).padStart(2, '0');
const MON = (d: Date): string => (MONTHS[d.getUTCMonth()] as string).slice(0, 3);

/** A date tied to a person in one of many spellings. */
export function dt(g: Gen, d: Date, form?: string): Span {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const forms: Record<string, () => string> = {
    us: () => `${pad(m)}/${pad(day)}/${y}`,
    us_short: () => `${m}/${day}/${y}`,
    us_2y: () => `${m}/${day}/${String(y).slice(2)}`,
    iso: () => `${y}-${pad(m)}-${pad(day)}`,
    compact: () => `${y}${pad(m)}${pad(day)}`,
    dash_us: () => `${pad(m)}-${pad(day)}-${y}`,
    dmy_mon: () => `${day}-${MON(d)}-${y}`,
    dmy_upper: () => `${pad(day)}${MON(d).toUpperCase()}${y}`,
    mon_d_y: () => `${MON(d)} ${day}, ${y}`,
    mon_dot: () => `${MON(d)}. ${day} ${y}`,
    long: () => `${MONTHS[m - 1]} ${day}, ${y}`,
    eu_dot: () => `${pad(day)}.${pad(m)}.${y}`,
    weekday: () =>
      `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]} ${MON(d)} ${day} ${y}`,
  };
  const name = form && forms[form] ? form : g.pick(Object.keys(forms));
  return phi('date', (forms[name] as () => string)(), `b30-${name}`);
}

/** A date without its year ("3/14", "Mar 14"): still a date. */
export function dtNoYear(g: Gen, d: Date): Span {
  return phi(
    'date',
    g.chance(0.5) ? `${d.getUTCMonth() + 1}/${d.getUTCDate()}` : `${MON(d)} ${d.getUTCDate()}`,
    'b30-no-year',
  );
}

/** A date-time on day `d` to the minute: ISO with a zone or "Z", or the day and a 24-hour clock. */
function stampText(g: Gen, d: Date): string {
  const h = g.int(0, 23);
  const mi = g.int(0, 59);
  const iso = `${d.toISOString().slice(0, 10)}T${pad(h)}:${pad(mi)}:00`;
  return g.pick([`${iso}-05:00`, `${iso}Z`, `${d.toISOString().slice(0, 10)} ${pad(h)}:${pad(mi)}`]);
}

/** An encounter date-time tied to a patient: the whole stamp is the date. */
export function dtTime(g: Gen, d: Date): Span {
  return phi('date', stampText(g, d), 'b30-datetime');
}

/**
 * The time a system stamps on a record it handles: an e-signature ("Electronically signed
 * 2023-08-11T04:50:00-05:00 by …", "Signed 2024-10-02 19:27") or a fax's receipt. The other splits
 * keep such stamps as timestamps (a signing date on its own, or said in a sentence, stays PHI).
 */
export function systemStamp(g: Gen, d: Date): Span {
  return keep('timestamp', stampText(g, d), 'b30-stamp');
}

export function visitDate(g: Gen): Date {
  return new Date(Date.UTC(g.int(2023, 2025), g.int(0, 11), g.int(1, 28)));
}

export function plusDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** A phone with or without an extension; the extension is part of the number. */
export function tel(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const base = phoneValue(g, type);
  if (type === 'phone' && g.chance(0.2))
    return phi(type, `${base.value}${g.pick([' ext. ', ' x', ' ext ', ',,'])}${g.int(10, 9999)}`, 'ext');
  if (g.chance(0.15)) return phi(type, `555-01${g.digits(2)}`, 'local7');
  return base;
}

/** A labeled phone: "cell (555) …", "H: …", "callback #…". */
export function telLabeled(g: Gen): Piece {
  return t`${g.pick(['cell', 'H:', 'W:', 'callback #', 'Ph', 'mobile', 'home', 'best # is'])} ${tel(g)}`;
}

export function mail(g: Gen, p: Person): Span {
  const f = p.first.toLowerCase().replace(/[^a-z]/g, '');
  const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
  return phi(
    'email',
    g.pick([
      `${f}.${l}@example.com`,
      `${f[0]}${l}${g.int(1, 99)}@mail.example.net`,
      `${l}_${f}@patientmail.example`,
      `${f}${g.int(1950, 2005)}@example.org`,
      `${f[0]}.${l}@clinic.example.org`,
    ]),
  );
}

export function mrnB30(g: Gen): Span {
  return phi(
    'mrn',
    g.pick([
      () => g.digits(8),
      () => `${g.letters(2)}${g.digits(6)}`,
      () => `M${g.digits(7)}`,
      () => `${g.digits(2)}-${g.digits(5)}-${g.digits(1)}`,
      () => `000${g.digits(7)}`,
    ])(),
  );
}

export function memberB30(g: Gen): Span {
  return phi(
    'health_plan',
    g.pick([
      () => `${g.letters(3)}${g.digits(8)}`,
      () => `H${g.digits(9)}01`,
      () => `${g.digits(3)}-${g.digits(3)}-${g.digits(3)}`,
      () => `ZQ${g.digits(7)}-${g.int(1, 4)}`,
    ])(),
    'member',
  );
}

export function groupNo(g: Gen): Span {
  return phi('health_plan', `GRP-${g.digits(6)}`, 'group');
}

export function acct(g: Gen): Span {
  return phi(
    'account',
    g.pick([
      () => `HAR${g.digits(9)}`,
      () => g.digits(11),
      () => `${g.digits(3)}-${g.digits(6)}`,
      () => `BL${g.digits(7)}`,
    ])(),
  );
}

export function claimNo(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`${g.digits(2)}${g.letters(1)}${g.digits(9)}`, `CLM-${g.digits(10)}`]),
    'claim',
  );
}

export function rxNo(g: Gen): Span {
  return phi('other_id', g.pick([`Rx${g.digits(7)}`, `${g.digits(7)}-${g.digits(2)}`]), 'rx');
}

export function accession(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`${g.letters(2)}${g.int(23, 25)}-${g.digits(5)}`, `A${g.digits(9)}`]),
    'accession',
  );
}

export function referralNo(g: Gen): Span {
  return phi('other_id', g.pick([`REF-${g.digits(8)}`, `PA${g.int(2023, 2025)}${g.digits(6)}`]), 'referral');
}

export function portalUrl(g: Gen, p: Person): Span {
  const slug = p.last.toLowerCase().replace(/[^a-z]/g, '');
  return phi(
    'url',
    g.pick([
      `https://myhealth.birchmont.example/messages/${g.digits(7)}`,
      `https://telehealth.example.org/room/${slug}-${g.digits(4)}`,
      `http://${slug}${g.pick(['family', 'journey', 'updates'])}.example.net`,
      `https://portal.example.com/pt?id=${g.digits(9)}&view=results`,
      `https://docs.example.org/share/${g.f.string.alphanumeric(10)}`,
    ]),
  );
}

export function ipB30(g: Gen): Span {
  return phi(
    'ip',
    g.pick([
      () => `${g.pick([24, 67, 73, 98, 108, 172, 203])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
      () =>
        `2601:${g.f.string.hexadecimal({ length: 3, casing: 'lower', prefix: '' })}:c200:${g.int(10, 99)}::${g.int(1, 9)}`,
    ])(),
  );
}

export function photoRef(g: Gen, p: Person): Span {
  const slug = p.last.toLowerCase().replace(/[^a-z]/g, '');
  return phi(
    'photo',
    g.pick([
      `${slug}_wound_${g.digits(6)}.jpg`,
      `IMG_${g.digits(4)}.HEIC`,
      `derm/${g.digits(8)}/${slug}-lesion.png`,
      `intake_selfie_${g.digits(5)}.jpeg`,
    ]),
  );
}

export function bioRef(g: Gen): Span {
  return phi(
    'biometric',
    g.pick([
      `FP-${g.digits(4)}-${g.letters(4)}`,
      `VP${g.digits(8)}`,
      g.f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' }),
      `IRIS-${g.letters(2)}${g.digits(6)}`,
    ]),
  );
}

/** A device's serial number, "SN" before one of its forms as a label. */
export function serialB30(g: Gen): Piece {
  const value = g.pick([
    `${g.letters(3)}${g.digits(7)}`,
    `SN ${g.digits(4)}-${g.digits(4)}`,
    `${g.digits(2)}${g.letters(3)}${g.digits(5)}H`,
  ]);
  // "SN" names what follows, as the other splits write "SN <serial>": the number is the identifier.
  if (value.startsWith('SN ')) return t`SN ${phi('device', value.slice(3), 'serial')}`;
  return phi('device', value, 'serial');
}

const ORGS = {
  care: [
    'Birchmont Regional Medical Center',
    'Hollis Bay Community Hospital',
    'Saint Brendan Infirmary',
    'Cinder Ridge Family Health',
    'Lake Orrin Cardiology Associates',
    'Port Ancel Orthopedic Institute',
    'Marrowfield Behavioral Health',
    'Quarry Hill Dialysis Center',
  ],
  payer: [
    'Northgate Anchor Health Plan',
    'Sagebrush Mutual Insurance',
    'Tidewater Medicaid Partners',
    'Keystone Meridian BlueShield',
  ],
  lab: ['Apex Pathology Partners', 'Lumen Diagnostic Imaging', 'Tri-County Reference Laboratory'],
  pharmacy: ['Fenwick Falls Compounding Pharmacy', 'Wexcombe Discount Drug', 'CivicRx Mail Pharmacy'],
  service: [
    'Ridgeline Home Infusion',
    'Halcyon Hospice of the Valley',
    'Copperton Public Health Department',
    'ClearPath Clearinghouse',
    'Sunbeam Medical Transport',
  ],
};
export type OrgKind = keyof typeof ORGS;
/** An organisation of the given kind (hospital or clinic when none is given): a keep string. */
export const org = (g: Gen, kind: OrgKind = 'care'): Span => keep('organization', g.pick(ORGS[kind]));

type Route = 'po' | 'inh' | 'sq' | 'liquid';
const DRUGS: [string, string[], Route][] = [
  ['bumetanide (Bumex)', ['1 mg', '2 mg'], 'po'],
  ['nadolol (Corgard)', ['20 mg', '40 mg'], 'po'],
  ['tizanidine (Zanaflex)', ['2 mg', '4 mg'], 'po'],
  ['oxcarbazepine (Trileptal)', ['300 mg', '600 mg'], 'po'],
  ['ranolazine ER (Ranexa)', ['500 mg', '1000 mg'], 'po'],
  ['cilostazol (Pletal)', ['50 mg', '100 mg'], 'po'],
  ['trospium (Sanctura)', ['20 mg'], 'po'],
  ['mexiletine (Mexitil)', ['150 mg', '200 mg'], 'po'],
  ['hydroxyzine pamoate (Vistaril)', ['25 mg', '50 mg'], 'po'],
  ['dronedarone (Multaq)', ['400 mg'], 'po'],
  ['propafenone SR (Rythmol SR)', ['225 mg', '325 mg'], 'po'],
  ['lurasidone (Latuda)', ['40 mg', '80 mg'], 'po'],
  ['vortioxetine (Trintellix)', ['10 mg', '20 mg'], 'po'],
  ['linagliptin (Tradjenta)', ['5 mg'], 'po'],
  ['fidaxomicin (Dificid)', ['200 mg'], 'po'],
  ['tolvaptan (Samsca)', ['15 mg', '30 mg'], 'po'],
  ['sucralfate (Carafate) suspension', ['1 g/10 mL'], 'liquid'],
  ['midodrine (ProAmatine)', ['5 mg', '10 mg'], 'po'],
  ['pyridostigmine (Mestinon)', ['60 mg'], 'po'],
  ['methimazole (Tapazole)', ['5 mg', '10 mg'], 'po'],
  ['ticagrelor (Brilinta)', ['90 mg'], 'po'],
  ['ivabradine (Corlanor)', ['5 mg', '7.5 mg'], 'po'],
  ['fluticasone/umeclidinium/vilanterol (Trelegy)', ['100/62.5/25 mcg'], 'inh'],
  ['semaglutide oral (Rybelsus)', ['7 mg', '14 mg'], 'po'],
  ['insulin degludec (Tresiba)', ['30 units'], 'sq'],
];
const SIGS: Record<Route, string[]> = {
  po: ['PO BID', 'PO daily', 'PO q8h', 'PO TID with meals', 'PO qHS', 'po q12h', 'by mouth twice daily'],
  inh: ['1 puff daily', '1 inh QD'],
  sq: ['SQ qHS', 'subcut nightly'],
  liquid: ['PO QID AC+HS', 'by mouth 4x daily'],
};

export function drug(g: Gen): Span {
  const [name, doses, route] = g.pick(DRUGS);
  const sig = g.chance(0.5) ? ` ${g.pick(SIGS[route])}` : '';
  return keep('drug_dose', `${name} ${g.pick(doses)}${sig}`);
}

export function drugOnly(g: Gen): Span {
  return keep('drug_dose', g.pick(DRUGS)[0], 'name_only');
}

const LABS: [string, number, number, number, string][] = [
  ['Na', 129, 147, 0, 'mmol/L'],
  ['K', 3.1, 5.9, 1, 'mmol/L'],
  ['Creat', 0.6, 3.8, 2, 'mg/dL'],
  ['Mg', 1.4, 2.6, 1, 'mg/dL'],
  ['Phos', 2.1, 5.9, 1, 'mg/dL'],
  ['A1c', 5.2, 11.8, 1, '%'],
  ['INR', 0.9, 3.6, 1, ''],
  ['TSH', 0.1, 8.4, 2, 'uIU/mL'],
  ['Free T4', 0.6, 2.4, 2, 'ng/dL'],
  ['Hgb', 7.4, 16.8, 1, 'g/dL'],
  ['Plt', 88, 420, 0, 'x10^3/uL'],
  ['ALP', 38, 310, 0, 'U/L'],
  ['Lipase', 12, 880, 0, 'U/L'],
  ['NT-proBNP', 90, 9800, 0, 'pg/mL'],
  ['hs-Trop T', 4, 180, 0, 'ng/L'],
  ['Procalcitonin', 0.02, 6.4, 2, 'ng/mL'],
  ['Vit D 25-OH', 9, 68, 0, 'ng/mL'],
  ['UACR', 8, 640, 0, 'mg/g'],
];

export function labRow(g: Gen): { name: string; value: string; unit: string; flag: string } {
  const [name, lo, hi, dec, unit] = g.pick(LABS);
  const v = g.f.number.float({ min: lo, max: hi }).toFixed(dec);
  return { name, value: v, unit, flag: g.pick(['', '', 'H', 'L', 'A']) };
}

export function lab(g: Gen): Span {
  const r = labRow(g);
  return keep('lab_value', `${r.name} ${r.value}${r.unit ? ` ${r.unit}` : ''}`);
}

export function vitalB30(g: Gen): Span {
  return keep(
    'lab_value',
    g.pick([
      `BP ${g.int(92, 188)}/${g.int(52, 108)}`,
      `P ${g.int(50, 128)}`,
      `SpO2 ${g.int(85, 100)}%`,
      `T ${g.f.number.float({ min: 97, max: 103.4 }).toFixed(1)} F`,
      `RR ${g.int(10, 30)}/min`,
      `Wt ${g.int(98, 310)} lb`,
      `BMI ${g.f.number.float({ min: 17, max: 46 }).toFixed(1)}`,
    ]),
    'vital',
  );
}

const ICD = [
  'M1A.0710',
  'E11.3413',
  'H34.8312',
  'T83.511A',
  'S72.142D',
  'M84.451A',
  'I70.234',
  'O41.1230',
  'Z96.652',
  'K51.211',
  'N13.721',
  'S06.1X1A',
  'L97.413',
  'C44.1121',
  'E88.42',
  'D69.59',
];
const CPT_CODES = ['0408T', '64561', '43210', '0449T', '0671T', '36465', '15277', '27702', '64633', '92145'];
const LOINC_CODES = [
  '74774-1',
  '51990-0',
  '77202-0',
  '80383-3',
  '42637-9',
  '76485-2',
  '32309-7',
  '49765-1',
  '27353-2',
  '44734-2',
];
const SNOMED_CODES = [
  '129103003',
  '1156929003',
  '445281000124101',
  '236425005',
  '90734009',
  '418285008',
  '404684003',
];

export function code(g: Gen): { system: string; code: Span } {
  const [system, list] = g.pick([
    ['ICD-10-CM', ICD],
    ['CPT', CPT_CODES],
    ['LOINC', LOINC_CODES],
    ['SNOMED', SNOMED_CODES],
  ] as const);
  return { system, code: keep('clinical_code', g.pick(list), system) };
}
export const icd = (g: Gen): Span => keep('clinical_code', g.pick(ICD), 'ICD-10-CM');
export const cptCode = (g: Gen): Span => keep('clinical_code', g.pick(CPT_CODES), 'CPT');
export const loincCode = (g: Gen): Span => keep('clinical_code', g.pick(LOINC_CODES), 'LOINC');

const EPONYM_SIGNS = [
  "Ransohoff's sign",
  "Fothergill's sign",
  "Mannkopf's sign",
  "Kernohan's notch",
  "Sumner's sign",
  "Bamberger's sign",
  'Cruveilhier-Baumgarten murmur',
  "Romaña's sign",
  "Chadwick's sign",
  "Beevor's sign",
  "Wilder's sign",
  "Uhthoff's phenomenon",
  "Hutchinson's sign",
];
const EPONYM_SCORES = [
  'Rutherford category 3',
  'Sunderland grade III',
  'Goligher grade III',
  'Siewert type II',
  'Durie-Salmon stage II',
  'Binet stage A',
  'Lauge-Hansen SER IV',
  'Crowe type II',
  'Mayfield stage 2',
];
const EPONYM_DX = [
  'Bland-White-Garland syndrome',
  'Melkersson-Rosenthal syndrome',
  'Vogt-Koyanagi-Harada disease',
  'Nonne-Milroy lymphedema',
  'Pancoast-Tobias syndrome',
  'Bernard-Soulier disease',
  'Kounis syndrome',
  'Dubin-Johnson syndrome',
  'Dercum disease',
  'Hailey-Hailey disease',
];
const EPONYM_PROCS = [
  'Sistrunk procedure',
  'Mumford procedure',
  'Shouldice repair',
  'Chamberlain mediastinotomy',
  'Kono-S anastomosis',
  'Jaboulay procedure',
];
const FALL_SCALES = ['Hendrich II model', 'Schmid fall risk tool'];
/** An eponym of any kind (a summary line, a problem list). */
export const epo = (g: Gen): Span =>
  keep('eponym', g.pick(g.pick([EPONYM_SIGNS, EPONYM_SCORES, EPONYM_DX, EPONYM_PROCS])));
/** An examination sign or test ("Froment sign positive"). */
export const epoSign = (g: Gen): Span => keep('eponym', g.pick(EPONYM_SIGNS));
/** A score, grade or criteria set. */
export const epoScore = (g: Gen): Span => keep('eponym', g.pick(EPONYM_SCORES));
/** A disease named after a person. */
export const epoDx = (g: Gen): Span => keep('eponym', g.pick(EPONYM_DX));
/** An operation named after a person. */
export const epoProc = (g: Gen): Span => keep('eponym', g.pick(EPONYM_PROCS));
export const fallScale = (g: Gen): Span => keep('eponym', g.pick(FALL_SCALES));

const DEVICES = [
  'Azure XT DR MRI SureScan W1DR01',
  'Gallant HF CRT-D CDHFA500Q',
  'Emblem MRI S-ICD',
  'ResMed Lumis 150 VPAP ST',
  'Respironics Trilogy Evo',
  't:slim X2 with Control-IQ+',
  'Simplera Sync sensor',
  'Impella 5.5 with SmartAssist',
  'Watchman FLX Pro 31 mm',
  'Cordella PA sensor',
  'Cala Trio wristband',
  'Nevro HFX Iq',
  'Axonics F15 stimulator',
  'Luna G3 auto-CPAP (3B Medical)',
  'Caire FreeStyle Comfort',
];
export const dev = (g: Gen): Span => keep('device_name', g.pick(DEVICES));

export const yr = (g: Gen): Span => keep('year', String(g.int(1988, 2024)));
export const ageKeep = (g: Gen): Span => keep('age_under_90', String(g.int(2, 89)));

export function sysTs(g: Gen): Span {
  const d = new Date(
    Date.UTC(2025, g.int(0, 10), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59), g.int(0, 999)),
  );
  return keep(
    'timestamp',
    g.pick([d.toISOString(), d.toISOString().replace(/\.\d{3}Z$/, 'Z'), String(d.getTime())]),
  );
}

export function ver(g: Gen): Span {
  return keep(
    'version',
    g.pick([
      `v${g.int(1, 6)}.${g.int(0, 19)}.${g.int(0, 12)}`,
      `${g.int(2, 9)}.${g.int(0, 30)}`,
      `R${g.int(4, 5)}`,
      `${g.int(1, 3)}.${g.int(0, 9)}.${g.int(0, 9)}-beta.${g.int(1, 5)}`,
    ]),
  );
}

export function stat(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `${g.int(3, 49)} no-shows this month`,
      `${g.int(55, 98)}% of slots filled`,
      `${g.int(12, 240)} referrals pending`,
      `denial rate ${g.int(4, 19)}.${g.int(0, 9)}%`,
      `${g.int(1, 9)}.${g.int(0, 9)}% 30-day readmissions`,
      `median wait ${g.int(3, 41)} days`,
    ]),
  );
}

export const uid = (g: Gen): Span => keep('uuid', g.f.string.uuid());
