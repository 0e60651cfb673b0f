/**
 * Keep vocabulary of blind split 17: drugs, lab tests, codes, eponyms, devices and
 * organisations a clinician or biller needs to read after masking.
 */
import type { Gen } from '../context';
import { keep, type Span } from '../fragment';

const DRUGS: [string, string[]][] = [
  ['isosorbide mononitrate ER', ['30 mg', '60 mg']],
  ['doxazosin', ['2 mg']],
  ['mirabegron ER', ['25 mg', '50 mg']],
  ['solifenacin', ['5 mg']],
  ['linagliptin', ['5 mg']],
  ['glimepiride', ['2 mg', '4 mg']],
  ['insulin aspart', ['100 units/mL']],
  ['fluticasone furoate-vilanterol', ['100-25 mcg']],
  ['umeclidinium', ['62.5 mcg']],
  ['benzonatate', ['100 mg']],
  ['hydroxyzine pamoate', ['25 mg']],
  ['desvenlafaxine ER', ['50 mg']],
  ['divalproex DR', ['500 mg']],
  ['oxcarbazepine', ['300 mg']],
  ['methocarbamol', ['750 mg']],
  ['diclofenac sodium DR', ['75 mg']],
  ['terbinafine', ['250 mg']],
  ['tamoxifen', ['20 mg']],
  ['anastrozole', ['1 mg']],
];
/** Drugs a medication list prints only with the brand after the generic. */
const EHR_LIST_DRUGS: [string, string[]][] = [
  ['dulaglutide', ['1.5 mg/0.5 mL']],
  ['ertugliflozin', ['5 mg']],
  ['ivabradine', ['5 mg']],
  ['finerenone', ['10 mg', '20 mg']],
  ['vortioxetine', ['10 mg']],
  ['lurasidone', ['40 mg']],
  ['bempedoic acid', ['180 mg']],
  ['vericiguat', ['2.5 mg']],
  ['nirmatrelvir-ritonavir', ['300-100 mg']],
  ['ranolazine ER', ['500 mg']],
  ['icosapent ethyl', ['1 g']],
  ['roflumilast', ['500 mcg']],
];
/** Brand names an EHR medication list prints after the generic: "finerenone (KERENDIA) 10 MG tablet". */
const BRANDS: Record<string, string> = {
  'bempedoic acid': 'NEXLETOL',
  'icosapent ethyl': 'VASCEPA',
  finerenone: 'KERENDIA',
  vericiguat: 'VERQUVO',
  ivabradine: 'CORLANOR',
  'ranolazine ER': 'RANEXA',
  'mirabegron ER': 'MYRBETRIQ',
  linagliptin: 'TRADJENTA',
  dulaglutide: 'TRULICITY',
  ertugliflozin: 'STEGLATRO',
  'insulin aspart': 'NOVOLOG',
  'fluticasone furoate-vilanterol': 'BREO ELLIPTA',
  umeclidinium: 'INCRUSE ELLIPTA',
  roflumilast: 'DALIRESP',
  vortioxetine: 'TRINTELLIX',
  lurasidone: 'LATUDA',
  'divalproex DR': 'DEPAKOTE',
  'nirmatrelvir-ritonavir': 'PAXLOVID',
};
const SIGS = [
  'PO daily',
  'PO BID',
  'PO QHS',
  'SC once weekly',
  '1 tab by mouth twice a day',
  'inh 2 puffs BID',
  'PO q8h PRN',
  'SL daily',
];

function doseForm(name: string, strength: string): string {
  if (strength.includes('/mL')) return 'pen';
  return /vilanterol|umeclidinium/.test(name) ? 'inhaler' : 'tablet';
}

export function drug(g: Gen, withSig = g.chance(0.5)): Span {
  const ehrOnly = g.chance(0.3);
  const [name, strengths] = g.pick(ehrOnly ? EHR_LIST_DRUGS : DRUGS);
  const brand = BRANDS[name];
  const strength = g.pick(strengths);
  if (brand && (ehrOnly || g.chance(0.5)))
    return keep(
      'drug_dose',
      `${name} (${brand}) ${strength.toUpperCase()} ${doseForm(name, strength)}`,
      'ehr_list',
    );
  return keep('drug_dose', `${name} ${strength}${withSig ? ` ${g.pick(SIGS)}` : ''}`);
}

/** A drug and its strength as separate fields. */
export function drugParts(g: Gen): { name: Span; strength: string } {
  const [name, strengths] = g.pick(DRUGS);
  return { name: keep('drug_dose', name, 'name_only'), strength: g.pick(strengths) };
}

export interface LabTest {
  name: string;
  /** The name as notes and chats write it: "ApoB", "RF". */
  short: string;
  loinc: string;
  unit: string;
  lo: number;
  hi: number;
  /** Reference interval as printed. */
  ref: string;
  dp: number;
}

export const LAB_TESTS: LabTest[] = [
  {
    name: 'Apolipoprotein B',
    short: 'ApoB',
    loinc: '1884-6',
    unit: 'mg/dL',
    lo: 40,
    hi: 160,
    ref: '<90',
    dp: 0,
  },
  { name: 'GGT', short: 'GGT', loinc: '2324-2', unit: 'IU/L', lo: 6, hi: 310, ref: '0-60', dp: 0 },
  {
    name: 'Homocysteine',
    short: 'homocysteine',
    loinc: '13965-9',
    unit: 'umol/L',
    lo: 4,
    hi: 40,
    ref: '0.0-14.5',
    dp: 1,
  },
  { name: 'RDW', short: 'RDW', loinc: '788-0', unit: '%', lo: 11, hi: 21, ref: '11.7-15.4', dp: 1 },
  { name: 'MCHC', short: 'MCHC', loinc: '786-4', unit: 'g/dL', lo: 29, hi: 37, ref: '31.5-35.7', dp: 1 },
  {
    name: 'C-Peptide',
    short: 'C-peptide',
    loinc: '1986-9',
    unit: 'ng/mL',
    lo: 0.3,
    hi: 9,
    ref: '1.1-4.4',
    dp: 1,
  },
  { name: 'FSH', short: 'FSH', loinc: '15067-2', unit: 'mIU/mL', lo: 1, hi: 120, ref: '1.5-12.4', dp: 1 },
  {
    name: 'Urine Creatinine',
    short: 'urine Cr',
    loinc: '2161-8',
    unit: 'mg/dL',
    lo: 20,
    hi: 300,
    ref: '20-320',
    dp: 0,
  },
  { name: 'Zinc', short: 'zinc', loinc: '5763-8', unit: 'ug/dL', lo: 40, hi: 140, ref: '44-115', dp: 0 },
  { name: 'Copper', short: 'copper', loinc: '5631-7', unit: 'ug/dL', lo: 50, hi: 220, ref: '80-158', dp: 0 },
  {
    name: 'Rheumatoid Factor',
    short: 'RF',
    loinc: '11572-5',
    unit: 'IU/mL',
    lo: 2,
    hi: 180,
    ref: '<14.0',
    dp: 1,
  },
];

export function labResult(g: Gen, test: LabTest): { value: string; flag: string } {
  const v = g.f.number.float({ min: test.lo, max: test.hi });
  const bound = Number(test.ref.slice(1));
  const [lo, hi] = test.ref.startsWith('>')
    ? [bound, Number.POSITIVE_INFINITY]
    : test.ref.startsWith('<')
      ? [Number.NEGATIVE_INFINITY, bound]
      : test.ref.split('-').map(Number);
  const flag = v < (lo ?? 0) ? 'L' : v > (hi ?? Number.POSITIVE_INFINITY) ? 'H' : '';
  return { value: v.toFixed(test.dp), flag };
}

/** "LDL 142 mg/dL": a result written into a sentence. */
export function labPhrase(g: Gen): Span {
  const test = g.pick(LAB_TESTS);
  return keep('lab_value', `${test.short} ${labResult(g, test).value}${test.unit ? ` ${test.unit}` : ''}`);
}

export const loincOf = (test: LabTest): Span => keep('clinical_code', test.loinc, 'LOINC');

const ICD10: [string, string][] = [
  ['I48.0', 'Paroxysmal atrial fibrillation'],
  ['J30.2', 'Other seasonal allergic rhinitis'],
  ['K21.0', 'GERD with esophagitis'],
  ['M25.511', 'Pain in right shoulder'],
  ['M62.830', 'Muscle spasm of back'],
  ['G43.909', 'Migraine, unspecified, not intractable'],
  ['R42', 'Dizziness and giddiness'],
  ['R06.02', 'Shortness of breath'],
  ['Z72.0', 'Tobacco use'],
  ['E78.2', 'Mixed hyperlipidemia'],
  ['B35.1', 'Tinea unguium'],
  ['E11.65', 'Type 2 diabetes mellitus with hyperglycemia'],
  ['E11.22', 'Type 2 diabetes with diabetic chronic kidney disease'],
  ['I13.0', 'Hypertensive heart and chronic kidney disease with heart failure'],
  ['K58.0', 'Irritable bowel syndrome with diarrhea'],
  ['R53.83', 'Other fatigue'],
  ['E03.9', 'Hypothyroidism, unspecified'],
  ['D50.9', 'Iron deficiency anemia, unspecified'],
  ['R10.31', 'Right lower quadrant pain'],
  ['M79.7', 'Fibromyalgia'],
  ['I83.93', 'Asymptomatic varicose veins of bilateral lower extremities'],
  ['S83.241A', 'Other tear of medial meniscus, right knee, initial encounter'],
  ['Z86.73', 'Personal history of TIA'],
  ['E66.811', 'Obesity, class 1'],
];

export function dx(g: Gen): { code: Span; text: string } {
  const [code, text] = g.pick(ICD10);
  return { code: keep('clinical_code', code, 'ICD-10'), text };
}

const CPT: [string, string, number][] = [
  ['99242', 'Office consultation, straightforward', 190],
  ['99396', 'Preventive visit, est, 40-64 years', 210],
  ['81003', 'Urinalysis, automated, without microscopy', 9],
  ['82043', 'Urine albumin, quantitative', 14],
  ['84443', 'Thyroid stimulating hormone', 38],
  ['80061', 'Lipid panel', 32],
  ['73721', 'MRI lower extremity joint without contrast', 890],
  ['72148', 'MRI lumbar spine without contrast', 920],
  ['90677', 'Pneumococcal conjugate vaccine, 20-valent', 250],
  ['99406', 'Tobacco cessation counseling, 3-10 min', 16],
  ['99401', 'Preventive counseling, 15 min', 38],
  ['99490', 'Chronic care management, first 20 min', 62],
  ['94010', 'Spirometry', 36],
  ['93922', 'Ankle-brachial index, limited', 98],
  ['77080', 'DXA bone density, axial', 85],
  ['17110', 'Destruction of benign lesions, up to 14', 110],
  ['20552', 'Trigger point injection, 1-2 muscles', 70],
  ['97140', 'Manual therapy, each 15 min', 38],
  ['90834', 'Psychotherapy, 45 min', 120],
  ['G0444', 'Annual depression screening, 5-15 min', 18],
  ['J3301', 'Triamcinolone acetonide, per 10 mg', 4],
];

export function procedure(g: Gen): { code: Span; text: string; charge: number } {
  const [code, text, charge] = g.pick(CPT);
  return {
    code: keep('clinical_code', code, code.startsWith('G') || code.startsWith('J') ? 'HCPCS' : 'CPT'),
    text,
    charge,
  };
}

const VACCINES: [string, string, string][] = [
  ['Influenza, high-dose, quadrivalent', '197', 'Sanofi Pasteur'],
  ['Zoster recombinant (Shingrix)', '187', 'GlaxoSmithKline'],
  ['Pneumococcal conjugate PCV20', '216', 'Pfizer'],
  ['Tdap (Boostrix)', '115', 'GlaxoSmithKline'],
  ['Hepatitis B, adult (Heplisav-B)', '189', 'Dynavax'],
  ['RSV, bivalent (Abrysvo)', '305', 'Pfizer'],
  ['MMR', '03', 'Merck Sharp & Dohme'],
];

export function vaccine(g: Gen): { name: string; cvx: Span; maker: Span } {
  const [name, cvx, maker] = g.pick(VACCINES);
  return { name, cvx: keep('clinical_code', cvx, 'CVX'), maker: keep('organization', maker) };
}

const NDCS = [
  '0003-0894-21',
  '0002-1506-80',
  '50090-4926-0',
  '68180-0513-01',
  '16729-0020-10',
  '0591-2234-05',
  '60505-0141-1',
];
export const ndc = (g: Gen): Span => keep('clinical_code', g.pick(NDCS), 'NDC');

const EPONYMS = [
  'Phalen maneuver',
  'Morton neuroma',
  'de Quervain tenosynovitis',
  'Ménière disease',
  'Neer sign',
  'McBurney point tenderness',
  'Billroth II anastomosis',
  'Gleason score 3+4',
  'Weber B ankle fracture',
  'Bennett fracture',
  'Gilbert syndrome',
];
export const eponymOf = (g: Gen): Span => keep('eponym', g.pick(EPONYMS));

const DEVICES = [
  'Omron HeartGuide',
  'Withings Body+',
  'Nonin 3230',
  'iHealth Track',
  'FreeStyle Libre 2 Plus',
  'Zio XT',
  'BioTel MCOT',
  'Tenovi BPM',
  'BodyTrace BT004',
  'Smart Meter iGlucose',
  'Contour Next One',
  'Omron Platinum BP5450',
  'A&D UA-651BLE',
  'Welch Allyn Home 1700',
  'Withings ScanWatch 2',
  'Qardio Arm',
  'Biobeat BB-613WP',
  'Tyto Home',
  'Biotronik Edora 8',
  'ResMed AirMini',
  'Invacare Platinum 10',
];
export const deviceOf = (g: Gen): Span => keep('device_name', g.pick(DEVICES));

const HOSPITALS = [
  'Rio Grande Regional Hospital',
  'MacNeal Hospital',
  'Fountain Valley Regional Hospital',
  'Seton Medical Center',
  'Englewood Hospital',
  'St. Joseph’s University Medical Center',
  'NewYork-Presbyterian Queens',
  'Corewell Health Dearborn Hospital',
  'Memorial Hermann Sugar Land',
  'Emory Decatur Hospital',
  'Palmetto General Hospital',
  'AdventHealth Kissimmee',
  'Lowell General Hospital',
  'UH Parma Medical Center',
  'Legacy Mount Hood Medical Center',
  'Ochsner LSU Health Shreveport',
  'Pikeville Medical Center',
  'Banner Desert Medical Center',
  'Regions Hospital',
  'Delta Health System',
];
const PAYERS = [
  'UnitedHealthcare Community Plan',
  'Blue Cross and Blue Shield of Texas',
  'Aetna Better Health of Illinois',
  'Humana Gold Plus (HMO)',
  'Molina Healthcare of Michigan',
  'Ambetter from Sunshine Health',
  'Cigna Healthcare',
  'Kaiser Permanente Northwest',
  'Medicare Part B',
  'Horizon NJ Health',
  'Superior HealthPlan',
  'CareSource Georgia',
  'Fidelis Care',
  'Tricare East',
  'Anthem Blue Cross',
  'Wellcare by Allwell',
];
const LABS = [
  'Quest Diagnostics',
  'Labcorp',
  'ARUP Laboratories',
  'Sonic Healthcare USA',
  'BioReference Health',
  'Mayo Clinic Laboratories',
  'Clinical Pathology Laboratories',
  'Aurora Diagnostics',
];
const PHARMACIES = [
  'Walgreens',
  'CVS Pharmacy',
  'H-E-B Pharmacy',
  'Rite Aid',
  'Kroger Pharmacy',
  'Publix Pharmacy',
  'Meijer Pharmacy',
  'Express Scripts',
  'Amazon Pharmacy',
  'Costco Pharmacy',
];
const PRACTICES = [
  'Valley Family Medicine',
  'Lakeshore Internal Medicine Associates',
  'Northside Cardiology Group',
  'Summit Orthopedics',
  'Bayou Pulmonary & Sleep',
  'Desert Sky Endocrinology',
  'Harbor Community Health Center',
  'Tri-County FQHC',
  'Prairie Pediatrics',
  'Riverbend Women’s Health',
];
export type OrgKind = 'hospital' | 'payer' | 'lab' | 'pharmacy' | 'practice';
const ORGS: Record<OrgKind, string[]> = {
  hospital: HOSPITALS,
  payer: PAYERS,
  lab: LABS,
  pharmacy: PHARMACIES,
  practice: PRACTICES,
};
export const org = (g: Gen, kind: OrgKind): Span => keep('organization', g.pick(ORGS[kind]), kind);

export function ageKeep(age: number): Span {
  return keep('age_under_90', String(age));
}

export function versionOf(g: Gen): Span {
  return keep(
    'version',
    g.pick([
      `v${g.int(1, 4)}.${g.int(0, 12)}.${g.int(0, 30)}`,
      `${g.int(1, 9)}.${g.int(0, 9)}.${g.int(0, 99)}`,
      `R${g.int(1, 4)}.${g.int(0, 9)}`,
    ]),
  );
}

export const yearOf = (g: Gen, min = 1985, max = 2025): Span => keep('year', String(g.int(min, max)));

export const uuidKeep = (g: Gen): Span => keep('uuid', g.f.string.uuid());
