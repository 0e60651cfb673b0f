/** Keep strings of blind split 9: its own drugs, labs, codes, devices, eponyms and organisations. */
import type { Gen } from '../context';
import { keep, type Span } from '../fragment';

const DRUGS: [string, string[]][] = [
  ['Torasemid HEXAL', ['10 mg']],
  ['Pantoprazol AbZ', ['40 mg']],
  ['Candesartan Zentiva', ['8 mg', '16 mg']],
  ['vadadustat', ['300 mg']],
  ['etrasimod', ['2 mg']],
  ['LEVETIRACETAM ER', ['500MG', '750MG']],
  ['DIVALPROEX SOD DR', ['250MG']],
  ['FLECAINIDE ACETATE', ['100MG', '50MG']],
  ['PROPYLTHIOURACIL', ['50MG']],
  ['CEFPODOXIME PROXETIL', ['200MG', '100MG']],
  ['NITROFURANTOIN MONOHYD/M-CRYST', ['100MG']],
  ['METHIMAZOLE', ['5MG', '10MG']],
  ['Metformina', ['850 mg']],
  ['Ramipril-ratiopharm', ['5 mg']],
  ['Bisoprolol-ratiopharm', ['2,5 mg', '5 mg']],
  ['Enalapril Normon', ['20 mg']],
  ['Omeprazol cinfa', ['20 mg']],
  ['ursodiol', ['300 mg']],
  ['icosapent ethyl', ['2 g']],
  ['obeticholic acid', ['5 mg']],
];

/** A drug with its dose, e.g. "tirzepatide 7.5 mg". */
export function drug(g: Gen): Span {
  const [name, doses] = g.pick(DRUGS);
  return keep('drug_dose', `${name} ${g.pick(doses)}`);
}

interface Analyte {
  name: string;
  loinc: string;
  unit: string;
  lo: number;
  hi: number;
  dp: number;
}

export const ANALYTES: Analyte[] = [
  { name: 'Zinc', loinc: '5763-9', unit: 'ug/dL', lo: 50, hi: 150, dp: 0 },
  { name: 'Copper', loinc: '5631-8', unit: 'ug/dL', lo: 70, hi: 155, dp: 0 },
  { name: 'Ceruloplasmin', loinc: '2064-4', unit: 'mg/dL', lo: 15, hi: 45, dp: 1 },
  { name: 'Beta-2 microglobulin', loinc: '1952-1', unit: 'mg/L', lo: 0.8, hi: 6, dp: 2 },
  { name: 'Lipoprotein(a)', loinc: '10835-7', unit: 'mg/dL', lo: 2, hi: 180, dp: 0 },
  { name: 'Selenium', loinc: '5724-1', unit: 'ug/L', lo: 70, hi: 150, dp: 0 },
  { name: 'Lactate', loinc: '2524-7', unit: 'mmol/L', lo: 0.6, hi: 6.2, dp: 1 },
  { name: 'Fibrinogen', loinc: '3255-7', unit: 'mg/dL', lo: 150, hi: 620, dp: 0 },
  { name: 'Ammonia', loinc: '16362-6', unit: 'umol/L', lo: 11, hi: 140, dp: 0 },
];

export function analyte(g: Gen): Analyte {
  return g.pick(ANALYTES);
}

export function reading(g: Gen, a: Analyte, decimal = '.'): string {
  return g.f.number.float({ min: a.lo, max: a.hi, fractionDigits: a.dp }).toFixed(a.dp).replace('.', decimal);
}

export const lab = (value: string): Span => keep('lab_value', value);
export const code = (value: string): Span => keep('clinical_code', value);

const ICD = [
  'E05.00',
  'G70.00',
  'L40.50',
  'E83.52',
  'A04.72',
  'K76.81',
  'Q21.12',
  'R65.11',
  'M62.82',
  'I27.24',
  'D68.51',
  'K31.84',
];
const CPT = ['36556', '83690', '76536', '95886', '0241U', '93656', '64483', '93793', 'G0438'];
const SNOMED = ['1201005', '414916001', '128613002', '445008009', '703136005', '313436004', '15777000'];
const RXNORM = ['2601734', '2562811', '1992825', '2200644', '1049630'];

export const icd = (g: Gen, dotted = true): Span => code(dotted ? g.pick(ICD) : g.pick(ICD).replace('.', ''));
export const cpt = (g: Gen): Span => code(g.pick(CPT));
export const snomed = (g: Gen): Span => code(g.pick(SNOMED));
export const rxnorm = (g: Gen): Span => code(g.pick(RXNORM));
export const ndc = (g: Gen): Span =>
  code(`${g.pick(['0002', '50090', '68180', '0378'])}-${g.digits(4)}-${g.digits(2)}`);

export function uuid(g: Gen): Span {
  return keep('uuid', g.f.string.uuid());
}

export const version = (value: string): Span => keep('version', value);
export const ver = (g: Gen): Span =>
  version(
    g.pick([
      `${g.int(1, 9)}.${g.int(0, 30)}.${g.int(0, 12)}`,
      `v${g.int(1, 4)}.${g.int(0, 19)}.${g.int(0, 9)}`,
      `${g.int(2019, 2025)}.${g.int(1, 4)}.${g.int(100, 999)}`,
    ]),
  );

const DEVICES = [
  'Atellica CH 930',
  'cobas pro c 503',
  'Vitros XT 7600',
  'DxH 900',
  'Alinity ci',
  'BD FACSLyric',
  'GeneXpert IV',
  'BioFire Torch',
  'Sysmex CS-5100',
  'ACL TOP 750',
  'Sinocare iCan i3',
  'Accu-Chek SmartGuide',
  'Kaleido patch pump',
  'Omron Evolv',
  'Withings BPM Core',
  'Nonin WristOx2 3150',
  'IntelliVue MX750',
  'CARESCAPE B650',
  'Revolution Apex',
  'SOMATOM X.cite',
  'MAGNETOM Vida',
  'Vantage Galan 3T',
];
export const devName = (g: Gen, from: readonly string[] = DEVICES): Span => keep('device_name', g.pick(from));

const EPONYMS = [
  'Caprini score',
  'Padua score',
  'Trousseau sign',
  'Barrett esophagus',
  'Takotsubo',
  'Hashimoto thyroiditis',
  'Graves disease',
  'Addison disease',
  'Wolff-Chaikoff effect',
  'Bezold abscess',
  'Kasabach-Merritt phenomenon',
  'Lemierre syndrome',
  'Ogilvie syndrome',
  'Cogan syndrome',
  'Paget-Schroetter syndrome',
  'May-Thurner syndrome',
  'Wilkie syndrome',
  'Dieulafoy lesion',
  'Nutcracker syndrome',
  'Kimura disease',
  'Bouveret syndrome',
  'Rosai-Dorfman disease',
];
export const eponym = (g: Gen): Span => keep('eponym', g.pick(EPONYMS));

export const stat = (g: Gen): Span =>
  keep(
    'statistic',
    g.pick([
      `p=0.0${g.int(1, 4)}`,
      `95% CI ${g.int(1, 3)}.${g.digits(2)}-${g.int(4, 6)}.${g.digits(2)}`,
      `HR 0.${g.int(55, 95)}`,
      `AUC 0.${g.int(70, 96)}`,
      `kappa 0.${g.int(60, 92)}`,
      `CV ${g.int(1, 9)}.${g.int(0, 9)}%`,
      `n=${g.int(120, 4000)}`,
    ]),
  );

export const ageKeep = (age: number, value = String(age)): Span => keep('age_under_90', value);
export const year = (value: number | string): Span => keep('year', String(value));

const HOSPITALS = [
  'Harbor Ridge Medical Center',
  'Kittredge Valley Hospital',
  'St. Brendan of Clonfert Hospital',
  'Prairie Lutheran Health',
  'Osage Plains Regional',
  'Mercy Pines Behavioral Health',
  'Tri-County Reference Laboratory',
  'Lakemoor Community Clinic',
];
const PAYERS = [
  'Northlake Mutual Health Plan',
  'Keystone Heritage BCBS',
  'Granite State Medicaid MCO',
  'Allegiant Senior Advantage',
];
const PHARMACIES = [
  'Corner Apothecary #2241',
  'Farmacia Ldo. Ruiz',
  'Bluestem Specialty Pharmacy',
  'ValuCare Drug #118',
];

export const hospital = (g: Gen): Span => keep('organization', g.pick(HOSPITALS));
export const payer = (g: Gen): Span => keep('organization', g.pick(PAYERS));
export const pharmacy = (g: Gen): Span => keep('organization', g.pick(PHARMACIES));
export const org = (value: string): Span => keep('organization', value);
