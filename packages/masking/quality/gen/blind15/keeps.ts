/**
 * Keep strings of blind split 15: what interchange formats and agent tooling carry next to
 * PHI and an engine must leave alone (doses, results, codes, UUIDs, system timestamps,
 * versions, years, young ages, eponyms, device models, statistics, organisations).
 * SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { keep, type Span } from '../fragment';
import { HOSPITALS, LABS, PAYERS, PHARMACIES } from './lists';

/** Drug, dose as written, RxNorm code, NDC (11 digits, 5-4-2). */
export const DRUGS: readonly (readonly [string, string, string, string])[] = [
  ['empagliflozin', '10 mg', '1545658', '00597-0152-30'],
  ['sacubitril-valsartan', '49-51 mg', '1656349', '00078-0659-20'],
  ['ticagrelor', '90 mg', '1116635', '00186-0777-60'],
  ['mirtazapine', '15 mg', '311725', '00093-7206-56'],
  ['tamsulosin', '0.4 mg', '863669', '00228-2998-11'],
  ['hydroxychloroquine', '200 mg', '979092', '00591-3305-01'],
  ['levetiracetam', '500 mg', '311289', '00781-5826-01'],
  ['spironolactone', '25 mg', '313096', '00378-2146-01'],
  ['colchicine', '0.6 mg', '197541', '64764-0119-07'],
  ['nitrofurantoin monohydrate', '100 mg', '1648755', '00093-3460-01'],
  ['valacyclovir', '1 g', '313812', '00093-7283-56'],
  ['enoxaparin', '40 mg/0.4 mL', '854235', '00075-0624-40'],
  ['insulin lispro', '6 units', '865098', '00002-7510-01'],
  ['tirzepatide', '5 mg/0.5 mL', '2601776', '00002-1495-80'],
  ['midodrine', '5 mg', '198053', '00185-0043-01'],
  ['pyridostigmine', '60 mg', '198206', '00187-3010-20'],
  ['baclofen', '10 mg', '197446', '00172-4096-60'],
  ['memantine', '10 mg', '996561', '00456-3210-60'],
  ['buprenorphine-naloxone', '8-2 mg', '351266', '12496-1208-03'],
  ['lithium carbonate', '300 mg', '197889', '00054-8527-25'],
  ['clozapine', '100 mg', '197536', '00093-4360-01'],
  ['cefdinir', '300 mg', '309054', '00781-2087-60'],
  ['apixaban', '2.5 mg', '1364435', '00003-0893-21'],
  ['fludrocortisone', '0.1 mg', '197706', '00555-0997-02'],
];

export type Drug = (typeof DRUGS)[number];

export const drugPick = (g: Gen): Drug => g.pick(DRUGS);
export const doseSpan = (d: Drug): Span => keep('drug_dose', `${d[0]} ${d[1]}`);
export const rxnorm = (d: Drug): Span => keep('clinical_code', d[2], 'rxnorm');
export const ndc = (d: Drug): Span => keep('clinical_code', d[3], 'ndc');
/** NDC as X12 and NCPDP write it: eleven digits run together. */
export const ndc11 = (d: Drug): Span => keep('clinical_code', d[3].replaceAll('-', ''), 'ndc11');

/** LOINC code, display, value, unit, reference range. */
export const LABS_LOINC: readonly (readonly [string, string, string, string, string])[] = [
  ['2823-3', 'Potassium', '5.9', 'mmol/L', '3.5-5.1'],
  ['2951-2', 'Sodium', '128', 'mmol/L', '136-145'],
  ['33914-3', 'eGFR (MDRD)', '38', 'mL/min/1.73m2', '>60'],
  ['4548-4', 'Hemoglobin A1c', '8.4', '%', '4.0-5.6'],
  ['30934-4', 'BNP', '1240', 'pg/mL', '0-100'],
  ['10839-9', 'Troponin I', '0.21', 'ng/mL', '0.00-0.04'],
  ['1920-8', 'AST', '88', 'U/L', '10-40'],
  ['6301-6', 'INR', '3.6', '', '0.9-1.1'],
  ['2160-0', 'Creatinine', '2.14', 'mg/dL', '0.60-1.20'],
  ['777-3', 'Platelets', '92', '10*3/uL', '150-400'],
  ['2345-7', 'Glucose', '241', 'mg/dL', '70-99'],
  ['3016-3', 'TSH', '0.08', 'uIU/mL', '0.45-4.50'],
  ['2276-4', 'Ferritin', '9', 'ng/mL', '15-150'],
  ['1988-5', 'CRP', '14.2', 'mg/dL', '0.0-0.9'],
];
export type Lab = (typeof LABS_LOINC)[number];
export const labPick = (g: Gen): Lab => g.pick(LABS_LOINC);
export const loinc = (l: Lab): Span => keep('clinical_code', l[0], 'loinc');
/** "5.9 mmol/L" (the value with its unit). */
export const labValue = (l: Lab): Span => keep('lab_value', l[3] ? `${l[2]} ${l[3]}` : l[2]);
export const labRange = (l: Lab): Span => keep('lab_value', l[4], 'range');

/** ICD-10-CM code and text. */
export const ICD10: readonly (readonly [string, string])[] = [
  ['E11.649', 'Type 2 diabetes mellitus with hypoglycemia without coma'],
  ['I50.23', 'Acute on chronic systolic heart failure'],
  ['N18.32', 'Chronic kidney disease, stage 3b'],
  ['J44.1', 'COPD with acute exacerbation'],
  ['G40.909', 'Epilepsy, unspecified, not intractable'],
  ['M10.071', 'Idiopathic gout, right ankle and foot'],
  ['F20.0', 'Paranoid schizophrenia'],
  ['K85.10', 'Biliary acute pancreatitis without necrosis or infection'],
  ['S72.001A', 'Fracture of unspecified part of neck of right femur, initial encounter'],
  ['V43.52XA', 'Car driver injured in collision with other motor vehicle in traffic accident'],
  ['Z95.0', 'Presence of cardiac pacemaker'],
  ['I63.512', 'Cerebral infarction due to occlusion of left middle cerebral artery'],
  ['O24.419', 'Gestational diabetes mellitus in pregnancy, unspecified control'],
  ['G70.00', 'Myasthenia gravis without (acute) exacerbation'],
];
export const icdPick = (g: Gen): readonly [string, string] => g.pick(ICD10);
export const icd = (c: readonly [string, string]): Span => keep('clinical_code', c[0], 'icd10');
/** ICD-10 without its dot, as X12 HI segments carry it. */
export const icdNoDot = (c: readonly [string, string]): Span =>
  keep('clinical_code', c[0].replace('.', ''), 'icd10-nodot');

export const CPT: readonly (readonly [string, string])[] = [
  ['99215', 'Office visit, established, high'],
  ['93306', 'TTE complete with Doppler'],
  ['70553', 'MRI brain w/o and w/ contrast'],
  ['74177', 'CT abdomen/pelvis with contrast'],
  ['36415', 'Venipuncture'],
  ['27130', 'Total hip arthroplasty'],
  ['90837', 'Psychotherapy, 60 min'],
  ['97110', 'Therapeutic exercise'],
  ['G0439', 'Annual wellness visit, subsequent'],
  ['J1885', 'Ketorolac tromethamine inj, per 15 mg'],
  ['33208', 'Insertion of dual-chamber pacemaker'],
  ['71275', 'CTA chest'],
];
export const cptPick = (g: Gen): readonly [string, string] => g.pick(CPT);
export const cpt = (c: readonly [string, string]): Span => keep('clinical_code', c[0], 'cpt');

export const SNOMED: readonly (readonly [string, string])[] = [
  ['44054006', 'Diabetes mellitus type 2'],
  ['84114007', 'Heart failure'],
  ['709044004', 'Chronic kidney disease'],
  ['13645005', 'Chronic obstructive lung disease'],
  ['90560007', 'Gout'],
  ['230690007', 'Cerebrovascular accident'],
  ['91302008', 'Sepsis'],
  ['195967001', 'Asthma'],
];
export const snomedPick = (g: Gen): readonly [string, string] => g.pick(SNOMED);
export const snomed = (c: readonly [string, string]): Span => keep('clinical_code', c[0], 'snomed');

export const EPONYMS = [
  'Chvostek sign',
  'Trousseau sign',
  'Kernig sign',
  'Brudzinski sign',
  'Hoffmann sign',
  'Tinel sign',
  'Phalen test',
  'Lachman test',
  'McMurray test',
  'Finkelstein test',
  'Spurling test',
  'Homans sign',
  'Rovsing sign',
  'Kehr sign',
  'Cullen sign',
  'Grey Turner sign',
  "Beck's triad",
  "Virchow's node",
  'Sister Mary Joseph nodule',
  'Kussmaul respirations',
  'Cheyne-Stokes respiration',
  'Austin Flint murmur',
  'Osler nodes',
  'Janeway lesions',
  'Roth spots',
  'Quincke pulse',
  'Duroziez sign',
  'Wells score',
  'Ranson criteria',
  'Child-Pugh class B',
  'Mallampati III',
  'Killip class II',
  'Hunt and Hess grade 3',
  'Salter-Harris II',
  'Gleason 4+3',
  'Breslow depth',
  'Clark level IV',
  'Bishop score',
  'Ortolani maneuver',
  'Barlow maneuver',
];
export const eponym = (g: Gen): Span => keep('eponym', g.pick(EPONYMS));

export const DEVICES = [
  'Medtronic Azure XT DR MRI SureScan',
  'Dexcom G7',
  'Omnipod 5',
  'Tandem t:slim X2',
  'FreeStyle Libre 3',
  'WATCHMAN FLX',
  'IntelliVue MX450',
  'Revolution Apex CT',
  'MAGNETOM Vida 3T',
  'LifeVest 4000',
  'AirSense 11 AutoSet',
  'Radical-7 Pulse CO-Oximeter',
  'Spectrum IQ infusion pump',
  'Impella CP',
  'HeartMate 3 LVAD',
  'EPIQ Elite',
  'Aquilion ONE PRISM',
  'Selenia Dimensions',
  'i-STAT 1',
  'Architect c16000',
  'Sysmex XN-1000',
  'cobas 8000',
  'DxH 900',
  'Inspire IV',
];
export const deviceName = (g: Gen): Span => keep('device_name', g.pick(DEVICES));
export type Modality = readonly [string, string, string];
/** DICOM modality, manufacturer and model. */
export const SCANNERS: readonly Modality[] = [
  ['CT', 'GE MEDICAL SYSTEMS', 'Revolution Apex CT'],
  ['MR', 'SIEMENS', 'MAGNETOM Vida 3T'],
  ['US', 'Philips', 'EPIQ Elite'],
  ['CT', 'CANON_MEC', 'Aquilion ONE PRISM'],
  ['MG', 'HOLOGIC, Inc.', 'Selenia Dimensions'],
];

export const STATISTICS = [
  'p < 0.001',
  'p = 0.03',
  '95% CI 0.61-0.89',
  'HR 0.74',
  'OR 2.1',
  'NNT 18',
  'AUROC 0.87',
  'sensitivity 91.4%',
  'specificity 88%',
  'I² = 34%',
  'n = 1,284',
  'SD 4.2',
  'IQR 12-31',
  'κ = 0.82',
  'RR 1.36',
  'F1 0.934',
  'PPV 0.72',
];
export const statistic = (g: Gen): Span => keep('statistic', g.pick(STATISTICS));

export const hospital = (g: Gen): Span => keep('organization', g.pick(HOSPITALS));
export const lab = (g: Gen): Span => keep('organization', g.pick(LABS));
export const payer = (g: Gen): Span => keep('organization', g.pick(PAYERS));
export const pharmacy = (g: Gen): Span => keep('organization', g.pick(PHARMACIES));
export const org = (s: string): Span => keep('organization', s);

export function uuid(g: Gen): Span {
  return keep('uuid', g.f.string.uuid());
}

const pad = (v: number, w = 2): string => String(v).padStart(w, '0');

/** A system clock time in 2025 (logs, spans, metadata): a keep string, in one of its forms. */
export function sysTime(
  g: Gen,
  form: 'iso' | 'isoMicros' | 'pg' | 'epochMs' | 'epochNs' | 'gh' = 'iso',
): Span {
  const d = new Date(
    Date.UTC(2025, g.int(0, 5), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59), g.int(0, 999)),
  );
  const base = d.toISOString();
  const text: Record<typeof form, string> = {
    iso: base,
    isoMicros: `${base.slice(0, 23)}${g.digits(3)}Z`,
    pg: `${base.slice(0, 10)} ${base.slice(11, 23)} UTC`,
    epochMs: String(d.getTime()),
    epochNs: `${d.getTime()}${g.digits(6)}`,
    gh: `${base.slice(0, 23)}${g.digits(4)}Z`,
  };
  return keep('timestamp', text[form], form);
}

export function version(g: Gen, choices: readonly string[]): Span {
  return keep('version', g.pick(choices));
}

export const year = (y: number): Span => keep('year', String(y));
export const yearSpan = (g: Gen): Span => year(g.int(2009, 2024));
export const young = (age: number): Span => keep('age_under_90', String(age));

/** DICOM age string "067Y": only the number is labeled. */
export function pad3(v: number): string {
  return pad(v, 3);
}
