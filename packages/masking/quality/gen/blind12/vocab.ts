/** Keep strings of blind split 12: its own drugs, vaccines, labs, codes, eponyms, devices, organisations. */
import type { Gen } from '../context';
import { keep, type Span } from '../fragment';

const DRUGS: [string, string[]][] = [
  ['Biodone Forte', ['85 mg', '110 mg', '60 mg']],
  ['Buvidal Weekly', ['16 mg', '24 mg']],
  ['Suboxone sublingual film', ['8 mg/2 mg', '12 mg/3 mg']],
  ['Mersyndol Forte', ['2 tabs']],
  ['Diclectin', ['10 mg/10 mg']],
  ['Pamol suspension', ['120 mg/5 mL']],
  ['cilazapril', ['2.5 mg', '5 mg']],
  ['Somac', ['40 mg']],
  ['Ural sachet', ['4 g']],
  ['Konakion MM Paediatric', ['1 mg IM', '0.5 mg IM']],
  ['Chloromycetin eye ointment', ['1%']],
  ['Ferro-tab', ['200 mg']],
  ['Elevit with iodine', ['1 tab']],
  ['Movicol Half', ['1 sachet']],
  ['Zyprexa Relprevv', ['300 mg IM']],
  ['hydromorphone elixir', ['1 mg/mL', '2 mg']],
  ['midazolam subcut', ['2.5 mg', '5 mg']],
  ['Scopoderm TTS', ['1.5 mg']],
  ['Nyxoid nasal spray', ['1.8 mg']],
  ['Campral', ['333 mg']],
  ['thiamine (Betamin)', ['100 mg', '300 mg']],
  ['Seretide Accuhaler', ['250/50 mcg']],
  ['Flixotide Junior', ['50 mcg']],
  ['Kenacort-A', ['40 mg/mL']],
  ['Savacol mouth rinse', ['10 mL']],
  ['Duraphat varnish', ['22,600 ppm']],
  ['Septanest with adrenaline', ['2.2 mL', '1.7 mL']],
  ['Palexia SR', ['50 mg', '100 mg']],
  ['Flamazine cream', ['1%']],
];
const VACCINES = [
  'Infanrix hexa',
  'Prevenar 20',
  'Bexsero',
  'Boostrix',
  'Priorix-Tetra',
  'Vaxelis',
  'Nimenrix',
  'Fluad Quad',
  'Engerix-B',
  'RotaTeq',
  'Shingrix',
  'Abrysvo',
];

/** A drug with its dose (and route or frequency, sometimes). */
export function drug(g: Gen, only?: readonly string[]): Span {
  const [name, doses] = g.pick(only ? DRUGS.filter(([n]) => only.includes(n)) : DRUGS);
  const freq = g.chance(0.5)
    ? ` ${g.pick(['daily', 'nocte', 'BD', 'mane', 'q4h PRN', 'stat', 'weekly', 'tds'])}`
    : '';
  return keep('drug_dose', `${name} ${g.pick(doses)}${freq}`);
}

export function vaccine(g: Gen): Span {
  return keep('drug_dose', `${g.pick(VACCINES)} 0.5 mL`, 'vaccine');
}

export function vaccineName(g: Gen): Span {
  return keep('drug_dose', g.pick(VACCINES), 'vaccine_name');
}

const num = (g: Gen, lo: number, hi: number, dec: number): string =>
  g.f.number.float({ min: lo, max: hi }).toFixed(dec);

const LABS: Record<string, (g: Gen) => string> = {
  Hb: (g) => `Hb ${g.int(78, 152)} g/L`,
  BSL: (g) => `BSL ${num(g, 3.1, 24, 1)} mmol/L`,
  TcB: (g) => `TcB ${g.int(90, 290)} µmol/L`,
  hCG: (g) => `β-hCG ${g.int(200, 90000)} IU/L`,
  INR: (g) => `INR ${num(g, 0.9, 5.5, 1)}`,
  BAC: (g) => `BAC ${num(g, 0.02, 0.32, 2)} g/dL`,
  GCS: (g) => `GCS ${g.int(3, 15)}/15`,
  EtCO2: (g) => `EtCO2 ${g.int(18, 52)} mmHg`,
  Apgar: (g) => `Apgars ${g.int(3, 9)}/${g.int(6, 10)}`,
  sats: (g) => `sats ${g.int(84, 100)}%`,
  ferritin: (g) => `ferritin ${g.int(4, 600)} µg/L`,
  TSH: (g) => `TSH ${num(g, 0.1, 12, 2)} mU/L`,
  PHQ9: (g) => `PHQ-9 ${g.int(0, 27)}`,
  AUDITC: (g) => `AUDIT-C ${g.int(0, 12)}`,
  COWS: (g) => `COWS ${g.int(2, 30)}`,
  PPS: (g) => `PPS ${g.pick([10, 20, 30, 40, 50])}%`,
};
export type LabName = keyof typeof LABS;

/** A lab value or score, from the named tests when given. */
export function lab(g: Gen, only?: readonly LabName[]): Span {
  const name = g.pick(only ?? (Object.keys(LABS) as LabName[]));
  return keep('lab_value', (LABS[name] as (g: Gen) => string)(g));
}

const CODES: [string, string][] = [
  ['ICD-10-AM', 'O24.429'],
  ['ICD-10-AM', 'P59.0'],
  ['ICD-10-CA', 'F11.20'],
  ['ICD-10-CA', 'Z34.90'],
  ['ICD-10', 'T42.4X1A'],
  ['ICD-10', 'F11.23'],
  ['ICD-10', 'K04.7'],
  ['ICD-10', 'S43.431A'],
  ['ICD-11', '6C40.2'],
  ['ICD-11', '1F03.0'],
  ['CDT', 'D2393'],
  ['CDT', 'D0180'],
  ['CDT', 'D7140'],
  ['CDT', 'D4341'],
  ['SNOMED CT', '169826009'],
  ['SNOMED CT', '1187426003'],
  ['LOINC', '58410-2'],
  ['LOINC', '11884-4'],
];

export function code(g: Gen, systems?: readonly string[]): { system: string; code: Span } {
  const [system, value] = g.pick(systems ? CODES.filter(([sys]) => systems.includes(sys)) : CODES);
  return { system, code: keep('clinical_code', value, system) };
}

const EPONYMS = [
  'Schamroth window test',
  "Jacquemier's sign",
  'Cowden syndrome',
  "Leopold's manoeuvres",
  'McRoberts manoeuvre',
  'Barlow test',
  "Epstein's pearls",
  "Battle's sign",
  'Koplik spots',
  "Hegar's sign",
  "Goodell's sign",
  'Ballard maturity score',
  'Dubowitz assessment',
  "Stensen's duct",
  'Fordyce spots',
  "Vincent's angina",
  'Ellis class II fracture',
  'Forchheimer spots',
  "Pastia's lines",
  'Dennie-Morgan folds',
  "Hutchinson's teeth",
  'Lisch nodules',
  'Marchiafava-Bignami disease',
  'Kübler-Ross model',
  'Tardieu spots',
  "Nysten's law",
];

export function eponym(g: Gen, only?: readonly string[]): Span {
  return keep('eponym', g.pick(only ?? EPONYMS));
}

const DEVICES = [
  'Molift Smart 150',
  'Micrel Rythmic Evolution',
  'Ferno PowerFlexx+',
  'Weinmann Medumat Standard2',
  'corpuls3',
  'Stryker Power-PRO XT',
  'Niki T34 syringe driver',
  'Dräger Babyleo TN500',
  'BiliChek',
  'Masimo Rad-97',
  'Carestream CS 8200 3D',
  'EMS Airflow Prophylaxis Master',
  'Accu-Chek Guide Me',
  'Oticon Play PX',
  'Phonak Audéo Lumity',
  'Boston Scientific Emblem MRI S-ICD',
  'Hamilton-T1',
];

export function device(g: Gen, only?: readonly string[]): Span {
  return keep('device_name', g.pick(only ?? DEVICES));
}

const ORGS = [
  'Te Whatu Ora Waikato',
  'Hato Hone St John',
  'Ambulance Victoria',
  'Rotunda Hospital',
  'Cork University Maternity Hospital',
  'HSE Public Health Area C',
  'WorkSafeBC',
  'WSIB Ontario',
  'ACC',
  'icare NSW',
  'Royal Flying Doctor Service',
  'Thunder Bay Regional Health Sciences Centre',
  'Chemist Warehouse',
  'Shoppers Drug Mart',
  'Boots Pharmacy Mallow',
  'Indian Health Service',
  'Navajo Area IHS',
  'Healthline',
  'HealthLink BC',
  'Mater Mothers’ Hospital',
  'Dubbo Base Hospital',
  'Lifeline',
];

export function org(g: Gen, from: readonly string[] = ORGS): Span {
  return keep('organization', g.pick(from));
}

export function orgNamed(name: string): Span {
  return keep('organization', name);
}

export function ageKeep(age: number): Span {
  return keep('age_under_90', String(age));
}

export function year(g: Gen, lo = 1998, hi = 2024): Span {
  return keep('year', String(g.int(lo, hi)));
}

export function version(g: Gen): Span {
  return keep(
    'version',
    g.pick([
      `v${g.int(2, 12)}.${g.int(0, 9)}.${g.int(0, 30)}`,
      `${g.int(3, 8)}.${g.int(0, 19)}`,
      `${g.int(1, 9)}.${g.int(0, 9)}.${g.int(100, 999)}`,
    ]),
  );
}

export function stamp(g: Gen): Span {
  const d = new Date(Date.UTC(2025, g.int(0, 9), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59)));
  return keep(
    'timestamp',
    g.pick([
      d.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      d.toISOString(),
      String(Math.floor(d.getTime() / 1000)),
    ]),
  );
}

export function uuid(g: Gen): Span {
  return keep('uuid', g.f.string.uuid());
}

export function stat(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      () => `${g.int(2, 40)} linked cases`,
      () => `attack rate ${g.int(5, 60)}%`,
      () => `1 in ${g.pick([2, 4, 8, 20, 50])} chance`,
      () => `${g.pick([25, 50])}% risk`,
      () => `${g.int(3, 45)} calls waiting`,
      () => `${num(g, 1, 40, 1)} per 100,000`,
      () => `${g.int(60, 98)}% coverage`,
    ])(),
  );
}
