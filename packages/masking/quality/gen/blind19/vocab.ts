/**
 * Keep strings of blind split 19: drugs with their usual doses, labs, codes, eponyms, devices,
 * organisations and the statistics agents quote. Chosen to appear in no other split.
 */
import type { Gen } from '../context';
import { keep, type Span } from '../fragment';
import { statistic } from '../keep-vocab';

/** Drug and the strengths it is really sold in. */
const DRUGS: [string, string[]][] = [
  ['Bystolic', ['5 mg', '10 mg']],
  ['Multaq', ['400 mg']],
  ['Tekturna', ['150 mg', '300 mg']],
  ['Olumiant', ['2 mg', '4 mg']],
  ['Korlym', ['300 mg']],
  ['osilodrostat', ['1 mg', '2 mg', '5 mg']],
  ['opicapone', ['50 mg']],
  ['istradefylline', ['20 mg', '40 mg']],
  ['Nourianz', ['20 mg']],
  ['propafenone', ['150 mg', '225 mg']],
  ['lomitapide', ['5 mg', '10 mg']],
  ['ozanimod', ['0.92 mg']],
  ['siponimod', ['1 mg', '2 mg']],
  ['diroximel fumarate', ['231 mg', '462 mg']],
  ['Auvelity', ['45-105 mg']],
  ['Ingrezza', ['40 mg', '80 mg']],
  ['Austedo XR', ['12 mg', '24 mg']],
  ['Ubrelvy', ['50 mg', '100 mg']],
  ['lasmiditan', ['50 mg', '100 mg']],
  ['Xphozah', ['30 mg']],
  ['Pyrukynd', ['5 mg', '20 mg']],
  ['Welireg', ['40 mg']],
  ['Cibinqo', ['100 mg', '200 mg']],
  ['voxelotor', ['1500 mg']],
];
const SIGS = ['PO daily', 'PO BID', 'PO qHS', 'daily', 'twice a day', 'at bedtime', 'q12h', 'PO q AM'];

export function drug(g: Gen, withSig = g.chance(0.5)): Span {
  const [name, doses] = g.pick(DRUGS);
  const sig = withSig ? ` ${g.pick(SIGS)}` : '';
  return keep('drug_dose', `${name} ${g.pick(doses)}${sig}`);
}

/** Lab name, unit, low, high, decimals. */
const LABS: [string, string, number, number, number][] = [
  ['procalcitonin', 'ng/mL', 0.05, 12, 2],
  ['NT-proBNP', 'pg/mL', 90, 9000, 0],
  ['lipase', 'U/L', 10, 900, 0],
  ['INR', '', 0.9, 4.5, 1],
  ['D-dimer', 'mg/L FEU', 0.2, 6, 2],
  ['ammonia', 'umol/L', 15, 140, 0],
  ['albumin', 'g/dL', 1.8, 4.8, 1],
  ['Mg', 'mg/dL', 1.2, 2.8, 1],
  ['phos', 'mg/dL', 1.5, 6.5, 1],
  ['anion gap', 'mmol/L', 6, 26, 0],
  ['hs-TnT', 'ng/L', 4, 400, 0],
  ['ESR', 'mm/h', 2, 110, 0],
  ['uric acid', 'mg/dL', 2.5, 11, 1],
  ['25-OH vit D', 'ng/mL', 6, 70, 0],
  ['A1c', '%', 5, 13, 1],
  ['potassium', 'mmol/L', 2.9, 6.2, 1],
];

/** A lab result "INR 2.4" / "lipase 312 U/L". */
export function lab(g: Gen): Span {
  return labTrend(g, 1)[0] as Span;
}

/** `n` results of one test: the first with its name ("lipase 312 U/L"), the rest value and unit. */
export function labTrend(g: Gen, n: number): Span[] {
  const [test, unit, lo, hi, dec] = g.pick(LABS);
  return Array.from({ length: n }, (_, i) => {
    const value = g.f.number.float({ min: lo, max: hi }).toFixed(dec);
    const withUnit = unit === '%' ? `${value}%` : unit ? `${value} ${unit}` : value;
    return keep('lab_value', i === 0 ? `${test} ${withUnit}` : withUnit);
  });
}

export function vitals(g: Gen): Span {
  return keep(
    'lab_value',
    g.pick([
      `BP ${g.int(92, 178)}/${g.int(52, 104)}`,
      `HR ${g.int(50, 128)}`,
      `SpO2 ${g.int(87, 100)}%`,
      `T ${g.f.number.float({ min: 97, max: 103 }).toFixed(1)} F`,
      `RR ${g.int(12, 30)}`,
      `wt ${g.int(98, 290)} lb`,
    ]),
    'vital',
  );
}

const CODES: Record<string, string[]> = {
  'ICD-10': [
    'Z79.624',
    'K50.013',
    'K51.311',
    'R29.810',
    'G71.038',
    'E85.4',
    'I27.23',
    'G70.01',
    'G36.0',
    'M33.22',
    'M34.81',
    'M31.31',
    'D61.810',
    'C90.00',
    'N17.0',
    'I26.99',
    'D69.6',
    'G47.33',
    'I71.4',
    'K70.31',
  ],
  CPT: [
    '98976',
    '98977',
    '98980',
    '98981',
    '99439',
    '99487',
    '99489',
    '99491',
    '99484',
    '99492',
    '90791',
    '96164',
    '99417',
    '99446',
    '99451',
    '93296',
    '94760',
  ],
  LOINC: [
    '4544-3',
    '785-6',
    '14627-4',
    '2157-6',
    '2885-2',
    '53115-2',
    '30341-2',
    '3173-2',
    '2019-8',
    '11558-4',
    '1959-6',
    '8867-4',
    '29463-7',
    '39156-5',
  ],
  SNOMED: [
    '46635009',
    '190388001',
    '371039008',
    '230265002',
    '406506008',
    '312454004',
    '56265001',
    '236425005',
    '40930008',
    '85898001',
    '271594007',
    '10509002',
    '42343007',
    '363406005',
    '93761005',
    '254637007',
    '43339004',
    '65363002',
    '78275009',
    '83323000',
    '431855005',
    '266257000',
  ],
};
export type CodeSystem = keyof typeof CODES;

export function code(g: Gen, system: CodeSystem = g.pick(Object.keys(CODES))): Span {
  return keep('clinical_code', g.pick(CODES[system] ?? []), system);
}

/** `n` different codes of one system. */
export function codes(g: Gen, system: CodeSystem, n: number): Span[] {
  return g.some(CODES[system] ?? [], n, n).map((value) => keep('clinical_code', value, system));
}

/** Eponymous conditions (a problem list can hold them) and eponymous signs, scores and findings. */
const EPONYMS = {
  condition: [
    'Eisenmenger syndrome',
    'Parinaud syndrome',
    'Millard-Gubler syndrome',
    'Lutembacher syndrome',
    'Wellens syndrome',
    "Todd's paresis",
    'Broca aphasia',
    'Stanford type A dissection',
    'Anton syndrome',
    'Foville syndrome',
    'Benedikt syndrome',
  ],
  finding: [
    "Courvoisier's sign",
    "Carnett's sign",
    "Hamman's crunch",
    "Quincke's pulse",
    "Duroziez's sign",
    "Adie's pupil",
    "Hoover's sign",
    "Gowers' sign",
    "Froment's sign",
    'Bezold-Jarisch reflex',
    'Ashman phenomenon',
    'Hestia criteria',
    'Geneva score',
    'Maddrey discriminant function',
    'Lille score',
    'Beers criteria',
    'Karnofsky score',
    'Aldrete score',
    'Fazekas scale',
    'Bosniak classification',
    "Light's criteria",
    "Lhermitte's sign",
    "Trousseau's sign",
    'Padua prediction score',
    'Alvarado score',
  ],
};

export function eponym(g: Gen, kind?: keyof typeof EPONYMS): Span {
  return keep('eponym', g.pick(EPONYMS[kind ?? g.pick(['condition', 'finding'] as const)]));
}

const DEVICES = [
  'Medtronic Micra VR2',
  'Boston Scientific Empower',
  'Abbott Jot Dx',
  'Boston Scientific LUX-Dx',
  'CVRx Barostim',
  'BardyDx CAM',
  'VitalConnect VitalPatch',
  'Amplatzer Amulet',
  'Sapien 3 Ultra Resilia',
  'Omnipod GO',
  'Medtronic InPen',
  'ResMed Lumis 150 VPAP',
  'Philips EverFlo',
  'Cefaly Enhanced',
  'gammaCore Sapphire',
  'Axonics F15',
  'Boston Scientific WaveWriter Alpha',
  'Medtronic Percept RC',
  'Nevro Senza Omnia',
  'CardioMEMS HF System',
  'Zoll AED 3',
  'Hillrom Monarch airway clearance system',
];

export function deviceName(g: Gen): Span {
  return keep('device_name', g.pick(DEVICES));
}

const ORGS = {
  care: [
    'Bayfront Regional Medical Center',
    'Cedar Hollow Health',
    'Blue Heron Community Hospital',
    'Larkspur Valley Clinic',
    'Tri-County Dialysis Partners',
    'Northgate Orthopedic Associates',
    'Mayo Clinic',
    'Hospital for Special Surgery',
  ],
  lab: ['Quest Diagnostics', 'Labcorp'],
  pharmacy: ['CVS Pharmacy', 'Walgreens', 'Walmart Pharmacy', 'Costco Pharmacy'],
  payer: ['Aetna', 'Humana', 'UnitedHealthcare', 'Cigna', 'Blue Cross Blue Shield of Illinois', 'Geico'],
  vendor: ['Surescripts', 'Persona', 'ID.me', 'Clear'],
};
export type OrgKind = keyof typeof ORGS;

export function org(g: Gen, kind: OrgKind = 'care'): Span {
  return keep('organization', g.pick(ORGS[kind]));
}

/** What a retriever reports about its search. */
export function retrievalStat(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `${g.int(3, 40)} of ${g.int(41, 900)} chunks above threshold`,
      `${g.int(2, 12)} hits in ${g.int(1, 9)},${g.digits(3)} documents`,
      `recall@10 0.${g.int(70, 98)}`,
    ]),
  );
}

/** Statistics agents and dashboards quote; half of them from the shared list. */
export function stat(g: Gen): Span {
  if (g.chance(0.4)) return statistic(g);
  return keep(
    'statistic',
    g.pick([
      `${g.int(5, 60)}% of panel overdue for A1c`,
      `no-show rate ${g.int(4, 30)}.${g.int(0, 9)}%`,
      `${g.int(2, 40)} patients on the waitlist`,
      `median wait ${g.int(3, 45)} days`,
      `${g.int(1, 19)} open care gaps`,
    ]),
  );
}
