/**
 * Blind split 27's own vocabulary: people, places, drugs, labs, codes, eponyms, devices and
 * organisations of a general de-identification test set. SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { formatDate, MONTHS } from '../dates';
import { type Frag, keep, type Piece, phi, type Span, t } from '../fragment';
import { zipValue } from '../identifiers';
import type { Person } from '../people';

const FIRST_F = [
  'Oluwaseun',
  'Marisol',
  'Thanh',
  'Ingrid',
  'Nkechi',
  'Dolores',
  'Siobhan',
  'Lucienne',
  'Ximena',
  'Parveen',
  'Zofia',
  'Amara',
  'Constance',
  'Felicity',
  'Mireille',
  'Perpetua',
  'Rosalind',
  'Sunniva',
  'Temperance',
  'Winifred',
  'Ngozi',
  'Genoveva',
  'Liesel',
  'Hope',
  'Faith',
  'Joy',
  'Grace',
  'Daisy',
  'Autumn',
  'Summer',
  'Ivy',
  'Holly',
  'Sunny',
  'Precious',
  'Yevgenia',
  'Aroha',
  'Esperanza',
  'Ilse',
  'Folasade',
  'Makana',
];
const FIRST_M = [
  'Bartholomew',
  'Rafferty',
  'Kwabena',
  'Tadeusz',
  'Yusuf',
  'Haruki',
  'Eamon',
  'Teodoro',
  'Jory',
  'Dashiell',
  'Ignatius',
  'Obadiah',
  'Valentin',
  'Ezekiel',
  'Bao',
  'Aurelio',
  'Hamish',
  'Will',
  'Mark',
  'Bill',
  'Hunter',
  'Rich',
  'Pat',
  'Dusty',
  'Sky',
  'Chidubem',
  'Anselm',
  'Lorcan',
  'Matthias',
  'Thiago',
  'Arvid',
  'Cuauhtémoc',
  'Rangi',
  'Florin',
  'Kofi',
  'Desmond',
];
const NICKS = [
  'Bud',
  'Sissy',
  'Peaches',
  'Chip',
  'Dot',
  'Red',
  'Butch',
  'Junie',
  'Tito',
  'Bubba',
  'Lolly',
  'Skip',
];
const LAST = [
  'Baker',
  'Fisher',
  'Mason',
  'Short',
  'Long',
  'Black',
  'Young',
  'Rich',
  'Swift',
  'Wise',
  'Bright',
  'Frost',
  'Moody',
  'Goodnight',
  'Church',
  'Savage',
  'Love',
  'Sharp',
  'Winter',
  'Marsh',
  'Okafor-Lindqvist',
  'Pryce-Jenkins',
  'Alvarez-Whitlock',
  'Nakamura-Boyle',
  'Haddad-Ferreira',
  'Kowalczyk-Reyes',
  'van der Berg',
  'de la Cruz',
  "O'Shaughnessy",
  'McTavish',
  "D'Amato",
  'Ben-Haim',
  'al-Rashidi',
  'da Silva',
  'van Houten',
  'St. Clair',
  'von Hessling',
  'Le Tourneau',
  'Nwachukwu',
  'Thorsdottir',
  'Szymańska',
  'Nguyễn',
  'Abernathy',
  'Quispe',
  'Mbatha',
  'Oyelaran',
  'Kurosawa',
  'Tshabalala',
  'Fitzwilliam',
  'Papadakis',
  'Rautio',
  'Gulbrandsen',
  'Obuya',
  'Kazmierczak',
  'Chaudhry',
  'Bhattacharya',
  'Delacroix',
  'Wójcik',
  'Ibarra',
  'Halvorsen',
  'Tuilagi',
  'Ramanathan',
  'Achterberg',
  'Ní Bhriain',
  'Mahlangu',
  'Everhart',
];

export interface P27 extends Person {
  nick?: string;
}

/** A person from this split's own lists. */
export function own(g: Gen, opts: { minAge?: number; maxAge?: number } = {}): P27 {
  const sex = g.chance(0.5) ? 'female' : 'male';
  const names = sex === 'female' ? FIRST_F : FIRST_M;
  const age = g.int(opts.minAge ?? 18, opts.maxAge ?? 88);
  const p: P27 = {
    first: g.pick(names),
    middle: g.pick(names),
    last: g.pick(LAST),
    sex,
    dob: new Date(Date.UTC(2025 - age, g.int(0, 11), g.int(1, 28))),
  };
  if (g.chance(0.2)) p.nick = g.pick(NICKS);
  return p;
}

/** Own-list person most of the time, else the cast's (faker) person. */
export function who(g: Gen, fallback: Person, opts: { minAge?: number; maxAge?: number } = {}): P27 {
  return g.chance(0.6) ? own(g, opts) : fallback;
}

export function ageYears(p: Person): number {
  return 2025 - p.dob.getUTCFullYear() - (p.dob.getUTCMonth() > 9 ? 1 : 0);
}

export function ageOf27(p: Person): Span {
  const a = ageYears(p);
  return a > 89 ? phi('age', String(a)) : keep('age_under_90', String(a));
}

/** The patient of a document: 30 % over 89. */
export function patient(g: Gen, c: Cast): P27 {
  if (g.chance(0.5)) return c.pt;
  return own(g, g.chance(0.3) ? { minAge: 90, maxAge: 103 } : { minAge: 19, maxAge: 88 });
}

/** A name in one of many forms; only the name is labeled. */
export function nm(g: Gen, p: P27, form?: string): Piece {
  const f =
    form ??
    g.pick([
      'full',
      'full',
      'last_first',
      'upper',
      'title',
      'initial_last',
      'first_mid_last',
      'first',
      'nick',
    ]);
  switch (f) {
    case 'last_first':
      return phi('name', `${p.last}, ${p.first}`, f);
    case 'upper':
      return phi('name', `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, f);
    case 'title':
      return t`${p.sex === 'female' ? g.pick(['Ms.', 'Mrs.', 'Miss']) : 'Mr.'} ${phi('name', p.last, f)}`;
    case 'initial_last':
      return phi('name', `${p.first[0]}. ${p.last}`, f);
    case 'first_mid_last':
      return phi('name', `${p.first} ${p.middle[0]}. ${p.last}`, f);
    case 'first':
      return phi('name', p.first, f);
    case 'nick':
      return p.nick
        ? t`${phi('name', p.first, 'first')} "${phi('name', p.nick, 'nick')}" ${phi('name', p.last, 'last')}`
        : phi('name', `${p.first} ${p.last}`, 'full');
    case 'initials':
      return phi('name', `${p.first[0]}${p.last[0]}`, f);
    case 'hl7':
      return phi('name', `${p.last}^${p.first}^${p.middle[0]}`.toUpperCase(), f);
    default:
      return phi('name', `${p.first} ${p.last}`, 'full');
  }
}

/** A clinician: "Dr. Last", "First Last, MD", "LAST, FIRST MD", "F. Last, NP". */
export function doc(g: Gen, p: Person): Piece {
  switch (g.int(0, 5)) {
    case 0:
      return t`Dr. ${phi('name', p.last, 'dr_last')}`;
    case 1:
      return t`${phi('name', `${p.first} ${p.last}`, 'full')}, ${g.pick(['MD', 'DO', 'MBBS', 'FACS', 'MD PhD'])}`;
    case 2:
      return t`${phi('name', `${p.last}, ${p.first}`, 'last_first')} ${g.pick(['MD', 'DO'])}`;
    case 3:
      return t`${phi('name', `${p.first[0]}. ${p.last}`, 'initial_last')}, ${g.pick(['NP', 'PA-C', 'APRN', 'CNM'])}`;
    case 4:
      return t`Dr ${phi('name', `${p.first} ${p.last}`, 'dr_full')}`;
    default:
      return t`${phi('name', `${p.first} ${p.middle[0]}. ${p.last}`, 'full_middle')}, ${g.pick(['MD', 'RN', 'CRNA', 'LCSW'])}`;
  }
}

const STREET_NAMES = [
  'Quarry Hollow',
  'Tamarack',
  'Wicklow',
  'Larkspur',
  'Old Mill Pond',
  'Harrow',
  'Juniper Bend',
  'Sandpiper',
  'Coldwater',
  'Bellflower',
  'Ridgecrest',
  'Pemberton',
  'Foxglove',
  'Ironwood',
  'Halcyon',
  'Saddleback',
  'Wren',
  'Ashgrove',
  'Kestrel',
  'Magnolia Bluff',
];
const SUFFIXES = ['Rd', 'Ln', 'Street', 'Ave', 'Ct', 'Blvd', 'Way', 'Dr.', 'Terrace', 'Pike', 'Circle'];
const TOWNS = [
  'Millbrook Falls',
  'East Harlow',
  'Cedar Bluff',
  'Port Ansel',
  'Wexford Springs',
  'Granite Ridge',
  'Bellhaven',
  'Lake Tamsin',
  'North Calloway',
  'Fort Delmar',
  'Pinecrest',
  'Ocotillo Wells',
  'Dunmore Heights',
  'Kettle River',
  'Silverton Junction',
  'Marrow Bay',
  'Oakhurst',
  'Bramblewood',
  'Tulloch',
  'Shady Grove',
];
const STATES = ['OH', 'PA', 'NC', 'TX', 'WA', 'MN', 'GA', 'AZ', 'NY', 'OR', 'MI', 'VA', 'CO', 'WI', 'KY'];

export interface Addr27 {
  street: Span;
  city: Span;
  state: string;
  zip: Span;
}

export function addr(g: Gen, c?: Cast): Addr27 {
  if (c && g.chance(0.3))
    return { street: c.addr.street, city: c.addr.city, state: c.addr.state, zip: c.addr.zip };
  const unit = g.chance(0.3)
    ? g.pick([` Apt ${g.int(1, 40)}${g.letters(1)}`, ` Unit ${g.int(100, 999)}`, ` #${g.int(2, 30)}`])
    : '';
  const num = g.chance(0.1) ? `${g.int(1, 9)}${g.letters(1)}` : String(g.int(3, 19999));
  return {
    street: phi('street_address', `${num} ${g.pick(STREET_NAMES)} ${g.pick(SUFFIXES)}${unit}`),
    city: phi('geo', g.pick(TOWNS), 'city'),
    state: g.pick(STATES),
    zip: zipValue(g),
  };
}

export function addrLine(g: Gen, a: Addr27): Frag {
  return g.pick([
    () => t`${a.street}, ${a.city}, ${a.state} ${a.zip}`,
    () => t`${a.street}\n${a.city}, ${a.state}  ${a.zip}`,
    () => t`${a.street} ${a.city} ${a.state} ${a.zip}`,
    () => t`${a.street}; ${a.city} ${a.state}, ${a.zip}`,
  ])();
}

export function town(g: Gen): Span {
  return phi('geo', g.pick(TOWNS), 'city');
}

const pad = (n: number): string => String(n).padStart(2, '0');
const MON3 = (d: Date): string => (MONTHS[d.getUTCMonth()] as string).slice(0, 3);

/** A date in the common forms plus this split's own ("03-Feb-2024", "2/3/24", "Feb 3"). */
export function dt(g: Gen, d: Date, format?: string): Span {
  const own27: Record<string, (d: Date) => string> = {
    dd_mon_yyyy: (x) => `${pad(x.getUTCDate())}-${MON3(x)}-${x.getUTCFullYear()}`,
    us_yy: (x) => `${x.getUTCMonth() + 1}/${x.getUTCDate()}/${String(x.getUTCFullYear()).slice(2)}`,
    mon_day: (x) => `${MON3(x)} ${x.getUTCDate()}`,
    mon_dot_year: (x) => `${MON3(x)}. ${x.getUTCDate()}, ${x.getUTCFullYear()}`,
    dotted_eu: (x) => `${pad(x.getUTCDate())}.${pad(x.getUTCMonth() + 1)}.${x.getUTCFullYear()}`,
    compact: (x) => x.toISOString().slice(0, 10).replaceAll('-', ''),
  };
  const name = format ?? (g.chance(0.35) ? g.pick(Object.keys(own27)) : undefined);
  if (name && own27[name]) return phi('date', (own27[name] as (d: Date) => string)(d), name);
  return formatDate(g, d, name);
}

export function isoD(d: Date): Span {
  return phi('date', d.toISOString().slice(0, 10), 'iso');
}

export function usD(d: Date): Span {
  return phi('date', `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`, 'us');
}

export function future(g: Gen): Date {
  return new Date(Date.UTC(2025, g.int(10, 11), g.int(1, 28)));
}

export function clock(g: Gen): string {
  return g.pick([
    `${g.int(7, 11)}:${g.pick(['00', '15', '30', '45'])} AM`,
    `${g.int(1, 4)}:${g.pick(['00', '20', '40'])} PM`,
    `${pad(g.int(7, 17))}${g.pick(['00', '30'])}`,
  ]);
}

export const DRUGS = [
  'sodium zirconium cyclosilicate',
  'isavuconazonium',
  'maribavir',
  'baloxavir',
  'fostemsavir',
  'doravirine',
  'budesonide DR',
  'Vyndamax',
  'Lokelma',
  'Tavneos',
  'Lybalvi',
  'Ongentys',
  'Xadago',
  'Relistor',
  'Cresemba',
  'Livtencity',
  'Xofluza',
  'Sunlenca',
  'Rukobia',
  'Pifeltro',
  'Velsipity',
  'Zeposia',
  'Wegovy pen',
];
const DOSES = [
  '2.5 mg',
  '5 mg',
  '7.5 mg',
  '15 mg',
  '30 mg',
  '60 mg',
  '90 mg',
  '150 mg',
  '200 mg',
  '550 mg',
  '1.5 mg',
  '0.1 mg',
  '300 mcg',
  '12 units',
  '0.75 mg',
  '1,200 mg',
];
const SIGS = [
  'PO BID',
  'PO TID',
  'PO qHS',
  'PO daily',
  'subQ weekly',
  'IV q12h',
  'SL PRN',
  'PO q8h',
  'per tube BID',
  'PO qAM',
];

export function rx(g: Gen): Span {
  const sig = g.chance(0.6) ? ` ${g.pick(SIGS)}` : '';
  return keep('drug_dose', `${g.pick(DRUGS)} ${g.pick(DOSES)}${sig}`);
}

export function drug(g: Gen): Span {
  return keep('drug_dose', g.pick(DRUGS), 'name_only');
}

const LABS: [string, string, number, number, number][] = [
  ['Lipase', 'U/L', 20, 900, 0],
  ['Ammonia', 'umol/L', 20, 140, 0],
  ['Ferritin', 'ng/mL', 5, 900, 0],
  ['TSH', 'mIU/L', 0.01, 12, 2],
  ['Free T4', 'ng/dL', 0.3, 3.2, 2],
  ['Procalcitonin', 'ng/mL', 0.02, 9, 2],
  ['Lactate', 'mmol/L', 0.6, 8, 1],
  ['hs-Troponin I', 'ng/L', 2, 3000, 0],
  ['NT-proBNP', 'pg/mL', 40, 18000, 0],
  ['HbA1c', '%', 4.8, 13.5, 1],
  ['eGFR', 'mL/min/1.73m2', 8, 110, 0],
  ['Anion gap', 'mEq/L', 6, 24, 0],
  ['Magnesium', 'mg/dL', 1.1, 2.8, 1],
  ['Phosphorus', 'mg/dL', 1.4, 6.8, 1],
  ['INR', '', 0.9, 4.8, 1],
  ['aPTT', 'sec', 24, 90, 0],
  ['Fibrinogen', 'mg/dL', 90, 600, 0],
  ['D-dimer', 'mg/L FEU', 0.2, 9, 2],
  ['CK', 'U/L', 40, 9000, 0],
  ['Uric acid', 'mg/dL', 2.5, 12, 1],
  ['Vitamin B12', 'pg/mL', 120, 1400, 0],
  ['25-OH vitamin D', 'ng/mL', 6, 70, 0],
  ['CRP', 'mg/L', 0.5, 250, 1],
  ['ESR', 'mm/hr', 2, 120, 0],
  ['Hgb', 'g/dL', 6.2, 17.5, 1],
  ['Plt', 'K/uL', 22, 610, 0],
  ['WBC', 'K/uL', 1.1, 28, 1],
  ['Na', 'mmol/L', 119, 152, 0],
  ['K', 'mmol/L', 2.8, 6.6, 1],
  ['Creatinine', 'mg/dL', 0.5, 7.9, 2],
  ['T. bili', 'mg/dL', 0.2, 14, 1],
  ['ALT', 'U/L', 8, 1400, 0],
  ['Albumin', 'g/dL', 1.8, 4.9, 1],
  ['iCa', 'mmol/L', 0.9, 1.4, 2],
  ['pCO2', 'mmHg', 24, 78, 0],
  ['LDL-C', 'mg/dL', 40, 220, 0],
];

export function lab(g: Gen): Span {
  const [name, unit, lo, hi, dec] = g.pick(LABS);
  const v = g.f.number.float({ min: lo, max: hi }).toFixed(dec);
  return keep('lab_value', unit ? `${name} ${v} ${unit}` : `${name} ${v}`);
}

/** Name, value and unit as three table cells; only "value unit" is a keep span. */
export function labRow(g: Gen): [string, Span, string] {
  const [name, unit, lo, hi, dec] = g.pick(LABS);
  const v = g.f.number.float({ min: lo, max: hi }).toFixed(dec);
  return [
    name,
    keep('lab_value', unit ? `${v} ${unit}` : v, 'cell'),
    `${(lo * 1.2).toFixed(dec)}-${(hi * 0.6).toFixed(dec)}`,
  ];
}

export function vitals(g: Gen): Span {
  return keep(
    'lab_value',
    g.pick([
      `BP ${g.int(92, 188)}/${g.int(50, 110)}`,
      `P ${g.int(44, 138)}`,
      `SpO2 ${g.int(84, 100)}% on ${g.int(1, 6)} L NC`,
      `T ${(g.int(970, 1033) / 10).toFixed(1)} F`,
      `RR ${g.int(10, 34)}`,
      `Wt ${g.int(88, 320)} lb`,
      `BMI ${(g.int(170, 480) / 10).toFixed(1)}`,
    ]),
    'vital',
  );
}

export const ICD = [
  'E21.0',
  'I71.21',
  'L40.51',
  'L73.2',
  'H20.11',
  'H34.812',
  'R40.2421',
  'S32.401A',
  'T45.515A',
  'Z86.711',
  'Z91.120',
  'I25.84',
  'K62.5',
  'B37.81',
  'E22.2',
  'E27.1',
  'D47.3',
  'D75.1',
  'I31.39',
  'I44.2',
  'I82.412',
  'J47.9',
  'J98.11',
  'M31.5',
  'G61.0',
  'K22.70',
  'K59.03',
  'H81.13',
  'H66.013',
  'O99.284',
  'O36.5931',
  'P07.34',
  'Q90.9',
  'T50.905A',
  'Y92.009',
];
export const CPTS = [
  '33418',
  '93653',
  '93660',
  '0571T',
  '22633',
  '63047',
  '64635',
  '64493',
  '36475',
  '37229',
  '47490',
  '43770',
  '44970',
  '94729',
  '92960',
  '31652',
  '31627',
  '43264',
  '58571',
  '55700',
  '15275',
  '76942',
  '93970',
  '95910',
];
export const LOINCS = [
  '76536-5',
  '6299-2',
  '2708-6',
  '49541-6',
  '3053-6',
  '5794-3',
  '26464-8',
  '30313-1',
  '35591-7',
  '48643-1',
  '50210-4',
  '57698-3',
  '69405-9',
  '71426-1',
  '77147-7',
  '83098-4',
];
export const SNOMEDS = [
  '40930008',
  '193462001',
  '301011002',
  '65363002',
  '75570004',
  '87433001',
  '95417003',
  '186738001',
  '297217002',
  '363406005',
  '415068004',
];

export function icd(g: Gen): Span {
  return keep('clinical_code', g.pick(ICD), 'ICD-10');
}
export function cptCode(g: Gen): Span {
  return keep('clinical_code', g.pick(CPTS), 'CPT');
}
export function loincCode(g: Gen): Span {
  return keep('clinical_code', g.pick(LOINCS), 'LOINC');
}
export function snomedCode(g: Gen): Span {
  return keep('clinical_code', g.pick(SNOMEDS), 'SNOMED CT');
}

export const EPONYMS = [
  'Markle sign',
  'Obturator sign',
  'Aaron sign',
  'Kussmaul sign',
  'Traube sign',
  'Corrigan pulse',
  'Hill sign',
  'Stellwag sign',
  'Dalrymple sign',
  'Joffroy sign',
  'Gowers sign',
  'Neer impingement test',
  'FABER test',
  'Galeazzi sign',
  'Hamman crunch',
  'Fleischner sign',
  'Ledderhose disease',
  'Peyronie disease',
  'Barton fracture',
  'Pott puffy tumor',
  'Cameron lesions',
  'Nelson syndrome',
  'Leriche syndrome',
  'Trousseau syndrome',
  'Eaton-Lambert syndrome',
  'Miller Fisher variant',
  'Jacksonian march',
  'Weber syndrome',
];

export function epo(g: Gen): Span {
  return keep('eponym', g.pick(EPONYMS));
}

export const SCANNERS = [
  'Siemens NAEOTOM Alpha',
  'Canon Aquilion ONE PRISM',
  'Philips Spectral CT 7500',
  'United Imaging uMR Omega',
];

export const DEVICES = [
  'FlowTriever',
  'Lightning Flash',
  'AngioVac',
  'Aquadex SmartFlow',
  'EKOS catheter',
  'LINQ II',
  'Jot Dx',
  'LUX-Dx',
  'BIOMONITOR IV',
  'Philips Lumify',
  'Clarius C3 HD3',
  'Vscan Air',
  'Infinity DBS',
  'InterStim X',
  'ReActiv8',
  'Barostim Neo',
  'MitraClip G5',
  'EVOQUE valve',
  'Amulet occluder',
  'LARIAT suture',
  'Shockwave C2+',
  'Jetstream atherectomy',
  'ROTAPRO',
  'Medtrum Nano',
  'CamAPS FX',
  'Control-IQ+',
  'VitalPatch',
  'Nox T3s',
  'WatchPAT One',
  'FreeStyle Comfort',
  'Trilogy EV300',
  'LTV 2 2200',
  'AffloVest',
  'Aerobika OPEP',
  'Sonata system',
  'Exablate Neuro',
  'NovoTTF-200A',
  'Optune Lua',
  'CoolSculpting Elite',
  'Cefaly Dual',
  'Nerivio',
  'Relivion',
  'Vivistim',
  'IpsiHand',
  'Neuronaut Hugo',
  'Aurora EV-ICD',
  'Abbott AVEIR DR',
  'Evia HF-T',
  'Tendyne TMVR',
  'CorPath GRX',
  'da Vinci SP',
  'Ion endoluminal',
  'Monarch bronchoscopy',
  'Versius robot',
  'ROSA Knee',
  'VELYS robot',
  'ExcelsiusGPS',
];

export function dev(g: Gen): Span {
  return keep('device_name', g.pick(DEVICES));
}

const HOSPITALS = [
  'Harrowgate Regional Medical Center',
  "St. Columba's Hospital",
  'Ninefold Valley Health',
  'Quarrystone Orthopedic Institute',
  'Northshore Kidney Associates',
  'Three Rivers Family Medicine',
  'Mercy Lantern Hospital',
  'Ashcombe Heart & Vascular',
  'Vesper Women’s Health',
  'Tidewater Pulmonary Group',
  'Halverson Cancer Center',
  'Bluejay Pediatrics',
];
const LABS_ORGS = [
  'Vireo Reference Laboratories',
  'Quest Diagnostics',
  'Labcorp',
  'Sentinel Pathology Partners',
  'ARUP Laboratories',
];
const PAYERS = [
  'Bluestem Health Plan',
  'Meridian Crest Insurance',
  'Tri-Lakes Medicaid Managed Care',
  'Evergreen Mutual Benefit',
  'CovenantCare Advantage PPO',
  'Aetna',
  'Cigna Healthcare',
  'Humana Gold Plus HMO',
];
const VENDORS = [
  'Epic',
  'Oracle Health',
  'athenahealth',
  'eClinicalWorks',
  'NextGen Healthcare',
  'Availity',
  'Surescripts',
  'Luma Health',
  'Doximity',
  'Zocdoc',
];
const PHARMACIES = [
  'Halcyon Specialty Pharmacy',
  'Walgreens',
  'CVS Pharmacy',
  'Kroger Pharmacy',
  'Lantern Mail Order Rx',
];

export function hosp(g: Gen): Span {
  return keep('organization', g.pick(HOSPITALS));
}
export function labOrg(g: Gen): Span {
  return keep('organization', g.pick(LABS_ORGS));
}
export function payer(g: Gen): Span {
  return keep('organization', g.pick(PAYERS));
}
export function vendor(g: Gen): Span {
  return keep('organization', g.pick(VENDORS));
}
export function pharmacy(g: Gen): Span {
  return keep('organization', g.pick(PHARMACIES));
}

export function stat(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `${g.int(12, 95)}% response rate`,
      `no-show rate ${g.int(4, 22)}.${g.int(0, 9)}%`,
      `${g.int(2, 48)} of ${g.int(50, 120)} slots filled`,
      `denial rate ${g.int(3, 19)}%`,
      `${g.int(40, 99)}th percentile`,
      `HR 0.${g.int(55, 95)} (95% CI 0.${g.int(40, 54)}-0.${g.int(96, 99)})`,
      `NNT ${g.int(8, 60)}`,
      `${g.int(1, 30)}-year survival ${g.int(20, 95)}%`,
      `average wait ${g.int(3, 40)} minutes`,
    ]),
  );
}

export function year(g: Gen): Span {
  return keep('year', String(g.int(1978, 2024)));
}

/** Accession, specimen, claim and case numbers. */
export function accession(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([
      `S${g.int(23, 25)}-${g.digits(5)}`,
      `ACC${g.digits(9)}`,
      `${g.letters(2)}${g.int(23, 25)}-${g.digits(6)}`,
    ]),
    'accession',
  );
}

export function claimNo(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`${g.int(2023, 2025)}${g.digits(9)}`, `CLM-${g.digits(8)}`, `${g.digits(13)}`]),
    'claim',
  );
}

export function groupNo(g: Gen): Span {
  return phi(
    'health_plan',
    g.pick([`GRP ${g.digits(6)}`, `${g.digits(5)}-${g.letters(2)}`, `G${g.digits(7)}`]),
    'group',
  );
}

export function emailOf(g: Gen, p: Person): Span {
  const slug = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase() || 'pt';
  const user = g.pick([
    `${slug(p.first)}.${slug(p.last)}`,
    `${slug(p.first)[0]}${slug(p.last)}${g.int(1, 99)}`,
    `${slug(p.last)}_${slug(p.first)}`,
    `${slug(p.first)}${p.dob.getUTCFullYear()}`,
  ]);
  return phi(
    'email',
    `${user}@${g.pick(['gmail.example', 'outlook.example.com', 'mail.example.net', 'yahoo.example', 'proton.example'])}`,
  );
}

export function staffEmail(g: Gen, p: Person): Span {
  const slug = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase() || 'md';
  return phi(
    'email',
    `${slug(p.first)[0]}${slug(p.last)}@${g.pick(['harrowgate.example.org', 'ninefold.example.org', 'tidewaterpulm.example.com'])}`,
  );
}
