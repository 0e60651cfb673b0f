/**
 * Keep strings of blind split 14: what a careless engine would take for PHI but must leave.
 * SYNTHETIC DATA ONLY. Conventions: a drug with its dose (and route or frequency when written
 * with it) is one drug_dose; a test with its value and unit is one lab_value; system stamps of
 * exports, audits and messages are timestamps; a year alone is a year; ages under 90 are kept;
 * organisations (hospitals, clinics, labs, pharmacies, payers, regulators, vendors) are kept
 * whole, a place or person's name inside them included.
 */
import type { Gen } from '../context';
import { keep, phi, type Span } from '../fragment';
import type { Region } from './names';

const DRUG_DOSES = [
  'co-careldopa 25/100 mg TDS',
  'Panado 500 mg 2 tabs QID',
  'Dolo 650 mg SOS',
  'artemether-lumefantrine 80/480 mg BD x 3/7',
  'TLD (tenofovir/lamivudine/dolutegravir) 300/300/50 mg OD',
  'co-trimoxazole 960 mg OD',
  'Movicol Paediatric Plain 1 sachet OD',
  'Adcortyl 10 mg/mL intra-articular',
  'dihydrocodeine 30 mg QDS PRN',
  'Sevredol 10 mg 4-hourly PRN',
  'Fortisip Compact 125 mL BD',
  'hydroxyurea 500 mg OD',
  'Fansidar 3 tablets stat',
  '3HP rifapentine/isoniazid 900/900 mg weekly',
  'RHZE 4 FDC tabs daily',
  'Amoksiklav 625 mg TDS',
  'Mixtard 30/70 18 units mane, 10 units nocte',
  'Glucophage XR 750 mg nocte',
  'Telma-AM 40/5 mg OD',
  'Ecosprin 75 mg OD',
  'Rabeprazole 20 mg BBF',
  'magnesium sulphate 4 g IV loading',
  'Syntocinon 10 IU IM',
  'Ergometrine 500 mcg IM',
  'Carboprost 250 mcg IM',
  'Ceftriaxone 2 g IV OD x 5/7',
  'Betapace 80 mg BD',
  'Cefuroxime axetil 500 mg BD',
  'benzathine penicillin 2.4 MU IM',
  'Nifedipine LA 30 mg OD',
  'Depo-Provera 150 mg IM 12-weekly',
  'Zinnat 250 mg BD',
  'Kaletra 400/100 mg BD',
  'Salbutamol 100 mcg 2 puffs PRN',
  'Clexane 40 mg SC OD',
  'Tazocin 4.5 g IV TDS',
  'Lantus Solostar 14 units at 22:00',
  'Folic acid 5 mg OD',
  'Deferasirox 20 mg/kg/day',
  'Vitamin B12 1 mg IM 3-monthly',
  'Tacrolimus 2 mg BD (trough 6-8)',
  'Mycophenolate mofetil 1 g BD',
  'Valganciclovir 450 mg OD',
];

const LABS: readonly (() => (g: Gen) => string)[] = [
  () => (g) => `Hb ${g.int(55, 160) / 10} g/dL`,
  () => (g) => `CD4 ${g.int(40, 900)} cells/mm3`,
  () => (g) => `HIV VL ${g.pick(['<50', 'LDL', String(g.int(60, 150_000))])} copies/mL`,
  () => (g) => `creatinine ${g.int(48, 620)} umol/L`,
  () => (g) => `eGFR ${g.int(9, 118)} mL/min/1.73m2`,
  () => (g) => `HbA1c ${g.int(38, 110)} mmol/mol`,
  () => (g) => `INR ${g.int(9, 48) / 10}`,
  () => (g) => `CRP ${g.int(1, 290)} mg/L`,
  () => (g) => `K+ ${g.int(28, 64) / 10} mmol/L`,
  () => (g) => `Na ${g.int(119, 151)}`,
  () => (g) => `plt ${g.int(12, 620)} x10^9/L`,
  () => (g) => `WCC ${g.int(14, 260) / 10}`,
  () => (g) => `MPS ${g.pick(['+', '++', '+++'])} (${g.int(1, 12)}% parasitaemia)`,
  () => (g) => `HbS ${g.int(60, 92)}%`,
  () => (g) => `BP ${g.int(90, 190)}/${g.int(50, 120)}`,
  () => (g) => `SpO2 ${g.int(84, 99)}% on ${g.pick(['RA', '2L NP', '40% FM'])}`,
  () => (g) => `GCS ${g.int(8, 15)}/15`,
  () => (g) => `tacrolimus level ${g.int(30, 140) / 10} ug/L`,
  () => (g) => `RBS ${g.int(32, 280) / 10} mmol/L`,
  () => (g) => `bilirubin ${g.int(5, 310)} umol/L`,
  () => (g) => `PSA ${g.int(3, 900) / 10} ng/mL`,
  () => (g) => `ferritin ${g.int(8, 4200)} ug/L`,
  () => (g) => `Temp ${g.int(355, 401) / 10}C`,
  () => (g) => `pulse ${g.int(48, 148)}/min`,
];

const CODES: Record<string, readonly string[]> = {
  'ICD-10': [
    'B50.9',
    'A15.0',
    'O14.1',
    'B20.7',
    'A01.0',
    'O72.0',
    'P07.32',
    'Q90.0',
    'D59.3',
    'A06.4',
    'D56.1',
    'O85',
    'P55.1',
    'C22.0',
    'T63.001A',
    'B51.9',
    'A92.0',
    'E40',
  ],
  'OPCS-4': ['W38.1', 'H08.2', 'H33.4', 'Q07.4', 'T20.2', 'R17.2', 'M61.1', 'J18.3'],
  'SNOMED CT': [
    '61462000',
    '56717001',
    '409498004',
    '38907003',
    '76272004',
    '63650001',

    '702953001',
    '716186003',
    '163031004',
  ],
  LOINC: ['20447-9', '24467-3', '5196-1', '14682-9', '1989-3', '4544-3', '57698-3', '32207-3'],
  CPT: ['33249', '61510', '43775', '15271', '59510', '99456', '38241', '96040'],
  NDC: ['0093-7214-56', '50090-3245-0', '0054-0085-25', '68462-0196-01'],
  RxNorm: ['617314', '1049630', '198211', '312938'],
  HGVS: [
    'BRCA2 c.5946delT',
    'MLH1 c.1852_1854del',
    'HBB c.20A>T',
    'CFTR p.Phe508del',
    'DMD exon 45-50 del',
    'TTR p.Val142Ile',
  ],
  MedDRA: ['10019211', '10037087', '10047700', '10002198'],
};

const EPONYMS = [
  'Wilms tumour',
  "Dukes' C",
  'Child-Pugh B',
  'Mallampati II',
  'Killip class II',
  'Gleason 4+3',
  "Bishop's score",
  'Robson group 5',
  "Sheehan's syndrome",
  "Asherman's syndrome",
  "Erb's palsy",
  "Klumpke's palsy",
  "Smith's fracture",
  "Barton's fracture",
  'Galeazzi fracture-dislocation',
  "Bennett's fracture",
  "Syme's amputation",
  "Fournier's gangrene",
  'Kleihauer test',
  'McRoberts manoeuvre',
  'B-Lynch suture',
  'Mantoux test',
  'Ziehl-Neelsen stain',
  "Grey Turner's sign",
  'Krukenberg tumour',
  'Pancoast tumour',
  'Crigler-Najjar syndrome',
  'Diamond-Blackfan anaemia',
  'Glanzmann thrombasthenia',
  'Hb Constant Spring',
  'Couvelaire uterus',
];

const DEVICES = [
  'Mindray BeneView T5',
  'Hamilton C1 ventilator',
  'GeneXpert MTB/RIF Ultra',
  'Accu-Chek Guide Me',
  'Contour Plus Elite',
  'Abbott Aveir VR',
  'Ottobock C-Leg 4',
  'Philips HeartStart FRx',
  'Smiths Medical CADD-Solis',
  'B. Braun Perfusor Space',
  'Sysmex XN-550',
  'Terumo Trima Accel',
  'Haemonetics MCS+',
  'Nihon Kohden Vismo PVM-2701',
  'Welch Allyn Spot 4400',
  'Oticon Opn S1',
  'Bard PowerPICC',
  'Arjo Maxi Move',
  'Ambu aScope 4',
  'Mindray SV300',
  'Edan SE-1200 Express',
  'HemoCue Hb 301',
  'Determine HIV-1/2 Ag/Ab Combo',
  'Uni-Gold Recombigen',
  'Pumani bCPAP',
  'Lifepak 15',
  'Medtronic Azure XT DR MRI',
  'GlucoRx Nexus',
  'Huntleigh Dopplex MD2',
  'Seca 213 stadiometer',
  'Draeger Babylog VN500',
  'Giraffe OmniBed Carestation',
];

const ORGS: Record<Region, readonly string[]> = {
  uk: [
    'Calderdale Royal Hospital',
    'Royal Cornwall Hospitals NHS Trust',
    'Airedale General Hospital',
    'Morriston Hospital',
    'Lancashire Teaching Hospitals',
    'Boots Pharmacy',
    'NHS Business Services Authority',
    'UK Health Security Agency',
    'MHRA',
  ],
  za: [
    'Chris Hani Baragwanath Academic Hospital',
    'Prince Mshiyeni Memorial Hospital',
    'Groote Schuur Hospital',
    'Lancet Laboratories',
    'Discovery Health Medical Scheme',
    'SASSA',
    'NHLS',
    'Dis-Chem Pharmacy',
    'GEMS',
  ],
  in: [
    'Christian Medical College Vellore',
    'Apollo Hospitals, Greams Road',
    'Nizam\u2019s Institute of Medical Sciences',
    'Dr Lal PathLabs',
    'Star Health and Allied Insurance',
    'Aster Prime Hospital',
    'Dayanand Medical College & Hospital',
    'Ayushman Bharat PM-JAY',
  ],
  sg: [
    'Tan Tock Seng Hospital',
    'Khoo Teck Puat Hospital',
    'Changi General Hospital',
    'Raffles Medical',
    'Health Sciences Authority',
    'NTUC Income',
    'Polyclinic Bedok',
    'Guardian Pharmacy',
  ],
  hk: [
    'Queen Mary Hospital',
    'Prince of Wales Hospital',
    'Kwong Wah Hospital',
    'Pamela Youde Nethersole Eastern Hospital',
    'Hospital Authority',
    'Hong Kong Red Cross Blood Transfusion Service',
    'Department of Health',
  ],
  ng: [
    'Lagos University Teaching Hospital',
    'University of Nigeria Teaching Hospital',
    'Obafemi Awolowo University Teaching Hospitals Complex',
    'NAFDAC',
    'AXA Mansard Health',
    'Hygeia HMO',
    'Synlab Nigeria',
  ],
  ke: [
    'Kenyatta National Hospital',
    'Jaramogi Oginga Odinga Teaching and Referral Hospital',
    'Aga Khan University Hospital',
    'Moi Teaching and Referral Hospital',
    'Social Health Authority',
    'Lancet Kenya',
    'Pharmacy and Poisons Board',
  ],
  gh: [
    'Korle Bu Teaching Hospital',
    'Komfo Anokye Teaching Hospital',
    'Cape Coast Teaching Hospital',
    'National Health Insurance Authority',
    'Food and Drugs Authority',
    'Nyaho Medical Centre',
  ],
  ph: [
    "St. Luke's Medical Center",
    'Philippine General Hospital',
    'Vicente Sotto Memorial Medical Center',
    'PhilHealth',
    'Maxicare',
    'Mercury Drug',
    'Jose R. Reyes Memorial Medical Center',
  ],
  jm: [
    'University Hospital of the West Indies',
    'Kingston Public Hospital',
    'Cornwall Regional Hospital',
    'Bustamante Hospital for Children',
    'Sagicor Life Jamaica',
    'National Health Fund',
    'Fontana Pharmacy',
  ],
  us: [
    'Baptist Health Paducah',
    'Tallahassee Memorial HealthCare',
    'Ochsner Lafayette General',
    'Humana',
    'Quest Diagnostics',
    'Walgreens',
    'Medtronic',
    'Sedgwick Claims Management',
  ],
};

export function drugDose(g: Gen): Span {
  return keep('drug_dose', g.pick(DRUG_DOSES));
}

export function lab(g: Gen): Span {
  return keep('lab_value', g.pick(LABS)()(g));
}

export function code(g: Gen, system?: keyof typeof CODES): Span {
  const s = system ?? g.pick(Object.keys(CODES));
  return keep('clinical_code', g.pick(CODES[s] as readonly string[]), s);
}

export function eponym(g: Gen): Span {
  return keep('eponym', g.pick(EPONYMS));
}

export function deviceName(g: Gen): Span {
  return keep('device_name', g.pick(DEVICES));
}

export function org(g: Gen, region: Region): Span {
  return keep('organization', g.pick(ORGS[region]));
}

export function statistic(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `attack rate ${g.int(2, 40)}.${g.int(0, 9)}%`,
      `${g.int(2, 30)} of ${g.int(31, 90)} swabs positive`,
      `CFR ${g.int(1, 19)}.${g.int(0, 9)}%`,
      `HR 0.${g.int(55, 95)} (95% CI 0.${g.int(40, 54)}-0.${g.int(96, 99)})`,
      `n=${g.int(40, 2400)}`,
      `5-year survival ${g.int(30, 92)}%`,
      `${g.int(1, 40)} cases per 10,000 bed-days`,
      `p=0.0${g.int(1, 49)}`,
      `bed occupancy ${g.int(81, 128)}%`,
      `${g.int(10, 95)}th centile`,
      `z-score -${g.int(1, 3)}.${g.int(0, 9)}`,
      `lifetime risk ${g.int(20, 80)}%`,
    ]),
  );
}

export function version(g: Gen): Span {
  return keep(
    'version',
    g.pick([
      `v${g.int(1, 9)}.${g.int(0, 20)}.${g.int(0, 9)}`,
      `${g.int(1, 6)}.${g.int(0, 9)}`,
      `MedDRA ${g.int(24, 28)}.${g.int(0, 1)}`,
      `${g.int(1, 4)}.${g.int(0, 9)}.${g.int(0, 30)}-hf${g.int(1, 9)}`,
      `Amendment ${g.int(1, 6)}.0`,
      `build ${g.int(2, 9)}.${g.int(10, 99)}.${g.int(100, 999)}`,
    ]),
  );
}

export function timestamp(g: Gen): Span {
  const d = new Date(
    Date.UTC(2025, g.int(0, 10), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59), g.int(0, 999)),
  );
  const iso = d.toISOString();
  return keep(
    'timestamp',
    g.pick([
      iso,
      iso.replace(/\.\d{3}Z$/, 'Z'),
      `${iso.slice(0, 19).replace('T', ' ')} UTC`,
      `${iso.slice(0, 19)}+0${g.int(0, 8)}:00`,
      String(d.getTime()),
    ]),
  );
}

export function uuid(g: Gen): Span {
  return keep('uuid', g.f.string.uuid());
}

export function year(g: Gen, from = 1988, to = 2025): Span {
  return keep('year', String(g.int(from, to)));
}

/** An age: kept under 90, PHI from 90 (Safe Harbor). */
export function ageOf(age: number): Span {
  return age > 89 ? phi('age', String(age)) : keep('age_under_90', String(age));
}

/** A hospital of the region (each region's list starts with three). */
export function hospital(g: Gen, region: Region): Span {
  return keep('organization', g.pick(ORGS[region].slice(0, 3)));
}
