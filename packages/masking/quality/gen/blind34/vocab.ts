/**
 * Vocabulary of blind split 34: its own people, places, organisations and keep strings, and
 * small helpers that write them in the forms clinical records use. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, keep, type Piece, phi, type Span, t } from '../fragment';

const pad = (n: number): string => String(n).padStart(2, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const GIVEN_F = [
  'Ottilie',
  'Yesenia',
  'Thandeka',
  'Mariangela',
  'Siobhán',
  'Hiroko',
  'Ngozi',
  'Bronwyn',
  'Fenna',
  'Zuleika',
  'Dagny',
  'Paloma',
  'Radhika',
  'Oksana',
  'Leilani',
  'Henrietta',
  'Marguerite',
  'Wilhelmina',
  'Precious',
  'Anh-Thu',
  'Jolene',
  'Ximena',
  'Aoife',
  'Tamsin',
  'Rukhsana',
  'Ebele',
  'Lorna',
  'Agnieszka',
  'Merle',
  'Ione',
];
const GIVEN_M = [
  'Thaddeus',
  'Obiora',
  'Lorcan',
  'Anselm',
  'Ezequiel',
  'Takumi',
  'Barnaby',
  'Kwabena',
  'Leopold',
  'Faustino',
  'Dariusz',
  'Ruairí',
  'Hamish',
  'Vikramaditya',
  'Cornelius',
  'Tobiah',
  'Emeka',
  'Aurelio',
  'Lachlan',
  'Casimir',
  'Wendell',
  'Quoc-Bao',
  'Ignatius',
  'Osvaldo',
  'Jarrah',
  'Florian',
  'Bertrand',
  'Sefton',
  'Marek',
  'Ulysses',
];
const NICK: Record<string, string> = {
  Ottilie: 'Tillie',
  Henrietta: 'Etta',
  Marguerite: 'Daisy',
  Wilhelmina: 'Mina',
  Thaddeus: 'Tad',
  Barnaby: 'Barney',
  Leopold: 'Leo',
  Cornelius: 'Neil',
  Ignatius: 'Iggy',
  Vikramaditya: 'Vik',
  Tobiah: 'Toby',
  Casimir: 'Cas',
  Bronwyn: 'Bron',
  Mariangela: 'Angie',
};
const SURNAMES = [
  'Okonkwo-Reyes',
  'van der Heijden',
  'de la Fuente',
  'Mac Giolla Phádraig',
  "O'Shaughnessy",
  'Abernathy',
  'Szymańska',
  'Nakashima',
  'Quarshie',
  'Villaseñor',
  'Thistlewood',
  'al-Khatib',
  'dos Anjos',
  'Ferreira-Lund',
  'Baptiste',
  'Pemberton-Oyelaran',
  'Hollingsworth',
  'Tran Ngoc',
  'Ravindranath',
  'Lindqvist',
  'Mbeki-Santos',
  'Le Gall',
  'St. Onge',
  'Kowalczyk',
  'Featherstonehaugh',
  'Delacroix',
  'Yamamura',
  'Ibekwe',
  'Vasquez-Whitlock',
  'Drummond',
  'ten Brink',
  'Haugland',
  'Castellanos',
  'Pettigrew',
  'Achterberg',
  'Nwachukwu',
  'Bellweather',
  'Koskinen',
  'Mahadevan',
  'Zamudio',
  'Rosenquist',
  'von Ahlefeldt',
  'Di Benedetto',
  'Crowfoot',
  'Tuilagi',
];
const SUFFIXES = ['Jr.', 'III', 'Sr.', 'II'];

export interface P34 {
  first: string;
  last: string;
  sex: 'f' | 'm';
  suffix?: string;
  middle?: string;
}

export function person(g: Gen): P34 {
  const sex = g.chance(0.5) ? 'f' : 'm';
  const first = g.pick(sex === 'f' ? GIVEN_F : GIVEN_M);
  const p: P34 = { first, last: g.pick(SURNAMES), sex };
  if (sex === 'm' && g.chance(0.08)) p.suffix = g.pick(SUFFIXES);
  if (g.chance(0.3)) p.middle = g.letters(1);
  return p;
}

export const fullName = (p: P34): string => `${p.first} ${p.last}${p.suffix ? ` ${p.suffix}` : ''}`;
export const nick = (p: P34): string => NICK[p.first] ?? p.first;

/** The name in one of the forms records write it: full, "Last, First M", initial + surname, caps. */
export function nameAny(g: Gen, p: P34): Span {
  const sfx = p.suffix ? ` ${p.suffix}` : '';
  const forms = [
    () => fullName(p),
    () => `${p.last}${sfx}, ${p.first}${p.middle ? ` ${p.middle}.` : ''}`,
    () => `${p.first} ${p.middle ? `${p.middle}. ` : ''}${p.last}${sfx}`,
    () => `${p.first[0]}. ${p.last}`,
    () => `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`,
    () => `${nick(p)} ${p.last}`,
  ];
  return phi('name', g.pick(forms)());
}

export const lastName = (p: P34): Span => phi('name', p.last);
export const firstName = (p: P34): Span => phi('name', p.first);
/** A staff member: "Dr. Last" or "First Last", the title outside the span. */
export function drName(g: Gen, p: P34): Piece {
  return g.pick([
    () => t`Dr. ${phi('name', p.last)}`,
    () => t`${phi('name', fullName(p))}, ${g.pick(['MD', 'DO', 'MBBS'])}`,
    () => t`Dr. ${phi('name', `${p.first[0]}. ${p.last}`)}`,
    () => t`${phi('name', `${p.first} ${p.last}`)} ${g.pick(['PA-C', 'NP', 'RN', 'DNP'])}`,
  ])();
}

// ---------------------------------------------------------------- places

const STREETS = [
  'Quillwort Ln',
  'Tamarack Bend Rd',
  'Old Millrace Way',
  'Cinnabar Ct',
  'Heron Slough Dr',
  'Ashgrove Terrace',
  'Fiddleneck Ave',
  'Lower Coulee Rd',
  'Sweetbriar Pl',
  'Windlass Street',
  'Kettle Moraine Blvd',
  'Juniper Draw',
  'Larchmont Crescent',
  'Sandhill Crane Loop',
  'Foundry Row',
];
const CITIES: [string, string, string][] = [
  ['Kettle Falls', 'Stevens County', 'WA'],
  ['Wapakoneta', 'Auglaize County', 'OH'],
  ['Lusk', 'Niobrara County', 'WY'],
  ['Cuero', 'DeWitt County', 'TX'],
  ['Ely', 'White Pine County', 'NV'],
  ['Crescent City', 'Del Norte County', 'CA'],
  ['Presque Isle', 'Aroostook County', 'ME'],
  ['Valentine', 'Cherry County', 'NE'],
  ['Hazard', 'Perry County', 'KY'],
  ['Nacogdoches', 'Nacogdoches County', 'TX'],
  ['Tomah', 'Monroe County', 'WI'],
  ['Chinle', 'Apache County', 'AZ'],
  ['Ketchikan', 'Ketchikan Gateway Borough', 'AK'],
  ['Cortez', 'Montezuma County', 'CO'],
  ['Ottumwa', 'Wapello County', 'IA'],
];

export interface Addr34 {
  street: string;
  city: string;
  county: string;
  state: string;
  zip: Span;
}

export function zip34(g: Gen): Span {
  const five = `${g.int(1, 9)}${g.digits(4)}`;
  return g.chance(0.3) ? phi('zip', `${five}-${g.digits(4)}`, 'zip4') : phi('zip', five, 'zip5');
}

export function addr(g: Gen): Addr34 {
  const [city, county, state] = g.pick(CITIES);
  const street = g.weighted<() => string>([
    [() => `${g.int(12, 9870)} ${g.pick(STREETS)}`, 4],
    [
      () =>
        `${g.int(12, 9870)} ${g.pick(STREETS)} ${g.pick(['Apt', 'Unit', '#', 'Ste', 'Lot'])} ${g.int(1, 40)}${g.chance(0.3) ? g.letters(1) : ''}`,
      3,
    ],
    [() => `${g.pick(['PO Box', 'P.O. Box', 'POB'])} ${g.int(11, 2999)}`, 1],
    [() => `${g.pick(['RR', 'Rural Route', 'R.R.'])} ${g.int(1, 6)} Box ${g.int(10, 399)}`, 1],
    [() => `${g.int(1000, 99999)} County Road ${g.int(2, 400)}`, 1],
  ])();
  return { street, city, county, state, zip: zip34(g) };
}

/** "street, City, ST zip" on one line. */
export function addrLine(a: Addr34): Frag {
  return t`${phi('street_address', a.street)}, ${phi('geo', a.city)}, ${a.state} ${a.zip}`;
}

// ---------------------------------------------------------------- organisations

export const CLINICS = [
  'Bitterroot Valley Rural Health Clinic',
  'Sagebrush Kidney Care - Lusk',
  'Three Forks Urgent Care',
  'Harborline Correctional Health Services',
  'Meridian Travel & Tropical Medicine',
  'Copperleaf Transplant Institute',
  'Tamarack Urology Associates',
  'Prairie Hollow Rheumatology',
  'Northshore Ear, Nose & Throat',
  'Cedar Bluff Dermatology',
  'Lakemont Senior Health Center',
  'Ridgeback Sports Medicine',
  'Ironworks Occupational Health',
  'Fort Marlow VA Community Based Outpatient Clinic',
];
export const LABS = [
  'Northgate Reference Laboratory',
  'Bramblewood Clinical Labs',
  'Tri-County Pathology Partners',
  'Sierra Ridge Microbiology',
];
export const PAYERS = [
  'Keystone Mutual Health Plan',
  'Prairie Shield Insurance Co.',
  'Cascadia Community Health Alliance',
  'Lone Pine Medicaid Managed Care',
  'Beacon Harbor Medicare Advantage',
  'TriState Teamsters Welfare Fund',
];
export const PHARMACIES = ['Larkspur Pharmacy', 'Wexford Drug & Compounding', 'Bluewater Specialty Rx'];
export const EMPLOYERS = [
  'Redfern Freight Lines',
  'Obsidian Mining Co.',
  'Halvorsen Timber LLC',
  'Greystone Poultry Processing',
];

export const org = (g: Gen, list: readonly string[]): Span => keep('organization', g.pick(list));

// ---------------------------------------------------------------- keep vocabulary

/** [drug+dose] pairs, generic (brand) forms of this split. */
const DRUGS: string[] = [
  'silodosin (Rapaflo) 8 mg daily',
  'vibegron (Gemtesa) 75 mg daily',
  'fesoterodine ER 4 mg',
  'alfuzosin ER 10 mg daily',
  'potassium citrate ER 15 mEq TID',
  'tiopronin (Thiola EC) 300 mg TID',
  'pegloticase 8 mg IV q2wk',
  'febuxostat (Uloric) 40 mg',
  'colchicine (Gloperba) 0.6 mg/5 mL',
  'apremilast 30 mg BID',
  'bimekizumab-bkzx 320 mg SC',
  'anifrolumab-fnia 300 mg IV',
  'obinutuzumab 1000 mg IV',
  'belatacept (Nulojix) 5 mg/kg IV',
  'Envarsus XR 4 mg daily',
  'mycophenolate sodium (Myfortic) 720 mg BID',
  'everolimus (Zortress) 0.75 mg BID',
  'etelcalcetide 5 mg IV',
  'difelikefalin 0.5 mcg/kg',
  'doxercalciferol 4 mcg IV',
  'tralokinumab-ldrm 300 mg SC',
  'lebrikizumab-lbkz 250 mg SC',
  'ruxolitinib 1.5% cream',
  'clascoterone 1% cream',
  'atovaquone-proguanil 250/100 mg',
  'primaquine phosphate 30 mg base',
  'azelastine-fluticasone 137/50 mcg',
  'mometasone sinus implant 1350 mcg',
  'betahistine 16 mg TID',
  'ciprofloxacin-dexamethasone otic 4 drops',
  'ofloxacin otic 0.3% 10 drops',
  'diclofenac epolamine 1.3% patch',
  'naproxen sodium 550 mg BID',
  'denosumab 60 mg SC',
  'romosozumab-aqqg 210 mg SC',
  'abaloparatide 80 mcg SC',
];
export const drug = (g: Gen): Span => keep('drug_dose', g.pick(DRUGS));

export function lab(g: Gen): Frag {
  return g.pick([
    () => t`uric acid ${keep('lab_value', `${g.int(5, 12)}.${g.int(0, 9)} mg/dL`)}`,
    () => t`tacrolimus trough ${keep('lab_value', `${g.int(3, 14)}.${g.int(0, 9)} ng/mL`)}`,
    () => t`PSA ${keep('lab_value', `${g.int(0, 18)}.${g.int(0, 9)}${g.int(0, 9)} ng/mL`)}`,
    () => t`Kt/V ${keep('lab_value', `1.${g.int(10, 75)}`)}`,
    () => t`URR ${keep('lab_value', `${g.int(62, 78)}%`)}`,
    () => t`ESR ${keep('lab_value', `${g.int(4, 110)} mm/hr`)}`,
    () => t`CRP ${keep('lab_value', `${g.int(1, 180)} mg/L`)}`,
    () => t`eGFR ${keep('lab_value', `${g.int(8, 95)} mL/min/1.73m2`)}`,
    () => t`phosphorus ${keep('lab_value', `${g.int(2, 8)}.${g.int(0, 9)} mg/dL`)}`,
    () => t`iPTH ${keep('lab_value', `${g.int(90, 1400)} pg/mL`)}`,
    () => t`BK viral load ${keep('lab_value', `${g.int(2, 9)},${g.digits(3)} copies/mL`)}`,
    () => t`C3 ${keep('lab_value', `${g.int(40, 160)} mg/dL`)}`,
    () => t`anti-dsDNA ${keep('lab_value', `${g.int(5, 400)} IU/mL`)}`,
  ])();
}

const ICD = [
  'N20.2',
  'N13.2',
  'R31.29',
  'N32.89',
  'M1A.0720',
  'M10.072',
  'M10.371',
  'M32.15',
  'M35.02',
  'M06.072',
  'L40.53',
  'H81.11',
  'H81.393',
  'H90.42',
  'H90.A21',
  'J32.0',
  'J33.8',
  'L20.82',
  'C43.61',
  'D03.62',
  'T86.130',
  'Z91.15',
  'Z71.84',
  'Z29.8',
  'S82.61XA',
  'Z02.4',
  'M80.08XA',
  'W19.XXXD',
  'A01.00',
  'R97.20',
];
const CPT = [
  '52353',
  '52352',
  '52332',
  '50590',
  '52317',
  '20605',
  '69220',
  '69436',
  '69801',
  '92550',
  '31237',
  '31240',
  '11103',
  '11105',
  '17312',
  '90962',
  '29888',
  '27427',
  '99408',
  'G0500',
  'J1459',
  '90717',
  '90691',
];
const LOINC = ['2889-4', '13705-9', '5048-4', '8061-4', '3167-4', '2993-3', '27811-9', '10351-5', '12841-3'];
const SNOMED = [
  '95570007',
  '236708007',
  '52702003',
  '700377007',
  '402727002',
  '236435004',
  '397579009',
  '95231000119108',
];
const RXNORM = ['2556796', '1945200', '1431987', '2047232', '1727883', '2370734', '2587895', '1190101'];
const NDC = [
  '0069-2587-01',
  '50242-0210-01',
  '0078-0659-15',
  '63402-0510-30',
  '68180-0983-06',
  '0006-5003-01',
  '49281-0915-01',
  '69066-0010-07',
  '72893-0001-01',
  '0024-5914-01',
];

export const icd = (g: Gen): Span => keep('clinical_code', g.pick(ICD));
export const cpt = (g: Gen): Span => keep('clinical_code', g.pick(CPT));
export const loinc = (g: Gen): Span => keep('clinical_code', g.pick(LOINC));
export const snomed = (g: Gen): Span => keep('clinical_code', g.pick(SNOMED));
export const rxnorm = (g: Gen): Span => keep('clinical_code', g.pick(RXNORM));
export const ndc = (g: Gen): Span => keep('clinical_code', g.pick(NDC));
export function anyCode(g: Gen): Frag {
  return g.pick([
    () => t`ICD-10 ${icd(g)}`,
    () => t`CPT ${cpt(g)}`,
    () => t`LOINC ${loinc(g)}`,
    () => t`SNOMED ${snomed(g)}`,
    () => t`RxCUI ${rxnorm(g)}`,
    () => t`NDC ${ndc(g)}`,
  ])();
}

const EPONYMS = [
  'Epley canalith repositioning',
  'Brandt-Daroff exercises',
  'Semont liberatory maneuver',
  'Clark level IV',
  'Schirmer I test',
  'Wickham striae',
  'Hutchinson sign',
  'Stenger test',
  'Bing test',
  'Schwabach test',
  'Carhart notch',
  'Hennebert sign',
  'Tullio phenomenon',
  'Fukuda stepping test',
  "Speed's test",
  'Jaccoud arthropathy',
  'Felty syndrome',
  'Caplan syndrome',
  'Gottron sign',
  'Holster sign',
  'Katz index of ADL',
  'Tinetti gait and balance',
  'Bosniak IIF cyst',
  'Banff borderline changes',
  'Whitaker test',
  'Randall plaques',
  "Still's disease",
  'Jarisch-Herxheimer reaction',
  'Ottawa knee rules',
  'Schirmer test',
];
export const eponym = (g: Gen): Span => keep('eponym', g.pick(EPONYMS));

const DEVICES = [
  'LithoVue Elite ureteroscope',
  'Urolift 2 system',
  'Rezum II generator',
  'Nucleus Kanso 2 processor',
  'Oticon Xceed 1',
  'Baha 6 Max',
  'DermLite DL5',
  'VECTRA WB360',
  'NxStage VersiHD',
  'Baxter AK 98 machine',
  'Fresenius 5008X',
  'Empower Tympanometer ET-3',
  'Game Ready GRPro 2.1',
  'Hyperice Normatec 3',
  'Biodex Balance SD',
  'Tympstar Pro',
  'Sensus SRT-100 Vision',
  'Natus Echo-Screen III',
];
export const deviceName = (g: Gen): Span => keep('device_name', g.pick(DEVICES));

export function version(g: Gen): Span {
  return keep(
    'version',
    g.pick([
      `v${g.int(2, 9)}.${g.int(0, 20)}.${g.int(0, 40)}`,
      `${g.int(10, 24)}.${g.int(1, 4)}.${g.int(100, 999)}`,
      `build ${g.int(3, 7)}.${g.int(0, 9)}.${g.int(1000, 9999)}`,
      `${g.int(1, 3)}.${g.int(0, 9)}.${g.int(0, 9)}-rc${g.int(1, 4)}`,
    ]),
  );
}

const STATS = [
  'recurrence roughly 50% at 10 years',
  '1-year graft survival 95%',
  'prevalence about 1 in 1,000 adults',
  'sensitivity 82%, specificity 91%',
  'NNT of 14',
  'annual incidence 0.3%',
  'about 1 in 5 travellers',
  '5-year survival 98%',
];
export const statistic = (g: Gen): Span => keep('statistic', g.pick(STATS));

export const year = (g: Gen, from = 2004, to = 2023): Span => keep('year', String(g.int(from, to)));
export const uuid = (g: Gen): Span => keep('uuid', g.f.string.uuid());

/** A system time stamp in one of its forms. */
export function stamp(g: Gen, d?: Date): Span {
  const x = d ?? recent(g);
  const h = pad(g.int(0, 23));
  const m = pad(g.int(0, 59));
  const s = pad(g.int(0, 59));
  const iso = x.toISOString().slice(0, 10);
  return keep(
    'timestamp',
    g.pick([
      `${iso}T${h}:${m}:${s}Z`,
      `${iso}T${h}:${m}:${s}.${g.digits(3)}-0${g.int(4, 8)}:00`,
      `${iso} ${h}:${m}:${s}`,
      `${pad(x.getUTCMonth() + 1)}/${pad(x.getUTCDate())}/${x.getUTCFullYear()} ${h}:${m}`,
    ]),
  );
}

export function ageKeep(n: number): Span {
  return n > 89 ? phi('age', String(n)) : keep('age_under_90', String(n));
}

// ---------------------------------------------------------------- dates

export function recent(g: Gen): Date {
  return new Date(Date.UTC(g.int(2023, 2026), g.int(0, 11), g.int(1, 28)));
}
export function birth(g: Gen, age: number): Date {
  return new Date(Date.UTC(2025 - age, g.int(0, 11), g.int(1, 28)));
}
export function plus(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** A person's date in one of many forms. */
export function dt(g: Gen, d: Date, form?: string): Span {
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  const day = d.getUTCDate();
  const forms: Record<string, () => string> = {
    us: () => `${pad(mo + 1)}/${pad(day)}/${y}`,
    us_short: () => `${mo + 1}/${day}/${String(y).slice(2)}`,
    iso: () => `${y}-${pad(mo + 1)}-${pad(day)}`,
    long: () => `${MONTH[mo]} ${day}, ${y}`,
    dmy: () => `${day} ${MON[mo]} ${y}`,
    mil: () => `${pad(day)}${MON[mo]?.toUpperCase()}${y}`,
    dash: () => `${pad(mo + 1)}-${pad(day)}-${y}`,
    slash_ymd: () => `${y}/${pad(mo + 1)}/${pad(day)}`,
    mon_day: () => `${MON[mo]} ${day}`,
    euro: () => `${pad(day)}.${pad(mo + 1)}.${y}`,
  };
  const name = form && forms[form] ? form : g.pick(Object.keys(forms));
  return phi('date', (forms[name] as () => string)(), name);
}
/** ISO date (for JSON fields). */
export const isoD = (d: Date): Span => phi('date', d.toISOString().slice(0, 10), 'iso');

/** A relative phrase (not PHI) to write beside a real date. */
export const relPhrase = (g: Gen): string =>
  g.pick([
    'yesterday',
    'last Tuesday',
    'two weeks ago',
    'this morning',
    'about 3 days ago',
    'over the weekend',
  ]);

// ---------------------------------------------------------------- identifiers

export function mrn34(g: Gen): Span {
  return phi(
    'mrn',
    g.pick([
      () => `${g.int(1, 9)}${g.digits(7)}`,
      () => `MRN-${g.digits(6)}`,
      () => `${g.letters(2)}${g.digits(6)}`,
      () => `000${g.digits(7)}`,
      () => `${g.digits(2)}-${g.digits(3)}-${g.digits(3)}`,
    ])(),
  );
}
export function acct34(g: Gen): Span {
  return phi(
    'account',
    g.pick([
      () => `${g.int(1, 9)}${g.digits(9)}`,
      () => `HB${g.digits(8)}`,
      () => `${g.digits(6)}-${g.digits(2)}`,
    ])(),
  );
}
export function member34(g: Gen): Span {
  return phi(
    'health_plan',
    g.pick([
      () => `${g.letters(3)}${g.digits(8)}`,
      () => `${g.digits(9)}0${g.int(1, 3)}`,
      () => `K${g.digits(9)}`,
      () => `${g.letters(1)}${g.digits(2)}-${g.digits(5)}-${g.digits(2)}`,
    ])(),
  );
}
export function phone34(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const a = `${g.int(2, 9)}${g.digits(2)}`;
  const e = `${g.int(2, 9)}${g.digits(2)}`;
  const n = g.digits(4);
  return phi(
    type,
    g.weighted<string>([
      [`(${a}) ${e}-${n}`, 3],
      [`${a}-${e}-${n}`, 3],
      [`${a}.${e}.${n}`, 1],
      [`${a} ${e} ${n}`, 1],
      [`+1 ${a}-${e}-${n}`, 1],
      [`${a}${e}${n}`, 1],
      [`+44 7${g.digits(3)} ${g.digits(6)}`, 1],
      [`+52 1 ${g.digits(3)} ${g.digits(3)} ${g.digits(4)}`, 1],
      [`+63 917 ${g.digits(3)} ${g.digits(4)}`, 1],
      [`+234 803 ${g.digits(3)} ${g.digits(4)}`, 1],
    ]),
  );
}
export function email34(g: Gen, p: P34): Span {
  const f = p.first
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  const l = p.last
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  const user = g.pick([`${f}.${l}`, `${f[0]}${l}${g.int(1, 99)}`, `${l}_${f}`, `${f}${g.int(1950, 2005)}`]);
  return phi(
    'email',
    `${user}@${g.pick(['mailbox.example.com', 'example.net', 'fastpost.example.org', 'example.com'])}`,
  );
}
/** A login handle made from the person's name. */
export function handle(g: Gen, p: P34): Span {
  const f = p.first
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  const l = p.last
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  return phi('name', g.pick([`${f[0]}${l}`, `${f}.${l}`, `${l}${f[0]}`]));
}
export const ip34 = (g: Gen): Span =>
  g.chance(0.8)
    ? phi(
        'ip',
        `${g.pick([10, 172, 192, 66, 98, 73])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
        'ipv4',
      )
    : phi('ip', `2001:db8:${g.int(1, 9999)}::${g.int(1, 999)}`, 'ipv6');

export function serial34(g: Gen): Span {
  return phi(
    'device',
    g.pick([
      () => `${g.letters(2)}${g.digits(7)}`,
      () => `SN ${g.digits(4)}-${g.digits(4)}`,
      () => `${g.digits(3)}${g.letters(3)}${g.digits(4)}`,
    ])(),
    'serial',
  );
}
export function photo34(g: Gen, p: P34): Span {
  const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
  return phi(
    'photo',
    g.pick([
      `DSC_${g.digits(5)}.jpg`,
      `${l}_lesion_${g.int(1, 12)}.jpeg`,
      `derm/${g.digits(8)}/L-arm.png`,
      `PXL_${g.digits(8)}_${g.digits(6)}.jpg`,
    ]),
  );
}
export const bio34 = (g: Gen): Span =>
  phi(
    'biometric',
    g.pick([
      `FP-${g.digits(10)}`,
      `PV${g.letters(2)}${g.digits(8)}`,
      g.f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' }),
    ]),
  );
export function url34(g: Gen, p: P34): Span {
  const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
  return phi(
    'url',
    g.pick([
      `https://portal.tamarackuro.example/chart/${g.digits(7)}`,
      `https://www.gofundme.example/f/help-${l}-family`,
      `https://telehealth.example.org/join/${l}-${g.digits(4)}`,
      `http://photos.example.net/${l}${g.int(1, 99)}/album`,
    ]),
  );
}
/** An offender / booking number. */
export const inmate = (g: Gen): Span =>
  phi(
    'other_id',
    g.pick([g.digits(6), `${g.int(1, 9)}${g.digits(6)}`, `${g.letters(1)}${g.digits(5)}`]),
    'inmate',
  );
export const passport = (g: Gen): Span =>
  phi('other_id', g.pick([`${g.int(5, 6)}${g.digits(8)}`, `${g.letters(2)}${g.digits(7)}`]), 'passport');
