/**
 * Strings that must survive masking. Each list is dealt alternately to the two splits, so
 * an engine tuned on the dev split's drugs, eponyms or codes meets others in the held-out one.
 */
import type { Gen } from './context';
import { keep, type Span } from './fragment';

const DRUGS = [
  'metformin',
  'lisinopril',
  'atorvastatin',
  'amlodipine',
  'levothyroxine',
  'omeprazole',
  'metoprolol succinate',
  'losartan',
  'gabapentin',
  'hydrochlorothiazide',
  'sertraline',
  'furosemide',
  'insulin glargine',
  'apixaban',
  'warfarin',
  'prednisone',
  'amoxicillin-clavulanate',
  'ceftriaxone',
  'vancomycin',
  'albuterol',
  'tamsulosin',
  'pantoprazole',
  'clopidogrel',
  'rosuvastatin',
  'escitalopram',
  'montelukast',
  'carvedilol',
  'spironolactone',
  'duloxetine',
  'tramadol',
  'enoxaparin',
  'heparin',
  'ondansetron',
  'acetaminophen',
  'empagliflozin',
  'semaglutide',
  'Eliquis',
  'Lasix',
  'Jardiance',
  'Ozempic',
  'Lantus',
  'Xarelto',
  'Zoloft',
  'Keppra',
  'Humalog',
  'Entresto',
  'Coumadin',
  'Synthroid',
];
const DOSES = [
  '500 mg',
  '10 mg',
  '40 mg',
  '0.125 mg',
  '1 g',
  '5,000 units',
  '100 mcg',
  '25 mg',
  '2.5 mg',
  '20 units',
  '81 mg',
  '750 mg',
  '0.5 mg',
  '12.5 mg',
  '1,000 mg',
  '4 mg',
];
const ROUTES = [
  'PO daily',
  'PO BID',
  'IV q24h',
  'SC nightly',
  'PO TID',
  'IV once',
  'PO q6h PRN',
  'SC weekly',
];

const LABS: [string, string][] = [
  ['Na', 'mmol/L'],
  ['K', 'mmol/L'],
  ['Cr', 'mg/dL'],
  ['BUN', 'mg/dL'],
  ['Hgb', 'g/dL'],
  ['WBC', 'x10^9/L'],
  ['Plt', 'K/uL'],
  ['HbA1c', '%'],
  ['TSH', 'mIU/L'],
  ['troponin I', 'ng/mL'],
  ['LDL', 'mg/dL'],
  ['eGFR', 'mL/min/1.73m2'],
  ['BNP', 'pg/mL'],
  ['lactate', 'mmol/L'],
  ['glucose', 'mg/dL'],
  ['ALT', 'U/L'],
  ['CRP', 'mg/L'],
  ['ferritin', 'ng/mL'],
];
const LAB_RANGES: Record<string, [number, number, number]> = {
  Na: [128, 148, 0],
  K: [3, 6, 1],
  Cr: [0.5, 4, 1],
  BUN: [6, 60, 0],
  Hgb: [7, 17, 1],
  WBC: [2, 22, 1],
  Plt: [80, 450, 0],
  HbA1c: [5, 12, 1],
  TSH: [0.2, 9, 2],
  'troponin I': [0, 2, 2],
  LDL: [50, 220, 0],
  eGFR: [15, 110, 0],
  BNP: [20, 2400, 0],
  lactate: [0.5, 6, 1],
  glucose: [60, 380, 0],
  ALT: [8, 140, 0],
  CRP: [0.5, 150, 1],
  ferritin: [10, 900, 0],
};

const ICD10 = [
  'E11.9',
  'I10',
  'J44.1',
  'N18.3',
  'I50.22',
  'Z79.4',
  'F32.A',
  'M54.50',
  'K21.9',
  'E78.5',
  'G20',
  'C34.90',
  'I48.91',
  'J18.9',
  'N39.0',
  'R07.9',
  'E66.01',
  'G40.909',
  'I21.4',
  'S72.001A',
];
const CPT = [
  '99213',
  '99214',
  '93000',
  '80053',
  '85025',
  '71046',
  '36415',
  '99285',
  '45378',
  '20610',
  '99223',
  '93306',
  '70450',
  '83036',
];
const LOINC = [
  '4548-4',
  '2345-7',
  '718-7',
  '2160-0',
  '33914-3',
  '6690-2',
  '1742-6',
  '2951-2',
  '2823-3',
  '777-3',
  '30934-4',
  '10839-9',
];
const SNOMED = [
  '44054006',
  '38341003',
  '195967001',
  '73211009',
  '22298006',
  '49436004',
  '13645005',
  '233604007',
  '59621000',
  '49049000',
  '84114007',
  '414545008',
];

const EPONYMS = [
  "Parkinson's disease",
  'Glasgow Coma Scale',
  'Apgar score',
  'Hodgkin lymphoma',
  "Crohn's disease",
  "Alzheimer's dementia",
  "Bell's palsy",
  "Graves' disease",
  'Cushing syndrome',
  'Down syndrome',
  "Addison's disease",
  'Foley catheter',
  'Swan-Ganz catheter',
  'Babinski sign',
  "Murphy's sign",
  'Whipple procedure',
  'Nissen fundoplication',
  "Hashimoto's thyroiditis",
  'Guillain-Barré syndrome',
  "Barrett's esophagus",
  'Wells score',
  'Braden scale',
  "Raynaud's phenomenon",
  'Kussmaul breathing',
  "Sjögren's syndrome",
  'Tanner stage',
  'Epley maneuver',
  'Romberg test',
];

const DEVICES = [
  'Medtronic Micra AV',
  'Dexcom G7',
  'FreeStyle Libre 3',
  'Philips Trilogy Evo',
  'Omnipod 5',
  'Tandem t:slim X2',
  'Watchman FLX',
  'Zoll LifeVest',
  'ResMed AirSense 11',
  'Medtronic MiniMed 780G',
  'Impella CP',
  'LVAD HeartMate 3',
  'Baxter Sigma Spectrum pump',
  'Alaris 8015',
  'Abbott Assert-IQ ICM',
  'Inspire hypoglossal stimulator',
];

function dealt<T>(g: Gen, items: readonly T[]): T[] {
  const parity = g.split === 'dev' ? 0 : 1;
  return items.filter((_, i) => i % 2 === parity);
}

function fixed(n: number, decimals: number): string {
  return n.toFixed(decimals);
}

export function drugDose(g: Gen): Span {
  const route = g.chance(0.6) ? ` ${g.pick(ROUTES)}` : '';
  return keep('drug_dose', `${g.pick(dealt(g, DRUGS))} ${g.pick(DOSES)}${route}`);
}

export function drugName(g: Gen): Span {
  return keep('drug_dose', g.pick(dealt(g, DRUGS)), 'name_only');
}

export function labValue(g: Gen): Span {
  const [name, unit] = g.pick(LABS);
  const [lo, hi, dec] = LAB_RANGES[name] ?? [0, 1, 1];
  return keep('lab_value', `${name} ${fixed(g.f.number.float({ min: lo, max: hi }), dec)} ${unit}`);
}

export function vital(g: Gen): Span {
  return keep(
    'lab_value',
    g.pick([
      `BP ${g.int(95, 180)}/${g.int(55, 105)} mmHg`,
      `HR ${g.int(48, 130)} bpm`,
      `SpO2 ${g.int(86, 100)}% on RA`,
      `Temp ${fixed(g.f.number.float({ min: 36, max: 39.8 }), 1)} °C`,
      `RR ${g.int(12, 32)}`,
      `weight ${fixed(g.f.number.float({ min: 45, max: 140 }), 1)} kg`,
    ]),
    'vital',
  );
}

export function clinicalCode(g: Gen): { system: string; code: Span } {
  const system = g.pick(['ICD-10', 'CPT', 'LOINC', 'SNOMED CT'] as const);
  const list = { 'ICD-10': ICD10, CPT, LOINC, 'SNOMED CT': SNOMED }[system];
  return { system, code: keep('clinical_code', g.pick(dealt(g, list)), system) };
}

export function icd10(g: Gen): Span {
  return keep('clinical_code', g.pick(dealt(g, ICD10)), 'ICD-10');
}

export function cpt(g: Gen): Span {
  return keep('clinical_code', g.pick(dealt(g, CPT)), 'CPT');
}

export function loinc(g: Gen): Span {
  return keep('clinical_code', g.pick(dealt(g, LOINC)), 'LOINC');
}

export function snomed(g: Gen): Span {
  return keep('clinical_code', g.pick(dealt(g, SNOMED)), 'SNOMED CT');
}

export function uuid(g: Gen): Span {
  return keep('uuid', g.f.string.uuid());
}

export function systemTimestamp(g: Gen): Span {
  const d = new Date(
    Date.UTC(2025, g.int(0, 10), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59), g.int(0, 999)),
  );
  const forms = [
    () => d.toISOString(),
    () => d.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    () => `${d.toISOString().replace('Z', '')}+00:00`,
    () => String(d.getTime()),
  ];
  return keep('timestamp', g.pick(forms)());
}

/** A software version; date-shaped versions come only from `protocolVersion`, under a version key. */
export function version(g: Gen): Span {
  return keep(
    'version',
    g.pick([
      `v${g.int(0, 9)}.${g.int(0, 30)}.${g.int(0, 20)}`,
      `${g.int(1, 5)}.${g.int(0, 40)}.${g.int(0, 9)}`,
      `${g.int(1, 3)}.${g.int(0, 9)}`,
      `${g.int(1, 9)}.${g.int(0, 20)}.${g.int(0, 9)}-rc.${g.int(1, 4)}`,
    ]),
  );
}

export function protocolVersion(g: Gen): Span {
  return keep('version', g.pick(['2025-06-18', '2025-03-26', '2024-11-05', '2025-11-25']), 'mcp_protocol');
}

export function yearAlone(g: Gen): Span {
  return keep('year', String(g.int(1995, 2025)));
}

export function ageUnder90(g: Gen, age?: number): Span {
  return keep('age_under_90', String(age ?? g.int(1, 89)));
}

export function eponym(g: Gen): Span {
  return keep('eponym', g.pick(dealt(g, EPONYMS)));
}

export function deviceName(g: Gen): Span {
  return keep('device_name', g.pick(dealt(g, DEVICES)));
}

export function statistic(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `${g.int(120, 900)} beds occupied`,
      `${g.int(60, 99)}% occupancy`,
      `${g.int(1, 9)},${g.digits(3)} ED visits`,
      `readmission rate ${g.int(5, 25)}.${g.int(0, 9)}%`,
      `median LOS ${g.int(2, 9)}.${g.int(0, 9)} days`,
      `${g.int(0, 3)}.${g.int(0, 9)} CLABSI per 1,000 line days`,
      `${g.int(20, 400)} admissions this week`,
      `${g.int(2, 60)} patients boarding`,
    ]),
  );
}
