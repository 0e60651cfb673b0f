/**
 * Keep strings of blind split 11, from its own lists: drugs, labs with units, codes, eponyms,
 * devices, organisations, statistics, system timestamps and versions. SYNTHETIC ONLY.
 */
import type { Gen } from '../context';
import { keep, type Span } from '../fragment';

const DRUGS = [
  'roflumilast',
  'ensifentrine',
  'upadacitinib',
  'guselkumab',
  'tezepelumab',
  'efgartigimod',
  'rimegepant',
  'givinostat',
  'vamorolone',

  'sotatercept',
  'iptacopan',
  'danicopan',
  'pegcetacoplan',
  'zilucoplan',
  'rozanolixizumab',

  'tofersen',
  'vonoprazan',
  'xanomeline-trospium',
  'acoramidis',
  'vutrisiran',
  'eplontersen',
  'seladelpar',
  'elafibranor',
  'mirikizumab',

  'lebrikizumab',
  'bimekizumab',
  'Kerendia',
  'Camzyos',
  'Leqvio',
  'Verquvo',
  'Ohtuvayre',
  'Dayvigo',
  'Quviviq',
  'Vraylar',
  'Caplyta',
  'Rexulti',
  'Sotyktu',
  'Rinvoq',
  'Skyrizi',
  'Tezspire',
  'Rezdiffra',
  'Veozah',
  'Nurtec ODT',
  'Qulipta',
  'Lupkynis',
  'Vyvgart',
  'Filspari',
  'Winrevair',
  'Fabhalta',
  'Zilbrysq',
  'Skyclarys',
  'Daybue',
  'Voquezna',
  'Cobenfy',
  'Attruby',
  'Livdelzi',
  'Omvoh',
  'Bimzelx',
];
const DOSES = [
  '2.5 mg',
  '5 mg',
  '7.5 mg',
  '20 mg',
  '40 mg',
  '75 mg',
  '150 mg',
  '300 mg',
  '0.25 mg',
  '45 mg',
  '284 mg',
  '3 mg',
  '600 mg',
];
const SIGS = [
  'PO daily',
  'PO BID',
  'SC q4wk',
  'SC q8 weeks',
  'PO qHS',
  'IV q2wk',
  'nebulized BID',
  'PO PRN migraine',
  'SQ once',
];

export function drugName(g: Gen): Span {
  return keep('drug_dose', g.pick(DRUGS), 'name_only');
}

export function drugDose(g: Gen, withSig = g.chance(0.5)): Span {
  return keep('drug_dose', `${g.pick(DRUGS)} ${g.pick(DOSES)}${withSig ? ` ${g.pick(SIGS)}` : ''}`);
}

/** [name, unit, low, high, decimals, reference range] */
const LABS: [string, string, number, number, number, string][] = [
  ['Magnesium', 'mg/dL', 1.2, 3.1, 1, '1.6-2.6'],
  ['Phosphorus', 'mg/dL', 1.8, 6.5, 1, '2.5-4.5'],
  ['Prealbumin', 'mg/dL', 6, 40, 0, '18-38'],
  ['Haptoglobin', 'mg/dL', 8, 290, 0, '30-200'],
  ['Lipase', 'U/L', 8, 900, 0, '13-60'],
  ['Procalcitonin', 'ng/mL', 0.02, 12, 2, '<0.10'],
  ['D-dimer', 'ug/mL FEU', 0.1, 8, 2, '<0.50'],
  ['Fibrinogen', 'mg/dL', 90, 700, 0, '200-400'],
  ['INR', '', 0.9, 4.8, 1, '0.9-1.1'],
  ['aPTT', 'sec', 22, 95, 1, '25-35'],
  ['Vitamin B12', 'pg/mL', 120, 1500, 0, '232-1245'],
  ['25-OH Vitamin D', 'ng/mL', 6, 90, 0, '30-100'],
  ['PTH, intact', 'pg/mL', 8, 320, 0, '15-65'],
  ['Ionized calcium', 'mmol/L', 0.9, 1.5, 2, '1.15-1.33'],
  ['Uric acid', 'mg/dL', 2.1, 13, 1, '3.5-7.2'],
  ['Lp(a)', 'nmol/L', 4, 400, 0, '<75'],
  ['NT-proBNP', 'pg/mL', 30, 25000, 0, '<125'],
  ['hs-TnT', 'ng/L', 3, 900, 0, '<15'],
  ['Ammonia', 'umol/L', 9, 180, 0, '11-35'],
  ['CK', 'U/L', 20, 9000, 0, '39-308'],
  ['LDH', 'U/L', 100, 1400, 0, '125-220'],
  ['Anion gap', 'mmol/L', 4, 28, 0, '7-16'],
  ['Beta-hydroxybutyrate', 'mmol/L', 0.1, 8, 1, '<0.6'],
  ['C-peptide', 'ng/mL', 0.1, 9, 1, '0.8-3.85'],
  ['Urine albumin/creatinine', 'mg/g', 3, 2200, 0, '<30'],
  ['Reticulocytes', '%', 0.2, 9, 1, '0.5-2.0'],
  ['GGT', 'U/L', 6, 700, 0, '8-61'],
  ['Osmolality, serum', 'mOsm/kg', 250, 340, 0, '275-295'],
];

type Lab = (typeof LABS)[number];

export function labRow(g: Gen): { name: string; value: string; unit: string; range: string; flag: string } {
  const [name, unit, lo, hi, dec, range] = g.pick(LABS) as Lab;
  const v = g.f.number.float({ min: lo, max: hi });
  const value = v.toFixed(dec);
  const [rlo, rhi] = range.replace('<', '0-').split('-').map(Number);
  const flag = v < (rlo ?? 0) ? 'L' : v > (rhi ?? Number.POSITIVE_INFINITY) ? 'H' : '';
  return { name, value, unit, range, flag };
}

/** "Magnesium 1.9 mg/dL" as one keep string. */
export function labValue(g: Gen): Span {
  const r = labRow(g);
  return keep('lab_value', `${r.name} ${r.value}${r.unit ? ` ${r.unit}` : ''}`);
}

/** The value with its unit ("1.9 mg/dL") for a `value` field, and its range. */
export function labParts(g: Gen): { name: string; value: Span; range: Span; flag: string; code: Span } {
  const r = labRow(g);
  return {
    name: r.name,
    value: keep('lab_value', `${r.value}${r.unit ? ` ${r.unit}` : ''}`, 'value_unit'),
    range: keep('lab_value', `${r.range}${r.unit ? ` ${r.unit}` : ''}`, 'range'),
    flag: r.flag,
    code: loinc(g),
  };
}

export function vital(g: Gen): Span {
  return keep(
    'lab_value',
    g.pick([
      `${g.int(96, 176)}/${g.int(52, 104)} mmHg`,
      `pulse ${g.int(44, 128)}/min`,
      `SaO2 ${g.int(85, 100)}%`,
      `${(g.f.number.float({ min: 35.6, max: 39.9 })).toFixed(1)} C`,
      `${g.int(97, 103)}.${g.int(0, 9)} F`,
      `BMI ${g.int(17, 48)}.${g.int(0, 9)}`,
      `${g.int(48, 160)}.${g.int(0, 9)} kg`,
    ]),
    'vital',
  );
}

const ICD10 = [
  'E66.812',
  'E66.813',
  'I21.A1',
  'I5A',
  'K76.82',
  'M62.84',
  'R41.841',
  'Z91.148',
  'D68.69',
  'G93.32',
  'Z68.41',
  'I26.94',
  'E11.A',
  'F43.81',
  'G47.419',
  'J44.81',
  'K31.A19',
  'R09.A2',
  'Z79.85',
  'Z91.A4',
  'L40.54',
  'M35.81',
  'U09.9',
  'Z59.41',
  'M79.A11',
  'R40.2A',
  'T40.411A',
  'Z55.6',
  'Z58.6',
  'G44.86',
  'K52.832',
  'D57.04',
  'Q87.11',
];
const CPT = [
  '99459',
  '0591T',
  '93297',
  '93298',
  '99458',
  '98978',
  '99424',
  '99437',
  '0720T',
  '33274',
  '64568',
  '93356',
  '36836',
  '77089',
  '97167',
  '90480',
  '99426',
  '0742T',
  '0779T',
  '99473',
  '93895',
  '0658T',
  '64582',
  '33289',
  '0632T',
  '96170',
];
const LOINC = [
  '59261-8',
  '85354-9',
  '94500-6',
  '96603-6',
  '88040-1',
  '70274-6',
  '48065-7',
  '13457-7',
  '9830-1',
  '32623-1',
  '3084-1',
  '41653-7',
  '53553-4',

  '75241-0',

  '92141-1',
  '94309-2',
  '96895-8',
  '98733-9',
  '101420-8',
];
const SNOMED = [
  '1255866005',
  '722446000',
  '715664002',
  '429087003',
  '448417001',
  '702727009',
  '1156329007',
  '309529002',
  '1290294007',
  '161891005',
  '443165006',
  '236423003',
  '1149222004',
  '1187254004',
  '1255209005',
  '1231799004',
  '703423002',
];
const OTHER_CODES: [string, string][] = [
  ['HCPCS', 'J1745'],
  ['HCPCS', 'A4239'],
  ['HCPCS', 'Q4186'],
  ['HCPCS', 'G0136'],
  ['HCPCS', 'J0224'],
  ['HCPCS', 'A9276'],
  ['RxNorm', '2591764'],

  ['RxNorm', '2395484'],
  ['CVX', '313'],
  ['CVX', '300'],
  ['NDC', '0310-6210-30'],
  ['NDC', '50090-6128-0'],
  ['LOINC', 'LP7795-7'],
];

export function icd10(g: Gen): Span {
  return keep('clinical_code', g.pick(ICD10), 'ICD-10');
}
export function cpt(g: Gen): Span {
  return keep('clinical_code', g.pick(CPT), 'CPT');
}
export function loinc(g: Gen): Span {
  return keep('clinical_code', g.pick(LOINC), 'LOINC');
}
export function snomed(g: Gen): Span {
  return keep('clinical_code', g.pick(SNOMED), 'SNOMED CT');
}
export function anyCode(g: Gen): { system: string; code: Span } {
  const [system, value] = g.pick([
    ['ICD-10-CM', g.pick(ICD10)],
    ['CPT', g.pick(CPT)],
    ['LOINC', g.pick(LOINC)],
    ['SNOMED CT', g.pick(SNOMED)],
    ...OTHER_CODES,
  ] as [string, string][]);
  return { system, code: keep('clinical_code', value, system) };
}

const EPONYMS = [
  "Bouchard's nodes",
  "Kehr's sign",
  "Chvostek's sign",
  'Ludwig angina',
  'Burkitt lymphoma',
  "Peyronie's disease",

  'Mobitz type II block',
  'Kartagener syndrome',
  'Asherman syndrome',
  'Friedreich ataxia',
  'Glasgow-Blatchford score',
  'Wells criteria',
  'Latarjet procedure',
  'Ponseti casting',
  'Pavlik harness',
  'Ilizarov frame',
  'Tenckhoff catheter',
  'Groshong catheter',
  'Freiberg infraction',
  'Scheuermann kyphosis',
  'Madelung deformity',
  'Sprengel deformity',
  'Klumpke palsy',
  'Volkmann contracture',
  'Stener lesion',
  'Rolando fracture',
  'Maisonneuve fracture',
  'Tillaux fracture',
  'Segond fracture',
  'Löfgren syndrome',
  'Heerfordt syndrome',
  'Frey syndrome',
  'Eagle syndrome',
  'Gradenigo syndrome',
  'Dressler syndrome',
  'de Winter T waves',
  'Osborn waves',
  'Sgarbossa criteria',
  'Mentzer index',

  'Sturge-Weber syndrome',
  'Wolfram syndrome',
  'Alport syndrome',
  'Dent disease',

  'Liddle syndrome',
  'Hartnup disease',
  'Pompe disease',
];
export function eponym(g: Gen): Span {
  return keep('eponym', g.pick(EPONYMS));
}

const DEVICES = [
  'Navitor TAVI valve',
  'Senza HFX',

  'HeartStart FR3',
  'Radius-7 pulse oximeter',
  'Life Scope G9',
  'Hamilton-C6 ventilator',
  'Alaris 8015 PC unit',
  'Connex Spot monitor',
  'HEM-7156T cuff',
  'FreeStyle Libre 3 Plus',
  'AirSense 11 AutoSet',
  'DreamStation 2',
  'Inogen Rove 6',
  'Nucleus 8 processor',
  'Aveir VR leadless pacemaker',
  'Selenia Dimensions',
  'GlideScope Core',
  'Hugo RAS system',
  'Ion endoluminal platform',

  'Symplicity Spyral',
  'Paradise uRDN',
  'TriClip G4',
  'PASCAL Precision',
  'EVOQUE tricuspid valve',
  'Optilume BPH catheter',
  'Rezum water vapor system',
  'UroLift 2',
  'Zephyr endobronchial valve',
  'Vivistim paired VNS',
  'ReActiv8 implant',
  'Cala Trio',
  'Relivion MG',
  'Nerivio band',

  'Kardia 12L',

  'BioButton',
  'Quell 2.0',
];
export function deviceName(g: Gen): Span {
  return keep('device_name', g.pick(DEVICES));
}

const ORGS = [
  'Tamarack Valley Regional Medical Center',
  'Sisters of Providence Hospital',
  'St. Brigid Health',
  'Mercy-Kolb Clinic',
  'Hollis & Finch Family Medicine',
  'Bluegrass Cooperative Health Plan',
  'Ozark Mutual Benefit',
  'Cascadia Reference Laboratories',
  'Drexel-Hume Pharmacy',
  "Eleanor Whitcomb Children's Hospital",
  'Harold T. Okafor Memorial Clinic',
  'Gulf Coast Dialysis Partners',
  'Three Rivers Behavioral Health',
  'Keystone Imaging Associates',
  'Sagebrush Home Health',
  'Pioneer Valley Hospice',
  'Lakeshore Orthopaedic Group',
  'Northern Plains Tribal Health Board',
  'Rosa Parks Community Health Center',
  'Magnolia Specialty Pharmacy',
  'Quad Cities Radiology',
];
const PAYERS = [
  'Bluegrass Cooperative Health Plan',
  'Ozark Mutual Benefit',
  'Prairie Farmers Mutual Insurance',
  'Gila River Health Alliance',
  'Chesapeake Union Health Fund',
  'Timberline Medicaid Partners',
];
export function payer(g: Gen): Span {
  return keep('organization', g.pick(PAYERS), 'payer');
}

export function org(g: Gen): Span {
  return keep('organization', g.pick(ORGS));
}

export function statistic(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `ICU occupancy ${g.int(61, 99)}%`,
      `${g.int(12, 40)} of ${g.int(41, 60)} beds staffed`,
      `door-to-needle median ${g.int(28, 70)} min`,
      `HCAHPS top-box ${g.int(55, 88)}%`,
      `sepsis bundle compliance ${g.int(48, 92)}.${g.int(0, 9)}%`,
      `CAUTI SIR 0.${g.int(40, 99)}`,
      `${g.int(2, 19)} ED boarders at 07:00`,
      `30-day readmissions ${g.int(8, 22)}.${g.int(0, 9)}%`,
      `${g.int(1, 4)},${g.digits(3)} discharges YTD`,
    ]),
  );
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A software timestamp (log lines, audit records, cursors): a keep string, not PHI. */
export function ts(g: Gen): Span {
  const d = new Date(
    Date.UTC(2025, g.int(0, 10), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59), g.int(0, 999)),
  );
  const iso = d.toISOString();
  return keep(
    'timestamp',
    g.pick([
      () => iso,
      () => iso.replace(/\.\d+Z$/, 'Z'),
      () => `${iso.slice(0, 19).replace('T', ' ')}.${pad(d.getUTCMilliseconds(), 3)}`,
      () => String(Math.floor(d.getTime() / 1000)),
      () => String(d.getTime()),
      () => `${iso.slice(0, 19)}-05:00`,
      () => `${iso.slice(0, 10).replaceAll('-', '')}T${iso.slice(11, 19).replaceAll(':', '')}Z`,
    ])(),
  );
}

export function version(g: Gen): Span {
  return keep(
    'version',
    g.pick([
      `${g.int(1, 4)}.${g.int(0, 19)}.${g.int(0, 30)}`,
      `v${g.int(2, 12)}.${g.int(0, 9)}`,
      `2025.${g.int(1, 12)}.${g.int(0, 5)}`,
      `${g.int(2023, 2025)}.${pad(g.int(1, 12))}.${pad(g.int(1, 28))}`,
      `4.0.1`,
      `R${g.int(4, 5)}`,
      `build ${g.int(1000, 9999)}`,
    ]),
  );
}

export function year(g: Gen): Span {
  return keep('year', String(g.int(1988, 2025)));
}

export function ageKeep(age: number): Span {
  return keep('age_under_90', String(age));
}

export function uuid(g: Gen): Span {
  return keep('uuid', g.f.string.uuid());
}
