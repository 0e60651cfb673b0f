/**
 * Strings of blind split 13 that must survive masking: its own drugs, labs, codes, eponyms,
 * devices, organisations and operational figures, as office and developer tools carry them.
 */
import type { Gen } from '../context';
import { keep, type Span } from '../fragment';

const DRUGS = [
  'mexiletine',
  'patiromer',
  'colesevelam',
  'deferasirox',
  'tetrabenazine',
  'dalfampridine',
  'pimavanserin',
  'bethanechol',
  'methenamine hippurate',
  'pentoxifylline',
  'Northera',
  'Samsca',
  'Veltassa',
  'Corlanor',
  'Nuplazid',
  'Tikosyn',
  'Ampyra',
  'Ranexa',
  'Welchol',
  'Sensipar',
];
const DOSES = [
  '5 mg',
  '2.5 mg',
  '284 mg',
  '180 mg',
  '20 mg',
  '10 mg',
  '50 mg',
  '75 mg',
  '7.5 mg',
  '45 mg',
  '100 mg',
  '0.25 mg',
];
const SIGS = ['once daily', 'qHS', 'PO qAM', 'subq weekly', 'BID with food', 'q6mo', 'daily PRN'];

const LABS: [string, number, number, number, string][] = [
  ['Lp(a)', 8, 240, 0, 'nmol/L'],
  ['NT-proBNP', 90, 9800, 0, 'pg/mL'],
  ['cystatin C', 0.6, 3.2, 2, 'mg/L'],
  ['ionized Ca', 1.0, 1.4, 2, 'mmol/L'],
  ['anti-Xa', 0.1, 1.2, 2, 'IU/mL'],
  ['procalcitonin', 0.02, 9, 2, 'ng/mL'],
  ['hs-TnT', 3, 180, 0, 'ng/L'],
  ['Mg', 1.2, 2.8, 1, 'mg/dL'],
  ['phosphate', 1.8, 6.5, 1, 'mg/dL'],
  ['A1c', 5.2, 13.1, 1, '%'],
  ['UACR', 4, 900, 0, 'mg/g'],
  ['INR', 0.9, 4.8, 1, ''],
  ['D-dimer', 0.2, 6.5, 2, 'mg/L FEU'],
  ['haptoglobin', 10, 280, 0, 'mg/dL'],
];

const ICD10 = [
  'K75.81',
  'N95.1',
  'G47.01',
  'D57.1',
  'G71.01',
  'Q87.410',
  'E83.110',
  'K83.01',
  'G11.11',
  'D59.31',
  'M31.10',
  'E72.11',
  'Q85.01',
  'E84.0',
  'G61.81',
  'L93.2',
];
const CPT = ['92978', '93264', '95249', '99091', '98975', '0424T', '33340'];
const LOINC = ['15074-8', '43396-1', '46268-0', '48642-3', '97552-4', '59576-9', '76625-3'];
const HCPCS = ['J0584', 'J1439', 'E2103', 'K0553', 'J3490'];

const EPONYMS = [
  'Fitz-Hugh-Curtis syndrome',
  'Chilaiditi sign',
  'Duroziez sign',
  'Beck triad',
  'Wolff-Parkinson-White pattern',
  'Waterhouse-Friderichsen syndrome',
  'Dandy-Walker malformation',
  'Holt-Oram syndrome',
  'Meigs syndrome',
  'Gerstmann syndrome',
  'Courvoisier sign',
  'Carnett sign',
  'Ewart sign',
  'Reynolds pentad',
];

const DEVICES = [
  'Abbott CardioMEMS HF',
  'Medtronic LINQ II',
  'Boston Scientific Emblem S-ICD',
  'Fisher & Paykel Airvo 3',
  'Medtronic Aurora EV-ICD',
  'Abbott Aveir DR',
  'Nevro HFX iQ',
  'Zoll X Series Advanced',
  'Biotronik BioMonitor IIIm',
  'Axonics R15',
  'Senseonics 180-day sensor',
  'Getinge Servo-u MR',
  'Natus Embla NDx',
];

const ORGS = [
  'Tamarack Valley Medical Center',
  'Harrowgate Community Hospital',
  'Bellweather Health Plan',
  'Quillon Diagnostics',
  'Northmoor Specialty Pharmacy',
  'Ravensdale Clinical Labs',
  'Cedar Hollow Orthopedics',
  'Sallowmere Cardiology Associates',
  'Pinecrest Behavioral Health',
  'Orchard Lane Dialysis',
  'Kettleby Imaging Partners',
  'Fernhill Home Infusion',
  'Blue Ashby Mutual',
  'Greywater Regional Health',
];

export function drug13(g: Gen): Span {
  const sig = g.chance(0.5) ? ` ${g.pick(SIGS)}` : '';
  return keep('drug_dose', `${g.pick(DRUGS)} ${g.pick(DOSES)}${sig}`);
}

export function lab13(g: Gen): Span {
  const [name, lo, hi, dec, unit] = g.pick(LABS);
  const value = g.f.number.float({ min: lo, max: hi }).toFixed(dec);
  return keep('lab_value', unit ? `${name} ${value} ${unit}` : `${name} ${value}`);
}

export function code13(g: Gen): Span {
  const [system, list] = g.pick([
    ['ICD-10', ICD10],
    ['CPT', CPT],
    ['LOINC', LOINC],
    ['HCPCS', HCPCS],
  ] as const);
  return keep('clinical_code', g.pick(list), system);
}

export function icd13(g: Gen): Span {
  return keep('clinical_code', g.pick(ICD10), 'ICD-10');
}

export function eponym13(g: Gen): Span {
  return keep('eponym', g.pick(EPONYMS));
}

export function device13(g: Gen): Span {
  return keep('device_name', g.pick(DEVICES));
}

export function org13(g: Gen): Span {
  return keep('organization', g.pick(ORGS));
}

export function uuid13(g: Gen): Span {
  return keep('uuid', g.f.string.uuid());
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A moment a system recorded (message sent, row written, log line), in 2025. */
export function moment(g: Gen): Date {
  return new Date(
    Date.UTC(2025, g.int(0, 10), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59), g.int(0, 999)),
  );
}

export type StampForm = 'iso' | 'iso_s' | 'epoch_ms' | 'epoch_s' | 'slack' | 'rfc2822' | 'ics' | 'sql';

/** A system timestamp (keep) in one of the forms office and developer APIs write. */
export function stamp(g: Gen, form: StampForm, d = moment(g)): Span {
  const iso = d.toISOString();
  const s = Math.floor(d.getTime() / 1000);
  const values: Record<StampForm, () => string> = {
    iso: () => iso,
    iso_s: () => iso.replace(/\.\d{3}Z$/, 'Z'),
    epoch_ms: () => String(d.getTime()),
    epoch_s: () => String(s),
    slack: () => `${s}.${g.digits(6)}`,
    rfc2822: () =>
      `${DOW[d.getUTCDay()]}, ${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`,
    ics: () => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, ''),
    sql: () => iso.replace('T', ' ').replace(/\.\d{3}Z$/, ''),
  };
  return keep('timestamp', values[form](), form);
}

export function version13(g: Gen): Span {
  return keep(
    'version',
    g.pick([
      `v${g.int(1, 4)}.${g.int(0, 19)}.${g.int(0, 12)}`,
      `${g.int(2, 9)}.${g.int(0, 60)}.${g.int(0, 9)}`,
      `${g.int(1, 7)}.${g.int(0, 9)}`,
      `${g.int(10, 24)}.${g.int(1, 12)}.${g.int(0, 5)}-beta.${g.int(1, 9)}`,
    ]),
  );
}

export function year13(g: Gen): Span {
  return keep('year', String(g.int(2015, 2025)));
}

export function stat13(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `${g.int(12, 340)} open tickets`,
      `${g.int(61, 99)}% no-show reduction`,
      `median wait ${g.int(3, 48)} min`,
      `${g.int(2, 19)}.${g.int(0, 9)}% readmissions`,
      `${g.int(110, 980)} referrals pending`,
      `${g.int(40, 97)}% first-call resolution`,
      `${g.int(4, 60)} beds blocked`,
    ]),
  );
}
