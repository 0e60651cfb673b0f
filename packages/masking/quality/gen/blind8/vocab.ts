/** Keep strings of blind split 8: its own drugs, labs, codes, eponyms, devices, statistics and organisations. */
import type { Gen } from '../context';
import { type Frag, keep, type Span, t } from '../fragment';

const DRUGS: readonly [string, readonly string[]][] = [
  ['physostigmine', ['0.5 mg', '1 mg']],
  ['darifenacin', ['75 mg']],
  ['iloperidone', ['1 mg', '2 mg']],
  ['ranolazine ER', ['500 mg', '1000 mg']],
  ['evinacumab', ['284 mg']],
  ['everolimus', ['0.75 mg', '1 mg']],
  ['mycophenolic acid DR', ['360 mg', '720 mg']],
  ['tacrolimus XR', ['4 mg', '0.5 mg']],
  ['belatacept', ['5 mg/kg']],
  ['N-acetylcysteine', ['150 mg/kg', '50 mg/kg']],
  ['fomepizole', ['15 mg/kg']],
  ['naloxone nasal', ['4 mg']],
  ['fesoterodine', ['20 mg']],
  ['mazindol', ['17.8 mg', '35.6 mg']],
  ['meloxicam', ['7.5 mg', '15 mg']],
  ['dexketoprofeno', ['25 mg']],
  ['cyproheptadine', ['4 mg']],
  ['guanfacine ER', ['1 mg', '2 mg']],
  ['lisdexamfetamine', ['30 mg', '40 mg']],
  ['fluticasone-salmeterol', ['250/50 mcg']],
  ['montelukast chewable', ['4 mg', '5 mg']],
  ['epinephrine auto-injector', ['0.15 mg', '0.3 mg']],
  ['tralokinumab', ['300 mg']],
  ['risankizumab', ['150 mg']],
  ['bexagliflozin', ['200 mg', '400 mg']],
  ['nirmatrelvir-ritonavir', ['300/100 mg']],
  ['ferric carboxymaltose', ['750 mg']],
  ['letermovir', ['480 mg', '240 mg']],
  ['isoniazid', ['300 mg']],
  ['rifapentine', ['900 mg']],
  ['teriparatide', ['20 mcg']],
  ['Crocin Advance', ['500 mg', '650 mg']],
  ['metamizol', ['575 mg']],
];

export function dose(g: Gen): Span {
  const [name, doses] = g.pick(DRUGS);
  return keep('drug_dose', `${name} ${g.pick(doses)}`);
}

/** A dose with its schedule around it (the schedule not labeled). */
export function doseLine(g: Gen): [Span, string] {
  return [
    dose(g),
    g.pick([
      ' PO daily',
      ' BID',
      ' q8h PRN',
      ' at bedtime',
      ' once weekly',
      ' TID with meals',
      ' SC q2wk',
      '',
    ]),
  ];
}

const LABS: readonly [string, string][] = [
  ['tacrolimus trough', 'ng/mL'],
  ['creatinine', 'mg/dL'],
  ['eGFR', 'mL/min/1.73m2'],
  ['ALT', 'U/L'],
  ['acetaminophen level', 'mcg/mL'],
  ['HbA1c', '%'],
  ['potassium', 'mmol/L'],
  ['ferritin', 'ng/mL'],
  ['TSH', 'mIU/L'],
  ['BNP', 'pg/mL'],
  ['lead level', 'mcg/dL'],
  ['INR', ''],
  ['CK', 'U/L'],
  ['lactate', 'mmol/L'],
];
const LAB_RANGES: Record<string, [number, number, number]> = {
  'tacrolimus trough': [3, 14, 1],
  creatinine: [0.6, 3.4, 2],
  eGFR: [18, 110, 0],
  ALT: [9, 480, 0],
  'acetaminophen level': [4, 260, 0],
  HbA1c: [5.1, 11.8, 1],
  potassium: [2.9, 6.1, 1],
  ferritin: [6, 900, 0],
  TSH: [0.2, 9.8, 2],
  BNP: [40, 2400, 0],
  'lead level': [1, 24, 1],
  INR: [0.9, 4.2, 1],
  CK: [40, 12_000, 0],
  lactate: [0.6, 6.8, 1],
};

/** "creatinine", "1.42 mg/dL": the analyte unlabeled, value with unit labeled. */
export function lab(g: Gen): [string, Span] {
  const [name, unit] = g.pick(LABS);
  const [lo, hi, dp] = LAB_RANGES[name] as [number, number, number];
  const v = (lo + ((hi - lo) * g.int(0, 1000)) / 1000).toFixed(dp);
  return [name, keep('lab_value', unit ? `${v} ${unit}` : v)];
}

const REF: Record<string, string> = {
  creatinine: '0.60-1.20',
  potassium: '3.5-5.1',
  TSH: '0.45-4.50',
  ALT: '7-56',
  INR: '0.8-1.2',
  lactate: '0.5-2.2',
  ferritin: '30-400',
};

/** "creatinine 1.42 mg/dL (ref 0.60-1.20)": value and reference range kept, analyte plain. */
export function labText(g: Gen, sep = ' '): Frag {
  const [name, value] = lab(g);
  const ref = REF[name];
  return ref && g.chance(0.4)
    ? t`${name}${sep}${value} (ref ${keep('lab_value', ref)})`
    : t`${name}${sep}${value}`;
}

export function vitals(g: Gen): [Span, Span, Span, Span] {
  return [
    keep('lab_value', `${g.int(98, 168)}/${g.int(54, 99)}`),
    keep('lab_value', `${g.int(52, 118)} bpm`),
    keep('lab_value', `${g.int(91, 100)}%`),
    keep('lab_value', `${(36 + g.int(0, 25) / 10).toFixed(1)} °C`),
  ];
}

const CODES: Record<string, readonly string[]> = {
  'ICD-10': [
    'T39.1X1A',
    'S93.401A',
    'M75.121',
    'Z94.0',
    'T86.12',
    'F43.22',
    'J45.41',
    'G56.01',
    'M47.816',
    'Z02.1',
    'T40.2X1A',
    'S83.512A',
    'Z76.0',
    'E55.9',
    'R26.81',
    'L89.152',
    'T63.441A',
    'Z13.31',
  ],
  CPT: [
    '97163',
    '97530',
    '97537',
    '99457',
    '98966',
    '99454',
    '50360',
    '97750',
    '97112',
    '99349',
    '95992',
    '92551',
  ],
  LOINC: ['89204-2', '94558-4', '72166-2', '82810-3', '93025-5', '71802-3', '38208-5', '76536-2'],
  SNOMED: ['416940007', '225908003', '239873007', '278860009', '429040005', '161744009'],
  HCPCS: ['G0299', 'E0260', 'A4253', 'K0823', 'T1019'],
};

export function code(g: Gen, system?: string): [string, Span] {
  const sys = system ?? g.pick(Object.keys(CODES));
  return [sys, keep('clinical_code', g.pick(CODES[sys] ?? []))];
}

/** Eponymous conditions, examination signs and tests, and scales or criteria, used where each fits. */
const EPONYM_DX = [
  'von Willebrand disease',
  'Fontan circulation',
  "Colles' fracture",
  'Baker cyst',
  'Jones fracture',
  'Salter-Harris II fracture',
  'Ramsay Hunt syndrome',
  'Henoch-Schönlein purpura',
  'Hill-Sachs lesion',
  'Preiser disease',
  "Virchow's triad",
];
const EPONYM_EXAM = [
  'Dix-Hallpike test',
  'Romberg sign',
  'Homan sign',
  'Gaenslen test',
  'Yeoman test',
  'Simmonds-Thompson test',
  'Stinchfield test',
  "O'Brien active compression test",
  'Noble compression test',
  "Patrick's test",
  'Neer impingement sign',
  "Spurling's test",
];
const EPONYM_SCALE = [
  'Barthel Index',
  'Snellen chart',
  'Ishihara plates',
  'Rumack-Matthew nomogram',
  'Milan criteria',
  'Banff classification',
  'Hardy-Weinberg equilibrium',
  'Tinetti gait assessment',
  'Tardieu scale',
  'Ottawa ankle rules',
  'Centor criteria',
];

export const eponymDx = (g: Gen): Span => keep('eponym', g.pick(EPONYM_DX));
export const eponymExam = (g: Gen): Span => keep('eponym', g.pick(EPONYM_EXAM));
export const eponymScale = (g: Gen): Span => keep('eponym', g.pick(EPONYM_SCALE));

export function eponym(g: Gen): Span {
  return g.pick([eponymDx, eponymExam, eponymScale])(g);
}

export function pain(g: Gen): Span {
  return keep('statistic', `${g.int(1, 10)}/10`);
}

const DEVICES = [
  'Dana-i insulin pump',
  'mylife YpsoPump',
  'Astral 150 ventilator',
  'BodyGuardian MINI',
  'HeartMate 3',
  'CAIRE FreeStyle Comfort',
  'Phonak Naída Lumity',
  'Micra AV2',
  'Owlet Dream Sock',
  'Withings BPM Connect',
  'Hoyer Advance lift',
  'Drive Nitro rollator',
  'Bioness L300 Go',
  'Kinesio tape',
  'Aspen Vista collar',
  'Game Ready unit',
  'Kardia 6L',
  'Masimo MightySat',
  'Simplera Sync',
  'iStat CHEM8+',
];

export function device(g: Gen): Span {
  return keep('device_name', g.pick(DEVICES));
}

export function statistic(g: Gen): Span {
  const n = g.int(8, 60);
  return keep(
    'statistic',
    g.pick([
      `${g.int(1, 7)} of ${n} patients`,
      `p = 0.0${g.int(1, 4)}`,
      `95% CI ${g.int(1, 3)}.${g.int(0, 9)}-${g.int(4, 9)}.${g.int(0, 9)}`,
      `NNT ${g.int(4, 40)}`,
      `HR 0.${g.int(55, 92)}`,
      `${g.int(11, 89)}th percentile`,
      `${g.int(2, 40)}% graft loss at 5 years`,
      `OR ${g.int(1, 3)}.${g.int(1, 9)}`,
    ]),
  );
}

/** Pain scores, strength grades and ratios written like a date or fraction. */
export function score(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([`${g.int(2, 9)}/10`, `${g.int(3, 5)}/5`, `${g.int(10, 30)}/30`, `${g.int(1, 56)}/56`]),
  );
}

export function version(g: Gen): Span {
  return keep(
    'version',
    g.pick([
      `v${g.int(2, 9)}.${g.int(0, 19)}.${g.int(0, 9)}`,
      `${g.int(14, 18)}.${g.int(0, 6)}.${g.int(1, 3)}`,
      `build ${g.int(2024, 2026)}.${g.int(1, 12)}.${g.digits(3)}`,
      `${g.int(1, 6)}.${g.int(0, 9)}`,
    ]),
  );
}

export function uuid(g: Gen): Span {
  const h = (n: number): string => g.letters(n, '0123456789abcdef');
  return keep('uuid', `${h(8)}-${h(4)}-4${h(3)}-${g.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`);
}

export function year(g: Gen, from = 1995, to = 2025): Span {
  return keep('year', String(g.int(from, to)));
}

export const org = (name: string): Span => keep('organization', name);

export const US_ORGS = [
  'Tamarack Valley Hospital',
  'Lakeshore Regional Medical Center',
  'Prairie Mutual Health Plan',
  'Cedar Hollow Pharmacy',
  'Northgate Regional Poison Center',
  'Bayfield Home Health',
  'Ridgecrest Transplant Institute',
  'Aetna',
  'Humana',
  'UnitedHealthcare',
  'Anthem Blue Cross',
  'Molina Healthcare',
  'CVS Pharmacy',
  'Quest Diagnostics',
  'LabCorp',
  'Kessler Institute',
  'Piedmont Orthopedic Associates',
  'Cascade Occupational Medicine',
  'Greenfield Unified School District',
  'Evergreen Workers Comp Services',
];

const HOSPITALS = [
  'Tamarack Valley Hospital',
  'Lakeshore Regional Medical Center',
  'Ridgecrest Transplant Institute',
  'Kessler Institute',
  'Piedmont Orthopedic Associates',
  'Bayfield Home Health',
];

/** A provider organisation: hospital, clinic or agency. */
export function hospital(g: Gen): Span {
  return org(g.pick(HOSPITALS));
}

export function usOrg(g: Gen): Span {
  return org(g.pick(US_ORGS));
}
