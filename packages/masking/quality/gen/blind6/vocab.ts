/**
 * Keep strings of blind split 6: what must survive masking although it looks like an
 * identifier. Brand drugs that read like given names, eponymous signs and operations,
 * diseases named after places, genes, scores, devices, organisations named after people or
 * towns, hospital statistics, versions.
 */
import type { Gen } from '../context';
import { keep, type Span } from '../fragment';

const DRUGS: readonly (readonly [string, readonly string[]])[] = [
  ['Allegra', ['120 mg', '180 mg']],
  ['Lyrica', ['75 mg', '150 mg']],
  ['Ambien', ['5 mg', '10 mg']],
  ['Lixiana', ['30 mg', '60 mg']],
  ['Pradaxa', ['110 mg', '150 mg']],
  ['Effient', ['10 mg']],
  ['Forxiga', ['10 mg']],
  ['Trintellix', ['10 mg', '20 mg']],
  ['Rybelsus', ['7 mg', '14 mg']],
  ['Lucentis', ['0.5 mg']],
  ['Briviact', ['50 mg', '100 mg']],
  ['Cipralex', ['10 mg', '20 mg']],
  ['Ativan', ['0.5 mg', '1 mg']],
  ['Burinex', ['1 mg', '2 mg']],
  ['Abilify', ['5 mg', '10 mg']],
  ['Cerazette', ['75 micrograms']],
  ['Oramorph', ['10 mg/5 mL', '2.5 mg']],
  ['Movicol', ['13.8 g']],
  ['Laxido', ['1 sachet']],
  ['co-codamol', ['30/500 mg', '8/500 mg']],
  ['Fortisip', ['200 mL']],
  ['Endone', ['5 mg']],
  ['Panadeine Forte', ['2 tablets']],
  ['Stilnox', ['10 mg']],
  ['Dilaudid', ['2 mg']],
  ['Naprosyn', ['500 mg']],
  ['buprenorphine patch', ['10 micrograms/hour']],
  ['Fragmin', ['5,000 units', '2,500 units']],
  ['levomepromazine', ['6.25 mg']],
  ['hyoscine butylbromide', ['20 mg']],
  ['Buccolam', ['5 mg', '10 mg']],
  ['Syntometrine', ['1 mL']],
  ['carbetocin', ['100 micrograms']],
  ['vitamin K', ['1 mg']],
  ['Augmentin Duo', ['400/57 mg/5 mL']],
];

const FREQ = [
  'once daily',
  'BD',
  'nocte',
  'tds',
  'PRN',
  'mane',
  'q6h PRN',
  'twice a day',
  'at bedtime',
  'STAT',
];

/** A drug with its dose; the frequency follows outside the span. */
export function drug(g: Gen): [Span, string] {
  const [name, doses] = g.pick(DRUGS);
  return [keep('drug_dose', `${name} ${g.pick(doses)}`), g.pick(FREQ)];
}

export function lab(g: Gen): Span {
  return keep(
    'lab_value',
    g.pick([
      `HbA1c ${g.int(38, 92)} mmol/mol`,
      `eGFR ${g.int(18, 89)} mL/min/1.73m2`,
      `INR ${g.int(1, 4)}.${g.int(0, 9)}`,
      `Hb ${g.int(78, 162)} g/L`,
      `troponin ${g.int(4, 380)} ng/L`,
      `CRP ${g.int(1, 240)} mg/L`,
      `Na ${g.int(124, 146)} mmol/L`,
      `K+ ${g.int(3, 5)}.${g.int(0, 9)}`,
      `ferritin ${g.int(6, 900)} µg/L`,
      `BNP ${g.int(40, 2400)} pg/mL`,
      `lactate ${g.int(0, 6)}.${g.int(1, 9)} mmol/L`,
      `WCC ${g.int(2, 24)}.${g.int(0, 9)} x10^9/L`,
      `platelets ${g.int(40, 480)}`,
      `bilirubin ${g.int(4, 140)} µmol/L`,
      `TSH ${g.int(0, 9)}.${g.digits(2)} mU/L`,
      `glucose ${g.int(3, 24)}.${g.int(0, 9)} mmol/L`,
      `SpO2 ${g.int(86, 100)}%`,
      `BP ${g.int(96, 188)}/${g.int(52, 104)}`,
    ]),
  );
}

const CODES = [
  'S62.61XA',
  'M54.17',
  'S13.4XXA',
  'T07.XXXA',
  'O24.410',
  'P07.35',
  'Z34.83',
  'C25.0',
  'F10.239',
  'G30.8',
  'J69.0',
  'R40.2412',
  'I63.512',
  'Y92.414',
  'V43.52XA',
  'A69.20',
  'A92.31',
  '371625008',
  '427623005',
  '698247007',
  '162864005',
  '10828004',
  'LOINC 59408-5',
  'LOINC 2339-0',
  'LOINC 8302-2',
  'CPT 99349',
  'CPT 59510',
  'CPT 43280',
  'CPT 48150',
  'MBS 23',
  'MBS 36',
  'Read XaJ0i',
  'U07.1',
  'BRCA1 c.68_69delAG',
  'TP53 p.R175H',
  'HLA-B*58:01',
  'CHA2DS2-VASc 4',
  'HAS-BLED 2',
];

export function code(g: Gen): Span {
  return keep('clinical_code', g.pick(CODES));
}

const EPONYMS = [
  'Lichtenstein repair',
  'McKeown oesophagectomy',
  "Rovsing's sign",
  "Hoffmann's sign",
  'Rockall score',
  'Centor score',
  'Apgar',
  'Lyme disease',
  'West Nile virus',
  "Ludwig's angina",
  "Ménière's disease",
  "Buerger's disease",
  'Monteggia fracture',
  "Barrett's oesophagus",
  'Hendra virus',
  "McMurray's test",
  "Lachman's test",
  'Ross River virus',
  "Kernig's sign",
  'Cheyne-Stokes breathing',
  'Lewy body dementia',
  "Sever's disease",
  'Ebola',
  'Norwalk virus',
  'Hartmann procedure',
  'Roux-en-Y',
  'Smith fracture',
  'Kocher incision',
  'Marburg virus',
  'Barlow manoeuvre',
];

export function eponym(g: Gen): Span {
  return keep('eponym', g.pick(EPONYMS));
}

const DEVICES = [
  'Abbott AVEIR VR',
  'Biotronik BIOMONITOR IV',
  'Biotronik Amvia Sky',
  'Boston Scientific Accolade MRI',
  'Accu-Chek Solo',
  'Ypsomed mylife YpsoPump',
  'Dana-i pump',
  'GlucoMen iCan',
  'Lowenstein prisma SMART',
  'Fisher & Paykel SleepStyle',
  'Inspire IV',
  'Mindray BeneHeart D3',
  'Hill-Rom Envella',
  'Invacare Birdie hoist',
  'Baxter Sigma Spectrum',
  'CADD-Solis VIP',
  'Oxylog 3000 plus',
  'Panda iRes warmer',
  'Giraffe OmniBed',
  'BD Alaris 8015',
];

export function device(g: Gen): Span {
  return keep('device_name', g.pick(DEVICES));
}

const HOSPITALS = [
  'Johns Hopkins',
  'Mayo Clinic',
  'Cedars-Sinai',
  "St Vincent's University Hospital",
  'Royal Prince Alfred Hospital',
  "Guy's and St Thomas'",
  "Addenbrooke's Hospital",
  'Beaumont Hospital',
  'Sir Charles Gairdner Hospital',
  'Flinders Medical Centre',
  'Mater Misericordiae',
  'Kaiser Permanente',
];
const PAYERS = [
  'Bupa',
  'Medibank',
  'VHI Healthcare',
  'Zurich Insurance',
  'The Hartford',
  'Liberty Mutual',
  'Allianz',
  'Kaiser Permanente',
  'Veterans Affairs',
];
const CHARITIES = [
  'Marie Curie',
  'Sue Ryder',
  'Macmillan Cancer Support',
  "St Christopher's Hospice",
  'Ronald McDonald House',
  "Barnardo's",
  'Salvation Army',
];
const OTHERS = [
  'Lloyds Pharmacy',
  'Chemist Warehouse',
  'Boots',
  'Walgreens',
  'Department of Veterans Affairs',
  'Quest Diagnostics',
  'LabCorp',
  'Sonic Healthcare',
  'Healius',
  'Medtronic',
  'Pfizer',
];

/** Any organisation: hospital, payer, charity, pharmacy, laboratory or manufacturer. */
export function org(g: Gen): Span {
  return keep('organization', g.pick([...HOSPITALS, ...PAYERS, ...CHARITIES, ...OTHERS]));
}

export function hospital(g: Gen): Span {
  return keep('organization', g.pick(HOSPITALS));
}

export function payer(g: Gen): Span {
  return keep('organization', g.pick(PAYERS));
}

export function charity(g: Gen): Span {
  return keep('organization', g.pick(CHARITIES));
}

/** An organisation whose name holds a person's name or a town's. */
export function trickyOrg(g: Gen): Span {
  return keep(
    'organization',
    g.pick([
      'Johns Hopkins',
      'Cedars-Sinai',
      'Royal Prince Alfred Hospital',
      'Sir Charles Gairdner Hospital',
      "Addenbrooke's Hospital",
      'Marie Curie',
      'Sue Ryder',
      'Zurich Insurance',
      'The Hartford',
      'Ronald McDonald House',
      'Beaumont Hospital',
      'Flinders Medical Centre',
    ]),
  );
}

export function statistic(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `${g.int(82, 99)}.${g.int(0, 9)}% bed occupancy`,
      `${g.int(55, 88)}.${g.int(0, 9)}% of patients seen within four hours`,
      `30-day readmission rate of ${g.int(6, 19)}.${g.int(0, 9)}%`,
      `${g.int(1, 9)},${g.digits(3)} admissions`,
      `median wait of ${g.int(6, 52)} weeks`,
      `${g.int(120, 980)} beds`,
      `${g.int(2, 14)}.${g.int(0, 9)}% caesarean rate`,
      `1 in ${g.int(4, 12)}`,
      `${g.int(60, 97)}% response rate`,
    ]),
  );
}

export function version(g: Gen): Span {
  return keep(
    'version',
    g.pick([
      `v${g.int(1, 12)}.${g.int(0, 30)}.${g.int(0, 9)}`,
      `${g.int(2021, 2025)}.${g.int(1, 4)}`,
      `build ${g.int(2023, 2025)}.${g.int(1, 12)}.${g.int(1, 40)}`,
      `${g.int(3, 9)}.${g.int(0, 9)}.${g.int(100, 9999)}`,
      `release ${g.int(10, 24)}.${g.int(1, 9)}`,
    ]),
  );
}

export function year(g: Gen, from = 1995, to = 2024): Span {
  return keep('year', String(g.int(from, to)));
}

export function ageUnder90(g: Gen, min = 18, max = 89): Span {
  return keep('age_under_90', String(g.int(min, max)));
}

export function uuid(g: Gen): Span {
  const h = (n: number): string => g.letters(n, '0123456789abcdef');
  return keep('uuid', `${h(8)}-${h(4)}-4${h(3)}-${g.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`);
}

/** Software that writes the documents (the version follows as its own keep string). */
export const SYSTEMS = [
  'MedDictate',
  'ClinScribe',
  'CarePath EHR',
  'HomeVisit Mobile',
  'TriageVoice',
  'LetterGen',
];
