/**
 * Vocabulary of blind split 28 (long-form hospital records): its own people, places, drugs, labs,
 * codes, eponyms, devices and organisations. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { MONTHS, ordinal } from '../dates';
import { keep, type Piece, phi, type Span, t } from '../fragment';

export interface P28 {
  first: string;
  last: string;
  middle: string;
  nick?: string;
  sex: 'female' | 'male';
}

const FEMALE = [
  'Margaret',
  'Dolores',
  'Ngozi',
  'Priya',
  'Yolanda',
  'Ingrid',
  'Mei-Ling',
  'Fatima',
  'Concepción',
  'Siobhan',
  'Aiyana',
  'Hope',
  'Joy',
  'Summer',
  'Precious',
  'Olena',
  'Thuy',
  'Kalani',
  'Bernadette',
  'Rosalind',
  'Marisol',
  'Agnieszka',
  'Wilhelmina',
  'Dawn',
];
const MALE = [
  'Bartholomew',
  'Tadeusz',
  'Obinna',
  'Rajesh',
  'Hamza',
  'Dmitri',
  'Joaquín',
  'Cormac',
  'Tevita',
  'Kwame',
  'Hung',
  'Mateus',
  'Ezekiel',
  'Rusty',
  'Bud',
  'Laszlo',
  'Wendell',
  'Takeshi',
  'Amos',
  'Guy',
  'Florian',
  'Deshawn',
  'Mack',
  'Bjørn',
];
const NICKS: Record<string, string> = {
  Margaret: 'Peggy',
  Dolores: 'Dee',
  Bartholomew: 'Bart',
  Wendell: 'Dell',
  Bernadette: 'Bernie',
  Ezekiel: 'Zeke',
  Tadeusz: 'Ted',
  Rosalind: 'Roz',
  Wilhelmina: 'Mina',
  Joaquín: 'Quino',
};
const SURNAMES = [
  'Frost',
  'Bird',
  'Church',
  'Young',
  'Marsh',
  'Moody',
  'Summers',
  'Golden',
  'Rich',
  'Hale',
  'Oyelaran',
  'Nwachukwu',
  'Raghunathan',
  'Kowalczyk',
  'Szabo',
  'Nguyen-Tran',
  'Okafor-Reyes',
  'van der Berg',
  'de la Cruz',
  "O'Malley",
  'McTavish',
  'da Silva',
  'St. Clair',
  'Le Blanc',
  'Di Stefano',
  'von Arx',
  'al-Rashid',
  'Haile',
  'Fonoti',
  'Kealoha',
  'Begay',
  'Lindqvist',
  'Papadakis',
  'Ferreira-Lopes',
  'Abernathy',
  'Winter',
  'Stone',
  'Banks',
  'Cook',
  'Hunter',
  'Mbeki-Ross',
  'Thibodeaux',
  'Ashworth',
  'Quiñones',
  'Brightwater',
  'Pettigrew',
];

export function p28(g: Gen): P28 {
  const sex = g.chance(0.5) ? 'female' : 'male';
  const first = g.pick(sex === 'female' ? FEMALE : MALE);
  const p: P28 = { first, last: g.pick(SURNAMES), middle: g.pick(sex === 'female' ? FEMALE : MALE), sex };
  const nick = NICKS[first];
  if (nick) p.nick = nick;
  return p;
}

/** A patient or relative named as narrative records name them; only the name is labeled. */
export function pname(g: Gen, p: P28): Piece {
  const forms: (() => Piece)[] = [
    () => phi('name', `${p.first} ${p.last}`, 'full'),
    () => phi('name', `${p.last}, ${p.first}`, 'last_first'),
    () => t`${p.sex === 'female' ? g.pick(['Mrs.', 'Ms.']) : 'Mr.'} ${phi('name', p.last, 'title_last')}`,
    () => phi('name', `${p.first} ${p.middle[0]}. ${p.last}`, 'full_middle'),
    () => phi('name', `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, 'upper_last_first'),
  ];
  if (p.nick) forms.push(() => phi('name', `${p.first} "${p.nick}" ${p.last}`, 'nickname'));
  return g.pick(forms)();
}

/** A clinician: "Dr. Last", "First Last, MD", "F. Last, RN", "Last, First MD". */
export function dname(g: Gen, p: P28, cred = 'MD'): Piece {
  return g.pick([
    () => t`Dr. ${phi('name', p.last, 'dr_last')}`,
    () => t`Dr. ${phi('name', `${p.first} ${p.last}`, 'dr_full')}`,
    () => t`${phi('name', `${p.first} ${p.last}`, 'full')}, ${cred}`,
    () => t`${phi('name', `${p.first[0]}. ${p.last}`, 'initial_last')}, ${cred}`,
    () => t`${phi('name', `${p.last}, ${p.first}`, 'last_first')} ${cred}`,
  ])();
}

export function initials(p: P28): Span {
  const l = p.last.replace(/^(van der|de la|da|von|St\.|Le|Di|al-)\s?/, '');
  return phi('name', `${p.first[0]}${l[0]?.toUpperCase()}`, 'initials');
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date in one of the many forms narrative records write; "the 14th" labels only "14th". */
export function dt(g: Gen, d: Date, allowShort = true): Piece {
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const y = d.getUTCFullYear();
  const mon = MONTHS[m - 1] as string;
  const forms: [string, string][] = [
    ['us_short', `${m}/${day}/${y}`],
    ['us', `${pad(m)}/${pad(day)}/${y}`],
    ['us_2digit', `${m}/${day}/${String(y).slice(2)}`],
    ['month_day_year', `${mon} ${day}, ${y}`],
    ['mon_day_year', `${mon.slice(0, 3)} ${day}, ${y}`],
    ['day_mon_year', `${day} ${mon.slice(0, 3)} ${y}`],
    ['iso', `${y}-${pad(m)}-${pad(day)}`],
    ['dash_mon', `${pad(day)}-${mon.slice(0, 3).toUpperCase()}-${y}`],
    ['us_dash', `${m}-${day}-${y}`],
  ];
  if (allowShort) {
    forms.push(
      ['month_day', `${m}/${day}`],
      ['month_ordinal', `${mon} ${ordinal(day)}`],
      ['mon_dot', `${mon.slice(0, 3)}. ${day}`],
    );
    if (g.chance(0.15)) return t`the ${phi('date', ordinal(day), 'bare_ordinal')}`;
  }
  const [form, value] = g.pick(forms);
  return phi('date', value, form);
}

export function addD(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** Month and year only ("11/2023", "March 2024"): still a date element under Safe Harbor. */
export function monthYear(g: Gen, d: Date): Span {
  const m = d.getUTCMonth() + 1;
  const y = d.getUTCFullYear();
  return g.chance(0.5)
    ? phi('date', `${m}/${y}`, 'month_year')
    : phi('date', `${MONTHS[m - 1]} ${y}`, 'month_name_year');
}

export function hhmm(g: Gen): string {
  return `${pad(g.int(0, 23))}${pad(g.int(0, 59))}`;
}

export const TOWNS = [
  'Ashby Falls',
  'Tillbury',
  'North Creswell',
  'Port Alder',
  'Wendover Hills',
  'Grafton Mills',
  'Lake Orrin',
  'East Hanlon',
  'Cedar Bluff',
  'Hollis Junction',
  'Marston',
  'Fairhope',
  'Plover',
  'Kinnick',
  'Saugatuck Landing',
  'Dunmore',
  'Red Wing Crossing',
  'Belhaven',
];
const COUNTIES = [
  'Kettle County',
  'Warrick County',
  'Tallow County',
  'Birch County',
  'Osage Bend County',
  'Lenape County',
];
const STREETS = [
  'Quarry Lane',
  'Old Mill Road',
  'Tamarack Circle',
  'N. Fenwick St',
  'Larkspur Ct',
  'County Road 12',
  'Depot Street',
  'Orchard Hill Dr',
  'Wolcott Ave',
  'Ridgeview Terrace',
  'Sycamore Bend',
  'Harbor Point Rd',
];
export const STATES = ['OH', 'MI', 'WI', 'PA', 'NY', 'VT', 'IA', 'MN', 'ME', 'IN'];

export function town(g: Gen): Span {
  return phi('geo', g.pick(TOWNS), 'city');
}
export function county(g: Gen): Span {
  return phi('geo', g.pick(COUNTIES), 'county');
}
export function street(g: Gen): Span {
  const unit = g.chance(0.25)
    ? `, ${g.pick(['Apt', 'Unit', '#'])} ${g.int(1, 40)}${g.pick(['', 'B', 'C'])}`
    : '';
  return phi('street_address', `${g.int(3, 9800)} ${g.pick(STREETS)}${unit}`);
}
export function zip(g: Gen): Span {
  const five = `${g.int(10, 99)}${g.digits(3)}`;
  return g.chance(0.25) ? phi('zip', `${five}-${g.digits(4)}`, 'zip4') : phi('zip', five, 'zip5');
}
export function addr(g: Gen): Piece {
  return g.pick([
    () => t`${street(g)}, ${town(g)}, ${g.pick(STATES)} ${zip(g)}`,
    () => t`${street(g)}\n${town(g)}, ${g.pick(STATES)}  ${zip(g)}`,
    () => t`${street(g)} in ${town(g)} (${county(g)}), ${g.pick(STATES)} ${zip(g)}`,
  ])();
}

export function tel(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const [a, e, n] = [`${g.int(2, 9)}${g.digits(2)}`, `${g.int(2, 9)}${g.digits(2)}`, g.digits(4)];
  return phi(
    type,
    g.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`, `${a} ${e} ${n}`, `1-${a}-${e}-${n}`]),
  );
}

/** In-house pagers: "pager 4-1187", "beeper 37215". */
export function pager(g: Gen): Piece {
  return g.pick([
    () => t`pager ${phi('phone', `${g.int(2, 9)}-${g.digits(4)}`, 'pager')}`,
    () => t`beeper #${phi('phone', g.digits(5), 'pager')}`,
    () => t`pgr ${phi('phone', `${g.int(2, 9)}${g.digits(2)}-${g.digits(4)}`, 'pager')}`,
  ])();
}

export function mrn28(g: Gen): Span {
  return phi(
    'mrn',
    g.pick([
      `${g.digits(3)}-${g.digits(2)}-${g.digits(2)}`,
      g.digits(8),
      `HV${g.digits(7)}`,
      `0${g.digits(6)}`,
    ]),
  );
}
export function acct28(g: Gen): Span {
  return phi('account', g.pick([g.digits(11), `V${g.digits(9)}`, `${g.digits(4)}-${g.digits(6)}`]));
}
export function accession(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`RAD${g.digits(8)}`, `${g.letters(2)}-${g.digits(2)}-${g.digits(6)}`, `E${g.digits(9)}A`]),
    'accession',
  );
}
export function recordId(g: Gen): Span {
  return phi('other_id', `${g.digits(3)}${g.letters(1)}${g.digits(5)}`, 'record');
}

export const EMPLOYERS = [
  'Dunmore Paper Mill',
  "Harlan's Auto Body",
  'Tri-River School District',
  'Osgood Poultry',
  'Keller Bros. Roofing',
  'Blue Heron Marina',
  'Sunrise Bakery',
  'Lakeshore Grain Co-op',
  'Pemberton Tool & Die',
  'Whitcomb Insurance Agency',
];
/** An employer named in a social history: Safe Harbor's catch-all, labeled as another id. */
export function employer(g: Gen): Span {
  return phi('other_id', g.pick(EMPLOYERS), 'employer');
}

// ----- keep vocabulary -----

export const HOSPITALS = [
  'Harrow Valley Medical Center',
  "St. Brendan's Regional Hospital",
  'Calder Memorial Hospital',
  'Northfield Heart Institute',
  'Good Shepherd Rehabilitation Hospital',
  'Fenwick Community Hospital',
  'Larchmont University Hospital',
  'Our Lady of the Pines Medical Center',
];
export const POST_ACUTE = [
  'Linwood Skilled Nursing & Rehab',
  'Quarry Hill VNA',
  'Pinecrest Hospice',
  'Brightwater Dialysis Center',
  'Evergreen Terrace Assisted Living',
];
export const PHARMACIES = [
  'Rexall Family Pharmacy #0412',
  'CVS Pharmacy #2281',
  'Medicine Shoppe #117',
  'Kroger Pharmacy #653',
];
export const PAYERS = [
  'Medicare Part A',
  'Anthem Blue Cross',
  'Humana Gold Plus HMO',
  'Medicaid (Buckeye Health Plan)',
  'Aetna Medicare Advantage',
];

export function org(g: Gen, list: readonly string[] = HOSPITALS): Span {
  return keep('organization', g.pick(list));
}

/** Drugs written as med lists write them; the name part is "Brand (generic)" or a generic with form. */
const MEDS: [string, string[]][] = [
  ['Coreg (carvedilol)', ['3.125 mg PO BID', '6.25 mg PO BID', '12.5 mg PO BID', '25 mg BID']],
  ['Entresto (sacubitril-valsartan)', ['24-26 mg PO BID', '49-51 mg BID', '97-103 mg PO BID']],
  ['Jardiance (empagliflozin)', ['10 mg PO daily', '25 mg daily']],
  ['Lasix (furosemide)', ['20 mg PO daily', '40 mg IV BID', '80 mg IV x1']],
  ['Aldactone (spironolactone)', ['12.5 mg daily', '25 mg PO daily']],
  ['Eliquis (apixaban)', ['2.5 mg PO BID', '5 mg PO BID']],
  ['Plavix (clopidogrel)', ['75 mg PO daily', '600 mg load']],
  ['Lipitor (atorvastatin)', ['40 mg PO qHS', '80 mg qHS']],
  ['Lantus (insulin glargine U-100)', ['18 units SC qHS', '24 units at bedtime', '32 units SC daily']],
  ['Humalog (insulin lispro)', ['4 units SC with meals', 'sliding scale AC/HS']],
  ['Ozempic (semaglutide)', ['0.5 mg SC weekly', '1 mg SC weekly']],
  ['Glucophage XR (metformin ER)', ['500 mg PO with supper', '1000 mg BID']],
  ['Synthroid (levothyroxine)', ['75 mcg PO daily', '112 mcg daily']],
  ['Protonix (pantoprazole)', ['40 mg PO daily', '40 mg IV q12h']],
  ['Zosyn IVPB (piperacillin-tazobactam)', ['3.375 g IV q8h', '4.5 g IV q6h']],
  ['Unasyn (ampicillin-sulbactam)', ['3 g IV q6h']],
  ['heparin sodium infusion', ['18 units/kg/h', '12 units/kg/h per nomogram']],
  ['Amiodarone (Pacerone)', ['200 mg PO daily', '150 mg IV bolus', '400 mg PO BID']],
  ['Klor-Con M20 (potassium chloride ER)', ['20 mEq PO BID', '40 mEq PO x1']],
  ['Oxycodone IR (Roxicodone)', ['5 mg PO q4h PRN', '2.5 mg q6h PRN']],
  ['Senna-S (sennosides-docusate)', ['8.6-50 mg 2 tabs qHS']],
  ['Keppra (levetiracetam)', ['500 mg PO BID', '1000 mg IV BID']],
  ['Morphine sulfate (Roxanol)', ['5 mg SL q2h PRN', '2 mg IV q2h PRN']],
  ['Ativan (lorazepam)', ['0.5 mg PO q6h PRN', '1 mg IV x1']],
  ['Toprol XL (metoprolol succinate ER)', ['25 mg PO daily', '50 mg daily']],
  ['Norvasc (amlodipine besylate)', ['5 mg PO daily', '10 mg daily']],
];
export function med(g: Gen): Span {
  const [name, doses] = g.pick(MEDS);
  return keep('drug_dose', `${name} ${g.pick(doses)}`);
}

function lab(g: Gen, name: string, lo: number, hi: number, dec: number, unit: string): string {
  return `${name} ${g.f.number.float({ min: lo, max: hi }).toFixed(dec)} ${unit}`;
}
export function labv(g: Gen): Span {
  const value = g.pick([
    () => lab(g, 'creatinine', 0.6, 3.9, 2, 'mg/dL'),
    () => lab(g, 'BUN', 8, 88, 0, 'mg/dL'),
    () => lab(g, 'NT-proBNP', 140, 18000, 0, 'pg/mL'),
    () => lab(g, 'troponin I (hs)', 3, 4200, 0, 'ng/L'),
    () => lab(g, 'hemoglobin A1c', 5.4, 13.8, 1, '%'),
    () => lab(g, 'sodium', 124, 148, 0, 'mmol/L'),
    () => lab(g, 'potassium', 2.9, 6.1, 1, 'mmol/L'),
    () => lab(g, 'INR', 0.9, 4.8, 1, ''),
    () => lab(g, 'lactate', 0.7, 8.9, 1, 'mmol/L'),
    () => lab(g, 'WBC', 2.1, 24.5, 1, 'x10^3/uL'),
    () => lab(g, 'hemoglobin', 6.4, 15.9, 1, 'g/dL'),
    () => lab(g, 'LDL-C', 38, 190, 0, 'mg/dL'),
    () => lab(g, 'eGFR', 9, 95, 0, 'mL/min/1.73m2'),
    () => lab(g, 'glucose (POC)', 48, 486, 0, 'mg/dL'),
    () => `LVEF ${g.int(15, 65)}%`,
    () => `BP ${g.int(88, 188)}/${g.int(48, 108)}`,
  ])();
  return keep('lab_value', value.trim());
}

const CODES = [
  'I50.43',
  'I48.20',
  'E11.3593',
  'I25.758',
  'N18.5',
  'E87.79',
  'I21.B',
  'Z95.818',
  'T82.598D',
  'I50.814',
  'J96.12',
  'N17.2',
  'A41.52',
  'E11.641',
  'I63.413',
  'K92.0',
];
const PROCS = [
  'CPT 93351',
  'CPT 93288',
  'CPT 33249',
  'CPT 92928',
  'MS-DRG 292',
  'MS-DRG 872',
  'MS-DRG 639',
  'MS-DRG 065',
];
export function code(g: Gen): Span {
  return keep('clinical_code', g.pick(CODES), 'ICD-10');
}
export function proc(g: Gen): Span {
  return keep('clinical_code', g.pick(PROCS));
}

const EPONYMS = [
  'Cabot-Locke murmur',
  'Rytand murmur',
  "Lancisi's sign",
  "Sansom's sign",
  "Rosenbach's sign",
  "de Musset's sign",
  "Traube's space dullness",
  "Frank's earlobe crease",
  "Broadbent's sign",
  'Lown-Ganong-Levine pattern',
  "Hill's sign",
  "Duroziez's murmur",
  'Rivero-Carvallo maneuver',
  "Pemberton's sign",
  'Conley fall scale',
  'Jackson/Cubbin pressure-area scale',
  'Killip class III',
];
export function epo(g: Gen): Span {
  return keep('eponym', g.pick(EPONYMS));
}

const DEVICES = [
  'Medtronic Cobalt XT DR ICD',
  'Boston Scientific Resonate HF CRT-D',
  'Abbott HeartMate 3 LVAD',
  'WATCHMAN FLX Pro 31 mm occluder',
  'Dexcom G7 CGM',
  'Omnipod 5 pod',
  'Tandem t:slim X2 with Control-IQ',
  'Impella CP heart pump',
  'ZOLL LifeVest wearable defibrillator',
  'CardioMEMS HF sensor',
  'Philips EPIQ CVx echo system',
  'Siemens SOMATOM Drive CT',
  'GE Signa Artist 1.5T',
  'Omnicell XT automated cabinet',
  'BiPAP A40 Pro',
];
export function dev28(g: Gen): Span {
  return keep('device_name', g.pick(DEVICES));
}

export function stat(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `30-day heart failure readmission rate ${g.int(12, 24)}.${g.int(0, 9)}%`,
      `${g.int(180, 620)} licensed beds`,
      `door-to-balloon median ${g.int(48, 88)} minutes`,
      `${g.int(2, 19)},${g.digits(3)} admissions last fiscal year`,
      `CLABSI rate ${g.int(0, 2)}.${g.digits(2)} per 1,000 line-days`,
      `average length of stay ${g.int(3, 6)}.${g.int(0, 9)} days`,
    ]),
  );
}

export function yr(g: Gen): Span {
  return keep('year', String(g.int(1978, 2022)));
}
export function ageK(g: Gen, age?: number): Span {
  return keep('age_under_90', String(age ?? g.int(22, 89)));
}
/** The age of a person: PHI over 89, kept otherwise. */
export function ageOf28(g: Gen): Span {
  return g.chance(0.35) ? phi('age', String(g.int(90, 103))) : ageK(g, g.int(41, 89));
}
