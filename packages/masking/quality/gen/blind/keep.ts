/**
 * Blind split: strings that must survive, from vocabularies neither other split draws on
 * (drugs, eponyms, devices, codes), and in styles they lack (lab panels with reference ranges,
 * dispensing quantities, protocol version strings in running text, log timestamps).
 */
import type { Gen } from '../context';
import { keep, type Span } from '../fragment';

const DRUGS = [
  'rivaroxaban',
  'dapagliflozin',
  'tirzepatide',
  'sacubitril-valsartan',
  'bisoprolol',
  'nitrofurantoin',
  'doxycycline',
  'cefazolin',
  'piperacillin-tazobactam',
  'methotrexate',
  'hydroxychloroquine',
  'levetiracetam',
  'quetiapine',
  'mirtazapine',
  'oxycodone',
  'morphine sulfate',
  'lorazepam',
  'haloperidol',
  'allopurinol',
  'colchicine',
  'ticagrelor',
  'dulaglutide',
  'budesonide-formoterol',
  'tiotropium',
  'Brilinta',
  'Farxiga',
  'Trulicity',
  'Seroquel',
  'Symbicort',
  'Spiriva',
  'Mounjaro',
  'Plavix',
];
const DOSES = [
  '5 mg',
  '15 mg',
  '0.25 mg',
  '200 mg',
  '2 g',
  '1.5 mg',
  '60 mg',
  '300 mcg',
  '8 units',
  '7.5 mg',
];
const SIGS = ['1 tab PO qAM', 'PO qHS', 'IV q8h', 'IM x1', 'inh 2 puffs BID', 'SL PRN chest pain', 'PO q12h'];

const PANEL: [string, string, string, number][] = [
  ['Sodium', 'mmol/L', '135-145', 0],
  ['Potassium', 'mmol/L', '3.5-5.1', 1],
  ['Chloride', 'mmol/L', '98-107', 0],
  ['Bicarbonate', 'mmol/L', '22-29', 0],
  ['Creatinine', 'umol/L', '60-110', 0],
  ['Hemoglobin', 'g/L', '120-160', 0],
  ['Platelets', '10^9/L', '150-400', 0],
  ['INR', '', '0.9-1.1', 1],
  ['Magnesium', 'mmol/L', '0.70-1.00', 2],
  ['Albumin', 'g/L', '35-50', 0],
  ['Procalcitonin', 'ng/mL', '<0.10', 2],
  ['D-dimer', 'mg/L FEU', '<0.50', 2],
];

const ICD10 = [
  'I63.9',
  'J96.01',
  'A41.9',
  'E87.1',
  'N17.9',
  'K85.90',
  'L89.153',
  'Z23',
  'R65.21',
  'T81.4XXA',
];
const CPT = ['90471', '90686', '88305', '99284', '96372', '88342', '90732', '99442', '94640', '51702'];
const LOINC = [
  '2947-0',
  '6298-4',
  '2075-0',
  '1963-8',
  '38483-4',
  '6301-6',
  '1751-7',
  '33762-6',
  '8310-5',
  '9279-1',
];
const SNOMED = [
  '91302008',
  '68566005',
  '86406008',
  '230690007',
  '125605004',
  '271737000',
  '40733004',
  '26929004',
];
const CVX = ['CVX 140', 'CVX 208', 'CVX 115', 'CVX 33', 'CVX 187', 'CVX 21'];

const EPONYMS = [
  "Wernicke's encephalopathy",
  'Kaposi sarcoma',
  'Meniere disease',
  "Paget's disease of bone",
  'Stevens-Johnson syndrome',
  'Marfan syndrome',
  'Tourette syndrome',
  "Huntington's chorea",
  'Ewing sarcoma',
  "Wilms' tumor",
  'Gleason score',
  'Breslow thickness',
  'Clark level',
  'Ranson criteria',
  'Child-Pugh class',
  'Mallory-Weiss tear',
  "Dupuytren's contracture",
  'Osgood-Schlatter disease',
  'Homans sign',
  'Trendelenburg position',
  'Valsalva maneuver',
  'Heimlich maneuver',
  'Kernig sign',
  'Lhermitte sign',
];

const DEVICES = [
  'Boston Scientific Emblem S-ICD',
  'Abbott FreeStyle Libre 2',
  'Medtronic Azure XT',
  'Insulet Omnipod DASH',
  'Becton Dickinson Alaris',
  'Hill-Rom Centrella bed',
  'Masimo Radical-7',
  'Stryker LUCAS 3',
  'Fisher & Paykel Airvo 2',
  'ICU Medical Plum 360',
  'Biotronik Amvia Edge',
  'Philips IntelliVue MX450',
];

export function dose(g: Gen): Span {
  const sig = g.chance(0.7) ? ` ${g.pick(SIGS)}` : '';
  return keep('drug_dose', `${g.pick(DRUGS)} ${g.pick(DOSES)}${sig}`);
}

export function drug(g: Gen): Span {
  return keep('drug_dose', g.pick(DRUGS), 'name_only');
}

/** "Potassium 4.2 mmol/L (3.5-5.1)": a panel row with its unit and reference range. */
export function panelRow(g: Gen): Span {
  const [name, unit, range, dec] = g.pick(PANEL);
  const value = g.f.number.float({ min: 0.05, max: 150 }).toFixed(dec);
  const flag = g.chance(0.2) ? ` ${g.pick(['H', 'L', '(H)', '*'])}` : '';
  return keep('lab_value', `${name} ${value}${unit ? ` ${unit}` : ''} (${range})${flag}`, 'panel');
}

export function vitalSign(g: Gen): Span {
  return keep(
    'lab_value',
    g.pick([
      `T ${(36 + g.int(0, 30) / 10).toFixed(1)}C`,
      `P ${g.int(50, 140)}`,
      `BP ${g.int(90, 190)}/${g.int(50, 110)}`,
      `SaO2 ${g.int(85, 100)}%`,
      `GCS ${g.int(3, 15)}`,
      `pain ${g.int(0, 10)}/10`,
      `BMI ${g.int(17, 45)}.${g.int(0, 9)}`,
    ]),
    'vital',
  );
}

export function code(g: Gen, system?: 'ICD-10' | 'CPT' | 'LOINC' | 'SNOMED CT' | 'CVX'): Span {
  const s = system ?? g.pick(['ICD-10', 'CPT', 'LOINC', 'SNOMED CT'] as const);
  const list = { 'ICD-10': ICD10, CPT, LOINC, 'SNOMED CT': SNOMED, CVX }[s];
  return keep('clinical_code', g.pick(list), s);
}

export function eponym(g: Gen): Span {
  return keep('eponym', g.pick(EPONYMS));
}

export function device(g: Gen): Span {
  return keep('device_name', g.pick(DEVICES));
}

export function uuid(g: Gen): Span {
  return keep('uuid', g.f.string.uuid());
}

/** A machine timestamp as logs and APIs write it. */
export function timestamp(g: Gen): Span {
  const d = new Date(
    Date.UTC(2025, g.int(0, 10), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59), g.int(0, 999)),
  );
  const iso = d.toISOString();
  const forms = [
    () => iso.replace(/\.\d{3}Z$/, '.000000Z'),
    () => `${iso.slice(0, 19)}-05:00`,
    () => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`,
    () => String(Math.floor(d.getTime() / 1000)),
    () => `${iso.slice(0, 10).replaceAll('-', '')}T${iso.slice(11, 19).replaceAll(':', '')}Z`,
  ];
  return keep('timestamp', g.pick(forms)());
}

export function version(g: Gen): Span {
  return keep(
    'version',
    g.pick([
      `${g.int(1, 12)}.${g.int(0, 99)}.${g.int(0, 999)}`,
      `${g.int(1, 12)}.${g.int(0, 99)}`,
      `R${g.int(2, 5)}`,
      `${g.int(1, 4)}.${g.int(0, 9)}.${g.int(0, 9)}.${g.int(100, 999)}`,
    ]),
  );
}

/** An MCP protocol revision, written where a version is (it is also a date's shape). */
export function protocolRevision(g: Gen): Span {
  return keep(
    'version',
    g.pick(['2025-06-18', '2025-03-26', '2024-11-05', '2025-11-25', '2026-07-28']),
    'mcp_protocol',
  );
}

export function year(g: Gen): Span {
  return keep('year', String(g.int(1988, 2025)));
}

export function ageUnder90(g: Gen, age?: number): Span {
  return keep('age_under_90', String(age ?? g.int(1, 89)));
}

export function statistic(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `${g.int(3, 40)} of ${g.int(41, 60)} ICU beds staffed`,
      `hand hygiene compliance ${g.int(80, 99)}%`,
      `${g.int(10, 90)} discharges before noon`,
      `door-to-needle median ${g.int(25, 70)} min`,
      `falls per 1,000 patient days ${g.int(1, 4)}.${g.int(0, 9)}`,
      `${g.int(1, 30)} open beds`,
      `ED LWBS rate ${g.int(1, 9)}.${g.int(0, 9)}%`,
    ]),
  );
}
