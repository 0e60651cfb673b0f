/**
 * Lists and small helpers of blind split 33 (an EHR behind an MCP gateway: clinical notes and the
 * tool traffic around them). People, places, drugs, codes and organisations are this split's own.
 * SYNTHETIC DATA ONLY: every name, address and number is invented.
 */
import type { Gen } from '../context';
import { MONTHS } from '../dates';
import { keep, phi, type Span } from '../fragment';
import { zipValue } from '../identifiers';

export const FEMALE_FIRST = [
  'Rosalind',
  'Tamsin',
  'Marisol',
  'Ngozi',
  'Henrietta',
  'Lucinda',
  'Yesenia',
  'Odalys',
  'Perpetua',
  'Birgitta',
  'Keziah',
  'Mireille',
  'Shoshana',
  'Anneliese',
  'Corliss',
  'Delphine',
  'Esperanza',
  'Philippa',
  'Thuy',
  'Zainab',
  'Vashti',
  'Gwendolyn',
  'Imelda',
  'Jolene',
  'Lavinia',
  'Maribel',
  'Nkechi',
  'Oksana',
  'Quiana',
  'Renata',
  'Saoirse',
  'Tallulah',
  'Wilhelmina',
  'Xiomara',
  'Ysolde',
];
export const MALE_FIRST = [
  'Thaddeus',
  'Ezekiel',
  'Lorcan',
  'Obadiah',
  'Cornelius',
  'Benedikt',
  'Dashiell',
  'Emeka',
  'Fitzgerald',
  'Gideon',
  'Horatio',
  'Ignatius',
  'Jasper',
  'Kwabena',
  'Leopold',
  'Marcellus',
  'Nikolai',
  'Octavio',
  'Percival',
  'Quillon',
  'Rufus',
  'Stellan',
  'Tobiah',
  'Ulrich',
  'Vaughn',
  'Wendell',
  'Xavier',
  'Yusuf',
  'Zebulon',
  'Anselm',
  'Barnaby',
  'Casimir',
  'Desmond',
  'Elias',
  'Florian',
];
export const LAST_NAMES = [
  'Abernathy',
  'Okonkwo-Reyes',
  'Van der Berg',
  'Quattlebaum',
  'Rutherford',
  'Szczepanski',
  'Dunleavy',
  'Achterberg',
  'Blankenship',
  'Castellanos',
  'Delacroix',
  'Eberhardt',
  'Fairweather',
  'Goldthwaite',
  'Hollingsworth',
  'Iwasaki',
  'Jaramillo',
  'Kowalczyk',
  'Lindqvist',
  'McAllister',
  "O'Dowd",
  'Pennington',
  'Quiñones',
  'Rasmussen',
  'Stallworth',
  'Thibodeaux',
  'Urquhart',
  'Villanueva',
  'Whitcombe',
  'Yarborough',
  'Zelenko',
  'Amadi',
  'Bellweather',
  'Crutchfield',
  'Dimitriou',
  'Esterhazy',
  'Featherstone',
  'Gallagher-Obi',
  'Haverford',
  'Ivanova',
  'Kimbrough',
  'Lockhart',
  'Mbeki',
  'Nakashima',
  'Oyelaran',
  'Prendergast',
  'Radcliffe',
  'Sandoval',
  'Trevithick',
  'Upchurch',
  'Vukovic',
  'Wexler',
];

/** Town, county, state: geography below state is PHI, the state is not. */
export const TOWNS: readonly [string, string, string][] = [
  ['Millbrook Falls', 'Orange County', 'NY'],
  ['Cedar Hollow', 'Benton County', 'AR'],
  ['Port Anselm', 'Clatsop County', 'OR'],
  ['West Tamarack', 'Oneida County', 'WI'],
  ['Lake Serenity', 'Polk County', 'FL'],
  ['Harlow Junction', 'Boone County', 'KY'],
  ['New Ebbington', 'Hampden County', 'MA'],
  ['Pinecrest Valley', 'Shasta County', 'CA'],
  ['Quarry Ridge', 'Lancaster County', 'PA'],
  ['South Wendover', 'Tooele County', 'UT'],
  ['Riverbend', 'Douglas County', 'NE'],
  ['Goshen Mills', 'Elkhart County', 'IN'],
  ['Marrowstone', 'Jefferson County', 'WA'],
  ['Bellhaven', 'Beaufort County', 'NC'],
  ['Fort Callister', 'Comal County', 'TX'],
  ['Ashby Crossing', 'Washtenaw County', 'MI'],
  ['Eldergrove', 'Sangamon County', 'IL'],
  ['Duck Creek', 'Sussex County', 'DE'],
];
const STREET_NAMES = [
  'Whitlock',
  'Old Quarry',
  'Juniper Hill',
  'Tanager',
  'Bellamy',
  'Farrow',
  'Cobblestone',
  'Kestrel',
  'Lantern',
  'Mossbank',
  'Orchard View',
  'Pemberton',
  'Redfern',
  'Sycamore Bend',
  'Thistle',
  'Wickham',
];
const STREET_KINDS = [
  'St',
  'Street',
  'Ave',
  'Rd',
  'Road',
  'Ln',
  'Dr',
  'Ct',
  'Blvd',
  'Way',
  'Pkwy',
  'Terrace',
];

export const HOSPITALS = [
  'Harrowgate Regional Medical Center',
  'St. Brendan Community Hospital',
  'Lakeshore University Hospital',
  'Calloway Memorial Health',
  'Bridgewell Medical Center',
  'Northfork Valley Hospital',
  'Good Shepherd Regional',
  'Ironwood Health System',
];
export const PAYERS = [
  'Keystone Mutual Health Plan',
  'Cascadia Care Alliance',
  'Heartland Benefit Trust',
  'BluePeak Health',
  'Meridian Senior Advantage',
  'Tri-River Medicaid Partners',
  'Summit Employers Health',
];
export const LABS_ORG = [
  'Pinnacle Reference Laboratories',
  'Coastline Diagnostics',
  'Harbor Pathology Associates',
];
export const PHARMACIES = [
  'Corner Apothecary #2210',
  'ValuMed Pharmacy',
  'Rx Express Mail Order',
  'Greenleaf Drug',
];
export const DME_SUPPLIERS = ['Lifeline Home Medical', 'Prairie DME Supply', 'Apria-Norco Home Respiratory'];
export const VENDORS = ['Medisync Interop', 'ChartBridge', 'Clarion EHR', 'Apex Revenue Cycle'];

/** Drug names written as orders write them: the name and its formulation precede the dose. */
export const DRUGS = [
  'bumetanide tablet',
  'spironolactone tab',
  'empagliflozin-linagliptin',
  'isosorbide mononitrate ER tab',
  'hydralazine tab',
  'rivaroxaban tablet',
  'enoxaparin inj',
  'ceftriaxone IVPB',
  'piperacillin-tazobactam IVPB',
  'vancomycin IVPB',
  'oxycodone IR tab',
  'hydromorphone PCA',
  'ondansetron ODT tab',
  'pantoprazole DR',
  'levetiracetam tab',
  'quetiapine tab',
  'sertraline tab',
  'buprenorphine-naloxone film',
  'insulin glargine-yfgn',
  'insulin lispro (sliding scale)',
  'prednisone taper',
  'methylprednisolone IV',
  'tamsulosin cap',
  'finasteride tab',
  'allopurinol tab',
  'colchicine tab',
  'amiodarone tab',
  'diltiazem ER cap',
  'nitrofurantoin monohydrate',
  'cephalexin cap',
  'doxycycline hyclate DR',
  'gabapentin cap',
  'duloxetine DR cap',
  'melatonin tab',
  'sennosides-docusate tab',
  'PEG 3350 powder packet',
  'magnesium oxide tab',
  'KCl ER tab',
  'cefepime IVPB',
  'meropenem IVPB',
  'apixaban tab',
  'sacubitril-valsartan tab',
  'torsemide tab',
  'carvedilol tab',
  'midodrine tab',
  'lactulose soln',
  'rifaximin tab',
  'thiamine IV',
  'folic acid tab',
  'acetaminophen tab',
  'mirtazapine tab',
  'trazodone tab',
];
/** The doses each drug is ordered in. */
export const DOSES: Record<string, readonly string[]> = {
  'bumetanide tablet': ['1 mg', '2 mg'],
  'spironolactone tab': ['25 mg', '50 mg'],
  'empagliflozin-linagliptin': ['10 mg-5 mg', '25 mg-5 mg'],
  'isosorbide mononitrate ER tab': ['30 mg', '60 mg'],
  'hydralazine tab': ['25 mg', '50 mg'],
  'rivaroxaban tablet': ['15 mg', '20 mg'],
  'enoxaparin inj': ['40 mg', '1 mg/kg'],
  'ceftriaxone IVPB': ['1 g', '2 g'],
  'piperacillin-tazobactam IVPB': ['3.375 g', '4.5 g'],
  'vancomycin IVPB': ['1,250 mg', '1 g'],
  'oxycodone IR tab': ['5 mg', '10 mg'],
  'hydromorphone PCA': ['0.2 mg', '0.4 mg'],
  'ondansetron ODT tab': ['4 mg', '8 mg'],
  'pantoprazole DR': ['40 mg'],
  'levetiracetam tab': ['500 mg', '750 mg'],
  'quetiapine tab': ['25 mg', '50 mg'],
  'sertraline tab': ['50 mg', '100 mg'],
  'buprenorphine-naloxone film': ['8 mg-2 mg'],
  'insulin glargine-yfgn': ['18 units', '24 units'],
  'insulin lispro (sliding scale)': ['2 units', '4 units'],
  'prednisone taper': ['40 mg', '20 mg'],
  'methylprednisolone IV': ['40 mg', '125 mg'],
  'tamsulosin cap': ['0.4 mg'],
  'finasteride tab': ['5 mg'],
  'allopurinol tab': ['100 mg', '300 mg'],
  'colchicine tab': ['0.6 mg'],
  'amiodarone tab': ['200 mg', '400 mg'],
  'diltiazem ER cap': ['120 mg', '180 mg'],
  'nitrofurantoin monohydrate': ['100 mg'],
  'cephalexin cap': ['500 mg'],
  'doxycycline hyclate DR': ['100 mg'],
  'gabapentin cap': ['100 mg', '300 mg'],
  'duloxetine DR cap': ['30 mg', '60 mg'],
  'melatonin tab': ['3 mg', '5 mg'],
  'sennosides-docusate tab': ['8.6 mg-50 mg'],
  'PEG 3350 powder packet': ['17 g'],
  'magnesium oxide tab': ['400 mg'],
  'KCl ER tab': ['20 mEq', '40 mEq'],
  'cefepime IVPB': ['1 g', '2 g'],
  'meropenem IVPB': ['1 g', '500 mg'],
  'apixaban tab': ['2.5 mg', '5 mg'],
  'sacubitril-valsartan tab': ['24 mg-26 mg', '49 mg-51 mg'],
  'torsemide tab': ['20 mg', '40 mg'],
  'carvedilol tab': ['3.125 mg', '6.25 mg', '12.5 mg'],
  'midodrine tab': ['5 mg', '10 mg'],
  'lactulose soln': ['20 g', '30 mL'],
  'rifaximin tab': ['550 mg'],
  'thiamine IV': ['100 mg', '500 mg'],
  'folic acid tab': ['1 mg'],
  'acetaminophen tab': ['650 mg', '1,000 mg'],
  'mirtazapine tab': ['7.5 mg', '15 mg'],
  'trazodone tab': ['50 mg'],
};
export const SIGS = [
  'PO daily',
  'PO BID',
  'PO TID',
  'q8h',
  'q12h',
  'IV q24h',
  'SC nightly',
  'PO qHS',
  'PRN q6h',
  'once',
];

/** Lab name, unit, low, high, decimals. */
export const LABS: readonly [string, string, number, number, number][] = [
  ['Na', 'mmol/L', 126, 149, 0],
  ['K', 'mmol/L', 2.9, 6.1, 1],
  ['Cr', 'mg/dL', 0.5, 4.8, 2],
  ['BUN', 'mg/dL', 6, 88, 0],
  ['Hgb', 'g/dL', 6.4, 16.8, 1],
  ['WBC', 'K/uL', 2.1, 23.5, 1],
  ['Plt', 'K/uL', 38, 520, 0],
  ['lactate', 'mmol/L', 0.6, 7.2, 1],
  ['troponin I hs', 'ng/L', 2, 2400, 0],
  ['BNP', 'pg/mL', 18, 3900, 0],
  ['A1c', '%', 5.1, 13.4, 1],
  ['INR', '', 0.9, 4.6, 1],
  ['TSH', 'mIU/L', 0.05, 11.2, 2],
  ['Mg', 'mg/dL', 1.1, 2.9, 1],
  ['procalcitonin', 'ng/mL', 0.02, 18, 2],
  ['ALT', 'U/L', 9, 410, 0],
  ['bili total', 'mg/dL', 0.2, 9.8, 1],
  ['glucose POC', 'mg/dL', 48, 412, 0],
];

export const ICD10 = [
  'I63.412',
  'K56.609',
  'G40.919',
  'J18.1',
  'K92.2',
  'K81.0',
  'E87.5',
  'G93.41',
  'F05',
  'R78.81',
  'M86.171',
  'I71.41',
  'K63.1',
  'N13.6',
  'J90',
  'S06.5X0A',
  'K57.33',
  'I82.411',
];
export const CPT = [
  '99253',
  '27245',
  '99222',
  '32555',
  '49083',
  '62270',
  '43246',
  '44204',
  '99292',
  '27130',
  '35656',
];
export const LOINC = [
  '32693-4',
  '5195-3',
  '13969-1',
  '6598-7',
  '2019-8',
  '26499-4',
  '731-0',
  '25428-4',
  '630-4',
  '600-7',
  '80382-5',
];
export const SNOMED = [
  '128053003',
  '36971009',
  '197321007',
  '235494005',
  '62914000',
  '254637007',
  '254701007',
  '1023001',
  '78275009',
  '239872002',
];

export const EPONYMS = [
  'CHA2DS2-VASc',
  'McBurney point',
  'Clostridioides difficile',
  'Hunt and Hess grade 2',
  'Schatzki ring',
  'Forrest class IIa',
  'Los Angeles grade C esophagitis',
  'Karnofsky score',
  'Katz index',
  'Ramsay sedation scale',
  'Cormack-Lehane grade 2',
  'Parkland formula',
  'Lund-Browder chart',
  'Salter-Harris type II',
  'Garden type III',
  'Gustilo type IIIA',
];
export const DEVICES = [
  'Baxter Spectrum IQ',
  'PleurX catheter',
  'Belmont FMS 2000',
  'Nihon Kohden BSM-6000',
  'PureWick external catheter',
  'Vapotherm Precision Flow',
  'Airvo 3',
  'Evolut FX+',
  'Abbott Gallant HF',
  'Biotronik Rivacor 7',
  'Medtronic Cobalt XT',
  'Drager Evita V800',
  'Getinge Servo-u',
  'Baxter Novum IQ',
  'Mindray BeneVision N22',
  'Edwards HemoSphere',
  'Nonin Onyx Vantage',
  'BioTel ePatch',
  'Medtronic Simplera Sync',
  'Zimmer Persona knee',
  'Stryker Triathlon knee',
  'DePuy Attune knee',
  'Smith+Nephew PICO 7',
  '3M Bair Hugger 675',
  'Medela Thopaz+',
  'Halyard MIC-KEY G-tube',
  'Teleflex LMA Supreme',
  'Verathon GlideScope',
  'Karl Storz C-MAC',
];

export const ROLES_STAFF = ['RN', 'LPN', 'MSW', 'LCSW', 'PT', 'RT', 'CM', 'PharmD', 'NP', 'PA-C'];

/** A person in this split: names from the lists above, a birth date, a sex. */
export interface P33 {
  first: string;
  last: string;
  middle: string;
  sex: 'F' | 'M';
  dob: Date;
  age: number;
}

export function p33(g: Gen, minAge = 19, maxAge = 88): P33 {
  const sex = g.chance(0.5) ? 'F' : 'M';
  const list = sex === 'F' ? FEMALE_FIRST : MALE_FIRST;
  const first = g.chance(0.85) ? g.pick(list) : g.us.person.firstName(sex === 'F' ? 'female' : 'male');
  const last = g.chance(0.85) ? g.pick(LAST_NAMES) : g.us.person.lastName();
  const age = maxAge === 88 && g.chance(0.25) ? g.int(90, 103) : g.int(minAge, maxAge);
  const dob = new Date(Date.UTC(2025 - age, g.int(0, 9), g.int(1, 28)));
  return { first, last, middle: g.pick(g.chance(0.5) ? FEMALE_FIRST : MALE_FIRST), sex, dob, age };
}

/** The age as a span: PHI over 89, a keep string below 90. */
export function ageS(p: P33): Span {
  return p.age > 89 ? phi('age', String(p.age)) : keep('age_under_90', String(p.age));
}

/** A year on its own ("CABG in 2014"): not PHI. */
export function yr(g: Gen): Span {
  return keep('year', String(g.int(1998, 2024)));
}

/** A clinician (age band of working staff). */
export function doc33(g: Gen): P33 {
  return p33(g, 30, 68);
}

/** A name as one span in one of several record forms. */
export function nm(g: Gen, p: P33, form?: 'full' | 'lf' | 'LF' | 'fml' | 'hl7' | 'il'): Span {
  const f = form ?? g.pick(['full', 'full', 'lf', 'LF', 'fml', 'il'] as const);
  const v = {
    full: `${p.first} ${p.last}`,
    lf: `${p.last}, ${p.first}`,
    LF: `${p.last}, ${p.first}`.toUpperCase(),
    fml: `${p.first} ${p.middle[0]}. ${p.last}`,
    hl7: `${p.last}^${p.first}^${p.middle[0]}`.toUpperCase(),
    il: `${p.first[0]}. ${p.last}`,
  }[f];
  return phi('name', v, f);
}

export interface Addr33 {
  street: Span;
  city: Span;
  county: Span;
  state: string;
  zip: Span;
}

export function addr33(g: Gen): Addr33 {
  const [town, county, state] = g.pick(TOWNS);
  const unit = g.chance(0.3)
    ? ` ${g.pick(['Apt', 'Unit', '#', 'Apt.', 'Lot'])} ${g.int(1, 40)}${g.pick(['', 'B', 'C'])}`
    : '';
  return {
    street: phi('street_address', `${g.int(3, 9899)} ${g.pick(STREET_NAMES)} ${g.pick(STREET_KINDS)}${unit}`),
    city: phi('geo', town, 'city'),
    county: phi('geo', county, 'county'),
    state,
    zip: zipValue(g),
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');
const MON = MONTHS.map((m) => m.slice(0, 3));

/** A date in a form notes and systems use; the whole date is one span. */
export function dt(g: Gen, d: Date, form?: string): Span {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const forms: Record<string, () => string> = {
    us: () => `${pad(m + 1)}/${pad(day)}/${y}`,
    short: () => `${m + 1}/${day}/${y}`,
    yy: () => `${m + 1}/${day}/${String(y).slice(2)}`,
    iso: () => `${y}-${pad(m + 1)}-${pad(day)}`,
    long: () => `${MONTHS[m]} ${day}, ${y}`,
    dmy: () => `${day} ${MON[m]} ${y}`,
    dash: () => `${pad(day)}-${MON[m]}-${y}`,
    compact: () => `${y}${pad(m + 1)}${pad(day)}`,
  };
  const name = form && forms[form] ? form : g.pick(['us', 'us', 'short', 'yy', 'iso', 'long', 'dmy', 'dash']);
  return phi('date', (forms[name] as () => string)(), name);
}

/** A month and day without the year ("3/14", "Mar 14"). */
export function md(g: Gen, d: Date): Span {
  return phi(
    'date',
    g.chance(0.5) ? `${d.getUTCMonth() + 1}/${d.getUTCDate()}` : `${MON[d.getUTCMonth()]} ${d.getUTCDate()}`,
    'month_day',
  );
}

/** An encounter date between 2024 and late 2025. */
export function when(g: Gen): Date {
  return new Date(Date.UTC(g.int(2024, 2025), g.int(0, 9), g.int(1, 28)));
}

export function plus(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

export function drug(g: Gen): Span {
  const name = g.pick(DRUGS);
  return keep('drug_dose', `${name} ${g.pick(DOSES[name] ?? ['1 tab'])}`);
}

export function lab(g: Gen): Span {
  const [name, unit, lo, hi, dec] = g.pick(LABS);
  const v = g.f.number.float({ min: lo, max: hi }).toFixed(dec);
  return keep('lab_value', unit ? `${name} ${v} ${unit}` : `${name} ${v}`);
}

export const code = {
  icd: (g: Gen): Span => keep('clinical_code', g.pick(ICD10), 'ICD-10'),
  cpt: (g: Gen): Span => keep('clinical_code', g.pick(CPT), 'CPT'),
  loinc: (g: Gen): Span => keep('clinical_code', g.pick(LOINC), 'LOINC'),
  snomed: (g: Gen): Span => keep('clinical_code', g.pick(SNOMED), 'SNOMED CT'),
};

export const org = {
  hosp: (g: Gen): Span => keep('organization', g.pick(HOSPITALS)),
  payer: (g: Gen): Span => keep('organization', g.pick(PAYERS)),
  lab: (g: Gen): Span => keep('organization', g.pick(LABS_ORG)),
  pharm: (g: Gen): Span => keep('organization', g.pick(PHARMACIES)),
  vendor: (g: Gen): Span => keep('organization', g.pick(VENDORS)),
  dme: (g: Gen): Span => keep('organization', g.pick(DME_SUPPLIERS)),
};

export const epo = (g: Gen): Span => keep('eponym', g.pick(EPONYMS));
export const dev = (g: Gen): Span => keep('device_name', g.pick(DEVICES));

/** A user handle made from a name ("rabernathy", "tamsin.w"): PHI, as the name is. */
export function handle(g: Gen, p: P33): Span {
  const f = p.first.toLowerCase().replace(/[^a-z]/g, '');
  const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
  return phi('name', g.pick([`${f[0]}${l}`, `${f}.${l}`, `${l}${f[0]}`, `${f}.${l[0]}`]), 'handle');
}

/** An e-mail address made from a name, at one of a few synthetic domains. */
export function mail(g: Gen, p: P33): Span {
  const f = p.first.toLowerCase().replace(/[^a-z]/g, '');
  const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
  const local = g.pick([
    `${f}.${l}`,
    `${f[0]}${l}${g.int(1, 99)}`,
    `${l}.${f}`,
    `${f}${l[0]}${g.int(10, 1999)}`,
  ]);
  return phi(
    'email',
    `${local}@${g.pick(['example.com', 'mail.example.org', 'inbox.example.net', 'harrowgate.example'])}`,
  );
}

/** A hospital-wide figure (census, occupancy). */
export function stat(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `${g.int(180, 640)} inpatients on census`,
      `${g.int(71, 98)}% bed occupancy`,
      `${g.int(11, 48)} ED holds`,
      `30-day readmissions ${g.int(8, 19)}.${g.int(0, 9)}%`,
      `average LOS ${g.int(3, 7)}.${g.int(0, 9)} d`,
    ]),
  );
}

/**
 * An e-signature's stamp on its line, the date and the time to the minute ("02/06/2024 19:51"): a
 * system stamp, as every split labels a signing stamp (a signing date alone stays PHI).
 */
export function signedStamp(g: Gen, d: Date): Span {
  const day = dt(g, d, 'us').value;
  return keep('timestamp', `${day} ${g.int(10, 23)}:${g.int(10, 59)}`, 'signed');
}

/** A system timestamp stamped on a record (not about a person's care date). */
export function stamp(g: Gen): Span {
  const d = new Date(Date.UTC(2025, g.int(0, 10), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59)));
  return keep('timestamp', g.chance(0.6) ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : d.toISOString());
}

/** Record identifiers in the shapes this split's systems issue them. */
export const ids = {
  mrn: (g: Gen): Span =>
    phi(
      'mrn',
      g.pick([
        () => g.digits(8),
        () => `HR${g.digits(7)}`,
        () => `${g.digits(3)}-${g.digits(3)}-${g.digits(3)}`,
        () => `E${g.digits(8)}`,
        () => `00${g.digits(7)}`,
      ])(),
    ),
  fin: (g: Gen): Span =>
    phi('account', g.pick([() => g.digits(11), () => `V${g.digits(9)}`, () => `HAR${g.digits(8)}`])()),
  member: (g: Gen): Span =>
    phi(
      'health_plan',
      g.pick([
        () => `${g.letters(3)}${g.digits(9)}`,
        () => `K${g.digits(10)}`,
        () => `${g.digits(9)}-0${g.int(1, 3)}`,
        () => `MCD${g.digits(8)}`,
      ])(),
    ),
  group: (g: Gen): Span => phi('health_plan', `GRP-${g.digits(6)}`, 'group'),
  claim: (g: Gen): Span =>
    phi(
      'other_id',
      g.pick([() => `CLM${g.digits(10)}`, () => `${g.digits(4)}${g.letters(2)}${g.digits(7)}`])(),
      'claim',
    ),
  accession: (g: Gen): Span =>
    phi(
      'other_id',
      g.pick([
        () => `S${g.int(24, 25)}-${g.digits(5)}`,
        () => `RAD${g.digits(8)}`,
        () => `${g.letters(2)}${g.int(24, 25)}-${g.digits(6)}`,
      ])(),
      'accession',
    ),
  order: (g: Gen): Span =>
    phi(
      'other_id',
      g.pick([() => `ORD-${g.digits(8)}`, () => g.digits(9), () => `${g.letters(1)}${g.digits(7)}`])(),
      'order',
    ),
  caseNo: (g: Gen): Span => phi('other_id', `CM-${g.int(2024, 2025)}-${g.digits(5)}`, 'case'),
  auth: (g: Gen): Span => phi('other_id', `PA${g.digits(9)}`, 'auth'),
  ticket: (g: Gen): Span => phi('other_id', `${g.letters(3)}-${g.digits(6)}`, 'ticket'),
};
