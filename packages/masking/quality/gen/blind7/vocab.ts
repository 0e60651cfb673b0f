/**
 * Keep strings of blind split 7: what masking must leave alone although it may look like an
 * identifier. Drugs, codes, eponyms and devices are this split's own; organisations and devices
 * are invented. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { keep, type Span } from '../fragment';

const DRUGS: readonly [string, readonly string[]][] = [
  ['cariprazine', ['1.5 mg', '3 mg', '4.5 mg']],
  ['lumateperone', ['42 mg']],
  ['pitolisant', ['8.9 mg', '17.8 mg']],
  ['solriamfetol', ['75 mg', '150 mg']],
  ['cenobamate', ['12.5 mg', '25 mg', '200 mg']],
  ['ganaxolone', ['50 mg/mL']],
  ['trofinetide', ['200 mg/mL']],
  ['tolvaptan', ['15 mg', '30 mg']],
  ['droxidopa', ['100 mg', '200 mg']],
  ['edaravone', ['105 mg/5 mL']],
  ['riluzole', ['50 mg']],
  ['deutetrabenazine', ['6 mg', '12 mg']],
  ['valbenazine', ['40 mg', '80 mg']],
  ['amifampridine', ['10 mg']],
  ['risdiplam', ['0.75 mg/mL']],
  ['migalastat', ['123 mg']],
  ['eliglustat', ['84 mg']],
  ['nitisinone', ['2 mg', '10 mg']],
  ['sapropterin', ['100 mg']],
  ['trientine', ['250 mg']],
  ['macitentan', ['10 mg']],
  ['riociguat', ['0.5 mg', '2.5 mg']],
  ['selexipag', ['200 mcg', '1600 mcg']],
  ['treprostinil', ['0.125 mg', '2.5 mg']],
];

/** A drug with its strength, e.g. "finerenone 10 mg". */
export function drugDose(g: Gen): Span {
  const [name, doses] = g.pick(DRUGS);
  return keep('drug_dose', `${name} ${g.pick(doses)}`);
}

export function drugParts(g: Gen): { name: string; dose: string } {
  const [name, doses] = g.pick(DRUGS);
  return { name, dose: g.pick(doses) };
}

export interface Lab {
  name: string;
  loinc: string;
  unit: string;
  low: number;
  high: number;
  decimals: number;
}

const LABS: readonly Lab[] = [
  { name: 'Cystatin C', loinc: '33863-2', unit: 'mg/L', low: 0.5, high: 1.3, decimals: 2 },
  { name: 'Ceruloplasmin', loinc: '2064-8', unit: 'mg/dL', low: 14, high: 40, decimals: 0 },
  { name: 'Lipoprotein(a)', loinc: '43583-4', unit: 'nmol/L', low: 5, high: 220, decimals: 0 },
  { name: 'Zinc', loinc: '5763-0', unit: 'ug/dL', low: 60, high: 120, decimals: 0 },
  { name: 'Procalcitonin', loinc: '33959-8', unit: 'ng/mL', low: 0.02, high: 2.5, decimals: 2 },
  { name: 'Fructosamine', loinc: '15069-8', unit: 'umol/L', low: 190, high: 370, decimals: 0 },
  { name: 'Ionized calcium', loinc: '1994-3', unit: 'mmol/L', low: 1.05, high: 1.35, decimals: 2 },
  { name: 'Anti-Xa (LMWH)', loinc: '32684-3', unit: 'IU/mL', low: 0.1, high: 1.2, decimals: 2 },
  { name: 'Beta-hydroxybutyrate', loinc: '53060-0', unit: 'mmol/L', low: 0.1, high: 4.5, decimals: 1 },
  { name: 'Haptoglobin', loinc: '4542-7', unit: 'mg/dL', low: 20, high: 220, decimals: 0 },
  { name: 'Reticulocyte count', loinc: '17849-1', unit: '%', low: 0.4, high: 3.1, decimals: 1 },
  { name: 'Serum osmolality', loinc: '2692-2', unit: 'mOsm/kg', low: 270, high: 310, decimals: 0 },
];

export function lab(g: Gen): Lab {
  return g.pick(LABS);
}

export function labValue(g: Gen, l: Lab): string {
  return (l.low + ((l.high - l.low) * g.int(0, 100)) / 100).toFixed(l.decimals);
}

/** "0.87 mg/L" as one keep string. */
export function labResult(g: Gen, l = lab(g)): Span {
  return keep('lab_value', `${labValue(g, l)} ${l.unit}`);
}

const ICD10 = [
  'E83.01',
  'I42.1',
  'G47.411',
  'M32.14',
  'K76.0',
  'I27.21',
  'J84.112',
  'D59.4',
  'G40.209',
  'N25.81',
  'L20.84',
  'R00.2',
  'D86.0',
  'M35.3',
  'I77.810',
  'E85.82',
  'G12.21',
  'K74.3',
];
const CPT = ['82565', '83880', '93880', '76705', '93224', '95251', '92133', '95782', '93978'];
const SNOMED = ['429559004', '703272007', '426749004', '443502000', '698296002', '16114001', '237599002'];
const RXNORM = ['1992672', '2123111', '2375373', '2049106', '1918035', '2589919'];
const NDC = ['72893-0010-01', '50419-0540-01', '68727-0600-01', '70370-1030-01', '63020-0078-30'];
const EXTRA_LOINC = ['59574-4', '45066-8', '30522-7', '4537-7', '2132-9'];

export type CodeSystem = 'icd10' | 'cpt' | 'snomed' | 'rxnorm' | 'ndc' | 'loinc';

export function code(g: Gen, system: CodeSystem): Span {
  const list = { icd10: ICD10, cpt: CPT, snomed: SNOMED, rxnorm: RXNORM, ndc: NDC, loinc: EXTRA_LOINC }[
    system
  ];
  return keep('clinical_code', g.pick(list));
}

export function loinc(l: Lab): Span {
  return keep('clinical_code', l.loinc);
}

const EPONYMS = [
  'Mondor disease',
  'Kikuchi-Fujimoto disease',
  'Ebstein anomaly',
  'Lisfranc injury',
  'Galeazzi fracture',
  'Wernicke aphasia',
  'Osler nodes',
  'Janeway lesions',
  'Roux-en-Y anastomosis',
  'Mallampati class',
  'Virchow node',
  'Bouchard nodes',
  'Hampton hump',
  'Westermark sign',
  'Austin Flint murmur',
  'Graham Steell murmur',
  'Quincke pulse',
  'de Musset sign',
  'Boas sign',
  'Dance sign',
  'Kanavel signs',
  'Uhthoff phenomenon',
  'Marcus Gunn pupil',
  'Argyll Robertson pupil',
  'Roth spots',
  'Beau lines',
  'Mees lines',
  'Muehrcke lines',
  'Terry nails',
];

export function eponym(g: Gen): Span {
  return keep('eponym', g.pick(EPONYMS));
}

const DEVICES = [
  'Corvane TR-40 infusion pump',
  'Helixa S2 insulin pump',
  'Pulsemark 7 loop recorder',
  'Aurix CGM G3',
  'Stridewell knee brace KB-12',
  'Oxiview OX-220 oximeter',
  'Cardiolane DR-3 pacemaker',
  'Neurabridge VNS-106',
  'Sonelle HA-9 hearing aid',
  'Tensimo BP-500 cuff',
];

export function deviceName(g: Gen): Span {
  return keep('device_name', g.pick(DEVICES));
}

const ORGS = [
  'Brightwater Regional Medical Center',
  'Tamsin Valley Health',
  'Ostrander-Keel Clinic',
  'Verity Health Partners',
  'St. Hildegard of Larkspur Hospital',
  'Marlowe & Finch Pharmacy',
  'Pemberton Hollis Memorial Hospital',
  'Quarry Hollow Family Practice',
  'Northgate Reference Laboratory',
  'Cobalt Mutual Health Plan',
  'Keystone Meridian Insurance',
  'Ashgrove Dialysis Partners',
  'Lantern Hill Behavioral Health',
  "Dr. Anselm Fairweather Children's Hospital",
  'Sister Perpetua Hospice',
];

export function org(g: Gen): Span {
  return keep('organization', g.pick(ORGS));
}

/** An organisation name without its ampersand, for formats where "&" is a delimiter. */
export function plainOrg(g: Gen): Span {
  return keep('organization', g.pick(ORGS.filter((o) => !o.includes('&'))));
}

const PAYERS = [
  'Cobalt Mutual Health Plan',
  'Keystone Meridian Insurance',
  'Prairie Lantern Medicaid',
  'Harborline Medicare Advantage',
];

export function payer(g: Gen): Span {
  return keep('organization', g.pick(PAYERS));
}

export function version(g: Gen): Span {
  return keep(
    'version',
    g.pick([
      `${g.int(1, 9)}.${g.int(0, 30)}.${g.int(0, 20)}`,
      `v${g.int(1, 5)}.${g.int(0, 12)}.${g.int(0, 9)}`,
      `${g.int(2, 4)}.${g.int(0, 9)}.${g.int(0, 9)}-rc.${g.int(1, 4)}`,
      `R${g.int(2024, 2026)}.${g.int(1, 4)}`,
    ]),
  );
}

export function uuid(g: Gen): Span {
  const h = (n: number): string => g.letters(n, '0123456789abcdef');
  return keep('uuid', `${h(8)}-${h(4)}-4${h(3)}-${g.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`);
}

/** A hex id that is not a uuid (trace ids, commit hashes): unlabeled, context only. */
export function hexId(g: Gen, n: number): string {
  return g.letters(n, '0123456789abcdef');
}

export function year(g: Gen): Span {
  return keep('year', String(g.int(1998, 2026)));
}

export type StatKind = 'rate' | 'perThousand' | 'count' | 'beds' | 'stay';

/** A hospital or cohort statistic: "87.4%", "6.2 per 1,000", "n=1,204", "312 beds", "4.8 days". */
export function statistic(g: Gen, kind?: StatKind): Span {
  const k = kind ?? g.pick(['rate', 'perThousand', 'count', 'beds', 'stay'] as const);
  const v = {
    rate: () => `${g.int(2, 98)}.${g.int(0, 9)}%`,
    perThousand: () => `${g.int(2, 19)}.${g.int(0, 9)} per 1,000`,
    count: () => `n=${g.int(1, 9)},${g.digits(3)}`,
    beds: () => `${g.int(110, 780)} beds`,
    stay: () => `${g.int(3, 14)}.${g.int(0, 9)} days`,
  }[k]();
  return keep('statistic', v);
}

const PHARMACIES = [
  'Kettle Creek Apothecary',
  'Wrenfield Drug Co.',
  'Sabine Corner Pharmacy',
  'Oxbow Outpatient Pharmacy',
];

export function pharmacy(g: Gen): Span {
  return keep('organization', g.pick(PHARMACIES));
}
