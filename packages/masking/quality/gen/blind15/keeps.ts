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
  ['tafamidis meglumine', '20 mg', '2197562', '00069-1975-40'],
  ['linaclotide', '145 mcg', '1191232', '00456-1201-30'],
  ['baloxavir marboxil', '40 mg', '2058875', '50242-0860-02'],
  ['cabotegravir', '600 mg/3 mL', '2587899', '49702-0264-23'],
  ['tirbanibulin', '1%', '2475540', '10631-0111-04'],
  ['fenfluramine', '2.2 mg/mL', '2361946', '43487-0220-36'],
  ['Nexletol', '180 mg', '2283237', '72426-0118-03'],
  ['Jynarque', '15 mg', '1927785', '59148-0087-13'],
  ['Daliresp', '500 mcg', '1091839', '00310-0095-90'],
  ['Xcopri', '50 mg', '2268039', '72403-0050-28'],
  ['Zurzuvae', '50 mg', '2672194', '64406-0502-14'],
  ['Prevymis', '480 mg', '1942845', '00006-3075-01'],
  ['Injectafer', '750 mg/15 mL', '1437585', '00517-0650-01'],
  ['Inpefa', '200 mg', '2638689', '71860-0200-30'],
  ['Ocaliva', '5 mg', '1790545', '69516-0005-30'],
  ['Wegovy', '0.25 mg/0.5 mL', '2553506', '00169-4525-14'],
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
  ['2502-3', 'Iron saturation', '7', '%', '20-50'],
  ['2571-8', 'Triglycerides', '612', 'mg/dL', '0-149'],
  ['2744-1', 'pH arterial', '7.21', '', '7.35-7.45'],
  ['2990-0', 'Lipase', '1840', 'U/L', '13-60'],
  ['14804-9', 'LDH', '612', 'U/L', '140-280'],
  ['2039-6', 'CEA', '14.2', 'ng/mL', '0.0-3.0'],
  ['19113-0', 'IgE', '1420', 'IU/mL', '0-100'],
  ['2458-8', 'IgA', '38', 'mg/dL', '70-400'],
  ['14338-8', 'Prealbumin', '8.2', 'mg/dL', '20-40'],
  ['2955-3', 'Sodium, urine', '14', 'mmol/L', '40-220'],
  ['2888-6', 'Protein, urine', '96', 'mg/dL', '0-14'],
  ['18262-6', 'LDL direct', '212', 'mg/dL', '0-99'],
  ['2143-6', 'Cortisol', '2.1', 'ug/dL', '6.2-19.4'],
  ['2842-3', 'Prolactin', '88', 'ng/mL', '4.8-23.3'],
  ['3024-7', 'Free T4', '3.42', 'ng/dL', '0.82-1.77'],
  ['2484-4', 'IGF-1', '41', 'ng/mL', '88-246'],
  ['4679-7', 'Reticulocytes', '6.8', '%', '0.5-2.5'],
  ['1798-8', 'Amylase', '412', 'U/L', '28-100'],
  ['1968-7', 'Bilirubin direct', '3.2', 'mg/dL', '0.0-0.3'],
  ['33037-3', 'Anion gap', '22', 'mmol/L', '3-11'],
  ['2500-7', 'TIBC', '498', 'ug/dL', '250-450'],
  ['20563-3', 'Carboxyhemoglobin', '18.4', '%', '0.0-1.5'],
  ['2614-6', 'Methemoglobin', '12.2', '%', '0.0-1.5'],
  ['14635-7', '25-OH vitamin D3', '9.8', 'ng/mL', '30-100'],
  ['751-8', 'Neutrophils abs', '0.38', '10*3/uL', '1.4-7.0'],
  ['2986-8', 'Testosterone', '22', 'ng/dL', '264-916'],
];
export type Lab = (typeof LABS_LOINC)[number];
export const labPick = (g: Gen): Lab => g.pick(LABS_LOINC);
export const loinc = (l: Lab): Span => keep('clinical_code', l[0], 'loinc');
/** "5.9 mmol/L" (the value with its unit). */
export const labValue = (l: Lab): Span => keep('lab_value', l[3] ? `${l[2]} ${l[3]}` : l[2]);
export const labRange = (l: Lab): Span => keep('lab_value', l[4], 'range');

/** ICD-10-CM code and text. */
export const ICD10: readonly (readonly [string, string])[] = [
  ['E10.3553', 'Type 1 DM with stable proliferative diabetic retinopathy, bilateral'],
  ['M05.79', 'Rheumatoid arthritis with RF of multiple sites'],
  ['K50.813', "Crohn's disease of both small and large intestine with fistula"],
  ['N04.22', 'Nephrotic syndrome with diffuse membranous GN'],
  ['G35.A', 'Relapsing-remitting multiple sclerosis'],
  ['F33.2', 'Major depressive disorder, recurrent severe'],
  ['T82.111A', 'Breakdown of cardiac pulse generator, initial encounter'],
  ['V47.5XXA', 'Car driver injured in collision with fixed object'],
  ['D57.01', 'Hb-SS disease with acute chest syndrome'],
  ['C34.12', 'Malignant neoplasm of upper lobe, left lung'],
  ['K74.60', 'Unspecified cirrhosis of liver'],
  ['Q21.1', 'Atrial septal defect'],
  ['M48.062', 'Spinal stenosis, lumbar, with neurogenic claudication'],
  ['E78.01', 'Familial hypercholesterolemia'],
  ['K72.10', 'Chronic hepatic failure without coma'],
  ['D69.3', 'Immune thrombocytopenic purpura'],
  ['O14.13', 'Severe pre-eclampsia, third trimester'],
  ['S06.5X1A', 'Traumatic subdural hemorrhage with LOC of 30 minutes or less'],
];
export const icdPick = (g: Gen): readonly [string, string] => g.pick(ICD10);
export const icd = (c: readonly [string, string]): Span => keep('clinical_code', c[0], 'icd10');
/** ICD-10 without its dot, as X12 HI segments carry it. */
export const icdNoDot = (c: readonly [string, string]): Span =>
  keep('clinical_code', c[0].replace('.', ''), 'icd10-nodot');

export const CPT: readonly (readonly [string, string])[] = [
  ['96413', 'Chemotherapy IV infusion, first hour'],
  ['45385', 'Colonoscopy with snare polypectomy'],
  ['33285', 'Insertion of subcutaneous cardiac rhythm monitor'],
  ['0042T', 'CT cerebral perfusion'],
  ['J0897', 'Denosumab injection, 1 mg'],
  ['62323', 'Interlaminar epidural, lumbar, with imaging'],
  ['64721', 'Carpal tunnel release'],
  ['43644', 'Laparoscopic gastric bypass'],
  ['49505', 'Inguinal hernia repair, age 5+'],
  ['52356', 'Cystourethroscopy with lithotripsy and stent'],
  ['67028', 'Intravitreal injection'],
  ['J2506', 'Pegfilgrastim injection, 0.5 mg'],
  ['31624', 'Bronchoscopy with BAL'],
  ['A0428', 'BLS non-emergency transport'],
  ['A0425', 'Ground mileage, per statute mile'],
  ['T1013', 'Sign language or oral interpreter, per 15 min'],
];
export const cptPick = (g: Gen): readonly [string, string] => g.pick(CPT);
export const cpt = (c: readonly [string, string]): Span => keep('clinical_code', c[0], 'cpt');

export const SNOMED: readonly (readonly [string, string])[] = [
  ['233873004', 'Hypertrophic cardiomyopathy'],
  ['69896004', 'Rheumatoid arthritis'],
  ['24700007', 'Multiple sclerosis'],
  ['19943007', 'Cirrhosis of liver'],
  ['76571007', 'Septic shock'],
  ['417357006', 'Sickling disorder due to hemoglobin S'],
  ['33688009', 'Psoriatic arthritis'],
  ['77075001', 'Primary open angle glaucoma'],
  ['28691004', 'Idiopathic pulmonary fibrosis'],
  ['398254007', 'Pre-eclampsia'],
  ['302215000', 'Thrombocytopenic disorder'],
];
export const snomedPick = (g: Gen): readonly [string, string] => g.pick(SNOMED);
export const snomed = (c: readonly [string, string]): Span => keep('clinical_code', c[0], 'snomed');

export const EPONYMS = [
  'Levine sign',
  'Markle test',
  'Blumberg sign',
  'Troisier sign',
  'Adson test',
  'Neer test',
  'Speed test',
  'Yergason test',
  "O'Brien test",
  'Thomas test',
  'Gowers sign',
  'Brown-Séquard syndrome',
  'Todd paralysis',
  'Mobitz type II',
  'Wenckebach',
  'McConnell sign',
  'Auspitz sign',
  'Koebner phenomenon',
  'Darier sign',
  'Gottron papules',
  'Chance fracture',
  'Jefferson fracture',
  'Schatzker II',
  'Tzanck smear',
  'Froment sign',
  'Wartenberg sign',
  'Hoover sign',
  'Pemberton sign',
  'Stemmer sign',
  'Leser-Trélat sign',
  'Charcot triad',
  'Virchow triad',
  'Whipple triad',
  'Samter triad',
  'Brodie abscess',
  'Pott disease',
  'Fournier gangrene',
  'Sinding-Larsen-Johansson syndrome',
];
export const eponym = (g: Gen): Span => keep('eponym', g.pick(EPONYMS));

export const DEVICES = [
  'Aveir VR',
  'CardioMEMS HF System',
  'Optimizer Smart Mini',
  'Nucleus 8 sound processor',
  'Vercise Genus',
  'Percept PC',
  'Proclaim XR',
  'Axonics R20',
  'InterStim Micro',
  'Zio AT',
  'LINQ II ICM',
  'KardiaMobile 6L',
  'Astral 150',
  'Hamilton-C6',
  'Servo-u',
  'Sapphire infusion pump',
  'Vivid E95',
  'Voluson E10',
  'NAEOTOM Alpha',
  'SIGNA Premier',
  'Ingenia Elition X',
  'Biograph Vision',
  'Artis icono',
  'Azurion 7',
  'da Vinci Xi',
  'Evia DR-T',
  'Amvia Edge',
  'Cobalt XT HF CRT-D',
  'Abbott Assurity MRI',
  'Gallant HF',
  'Resonate EL ICD',
  'Watchman TruSteer',
  'Sensonics Senseonics',
  'Bellavista 1000e',
  'Puritan Bennett 980',
  'Philips V60 Plus',
  'ZOLL X Series Advanced',
  'HeartStart MRx',
];
export const deviceName = (g: Gen): Span => keep('device_name', g.pick(DEVICES));
export type Modality = readonly [string, string, string];
/** DICOM modality, manufacturer and model. */
export const SCANNERS: readonly Modality[] = [
  ['CT', 'SIEMENS', 'NAEOTOM Alpha'],
  ['MR', 'GE MEDICAL SYSTEMS', 'SIGNA Premier'],
  ['MR', 'Philips', 'Ingenia Elition X'],
  ['US', 'GE Healthcare', 'Vivid E95'],
  ['PT', 'SIEMENS', 'Biograph Vision'],
  ['XA', 'Philips', 'Azurion 7'],
  ['US', 'GE Healthcare', 'Voluson E10'],
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

type ClockForm = 'iso' | 'isoMicros' | 'pg' | 'epochMs' | 'epochNs' | 'gh';

const clockStart = (g: Gen): number =>
  Date.UTC(2025, g.int(0, 5), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59), g.int(0, 999));

/** A system clock time in 2025 (logs, spans, metadata): a keep string, in one of its forms. */
export function sysTime(g: Gen, form: ClockForm = 'iso'): Span {
  return clockSpan(g, new Date(clockStart(g)), form);
}

/** A log's clock: each call a little later than the one before. */
export function clock(g: Gen, form: ClockForm): () => Span {
  let ms = clockStart(g);
  return () => {
    ms += g.int(1, 4000);
    return clockSpan(g, new Date(ms), form);
  };
}

function clockSpan(g: Gen, d: Date, form: ClockForm): Span {
  const base = d.toISOString();
  const text: Record<ClockForm, string> = {
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
