/**
 * Blind split 20's own keep vocabularies: drugs, codes of the revenue cycle (ICD-10-CM, CPT,
 * HCPCS, revenue codes, modifiers), eponyms, devices and organisations of health-information
 * management. SYNTHETIC DATA ONLY: no entry describes a real patient.
 */
import type { Gen } from '../context';
import { keep, type Span } from '../fragment';

const DRUGS = [
  'tafamidis',
  'haloperidol decanoate',
  'quetiapine fumarate',
  'divalproex sodium DR',
  'cyclobenzaprine',
  'hydrocodone-acetaminophen',
  'rifampin',
  'dapsone',
  'clofazimine',
  'miltefosine',
  'ethambutol',
  'pyrazinamide',
  'benznidazole',
  'nifurtimox',
  'fexinidazole',
  'triclabendazole',
  'pretomanid',
  'tafenoquine',
  'tapentadol ER',
  'chlorzoxazone',
  'orphenadrine ER',
  'diclofenac epolamine patch',
  'lanthanum carbonate',
  'sucroferric oxyhydroxide',
  'lefamulin',
  'fosfomycin tromethamine',
  'secnidazole',
  'demeclocycline',
];
const DOSES = [
  '150 mg',
  '60 mg',
  '300 mg',
  '7.5 mg',
  '0.1 mg',
  '4.6 mg/24 h',
  '250 mg',
  '1 g',
  '15 mg',
  '5/325 mg',
];
const SIGS = ['PO BID', 'PO QHS', 'IM q4wk', 'TD daily', 'PO q8h PRN', 'PO daily', 'SL q5min x3', 'IV x1'];

export function drug(g: Gen): Span {
  const sig = g.chance(0.6) ? ` ${g.pick(SIGS)}` : '';
  return keep('drug_dose', `${g.pick(DRUGS)} ${g.pick(DOSES)}${sig}`);
}

export function drugOnly(g: Gen): Span {
  return keep('drug_dose', g.pick(DRUGS), 'name_only');
}

const ICD = [
  'T14.90XA',
  'W01.0XXA',
  'S61.412A',
  'S83.281A',
  'M75.101',
  'G56.23',
  'F10.930',
  'A27.9',
  'B15.9',
  'A05.1',
  'Z04.71',
  'P95',
  'P01.1',
  'O36.4XX0',
  'I46.9',
  'R99',
  'L89.224',
  'R29.818',
  'Z74.2',
  'Z59.02',
  'S43.421A',
  'M65.311',
  'S93.492A',
  'X58.XXXA',
  'Y92.129',
  'A30.9',
  'A48.1',
  'E87.0',
  'J96.22',
  'D64.81',
  'N17.1',
  'R65.20',
  'E43',
];
const CPT = [
  '99358',
  '99080',
  '97014',
  '29125',
  '12002',
  '90785',
  '99455',
  '99450',
  '97545',
  '97546',
  '97755',
  '29086',
];
const HCPCS = ['G0181', 'T1019', 'S9123', 'E0250', 'A0422', 'E0184', 'E0621', 'E0635', 'A6216', 'T2025'];
const REV = ['0120', '0191', '0250', '0272', '0300', '0420', '0450', '0636', '0762', '0981'];
const MODS = ['RT', 'LT', '59', '25', 'GP', 'KX', 'XE', 'XU', 'GA', 'JW'];
const DRG = ['481', '536', '871', '872', '064', '291'];

export const icd = (g: Gen): Span => keep('clinical_code', g.pick(ICD), 'ICD-10-CM');
export const cpt = (g: Gen): Span => keep('clinical_code', g.pick(CPT), 'CPT');
export const hcpcs = (g: Gen): Span => keep('clinical_code', g.pick(HCPCS), 'HCPCS');
export const revCode = (g: Gen): Span => keep('clinical_code', g.pick(REV), 'revenue');
export const modifier = (g: Gen): Span => keep('clinical_code', g.pick(MODS), 'modifier');
export const drg = (g: Gen): Span => keep('clinical_code', g.pick(DRG), 'MS-DRG');
const QUERY_DX: [string, string][] = [
  ['Acute and chronic respiratory failure with hypercapnia', 'J96.22'],
  ['Hypernatremia', 'E87.0'],
  ['Anemia due to antineoplastic chemotherapy', 'D64.81'],
  ['Acute kidney failure with cortical necrosis', 'N17.1'],
  ['Severe sepsis without septic shock', 'R65.20'],
  ['Severe protein-calorie malnutrition', 'E43'],
];
/** A diagnosis a coding query offers: its description and its code. */
export function queryDx(g: Gen): [string, Span] {
  const [desc, code] = g.pick(QUERY_DX);
  return [desc, keep('clinical_code', code, 'ICD-10-CM')];
}
export const procCode = (g: Gen): Span => (g.chance(0.6) ? cpt(g) : hcpcs(g));

export const matchEponym = (g: Gen): Span =>
  keep(
    'eponym',
    g.pick([
      'Fellegi-Sunter',
      'Jaro-Winkler',
      'Levenshtein',
      'Damerau-Levenshtein',
      'Monge-Elkan',
      'Newcombe-Kennedy',
      'Bloom filter',
      'Luhn mod-10',
    ]),
  );
const INJURIES: [string, string][] = [
  ['reverse Bennett fracture', 'S62.311A'],
  ['Bosworth fracture-dislocation', 'S82.891A'],
  ['Pipkin fracture', 'S72.061A'],
  ['Essex-Lopresti injury', 'S52.121A'],
  ['Hoffa fracture', 'S72.411A'],
  ['Holstein-Lewis fracture', 'S42.341A'],
];
/** A work injury named after a person, and its ICD-10-CM code. */
export function injury(g: Gen): [Span, Span] {
  const [name, code] = g.pick(INJURIES);
  return [keep('eponym', name), keep('clinical_code', code, 'ICD-10-CM')];
}
export const collector = (g: Gen): Span =>
  keep(
    'organization',
    g.pick(['Apex Recovery Bureau', 'Granite State Collection Services', 'Keel & Anchor Receivables']),
  );
export const testEponym = (g: Gen): Span =>
  keep(
    'eponym',
    g.pick([
      'Durkan compression test',
      'Jobe empty-can test',
      'Bunnell-Littler test',
      'Wartenberg hook test',
      'Eichhoff test',
      'Jeanne sign',
    ]),
  );
const REPORTABLE: [string, string][] = [
  ['Weil disease', 'A27.0'],
  ["Legionnaires' disease", 'A48.1'],
  ['Pontiac fever', 'A48.2'],
  ["Hansen's disease", 'A30.9'],
  ['Reye syndrome', 'G93.7'],
  ['Brill-Zinsser disease', 'A75.1'],
  ['Carrion disease', 'A44.0'],
  ['Chagas disease', 'B57.2'],
];
/** A reportable disease named after a person or place, and its ICD-10-CM code. */
export function reportable(g: Gen): [Span, Span] {
  const [name, code] = g.pick(REPORTABLE);
  return [keep('eponym', name), keep('clinical_code', code, 'ICD-10-CM')];
}
export const scaleEponym = (g: Gen): Span =>
  keep(
    'eponym',
    g.pick([
      'Charlson Comorbidity Index',
      'Hendrich II Fall Risk',
      'Elixhauser comorbidity',
      'Cohen-Mansfield Agitation Inventory',
      'Abbey Pain Scale',
    ]),
  );

const SCANNERS = ['Fujitsu fi-7160', 'Kodak Alaris i4250', 'Canon imageFORMULA DR-G2140', 'Epson DS-870'];
const SIG_PADS = ['Topaz SigLite T-LBK460', 'Wacom STU-540'];
const FLOOR_DEVICES = [
  'Hoyer Advance-E lift',
  'Arjo Sara Stedy',
  'Arjo Maxi Twin',
  'Posey Sitter Elite',
  'WanderGuard Blue',
  'Medline Bed-Check 2.0',
];
const IMPLANTS = [
  'Medtronic Azure S SR MRI',
  'Biotronik Edora 8 SR-T',
  'Abbott Assurity MRI PM2272',
  'Nevro Senza II',
  'Saluda Evoke SCS',
  'Starkey Genesis AI 24 RIC',
];
export const scanner = (g: Gen): Span => keep('device_name', g.pick(SCANNERS));
export const sigPad = (g: Gen): Span => keep('device_name', g.pick(SIG_PADS));
export const floorDevice = (g: Gen): Span => keep('device_name', g.pick(FLOOR_DEVICES));
export const implant = (g: Gen): Span => keep('device_name', g.pick(IMPLANTS));

const HOSPITALS = [
  'Bluewater Regional Medical Center',
  'Saint Brendan Hospital',
  'Larkspur Valley Health System',
  'Ironwood Ambulatory Surgery Center',
  'Redfern Family Medicine',
  'Halcyon Skilled Nursing & Rehab',
  'Tri-River Home Health',
  'Old Harbor Pathology Lab',
];
const PAYERS = [
  'Brightwater Mutual Health Plan',
  'Meridian Casualty Insurance Co.',
  'Cobalt Star Medicaid HMO',
  'Pinnacle Workers Comp Solutions',
  'Heartland Senior Advantage PPO',
];
const VENDORS = [
  'ClearPath ROI Services',
  'Apex Recovery Bureau',
  'Granite State Collection Services',
  'Cardinal Transcription Group',
  'Lodestar Credentialing CVO',
];
const FIRMS = ['Whitlow & Branch LLP', 'Corrigan Sallis PC', 'Ostrander Injury Law', 'Nye, Baptiste & Kuo'];
export const hospital = (g: Gen): Span => keep('organization', g.pick(HOSPITALS));
export const payer = (g: Gen): Span => keep('organization', g.pick(PAYERS));
export const vendor = (g: Gen): Span => keep('organization', g.pick(VENDORS));
export const lawFirm = (g: Gen): Span => keep('organization', g.pick(FIRMS));

/** A system's product version: "HIMSuite 4.2.1". */
export const sysVersion = (g: Gen): Span =>
  keep(
    'version',
    g.pick([
      `${g.int(3, 9)}.${g.int(0, 12)}.${g.int(0, 30)}`,
      `v${g.int(1, 24)}.${g.int(1, 4)}`,
      `R${g.int(2019, 2025)}.${g.int(1, 4)}`,
    ]),
  );

export const affected = (g: Gen): Span =>
  keep('statistic', `${g.int(2, 9)},${g.digits(3)} individuals affected`);

export const stat = (g: Gen): Span =>
  keep(
    'statistic',
    g.pick([
      `${g.int(81, 99)}.${g.int(0, 9)}% auto-link rate`,
      `${g.int(1, 9)},${g.digits(3)} charts pending`,
      `delinquency rate ${g.int(1, 14)}.${g.int(0, 9)}%`,
      `${g.int(2, 45)} days average ROI turnaround`,
      `duplicate rate ${g.int(0, 4)}.${g.int(0, 9)}%`,
      `${g.int(100, 9999)} individuals affected`,
      `DNFB ${g.int(2, 9)}.${g.int(0, 9)} days`,
      `coding accuracy ${g.int(90, 99)}.${g.int(0, 9)}%`,
    ]),
  );
