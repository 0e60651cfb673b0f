/**
 * Strings that must survive masking in blind split 5, from lists no other split uses: drugs and
 * doses, lab results, codes, eponyms, devices, statistics, versions, organisations and system
 * times and ids. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { keep, type Span } from '../fragment';

const DRUGS = [
  'esaxerenone 2.5 mg',
  'mavacamten 5 mg',
  'inclisiran 284 mg',
  'bempedoic acid 180 mg',
  'vericiguat 2.5 mg',
  'tenapanor 50 mg',
  'sotagliflozin 200 mg',
  'aprocitentan 12.5 mg',
  'resmetirom 80 mg',
  'zuranolone 50 mg',
  'daridorexant 25 mg',
  'lemborexant 5 mg',
  'ubrogepant 50 mg',
  'atogepant 60 mg',
  'vibegron 75 mg',
  'deucravacitinib 6 mg',
  'ritlecitinib 50 mg',
  'abrocitinib 100 mg',
  'sparsentan 400 mg',
  'avacopan 30 mg',
  'voclosporin 23.7 mg',
  'mitapivat 50 mg',
  'fezolinetant 45 mg',
  'omaveloxolone 150 mg',
  'setmelanotide 2 mg',
  'olanzapine-samidorphan 10 mg/10 mg',
  'elacestrant 345 mg',
  'tucatinib 150 mg',
];
/** Dose phrases of the same drugs (with route and frequency). */
const SIGS = ['PO daily', 'PO BID', 'SC weekly', 'PO nightly', 'SC every 6 months', 'PO with food'];

const LABS: [string, string, string][] = [
  ['Sodium', '39791-9', 'mmol/L'],
  ['Potassium', '39789-3', 'mmol/L'],
  ['Creatinine', '14682-9', 'mg/dL'],
  ['eGFR', '98979-8', 'mL/min/1.73m2'],
  ['Hemoglobin A1c', '17856-6', '%'],
  ['Ferritin', '2276-4', 'ng/mL'],
  ['TSH', '3016-3', 'mIU/L'],
  ['NT-proBNP', '71425-3', 'pg/mL'],
  ['Troponin I, hs', '89579-7', 'ng/L'],
  ['Lipase', '3040-3', 'U/L'],
  ['Magnesium', '2601-3', 'mg/dL'],
  ['Vitamin D 25-OH', '62292-8', 'ng/mL'],
  ['Albumin/Creatinine ratio', '9318-7', 'mg/g'],
  ['Platelets', '26515-7', '10*3/uL'],
];
const LAB_RANGES: Record<string, [number, number, number]> = {
  'mmol/L': [2.8, 148, 1],
  'mg/dL': [0.4, 3.9, 2],
  'mL/min/1.73m2': [14, 118, 0],
  '%': [4.6, 12.4, 1],
  'ng/mL': [8, 420, 0],
  'mIU/L': [0.2, 9.8, 2],
  'pg/mL': [60, 4200, 0],
  'ng/L': [2, 180, 0],
  'U/L': [12, 480, 0],
  'mg/g': [4, 900, 0],
  '10*3/uL': [88, 460, 0],
};

export interface LabResult {
  name: string;
  loinc: string;
  unit: string;
  /** The number as written. */
  value: string;
}

export function lab(g: Gen): LabResult {
  const [name, loinc, unit] = g.pick(LABS);
  const [lo, hi, dp] = LAB_RANGES[unit] as [number, number, number];
  const value = (lo + g.f.number.float({ min: 0, max: 1 }) * (hi - lo)).toFixed(dp);
  return { name, loinc, unit, value };
}

/** "4.1 mmol/L" as one keep string. */
export const labValue = (r: LabResult): Span => keep('lab_value', `${r.value} ${r.unit}`);

const ICD10 = [
  'E11.3553',
  'I48.21',
  'N18.31',
  'J45.51',
  'M05.742',
  'K51.011',
  'G43.719',
  'F31.81',
  'C61',
  'Z95.810',
  'E78.41',
  'I50.32',
  'D57.219',
  'L40.52',
  'O24.415',
  'Q25.71',
  'H35.3211',
  'T86.11',
];
const ICD10_NODOT = ['E113553', 'I4821', 'N1831', 'J4551', 'K51011', 'G43719', 'I5032', 'Z95810'];
const CPT = [
  '99204',
  '93351',
  '78452',
  '95811',
  '94618',
  '96365',
  '99496',
  '20611',
  '77067',
  '92250',
  '0545T',
  'G2211',
];
const SNOMED = ['427089005', '195662009', '420422005', '197480006', '44808001', '371631005'];
const RXNORM = ['2601723', '1991306', '2393765', '2550728'];
const NDC = ['0310-6205-30', '72065-120-30', '0078-0696-15', '59148-072-13'];

export const icd10 = (g: Gen): Span => keep('clinical_code', g.pick(ICD10), 'icd10');
export const icd10NoDot = (g: Gen): Span => keep('clinical_code', g.pick(ICD10_NODOT), 'icd10');
export const cpt = (g: Gen): Span => keep('clinical_code', g.pick(CPT), 'cpt');
export const snomed = (g: Gen): Span => keep('clinical_code', g.pick(SNOMED), 'snomed');
export const rxnorm = (g: Gen): Span => keep('clinical_code', g.pick(RXNORM), 'rxnorm');
export const ndc = (g: Gen): Span => keep('clinical_code', g.pick(NDC), 'ndc');
export const loinc = (r: LabResult): Span => keep('clinical_code', r.loinc, 'loinc');

export interface Drug {
  name: string;
  dose: string;
  sig: string;
}
export function drug(g: Gen): Drug {
  const full = g.pick(DRUGS);
  const i = full.search(/ \d/);
  return { name: full.slice(0, i), dose: full.slice(i + 1), sig: g.pick(SIGS) };
}
export const drugDose = (d: Drug): Span => keep('drug_dose', `${d.name} ${d.dose}`);

const EPONYMS = [
  'Takayasu arteritis',
  'Kikuchi disease',
  'Ménétrier disease',
  'Caroli disease',
  'Wellens sign',
  'Sheehan syndrome',
  'Kümmell disease',
  'Legg-Calvé-Perthes disease',
  'Dupuytren contracture',
  'Marjolin ulcer',
  'Kienböck disease',
  'Ortner syndrome',
  'Kallmann syndrome',
  'Tietze syndrome',
  'Plummer-Vinson syndrome',
  'Lambert-Eaton syndrome',
  'Gitelman syndrome',
  'Zenker diverticulum',
  'Boerhaave syndrome',
  'Tolosa-Hunt syndrome',
  'Wallenberg syndrome',
  'Pancoast tumor',
  'Erdheim-Chester disease',
  'Castleman disease',
  'Waldenström macroglobulinemia',
  'Sjögren syndrome',
];
export const eponym = (g: Gen): Span => keep('eponym', g.pick(EPONYMS));

const DEVICES = [
  'Sequel twiist',
  'iLet Bionic Pancreas',
  'Medtronic Micra AV2',
  'WATCHMAN FLX Pro',
  'Inspire V',
  'Luna G3 CPAP',
  'Kestra ASSURE WCD',
  'Cochlear Nucleus 8',
  'EVAHEART 2',
  'Barostim neo',
  'MAGNETOM Vida 3T',
  'Revolution Apex CT',
  'Aquilion ONE PRISM',
  'Butterfly iQ3',
  'Eko CORE 500',
  'Zio AT monitor',
  'Masimo Radius-7',
  'Life Scope G5',
  'Spectrum IQ infusion pump',
  'Dexcom Stelo',
  'Eversense 365',
  'Abbott Lingo',
];
export const deviceName = (g: Gen): Span => keep('device_name', g.pick(DEVICES));

const STATS = [
  '30-day readmission 13.4%',
  'HR 0.79 (95% CI 0.66-0.94)',
  'p = 0.012',
  'NNT 27',
  'sensitivity 92.1%',
  'AUROC 0.87',
  'OR 1.42 (95% CI 1.08-1.87)',
  'median LOS 4.2 days',
  'I² = 38%',
  'kappa 0.71',
  'PPV 64.5%',
  'RR 0.88',
];
export const statistic = (g: Gen): Span => keep('statistic', g.pick(STATS));

/** Organisations by role, so a payer is named where a payer is meant. */
const ORGS = {
  care: [
    'Cedar Ridge Medical Center',
    'Lakeshore Regional Medical Center',
    "St. Brendan's Infirmary",
    'Mercy Valley Clinic',
    'Riverbend Community Health Center',
    'Sagebrush Orthopedic Institute',
    'Tidewater Kidney Associates',
    'Prairie Lantern Hospice',
    'Klinikum Elbufer',
    'Hôpital Saint-Aubin',
    'Hospital Ángeles del Sur',
    'Sree Chitra Multispeciality Hospital',
    'Santa Casa de Belém',
    'Kaede Memorial Clinic',
    'Norrlands Vårdcentral',
    'Jacaranda Private Hospital',
  ],
  payer: [
    'Blue Mesa Health Plan',
    'Keystone Mutual Insurance',
    'Granite State Benefit Trust',
    'Heartland Cooperative Health',
    'Sunbelt Medicaid Partners',
  ],
  lab: ['Northgate Diagnostics', 'Copperline Reference Laboratory', 'Harborview Imaging Associates'],
  pharmacy: ['Pinecrest Family Pharmacy', 'Bluebonnet Apothecary', 'Two Rivers Compounding'],
} as const;
export type OrgRole = keyof typeof ORGS;
export const organization = (g: Gen, role: OrgRole = 'care'): Span =>
  keep('organization', g.pick(ORGS[role]));

const VERSIONS = ['4.5.2', '7.2.1', '5.31.2', '2024.11.3', '3.18.0-rc.2', '12.4.0.118', '2.9.14'];
export const version = (g: Gen): Span => keep('version', g.pick(VERSIONS));
const X12_VERSIONS: Record<string, string> = {
  '837': '005010X222A1',
  '835': '005010X221A1',
  '270': '005010X279A1',
  '271': '005010X279A1',
};
export const x12Version = (tx: string): Span => keep('version', X12_VERSIONS[tx] as string, 'x12');

export const uuid = (g: Gen): Span => keep('uuid', g.f.string.uuid());

const p2 = (n: number): string => String(n).padStart(2, '0');
/** A system time (created, updated, logged): kept. */
export function systemTime(g: Gen, form: 'iso-z' | 'iso-ms' | 'log' | 'offset' = 'iso-z'): Span {
  const day = `${g.int(2024, 2026)}-${p2(g.int(1, 12))}-${p2(g.int(1, 28))}`;
  const time = `${p2(g.int(0, 23))}:${p2(g.int(0, 59))}:${p2(g.int(0, 59))}`;
  const ms = String(g.int(0, 999)).padStart(3, '0');
  const value = {
    'iso-z': `${day}T${time}Z`,
    'iso-ms': `${day}T${time}.${ms}Z`,
    log: `${day} ${time},${ms}`,
    offset: `${day}T${time}+00:00`,
  }[form];
  return keep('timestamp', value, form);
}

export const year = (g: Gen): Span => keep('year', String(g.int(1995, 2025)));
export const youngAge = (g: Gen): Span => keep('age_under_90', String(g.int(1, 89)));
