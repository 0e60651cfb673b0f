/**
 * Keep strings of blind split 4: drugs with doses, lab values with units, ICD-10, CPT, LOINC
 * and SNOMED codes, eponyms, device names, organisations, versions, statistics and UUIDs, from
 * lists of its own. None of them is PHI. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { ordinal } from '../dates';
import { type Frag, keep, type Span, t } from '../fragment';

export const DRUGS = {
  ems: [
    'nitroglycerin 0.4 mg SL',
    'naloxone 4 mg IN',
    'droperidol 1.25 mg IV',
    'ketamine 50 mg IV',
    'fentanyl 50 mcg IN',
    'glucagon 1 mg IM',
    'dextrose 10% 250 mL',
    'midazolam 5 mg IM',
    'ipratropium 0.5 mg neb',
    'calcium chloride 1 g IV',
  ],
  ob: [
    'oxytocin 10 units IM',
    'misoprostol 25 mcg PV',
    'carboprost 250 mcg IM',
    'methylergonovine 0.2 mg IM',
    'betamethasone 12 mg IM',
    'Rho(D) immune globulin 300 mcg',
    'nifedipine 10 mg PO',
    'labetalol 20 mg IV',
    'magnesium sulfate 4 g IV',
    'ferrous fumarate 322 mg',
  ],
  psych: [
    'vortioxetine 10 mg',
    'brexpiprazole 1 mg',
    'lurasidone 40 mg',
    'lithium carbonate 300 mg',
    'aripiprazole 5 mg',
    'agomelatine 25 mg',
    'hydroxyzine 25 mg',
    'prazosin 1 mg',
    'clozapine 12.5 mg',
    'lamotrigine 25 mg',
  ],
  dentalAnaesthetic: [
    'articaine 4% 1.7 mL',
    'lidocaine 2% 1.8 mL',
    'mepivacaine 3% 1.8 mL',
    'prilocaine 4% 1.8 mL',
  ],
  dental: [
    'chlorhexidine 0.12% 15 mL',
    'clindamycin 300 mg',
    'ibuprofen 600 mg',
    'amoxicillin 2 g',
    'silver diamine fluoride 38%',
    'sodium fluoride varnish 5%',
  ],
  peds: [
    'cefdinir 125 mg/5 mL',
    'cetirizine 5 mg',
    'prednisolone 15 mg/5 mL',
    'ferrous sulfate drops 15 mg',
    'salbutamol 100 mcg x 4 puffs',
    'oseltamivir 45 mg',
    'dexamethasone 9 mg',
    'zinc sulfate 20 mg',
  ],
  pharmacy: [
    'pramlintide 60 mcg',
    'liraglutide 1.8 mg',
    'adalimumab 40 mg',
    'dupilumab 300 mg',
    'canagliflozin 100 mg',
    'fondaparinux 2.5 mg',
    'pitavastatin 2 mg',
    'insulin detemir 18 units',
    'liothyronine 5 mcg',
    'naltrexone 50 mg',
    'ustekinumab 45 mg',
    'erenumab 70 mg',
    'nicorandil 10 mg',
  ],
  home: [
    'bumetanide 1 mg',
    'tinzaparin 4500 units',
    'acenocoumarol 2 mg',
    'finerenone 10 mg',
    'metoprolol tartrate 25 mg',
    'alfuzosin 10 mg',
    'galantamine 8 mg',
    'safinamide 50 mg',
  ],
  physio: [
    'baclofen 10 mg',
    'tizanidine 2 mg',
    'diclofenac gel 1% 4 g',
    'celecoxib 200 mg',
    'milnacipran 50 mg',
    'pregabalin 75 mg',
  ],
} as const;

export function drug(g: Gen, list: readonly string[]): Span {
  return keep('drug_dose', g.pick(list));
}

const LABS: ((g: Gen) => string)[] = [
  (g) => `Hb ${g.int(78, 152)} g/L`,
  (g) => `K+ ${g.int(30, 58) / 10} mmol/L`,
  (g) => `HbA1c ${g.int(52, 124) / 10}%`,
  (g) => `glucose ${g.int(28, 260) / 10} mmol/L`,
  (g) => `BGL ${g.int(40, 420)} mg/dL`,
  (g) => `CRP ${g.int(1, 240)} mg/L`,
  (g) => `eGFR ${g.int(12, 110)} mL/min/1.73m2`,
  (g) => `INR ${g.int(9, 48) / 10}`,
  (g) => `TSH ${g.int(2, 98) / 10} mIU/L`,
  (g) => `ferritin ${g.int(4, 600)} ng/mL`,
  (g) => `lactate ${g.int(6, 80) / 10} mmol/L`,
  (g) => `troponin I ${g.int(2, 900)} ng/L`,
  (g) => `platelets ${g.int(40, 450)} x10^9/L`,
  (g) => `Na ${g.int(124, 148)} mmol/L`,
  (g) => `bilirubin ${g.int(30, 340)} umol/L`,
  (g) => `SpO2 ${g.int(84, 100)}%`,
  (g) => `EtCO2 ${g.int(18, 52)} mmHg`,
  (g) => `lithium level ${g.int(3, 14) / 10} mmol/L`,
];

export function lab(g: Gen): Span {
  return keep('lab_value', g.pick(LABS)(g));
}

const CODES: readonly [string, string][] = [
  ['ICD-10', 'O24.419'],
  ['ICD-10', 'O13.3'],
  ['ICD-10', 'Z34.82'],
  ['ICD-10', 'F33.1'],
  ['ICD-10', 'F43.10'],
  ['ICD-10', 'K02.52'],
  ['ICD-10', 'S82.851A'],
  ['ICD-10', 'R55'],
  ['ICD-10', 'M54.16'],
  ['ICD-10', 'P59.9'],
  ['ICD-10', 'Z63.4'],
  ['ICD-10', 'E66.2'],
  ['CPT', '99283'],
  ['CPT', '59400'],
  ['CPT', '90837'],
  ['CPT', '97110'],
  ['CPT', '97161'],
  ['CDT', 'D2392'],
  ['CDT', 'D0150'],
  ['CDT', 'D1206'],
  ['CPT', '96127'],
  ['CPT', 'G0299'],
  ['LOINC', '1558-6'],
  ['LOINC', '59408-5'],
  ['LOINC', '44249-1'],
  ['LOINC', '8287-5'],
  ['LOINC', '32624-9'],
  ['SNOMED', '72892002'],
  ['SNOMED', '386661006'],
  ['SNOMED', '35489007'],
  ['SNOMED', '422504002'],
  ['SNOMED', '80394007'],
];

/** A code with its system named before it ("ICD-10 O24.419"); only the code is labeled. */
export function code(g: Gen, system?: string): Frag {
  const pool = system ? CODES.filter(([s]) => s === system) : CODES;
  const [sys, value] = g.pick(pool);
  return t`${sys} ${keep('clinical_code', value)}`;
}

export function bareCode(g: Gen, system: string): Span {
  return keep('clinical_code', g.pick(CODES.filter(([s]) => s === system))[1]);
}

export const EPONYMS = {
  ob: [
    'Leopold maneuvers',
    'McRoberts maneuver',
    'Ritgen maneuver',
    'Kleihauer-Betke test',
    'Braxton Hicks contractions',
  ],
  obDating: ['Naegele rule', 'Parikh formula'],
  obScores: ['Bishop score', 'Friedman curve'],
  newborn: ['Silverman-Andersen score', 'Ballard score', 'Dubowitz score'],
  peds: ['Ortolani test', 'Barlow maneuver', 'Moro reflex', 'Finnegan score', 'Denver II'],
  neuro: [
    'Hunt and Hess grade',
    'Spurling test',
    'Chaddock sign',
    'Cincinnati Prehospital Stroke Scale',
    'Oppenheim sign',
    'Gordon reflex',
  ],
  msk: [
    'Apley grind test',
    'Thompson test',
    'Finkelstein test',
    'Durkan test',
    'Ober test',
    'Hawkins-Kennedy test',
  ],
  outcomes: [
    'Berg Balance Scale',
    'Oswestry Disability Index',
    'Roland-Morris questionnaire',
    'Fugl-Meyer assessment',
  ],
  nursing: ['Hendrich II fall model', 'Morse Fall Scale', 'Waterlow score', 'Barthel index', 'Norton scale'],
  signs: ['Korotkoff sounds', 'Biot respiration', 'Cheyne-Stokes respiration', 'Battle sign', 'Kehr sign'],
  psych: [
    'Hamilton Depression Rating Scale',
    'Columbia Suicide Severity Rating Scale',
    'Korsakoff syndrome',
    'Clinical Institute Withdrawal Assessment',
    'Edinburgh Postnatal Depression Scale',
  ],
  dental: ['Black class II', 'Miller class I recession', 'Angle class II malocclusion', 'Frankl scale'],
  genetics: [
    'Loeys-Dietz syndrome',
    'Lynch syndrome',
    'Huntington disease',
    'Tay-Sachs disease',
    'Peutz-Jeghers syndrome',
    'Li-Fraumeni syndrome',
    'Duchenne muscular dystrophy',
  ],
} as const;

export function eponym(g: Gen, list: readonly string[]): Span {
  return keep('eponym', g.pick(list));
}

export const DEVICES = {
  ems: ['LIFEPAK 15', 'Zoll X Series', 'AutoPulse', 'Corpuls3', 'Tempus Pro'],
  implant: ['Straumann BLX', 'Nobel Biocare NobelActive', 'Zimmer TSV', 'Osstem TS III'],
  airway: ['i-gel size 4', 'King LT-D', 'EZ-IO', 'Ferno 35X PROFlexx'],
  home: [
    'Inogen One G5',
    'Philips DreamStation 2',
    'Invacare Perfecto2',
    'Hoyer Advance',
    'Omron HEM-7156',
    'Philips Lifeline HomeSafe',
  ],
  diabetes: [
    'Sugarbeat CGM',
    'Medtrum TouchCare Nano',
    'Beta Bionics iLet',
    'Accu-Chek Guide',
    'Zio XT patch',
    'LINQ II loop recorder',
    'Micra AV pacemaker',
  ],
  ob: [
    'Corometrics 259cx',
    'Avalon FM30',
    'Bakri balloon',
    'Kiwi OmniCup',
    'GE Giraffe OmniBed',
    'Natus neoBLUE',
  ],
  dental: ['Planmeca ProMax 3D', 'iTero Element 5D', 'Primescan', 'CS 8100', 'Cavitron Plus'],
  ward: [
    'Plum 360',
    'Medfusion 4000',
    'Masimo Rad-97',
    'Mindray ePM 10',
    'Centrella Smart+ bed',
    'Kangaroo ePump',
  ],
} as const;

export function device(g: Gen, list: readonly string[]): Span {
  return keep('device_name', g.pick(list));
}

export const ORGS = {
  za: [
    'Chris Hani Baragwanath Academic Hospital',
    'Groote Schuur Hospital',
    'Discovery Health',
    'Netcare Milpark Hospital',
    'Lancet Laboratories',
    'Dis-Chem Pharmacy',
  ],
  in: [
    'Apollo Hospitals',
    'Narayana Health',
    'AIIMS New Delhi',
    'Star Health Insurance',
    'Dr Lal PathLabs',
    'MedPlus',
  ],
  sg: [
    'Tan Tock Seng Hospital',
    "KK Women's and Children's Hospital",
    'Singapore General Hospital',
    'Guardian Pharmacy',
    'Raffles Medical',
  ],
  my: ['Hospital Kuala Lumpur', 'Sunway Medical Centre', 'Pantai Hospital Ampang'],
  ph: ['Philippine General Hospital', "St. Luke's Medical Center", 'PhilHealth', 'Mercury Drug', 'Maxicare'],
  kr: ['Seoul National University Hospital', 'Samsung Medical Center', 'Asan Medical Center'],
  de: [
    'Charité – Universitätsmedizin Berlin',
    'AOK Bayern',
    'Techniker Krankenkasse',
    'Universitätsspital Zürich',
    'AKH Wien',
  ],
  pl: ['Narodowy Fundusz Zdrowia', 'Szpital Bielański'],
  pt: ['Hospital de Santa Maria', 'Serviço Nacional de Saúde'],
  ng: ['Lagos University Teaching Hospital', 'National Hospital Abuja', 'Hygeia HMO'],
  us: [
    'Kaiser Permanente',
    'Banner Health',
    'Intermountain Health',
    'Parkland Memorial Hospital',
    'Visiting Nurse Service of New York',
    'Planned Parenthood',
    'Ochsner Medical Center',
  ],
  payer: [
    'Aetna',
    'Humana',
    'UnitedHealthcare',
    'Blue Cross Blue Shield of Texas',
    'Molina Healthcare',
    'Delta Dental',
    'Medi-Cal',
    'Ambetter',
  ],
  rx: ['Walgreens', 'CVS Caremark', 'Express Scripts', 'Optum Rx', 'Rite Aid', 'H-E-B Pharmacy'],
  lab: ['Quest Diagnostics', 'Labcorp', 'Invitae', 'GeneDx', 'Ambry Genetics'],
  ems: [
    'American Medical Response',
    'Acadian Ambulance',
    'MedStar Mobile Healthcare',
    'Falck Northern California',
  ],
} as const;

export type OrgPlace = keyof typeof ORGS;

export function org(g: Gen, place: OrgPlace = 'us'): Span {
  return keep('organization', g.pick(ORGS[place]));
}

const VERSIONS = ['4.2.1', '11.0.3', '2.5.1', '7.14', '3.0.0-rc2', '2024.1.6', '15.2', '9.8.12'];

export function version(g: Gen): Span {
  return keep('version', g.pick(VERSIONS));
}

const STATS: ((g: Gen) => string)[] = [
  (g) => `${ordinal(g.int(3, 97))} centile`,
  (g) => `${ordinal(g.int(3, 97))} percentile`,
  (g) => `p = 0.0${g.int(1, 49)}`,
  (g) => `OR ${g.int(11, 49) / 10}`,
  (g) => `95% CI ${g.int(10, 19) / 10}-${g.int(20, 39) / 10}`,
  (g) => `z-score ${g.pick(['+', '-'])}${g.int(1, 29) / 10}`,
  (g) => `${g.int(5, 85)}% lifetime risk`,
  (g) => `1 in ${g.int(2, 400)}`,
  (g) => `LOD ${g.int(20, 45) / 10}`,
];

export function statistic(g: Gen): Span {
  return keep('statistic', g.pick(STATS)(g));
}

export function uuid(g: Gen): Span {
  const hex = (n: number): string => g.letters(n, '0123456789abcdef');
  return keep('uuid', `${hex(8)}-${hex(4)}-4${hex(3)}-${g.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`);
}
