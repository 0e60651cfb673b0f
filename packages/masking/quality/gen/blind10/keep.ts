/**
 * Keep strings of blind split 10 (its own drugs, eponyms, devices, codes and organisations),
 * many shaped like PHI: a LOINC that reads like an accession number, a version that reads like
 * a date, an eponym or an organisation that reads like a person's name.
 */
import type { Gen } from '../context';
import { keep, phi, type Span } from '../fragment';

const DRUGS = [
  'nitrofurantoin macrocrystals',
  'chlorthalidone',
  'hydralazine',
  'isosorbide mononitrate',
  'levetiracetam XR',
  'buspirone',
  'bupropion XL',
  'oxybutynin ER',
  'finasteride',
  'sulfamethoxazole-trimethoprim DS',
  'cephalexin',
  'doxycycline hyclate',
  'azithromycin',
  'meropenem',
  'oxycodone IR',
  'famotidine',
  'sucralfate',
  'lactulose',
  'rifaximin',
  'magnesium oxide',
  'potassium chloride ER',
  'ferrous sulfate',
  'cyanocobalamin',
  'Myrbetriq',
  'Suboxone',
  'Xifaxan',
  'Tresiba',
  'propylthiouracil',
  'nadolol',
  'cilostazol',
  'Linzess',
  'Renvela',
  'calcitriol',
  'Vimpat',
];
const DOSES = [
  '100 mg',
  '0.4 mg',
  '25 mcg',
  '2 g',
  '4.5 g',
  '300 mg',
  '17 g',
  '8 mEq',
  '20 mEq',
  '1 mg',
  '0.1 mg',
  '15 mg',
  '150 mg',
  '5 mg',
  '7.5 mg',
  '60 mg',
  '3.375 g',
  '1,500 mg',
  '12 units',
];
const ROUTES = [
  'po bid',
  'PO qhs',
  'IV q8h',
  'IVPB q6h',
  'po daily',
  'SL prn',
  'po q4h prn pain',
  'subQ weekly',
  'PO TID w/ meals',
  'IM x1',
];

export function drug(g: Gen): Span {
  const route = g.chance(0.65) ? ` ${g.pick(ROUTES)}` : '';
  return keep('drug_dose', `${g.pick(DRUGS)} ${g.pick(DOSES)}${route}`);
}

export function drugOnly(g: Gen): Span {
  return keep('drug_dose', g.pick(DRUGS), 'name_only');
}

const LABS: [string, number, number, number, string][] = [
  ['Potassium', 2.8, 5.9, 1, 'mmol/L'],
  ['Sodium', 124, 149, 0, 'mEq/L'],
  ['Creat', 0.6, 5.2, 2, 'mg/dL'],
  ['Hemoglobin', 6.4, 16.8, 1, 'g/dL'],
  ['WBC', 1.9, 24.5, 1, 'K/mcL'],
  ['Platelets', 41, 510, 0, 'x10E3/uL'],
  ['A1c', 5.1, 13.4, 1, '%'],
  ['Mg', 1.1, 2.6, 1, 'mg/dL'],
  ['INR', 0.9, 6.2, 1, ''],
  ['hs-Trop T', 4, 380, 0, 'ng/L'],
  ['NT-proBNP', 90, 18_000, 0, 'pg/mL'],
  ['Lipase', 12, 2400, 0, 'U/L'],
  ['Procalcitonin', 0.02, 14, 2, 'ng/mL'],
  ['TSH', 0.01, 18, 2, 'uIU/mL'],
  ['Vit D 25-OH', 6, 70, 0, 'ng/mL'],
  ['PSA', 0.1, 42, 1, 'ng/mL'],
  ['ESR', 2, 110, 0, 'mm/hr'],
  ['Ammonia', 11, 160, 0, 'umol/L'],
];

export function lab(g: Gen): Span {
  const [n, lo, hi, dec, unit] = g.pick(LABS);
  const v = g.f.number.float({ min: lo, max: hi }).toFixed(dec);
  return keep('lab_value', `${n} ${v}${unit ? ` ${unit}` : ''}`);
}

export function vitals(g: Gen): Span {
  return keep(
    'lab_value',
    g.pick([
      `BP ${g.int(88, 192)}/${g.int(48, 112)}`,
      `P ${g.int(44, 138)}`,
      `pulse ox ${g.int(84, 100)}% RA`,
      `T ${(g.f.number.float({ min: 96.1, max: 103.4 })).toFixed(1)}F`,
      `RR ${g.int(10, 34)}`,
      `wt ${g.int(98, 340)} lb`,
      `FSBG ${g.int(48, 480)}`,
      `GCS ${g.int(3, 15)}`,
      `pain ${g.int(0, 10)}/10`,
    ]),
    'vital',
  );
}

const ICD = [
  'K57.32',
  'N20.0',
  'L03.115',
  'M17.11',
  'G43.709',
  'H81.10',
  'Z91.81',
  'E86.0',
  'D62',
  'M10.071',
  'I83.893',
  'A41.51',
  'K80.20',
  'N40.1',
  'L40.0',
  'H40.1131',
  'K59.00',
  'R13.10',
  'E11.42',
  'Z87.891',
  'M65.4',
];
const CPTS = [
  '99232',
  '99306',
  '47562',
  '92928',
  '33208',
  '29881',
  '66984',
  '95810',
  '11042',
  '99291',
  'G0121',
  '52000',
];
const LOINCS = ['2093-3', '2085-9', '5902-2', '2498-4', '1988-5', '2857-1', '20570-8'];
const SNOMEDS = [
  '386661006',
  '25064002',
  '267036007',
  '40055000',
  '82423001',
  '90560007',
  '235595009',
  '127013003',
  '84757009',
];

export const icd = (g: Gen): Span => keep('clinical_code', g.pick(ICD), 'ICD-10');
export const cptCode = (g: Gen): Span => keep('clinical_code', g.pick(CPTS), 'CPT');
export const loincCode = (g: Gen): Span => keep('clinical_code', g.pick(LOINCS), 'LOINC');
export const snomedCode = (g: Gen): Span => keep('clinical_code', g.pick(SNOMEDS), 'SNOMED CT');

const EPONYMS = [
  'Valsalva',
  'Wernicke encephalopathy',
  "Meniere's disease",
  'Osgood-Schlatter',
  "Baker's cyst",
  'Charcot foot',
  'Dix-Hallpike',
  'Denver shunt',
  'Steri-Strips',
  "Cullen's sign",
  'Ortolani maneuver',
  'Weber test',
  'Rinne test',
  'Nikolsky sign',
  "Levine's sign",
  "Beck's triad",
  'Cushing triad',
  'Kerley B lines',
];

export const epo = (g: Gen): Span => keep('eponym', g.pick(EPONYMS));

const DEVICES = [
  'Dexcom G6 receiver',
  'Abbott Navitor valve',
  'BiPAP A40',
  'Hoyer lift',
  'Wound VAC ActiV.A.C.',
  'Arctic Sun 5000',
  'Sage PrimaFit',
  'LUCAS 3 chest compression device',
  'GlideScope',
  'Bair Hugger',
  'Pleurx catheter',
  'Nexplanon',
  'Stryker ProCuity bed',
  'Welch Allyn Connex monitor',
];

export const dev = (g: Gen): Span => keep('device_name', g.pick(DEVICES));

const ORGS = [
  'Mercy Ridge Medical Center',
  'Tri-State Health',
  'Lakeshore Family Medicine',
  'Valley Orthopedic Associates',
  'St. Brendan Hospital',
  'Dr. Phillips Hospital',
  'Johns Hopkins',
  'Mayo Clinic',
  'Cedars-Sinai',
  'Shriners Children\u2019s',
  'Ronald McDonald House',
  'Henry Ford Health',
  'Quest Diagnostics',
  'LabCorp',
  'Walgreens',
  'CVS Pharmacy',
  'Kaiser Permanente',
  'Blue Cross Blue Shield of Oklahoma',
  'Humana Gold Plus',
  'UnitedHealthcare Community Plan',
  'Ambetter',
  'Medicaid of Kentucky',
  'Ochsner',
  'Sanford Health',
  'Baylor Scott & White',
  'Mount Sinai',
  'Meals on Wheels',
  'Hospice of the Bluegrass',
  'Lincare',
  'Apria',
  'Sunrise Dialysis',
  'NHS Tayside',
  'Queensland Health',
  'Fraser Health',
];

export const org = (g: Gen): Span => keep('organization', g.pick(ORGS));

const PAYERS = [
  'Blue Cross Blue Shield of Oklahoma',
  'Humana Gold Plus',
  'UnitedHealthcare Community Plan',
  'Ambetter',
  'Medicaid of Kentucky',
  'Kaiser Permanente',
];

export const payer = (g: Gen): Span => keep('organization', g.pick(PAYERS), 'payer');

/** A software timestamp; `epoch` allows Unix seconds (logs and outboxes write them, notes do not). */
export function ts(g: Gen, epoch = false): Span {
  const d = new Date(
    Date.UTC(2025, g.int(0, 10), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59), g.int(0, 999)),
  );
  return keep(
    'timestamp',
    g.pick([
      () => d.toISOString(),
      () => d.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      () =>
        d
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d{3}/, ''),
      ...(epoch ? [() => String(Math.floor(d.getTime() / 1000))] : []),
    ])(),
  );
}

export function ver(g: Gen): Span {
  return keep(
    'version',
    g.pick([
      `${g.int(2023, 2025)}.${g.int(1, 12)}.${g.int(1, 9)}`,
      `v${g.int(1, 12)}.${g.int(0, 40)}.${g.int(0, 9)}`,
      `${g.int(1, 9)}.${g.int(0, 9)}.${g.int(10, 99)}`,
      `${g.int(10, 99)}.${g.int(1, 12)}.${g.int(100, 999)}`,
    ]),
  );
}

export const yr = (g: Gen, lo = 1975, hi = 2025): Span => keep('year', String(g.int(lo, hi)));

export const young = (age: number): Span => keep('age_under_90', String(age));

/** An age: mostly under 90 (kept), sometimes 90 or over (PHI under Safe Harbor). */
export function anAge(g: Gen, lo = 19, hi = 88): { n: number; span: Span } {
  const n = g.chance(0.22) ? g.int(90, 103) : g.int(lo, hi);
  return { n, span: n > 89 ? phi('age', String(n)) : young(n) };
}

export function stat(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `ED census ${g.int(18, 90)}`,
      `${g.int(70, 104)}% occupancy`,
      `${g.int(3, 40)} boarders`,
      `door-to-needle median ${g.int(24, 70)} min`,
      `30-day readmits ${g.int(8, 22)}.${g.int(0, 9)}%`,
      `${g.int(1, 14)} falls this quarter`,
      `HCAHPS ${g.int(60, 90)}th percentile`,
      `${g.int(100, 600)} discharges in ${g.pick(['March', 'Q2', 'October'])}`,
      `LWBS rate ${g.int(1, 9)}.${g.int(0, 9)}%`,
    ]),
  );
}

export const uuidKeep = (g: Gen): Span => keep('uuid', g.f.string.uuid());
