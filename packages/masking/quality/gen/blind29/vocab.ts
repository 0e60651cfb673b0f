/**
 * Word lists and labeled pieces of blind split 29: longitudinal outpatient records (primary care,
 * cardiology, diabetes, renal, vascular and pulmonary follow-ups). SYNTHETIC DATA ONLY: every
 * name, town and number is invented or drawn from seeded generators.
 */
import type { Gen } from '../context';
import { formatDate } from '../dates';
import { keep, type Piece, phi, type Span, t } from '../fragment';
import { zipValue } from '../identifiers';
import { person } from '../people';

export const GIVEN_F = [
  'Marisela',
  'Oyelade',
  'Henrietta',
  'Thuy',
  'Brannagh',
  'Zuleika',
  'Ilse',
  'Dorothea',
  'Kalani',
  'Perpetua',
  'Saoirse',
  'Wilhelmina',
  'Nkechi',
  'Anouk',
  'Reyna',
  'Ottilie',
  'Fenella',
  'Jovana',
  'Lurleen',
  'Mehrnaz',
  'Ximena',
  'Corisande',
  'Tamsin',
  'Birgitta',
  'Adaeze',
  'Hyacinth',
  'Magdalene',
  'Soraya',
];
export const GIVEN_M = [
  'Alcides',
  'Thaddeus',
  'Obinna',
  'Lucien',
  'Hollis',
  'Tarquin',
  'Vuong',
  'Ezekiel',
  'Radomir',
  'Ignatius',
  'Cormac',
  'Delbert',
  'Anselm',
  'Kwabena',
  'Florian',
  'Mordecai',
  'Teodoro',
  'Lachlan',
  'Haskell',
  'Jasper',
  'Eamon',
  'Nnamdi',
  'Ruairi',
  'Bartholomew',
  'Kazimierz',
  'Emmerich',
  'Sulaiman',
  'Wendell',
];
export const FAMILY = [
  'Quennell',
  'Oduya',
  'Szczepanik',
  'Harrowgate',
  'Lindqvist',
  'Abernathy',
  'Vellacott',
  'Nwachukwu',
  'Trudgeon',
  'Castellanos',
  'Pettibone',
  'Hoang',
  'Dromgoole',
  'Marchetti',
  'Oyelaran',
  'Kettleborough',
  'Van der Meulen',
  'Fairweather',
  'Mbatha',
  'Ruggles',
  'Iturbide',
  'Strachan',
  'Delacroix',
  'Pennywhistle',
  'Gundersen',
  'Achterberg',
  'Okonjo',
  'Winterbottom',
  'Ballantyne',
  'Esterhazy',
  'McGillicuddy',
  'Tarkington',
  'Sigurdsson',
  'Farquharson',
  'Boateng',
  'Prewitt',
  'Lachance',
  'Yarborough',
  'Dunleavy',
  'Kowalczyk',
  'Threlkeld',
  'Amadi',
  'Haverkamp',
  'Quigley',
  'Rosenthal-Ames',
  "O'Shaughnessy",
];

export const TOWNS = [
  'Millbrook Falls',
  'East Tisbury',
  'Carrow Junction',
  'Pell City',
  'Ashdown',
  'North Haverill',
  'Wyckoff Mills',
  'Lake Tenaway',
  'Stonebridge',
  'Fort Amberly',
  'Gilchrist',
  'Beulah Springs',
  'Port Ossining',
  'Hadley Corners',
  'Mount Verity',
  'Quarryville',
  'Elkhorn Bend',
  'New Sarum',
];
const STREETS = [
  'Tamarack Lane',
  'Old Mill Rd',
  'Furnace Street',
  'Cobble Hill Dr',
  'Wainwright Ave',
  'Peddler’s Way',
  'County Road 14',
  'Larkspur Ct',
  'Bellwether Blvd',
  'Quaker Meeting House Rd',
  'Orchard Terrace',
  'Route 9W',
  'Spindle Hill Road',
  'Dogwood Circle',
];
const STATES = ['MA', 'NH', 'VT', 'CT', 'NY', 'PA', 'OH', 'ME', 'RI', 'NJ'];

/** Employers named in social histories: left unlabeled (not an identifier by themselves). */
export const EMPLOYERS = [
  'the post office',
  'Harbor Freight',
  'a tool-and-die shop',
  'the school district',
  'Pratt & Whitney',
  'the county highway department',
  'a nursing home',
  'UPS',
  'the paper mill',
  'Stop & Shop',
  'the VA',
  'a law firm downtown',
];
export const PROFESSIONS = [
  'retired machinist',
  'school bus driver',
  'CNA',
  'dental hygienist',
  'long-haul trucker',
  'accountant',
  'electrician',
  'retired teacher',
  'line cook',
  'pastor',
  'roofer',
  'pharmacy tech',
];

export const HOSPITALS = [
  'Brigham and Women’s Hospital',
  'Faulkner Hospital',
  'Newton-Wellesley Hospital',
  'Lahey Clinic',
  'Salem Hospital',
  'Mount Auburn Hospital',
  'Baystate Medical Center',
  'Dartmouth-Hitchcock',
  'Rhode Island Hospital',
  'St. Elizabeth’s Medical Center',
  'Cooley Dickinson Hospital',
  'Hartford HealthCare',
];
export const CLINICS = [
  'Joslin Diabetes Center',
  'Kidney Care Associates',
  'Pulmonary Associates of the North Shore',
  'Heart & Vascular Institute',
  'Fresenius Kidney Care',
  'DaVita Dialysis',
  'Harbor Health Community Health Center',
  'Lincare',
  'Apria Healthcare',
];
export const PAYERS = [
  'Harvard Pilgrim',
  'Tufts Health Plan',
  'Blue Cross Blue Shield of Massachusetts',
  'MassHealth',
  'Medicare Part B',
  'Fallon Health',
  'AARP Medicare Advantage',
];
export const PHARMACIES = ['CVS Pharmacy', 'Walgreens', 'Express Scripts', 'Costco Pharmacy', 'OptumRx'];
export const LAB_ORGS = ['Quest Diagnostics', 'LabCorp', 'ARUP Laboratories'];

type DrugArea = 'dm' | 'renal' | 'cardiac' | 'pulm' | 'vasc';

const DRUGS: Record<DrugArea, [string, string[]][]> = {
  dm: [
    ['glyburide-metformin', ['2.5-500 mg', '5-500 mg']],
    ['pioglitazone (Actos)', ['15 mg', '30 mg']],
    ['colesevelam (Welchol)', ['625 mg', '3.75 g']],
    ['sitagliptin (Januvia)', ['50 mg', '100 mg']],
    ['TRADJENTA (LINAGLIPTIN)', ['5 mg']],
    ['degludec (Tresiba FlexTouch)', ['18 units', '32 units']],
    ['Admelog SoloStar', ['4 units', '6 units with meals']],
    ['Toujeo Max', ['40 units']],
    ['Trulicity pen', ['1.5 mg', '3 mg']],
    ['tirzepatide (Mounjaro)', ['5 mg', '7.5 mg']],
    ['dapagliflozin (Farxiga)', ['10 mg']],
  ],
  renal: [
    ['torsemide (Demadex)', ['20 mg', '40 mg']],
    ['calcitriol (Rocaltrol)', ['0.25 mcg']],
    ['sevelamer (Renvela)', ['800 mg']],
    ['NaHCO3 tabs', ['650 mg']],
    ['ferrous sulfate (Slow Fe)', ['142 mg']],
    ['epoetin (Retacrit)', ['10,000 units']],
    ['finerenone (Kerendia)', ['10 mg', '20 mg']],
    ['allopurinol (Zyloprim)', ['100 mg', '300 mg']],
    ['metolazone (Zaroxolyn)', ['2.5 mg']],
    ['patiromer (Veltassa)', ['8.4 g']],
    ['SZC (Lokelma)', ['10 g']],
  ],
  cardiac: [
    ['chlorthalidone (Thalitone)', ['15 mg']],
    ['ISMN (Imdur)', ['30 mg', '60 mg']],
    ['RANEXA ER (RANOLAZINE)', ['500 mg', '1000 mg']],
    ['hydralazine HCl', ['25 mg', '50 mg']],
    ['digoxin (Lanoxin)', ['0.125 mg']],
    ['dofetilide (Tikosyn)', ['250 mcg']],
    ['sac/val (Entresto)', ['24/26 mg', '49/51 mg']],
    ['CORLANOR (IVABRADINE)', ['5 mg']],
    ['ezetimibe (Zetia)', ['10 mg']],
    ['Vascepa (icosapent)', ['2 g']],
    ['colchicine (Colcrys)', ['0.6 mg']],
    ['NTG SL (Nitrostat)', ['0.4 mg']],
    ['BUMEX (BUMETANIDE)', ['1 mg', '2 mg']],
    ['doxazosin (Cardura)', ['2 mg', '4 mg']],
    ['Catapres-TTS', ['0.1 mg']],
  ],
  pulm: [
    ['Spiriva HandiHaler', ['18 mcg']],
    ['Breztri Aerosphere', ['2 puffs']],
    ['Symbicort HFA', ['160/4.5 mcg 2 puffs']],
    ['roflumilast (Daliresp)', ['500 mcg']],
    ['azithro (Zithromax)', ['250 mg']],
    ['Xopenex HFA', ['45 mcg']],
  ],
  vasc: [
    ['PLETAL (CILOSTAZOL)', ['100 mg']],
    ['pentoxifylline (Trental)', ['400 mg']],
  ],
};
const FREQS = [
  'qd',
  'daily',
  'BID',
  'bid',
  'qhs',
  'TID',
  'q am',
  'twice a day',
  'prn',
  'weekly',
  'q.d.',
  'with supper',
];

const CPT = [
  '93924',
  '93985',
  '0446T',
  '99422',
  'G0447',
  '99495',
  '93882',
  '94726',
  '94621',
  '36818',
  '93792',
];
const LOINC = [
  '14958-3',
  '35663-4',
  '62246-4',
  '9322-9',
  '13967-5',
  '33763-4',
  '19124-7',
  '2966-0',
  '20564-1',
];

const EPONYMS: Record<Area, string[]> = {
  dm: [
    'Semmes-Weinstein 5.07 filament',
    'Charcot foot, Eichenholtz stage 1',
    'Wagner grade 3 ulcer',
    'Pemberton arm-raise test',
  ],
  renal: [
    'Kimmelstiel-Wilson nodular glomerulosclerosis',
    'Cockcroft-Gault CrCl',
    'Trousseau’s sign of latent tetany',
  ],
  cardiac: [
    'de Musset head bob',
    'Levine grade III/VI murmur',
    'Osler nodes on finger pads',
    'Duroziez double murmur',
    'Austin Flint rumble',
  ],
  pulm: ['Epworth score', 'modified Borg scale', 'Hoover’s sign of the costal margin', 'Mallampati class IV'],
  vasc: [
    'Buerger’s test',
    'Rutherford category 5',
    'Fontaine stage III',
    'Stemmer’s sign',
    'Mönckeberg sclerosis',
  ],
  vitals: ['Tinel’s sign at the wrist', 'Phalen’s wrist flexion test', 'Spurling’s neck compression'],
};
const DEVICES: Record<'dm' | 'cardiac' | 'pulm', string[]> = {
  dm: [
    'Dexcom G6 touchscreen receiver',
    'Libre 2 Plus sensor',
    'Omnipod DASH PDM',
    'Tandem t:slim X2 pump',
    'Guardian Connect 4 transmitter',
  ],
  cardiac: [
    'Micra VR2 leadless pacer',
    'CardioMEMS PA sensor',
    'Zio AT 14-day patch',
    'KardiaMobile six-lead',
    'Omron 10 Series cuff',
    'LifeVest WCD 4000',
    'Azure XT DR MRI',
  ],
  pulm: ['AirSense 10 AutoSet', 'DreamStation Auto', 'Inogen Rove 6 POC', 'Respironics SimplyGo Mini POC'],
};

export interface Who {
  first: string;
  middle: string;
  last: string;
  sex: 'female' | 'male';
}

/** A person: mostly from this split's lists, some from the shared generator. */
export function who(g: Gen, sex?: 'female' | 'male'): Who {
  if (g.chance(0.3)) {
    const p = person(g);
    if (!sex || p.sex === sex) return { first: p.first, middle: p.middle, last: p.last, sex: p.sex };
  }
  const s = sex ?? (g.chance(0.5) ? 'female' : 'male');
  const given = s === 'female' ? GIVEN_F : GIVEN_M;
  return { first: g.pick(given), middle: g.pick(given), last: g.pick(FAMILY), sex: s };
}

export type Form = 'full' | 'fml' | 'lf' | 'LF' | 'first' | 'last' | 'init' | 'f_last';

export function nm(p: Who, form: Form): Span {
  switch (form) {
    case 'full':
      return phi('name', `${p.first} ${p.last}`, form);
    case 'fml':
      return phi('name', `${p.first} ${p.middle[0]}. ${p.last}`, form);
    case 'lf':
      return phi('name', `${p.last}, ${p.first}`, form);
    case 'LF':
      return phi('name', `${p.last}, ${p.first}`.toUpperCase(), form);
    case 'first':
      return phi('name', p.first, form);
    case 'last':
      return phi('name', p.last, form);
    case 'init':
      return phi('name', `${p.first[0]}${p.middle[0]}${p.last[0]}`, form);
    case 'f_last':
      return phi('name', `${p.first[0]}. ${p.last}`, form);
  }
}

const CREDS = ['MD', 'M.D.', 'DO', 'NP', 'ANP-BC', 'PA-C', 'RN', 'FNP', 'MD, FACC', 'MD, PhD', 'CDCES', 'RD'];

/** A clinician as notes refer to them. */
export function doc(g: Gen, p: Who): Piece {
  return g.pick([
    () => t`Dr. ${nm(p, 'last')}`,
    () => t`Dr ${nm(p, 'full')}`,
    () => t`${nm(p, 'full')}, ${g.pick(CREDS)}`,
    () => t`${nm(p, 'fml')} ${g.pick(CREDS)}`,
    () => t`dr. ${phi('name', p.last.toLowerCase(), 'lower_last')}`,
    () => t`Dr. ${nm(p, 'f_last')}`,
  ])();
}

/** A typed signature block: name, credentials, dictation/transcription initials and dates. */
export function signature(g: Gen, p: Who, when: Date): Piece {
  const typist = who(g);
  const ini = nm(p, 'init');
  const tx = phi('name', `${typist.first[0]}${typist.last[0]}`.toLowerCase(), 'typist_initials');
  const dDate = formatDate(g, when, g.pick(['us', 'us_short']));
  const tDate = formatDate(
    g,
    new Date(when.getTime() + g.int(0, 3) * 86_400_000),
    g.pick(['us', 'us_short']),
  );
  return g.pick([
    () =>
      t`______________________________\n${nm(p, 'fml')}, ${g.pick(CREDS)}\n\n${ini}/${tx}\nDD: ${dDate}\nDT: ${tDate}\nDictation #${g.digits(7)}`,
    () =>
      t`Electronically signed by ${nm(p, 'full')}, ${g.pick(CREDS)} on ${dDate} at ${g.int(7, 19)}:${g.int(0, 5)}${g.int(0, 9)}`,
    () =>
      t`${nm(p, 'full')}\n\nDictated by: ${nm(p, 'lf')}\ntranscribed by: ${tx} ${tDate}\nJob ID ${g.digits(6)}`,
    () => t`-- ${ini}\n   cc: chart`,
    () => t`Signed: ${nm(p, 'f_last')} ${g.pick(CREDS)} ${dDate}\n${ini}:${tx}`,
  ])();
}

export function town(g: Gen): Span {
  return phi('geo', g.pick(TOWNS), 'city');
}

export function streetSpan(g: Gen): Span {
  const unit = g.chance(0.25)
    ? g.pick([` Apt ${g.int(1, 40)}`, ` Unit ${g.letters(1)}`, `, #${g.int(2, 12)}`])
    : '';
  return phi('street_address', `${g.int(2, 9870)} ${g.pick(STREETS)}${unit}`);
}

export function addr(g: Gen): Piece {
  const st = g.pick(STATES);
  return g.pick([
    () => t`${streetSpan(g)}, ${town(g)}, ${st} ${zipValue(g)}`,
    () => t`${streetSpan(g)}\n${town(g)} ${st}  ${zipValue(g)}`,
    () => t`${streetSpan(g)} - ${town(g)}, ${st}`,
  ])();
}

function drugsOf(g: Gen, area?: DrugArea): [string, string[]][] {
  return DRUGS[area ?? g.pick(Object.keys(DRUGS) as DrugArea[])];
}

export function drug(g: Gen, withFreq = true, area?: DrugArea): Span {
  const [name, doses] = g.pick(drugsOf(g, area));
  const dose = g.pick(doses);
  return keep(
    'drug_dose',
    withFreq && g.chance(0.7) ? `${name} ${dose} ${g.pick(FREQS)}` : `${name} ${dose}`,
  );
}

export function drugOnly(g: Gen, area?: DrugArea): Span {
  return keep('drug_dose', g.pick(drugsOf(g, area))[0], 'name_only');
}

function dec(g: Gen, lo: number, hi: number, d: number): string {
  return g.f.number.float({ min: lo, max: hi }).toFixed(d);
}

export type Area = 'dm' | 'renal' | 'cardiac' | 'pulm' | 'vasc' | 'vitals';

const LABS: Record<Area, ((g: Gen) => string)[]> = {
  dm: [
    (g) => `A1c ${dec(g, 5.6, 11.9, 1)}%`,
    (g) => `HbA1c ${dec(g, 5.6, 11.9, 1)} %`,
    (g) => `FBS ${g.int(88, 290)}`,
    (g) => `fructosamine ${g.int(240, 480)} umol/L`,
    (g) => `TSH ${dec(g, 0.1, 8.9, 2)}`,
  ],
  renal: [
    (g) => `UACR ${g.int(8, 1400)} mg/g`,
    (g) => `K ${dec(g, 3.4, 6.1, 1)}`,
    (g) => `creat ${dec(g, 0.7, 4.8, 2)}`,
    (g) => `Cr ${dec(g, 0.7, 4.8, 1)} mg/dL`,
    (g) => `eGFR ${g.int(9, 95)}`,
    (g) => `Hgb ${dec(g, 7.9, 15.8, 1)}`,
    (g) => `PTH ${g.int(40, 690)} pg/mL`,
    (g) => `phos ${dec(g, 2.4, 7.8, 1)}`,
    (g) => `bicarb ${g.int(15, 29)}`,
  ],
  cardiac: [
    (g) => `LDL ${g.int(38, 190)}`,
    (g) => `HDL ${g.int(24, 78)} mg/dL`,
    (g) => `TG ${g.int(70, 620)}`,
    (g) => `NT-proBNP ${g.int(90, 9800).toLocaleString('en-US')} pg/mL`,
    (g) => `LVEF ${g.int(20, 65)}%`,
    (g) => `EF ${g.int(20, 65)}-${g.int(66, 70)}%`,
    (g) => `INR ${dec(g, 0.9, 3.9, 1)}`,
    (g) => `QTc ${g.int(400, 520)} ms`,
  ],
  pulm: [
    (g) => `FEV1 ${dec(g, 0.6, 3.4, 2)} L (${g.int(28, 96)}% pred)`,
    (g) => `FEV1/FVC ${dec(g, 0.38, 0.82, 2)}`,
    (g) => `DLCO ${g.int(30, 95)}%`,
    (g) => `AHI ${g.int(5, 80)}/h`,
    (g) => `6MWT ${g.int(120, 520)} m`,
    (g) => `pCO2 ${g.int(38, 66)}`,
  ],
  vasc: [
    (g) => `ABI ${dec(g, 0.31, 1.29, 2)}`,
    (g) => `TBI ${dec(g, 0.2, 0.9, 2)}`,
    (g) => `TcPO2 ${g.int(12, 60)} mmHg`,
    (g) => `PSV ${g.int(90, 420)} cm/s`,
  ],
  vitals: [
    (g) => `BP ${g.int(104, 186)}/${g.int(52, 102)}`,
    (g) => `P ${g.int(52, 112)}`,
    (g) => `wt ${g.int(118, 312)} lb`,
    (g) => `BMI ${dec(g, 19, 46, 1)}`,
    (g) => `O2 sat ${g.int(86, 99)}% RA`,
    (g) => `T ${dec(g, 97, 100.9, 1)}`,
  ],
};

/** A lab value or vital of one clinical area, or of any. */
export function lab(g: Gen, area?: Area): Span {
  const a = area ?? g.pick(Object.keys(LABS) as Area[]);
  return keep('lab_value', g.pick(LABS[a])(g));
}

/** Problems as lists name them, with an ICD-10-CM code and, where one fits, a SNOMED CT concept. */
const PROBLEMS: Record<Exclude<Area, 'vitals'>, [string, string, string?][]> = {
  dm: [
    ['DM2 w/ moderate NPDR OU', 'E11.3393'],
    ['DM2 w/ foot ulcer', 'E11.6219'],
    ['DM2 w/ PAD and gangrene', 'E11.52'],
    ['Hypercalcemia', 'E83.59'],
  ],
  renal: [
    ['CKD stage 4 due to type 2 DM', 'E11.29', '721000119107'],
    ['CKD stage 3', 'N18.30', '431857002'],
    ['CKD stage 2', 'N18.2', '90688006'],
    ['Secondary hyperparathyroidism, renal', 'N25.89', '427090001'],
    ['Anemia in CKD', 'D63.8', '399210005'],
    ['Metabolic acidosis', 'E87.20'],
  ],
  cardiac: [
    ['CAD w/ stable angina', 'I25.118', '230689006'],
    ['Atrial fibrillation', 'I48.27', '128054009'],
    ['Acute on chronic HFpEF', 'I50.33'],
    ['Pacemaker in situ', 'Z95.828'],
  ],
  pulm: [
    ['COPD', 'J44.9'],
    ['Hypercapnic respiratory failure', 'J96.02'],
    ['Sleep apnea', 'G47.37'],
    ['Dependence on home O2/CPAP', 'Z99.89'],
  ],
  vasc: [
    ['PAD w/ rest pain, bilateral', 'I70.223'],
    ['Atherosclerosis R leg w/ heel ulcer', 'I70.238'],
    ['PVD, other', 'I73.89'],
  ],
};

export interface Problem {
  name: string;
  icd: Span;
  /** The SNOMED CT concept, or the ICD-10-CM code again where the list has none. */
  snomed: Span;
}

export function problem(g: Gen, area?: Exclude<Area, 'vitals'>): Problem {
  const a = area ?? g.pick(['dm', 'renal', 'cardiac', 'pulm', 'vasc'] as const);
  const [name, icd, sct] = g.pick(PROBLEMS[a]);
  return {
    name,
    icd: keep('clinical_code', icd, 'ICD-10'),
    snomed: sct ? keep('clinical_code', sct, 'SNOMED') : keep('clinical_code', icd, 'ICD-10'),
  };
}

export type CodeSystem = 'ICD-10' | 'CPT' | 'LOINC' | 'SNOMED';

export function code(g: Gen, system?: CodeSystem): Span {
  const s = system ?? g.pick(['ICD-10', 'CPT', 'LOINC', 'SNOMED'] as const);
  if (s === 'ICD-10') return problem(g).icd;
  if (s === 'SNOMED') return problem(g).snomed;
  return keep('clinical_code', g.pick(s === 'CPT' ? CPT : LOINC), s);
}

export function eponymSpan(g: Gen, area?: Area): Span {
  return keep('eponym', g.pick(EPONYMS[area ?? g.pick(Object.keys(EPONYMS) as Area[])]));
}

export function deviceSpan(g: Gen, area?: keyof typeof DEVICES): Span {
  return keep('device_name', g.pick(DEVICES[area ?? g.pick(['dm', 'cardiac', 'pulm'] as const)]));
}

export function org(g: Gen, list: readonly string[]): Span {
  return keep('organization', g.pick(list));
}

export function hospital(g: Gen): Span {
  return org(g, HOSPITALS);
}

export function yr(g: Gen, lo = 1988, hi = 2024): Span {
  return keep('year', String(g.int(lo, hi)));
}

export function ageKeep(g: Gen, lo = 2, hi = 89): Span {
  return keep('age_under_90', String(g.int(lo, hi)));
}

/** An age that may be over 89: PHI then, a keep string otherwise. */
export function ageAny(n: number): Span {
  return n > 89 ? phi('age', String(n)) : keep('age_under_90', String(n));
}

export function practiceStat(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `${g.int(52, 88)}% of panel at A1c goal`,
      `${g.int(900, 2400).toLocaleString('en-US')} patients on panel`,
      `no-show rate ${g.int(4, 19)}.${g.int(0, 9)}%`,
      `${g.int(61, 94)}% BP control rate`,
      `${g.int(3, 40)} patients on dialysis waitlist`,
      `30-day readmission ${g.int(8, 22)}.${g.int(0, 9)}%`,
    ]),
  );
}

/** A date some days before `d`, for histories and trends. */
export function before(d: Date, minDays: number, maxDays: number, g: Gen): Date {
  return new Date(d.getTime() - g.int(minDays, maxDays) * 86_400_000);
}

/** Month/day without a year, as quick notes write it ("3/14"). */
export function monthDay(d: Date): Span {
  return phi('date', `${d.getUTCMonth() + 1}/${d.getUTCDate()}`, 'month_day');
}

const KIN: [string, 'female' | 'male'][] = [
  ['wife', 'female'],
  ['husband', 'male'],
  ['daughter', 'female'],
  ['dtr', 'female'],
  ['son', 'male'],
  ['sister', 'female'],
  ['brother', 'male'],
  ['niece', 'female'],
  ['nephew', 'male'],
];

/** A relative and the word for them, the person's sex matching the word. */
export function kin(g: Gen): { rel: string; p: Who } {
  const [rel, sex] = g.pick(KIN);
  return { rel, p: who(g, sex) };
}
