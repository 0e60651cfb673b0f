/**
 * Vocabulary of blind split 31: people, towns, streets, codes, drugs, devices and organisations
 * as Synthea-generated synthetic patient records spell them (given and family names with digits
 * appended, 999- SSNs, "S999…" driver's licences, "X…X" passports, 555 phone numbers,
 * Massachusetts-like towns). Every value is invented; none belongs to a real person.
 */
import type { Gen } from '../context';
import { type Frag, keep, phi, type Span, t } from '../fragment';

const FEMALE_GIVEN = [
  'Jolanda',
  'Shakira',
  'Marisol',
  'Ardith',
  'Leisha',
  'Corrina',
  'Tamela',
  'Odessa',
  'Kizzy',
  'Melonie',
  'Yevette',
  'Bernetta',
  'Zula',
  'Priscila',
  'Karyn',
  'Ilona',
  'Chantelle',
  'Evangelina',
  'Rosalva',
  'Delphia',
  'Nakia',
  'Mirtha',
  'Thi',
  'Guadalupe',
  'Hye',
  'Latonia',
  'Vada',
  'Aletha',
  'Svetlana',
  'Ngozi',
];

const MALE_GIVEN = [
  'Marcus',
  'Wilbert',
  'Delmer',
  'Jamar',
  'Rosendo',
  'Cletus',
  'Hipolito',
  'Dannie',
  'Tyree',
  'Augustus',
  'Ezequiel',
  'Merle',
  'Antwan',
  'Lavern',
  'Quincy',
  'Royce',
  'Sang',
  'Bertram',
  'Osvaldo',
  'Emmitt',
  'Darrel',
  'Kendrick',
  'Isidro',
  'Fermin',
  'Alonzo',
  'Chadwick',
  'Hai',
  'Vinnie',
  'Obinna',
  'Grover',
];

const FAMILY = [
  'Schaefer',
  'Hettinger',
  'Wuckert',
  'Zieme',
  'Kertzmann',
  'Bednar',
  'Okuneva',
  'Halvorson',
  'Runolfsdottir',
  'Gutkowski',
  'Tremblay',
  'Lubowitz',
  'Mraz',
  'Quitzon',
  'Schowalter',
  'Vandervort',
  'Bahringer',
  'Cormier',
  'Ondricka',
  'Koelpin',
  'Pfannerstill',
  'Wintheiser',
  'Greenholt',
  'Abernathy',
  'Dach',
  'Lemke',
  'Nitzsche',
  'Ruecker',
  'Stiedemann',
  'Toy',
  'Mosciski',
  'Jaskolski',
  'Hoppe',
  'Kshlerin',
  'Nolan',
  'Rempel',
  'Osinski',
  'Haag',
  'Farrell',
  'Beatty',
  'Pacocha',
  'Gusikowski',
  'Medhurst',
  'Ankunding',
  'Dibbert',
  'Sipes',
  'Zulauf',
  'Kemmer',
  'Carrasco',
  'Lozano',
  'Nguyen',
  'Tran',
  'Okafor',
  'Delgado',
  'Fitzgerald',
  'Mahoney',
  'Costa',
  'Pereira',
];

/** Synthea's given-name form: a name with one to three digits appended ("Marcus276"). */
export function synGiven(g: Gen, sex: 'F' | 'M'): string {
  return `${g.pick(sex === 'F' ? FEMALE_GIVEN : MALE_GIVEN)}${g.int(1, 999)}`;
}

export function synFamily(g: Gen): string {
  return `${g.pick(FAMILY)}${g.int(1, 999)}`;
}

/** A town as Synthea's Massachusetts demographics hold it: county, ZIP, county FIPS, centre. */
export interface Town {
  city: string;
  county: string;
  zip: string;
  fips: string;
  lat: number;
  lon: number;
}

const TOWNS: readonly Town[] = [
  { city: 'Haverhill', county: 'Essex County', zip: '01830', fips: '25009', lat: 42.776, lon: -71.077 },
  { city: 'Methuen', county: 'Essex County', zip: '01844', fips: '25009', lat: 42.726, lon: -71.19 },
  { city: 'Gloucester', county: 'Essex County', zip: '01930', fips: '25009', lat: 42.615, lon: -70.662 },
  { city: 'Chicopee', county: 'Hampden County', zip: '01013', fips: '25013', lat: 42.149, lon: -72.608 },
  { city: 'Westfield', county: 'Hampden County', zip: '01085', fips: '25013', lat: 42.125, lon: -72.749 },
  { city: 'Leominster', county: 'Worcester County', zip: '01453', fips: '25027', lat: 42.525, lon: -71.759 },
  { city: 'Fitchburg', county: 'Worcester County', zip: '01420', fips: '25027', lat: 42.583, lon: -71.802 },
  { city: 'Shrewsbury', county: 'Worcester County', zip: '01545', fips: '25027', lat: 42.296, lon: -71.713 },
  { city: 'Attleboro', county: 'Bristol County', zip: '02703', fips: '25005', lat: 41.944, lon: -71.285 },
  { city: 'Taunton', county: 'Bristol County', zip: '02780', fips: '25005', lat: 41.9, lon: -71.09 },
  { city: 'Dartmouth', county: 'Bristol County', zip: '02747', fips: '25005', lat: 41.61, lon: -70.99 },
  { city: 'Brockton', county: 'Plymouth County', zip: '02301', fips: '25023', lat: 42.083, lon: -71.018 },
  { city: 'Marshfield', county: 'Plymouth County', zip: '02050', fips: '25023', lat: 42.091, lon: -70.705 },
  { city: 'Wareham', county: 'Plymouth County', zip: '02571', fips: '25023', lat: 41.761, lon: -70.719 },
  { city: 'Framingham', county: 'Middlesex County', zip: '01702', fips: '25017', lat: 42.279, lon: -71.416 },
  { city: 'Billerica', county: 'Middlesex County', zip: '01821', fips: '25017', lat: 42.558, lon: -71.268 },
  { city: 'Woburn', county: 'Middlesex County', zip: '01801', fips: '25017', lat: 42.479, lon: -71.152 },
  { city: 'Natick', county: 'Middlesex County', zip: '01760', fips: '25017', lat: 42.283, lon: -71.349 },
  { city: 'Quincy', county: 'Norfolk County', zip: '02169', fips: '25021', lat: 42.253, lon: -71.002 },
  { city: 'Braintree', county: 'Norfolk County', zip: '02184', fips: '25021', lat: 42.207, lon: -71.0 },
  { city: 'Franklin Town', county: 'Norfolk County', zip: '02038', fips: '25021', lat: 42.084, lon: -71.397 },
  {
    city: 'Barnstable Town',
    county: 'Barnstable County',
    zip: '02601',
    fips: '25001',
    lat: 41.653,
    lon: -70.29,
  },
  { city: 'Falmouth', county: 'Barnstable County', zip: '02540', fips: '25001', lat: 41.551, lon: -70.615 },
  { city: 'Pittsfield', county: 'Berkshire County', zip: '01201', fips: '25003', lat: 42.45, lon: -73.245 },
  { city: 'North Adams', county: 'Berkshire County', zip: '01247', fips: '25003', lat: 42.7, lon: -73.109 },
  {
    city: 'Greenfield Town',
    county: 'Franklin County',
    zip: '01301',
    fips: '25011',
    lat: 42.588,
    lon: -72.599,
  },
  { city: 'Northampton', county: 'Hampshire County', zip: '01060', fips: '25015', lat: 42.325, lon: -72.641 },
  { city: 'Amherst', county: 'Hampshire County', zip: '01002', fips: '25015', lat: 42.373, lon: -72.52 },
  { city: 'Revere', county: 'Suffolk County', zip: '02151', fips: '25025', lat: 42.408, lon: -71.012 },
  { city: 'Chelsea', county: 'Suffolk County', zip: '02150', fips: '25025', lat: 42.392, lon: -71.033 },
];

const BIRTH_TOWNS = [
  'Lowell',
  'Springfield',
  'Lynn',
  'New Bedford',
  'Fall River',
  'Worcester',
  'Lawrence',
  'Salem',
  'Peabody',
  'Holyoke',
  'Medford',
  'Malden',
  'Somerville',
  'Weymouth',
];

const STREET_WORDS = [
  'Wuckert',
  'Zieme',
  'Bergnaum',
  'Kuvalis',
  'Runte',
  'Mayert',
  'Schiller',
  'Heaney',
  'Gleichner',
  'Parisian',
  'Orn',
  'Hagenes',
  'Labadie',
  'Considine',
  'Wyman',
  'Collier',
  'Feest',
  'Legros',
  'Towne',
  'Marvin',
];
const STREET_TYPES = [
  'Run',
  'Gateway',
  'Mill',
  'Crossing',
  'Ramp',
  'Vale',
  'Light',
  'Way',
  'Park',
  'Trafficway',
  'Landing',
  'Knoll',
  'Rapid',
  'Corner',
  'Heights',
  'Stravenue',
  'Viaduct',
  'Plaza',
];

/** A street line in Synthea's style ("892 Wuckert Run Suite 17"). */
export function synStreet(g: Gen): string {
  const unit = g.chance(0.35) ? ` ${g.pick(['Suite', 'Apt', 'Unit'])} ${g.int(1, 99)}` : '';
  return `${g.int(100, 1099)} ${g.pick(STREET_WORDS)} ${g.pick(STREET_TYPES)}${unit}`;
}

export interface Place {
  line: string;
  town: Town;
  lat: string;
  lon: string;
}

/** A home address: a street, a town and coordinates near the town's centre. */
export function synPlace(g: Gen): Place {
  const town = g.pick(TOWNS);
  const jitter = (): number => g.f.number.float({ min: -0.06, max: 0.06 });
  return {
    line: synStreet(g),
    town,
    lat: (town.lat + jitter()).toFixed(g.pick([8, 12, 14])),
    lon: (town.lon + jitter()).toFixed(g.pick([8, 12, 14])),
  };
}

export interface SynPatient {
  id: string;
  given: string;
  family: string;
  maiden?: string;
  prefix: string;
  suffix?: string;
  sex: 'F' | 'M';
  dob: Date;
  dod?: Date;
  place: Place;
  birthplace: string;
  ssn: string;
  drivers?: string;
  passport?: string;
  phone: string;
  mrn: string;
  marital: string;
  race: [string, string];
  ethnicity: [string, string];
  expenses: string;
  coverage: string;
}

const RACES: [string, string][] = [
  ['white', '2106-3'],
  ['black', '2054-5'],
  ['asian', '2028-9'],
  ['native', '1002-5'],
  ['other', '2131-1'],
];

/** Synthea's 999- SSN ("999-47-3821"). */
export function synSsn(g: Gen): string {
  return `999-${g.digits(2)}-${g.digits(4)}`;
}

/** Synthea's 555 phone number, in its dashed form. */
export function synPhone(g: Gen): string {
  return `555-${g.digits(3)}-${g.digits(4)}`;
}

/** A patient as one Synthea run would generate them; `old` makes them 90 or older. */
export function synPatient(g: Gen, old = g.chance(0.2)): SynPatient {
  const sex = g.chance(0.5) ? 'F' : 'M';
  const age = old ? g.int(90, 103) : g.int(1, 88);
  const dob = new Date(Date.UTC(2025 - age, g.int(0, 11), g.int(1, 28)));
  const adult = age >= 18;
  const married = adult && g.chance(0.55);
  const dead = g.chance(0.12);
  return {
    id: g.f.string.uuid(),
    given: synGiven(g, sex),
    family: synFamily(g),
    maiden: sex === 'F' && married ? synFamily(g) : undefined,
    prefix: !adult ? '' : sex === 'F' ? (married ? 'Mrs.' : 'Ms.') : 'Mr.',
    suffix: adult && g.chance(0.08) ? g.pick(['MD', 'PhD', 'JD', 'DVM']) : undefined,
    sex,
    dob,
    dod: dead ? addDays31(dob, g.int(1, Math.max(2, age) * 365)) : undefined,
    place: synPlace(g),
    birthplace: g.pick(BIRTH_TOWNS),
    ssn: synSsn(g),
    drivers: age >= 16 ? `S999${g.digits(5)}` : undefined,
    passport: adult && g.chance(0.6) ? `X${g.digits(8)}X` : undefined,
    phone: synPhone(g),
    mrn: g.pick([`${g.digits(8)}`, `MA${g.digits(7)}`, `E${g.digits(7)}`]),
    marital: !adult ? '' : married ? 'M' : g.pick(['S', 'D', 'W', '']),
    race: g.pick(RACES),
    ethnicity: g.chance(0.15) ? ['hispanic', '2135-2'] : ['nonhispanic', '2186-5'],
    expenses: (g.int(2000, 1_800_000) + g.int(0, 99) / 100).toFixed(2),
    coverage: (g.int(0, 900_000) + g.int(0, 99) / 100).toFixed(2),
  };
}

/** The patient's age on 2025-11-01: PHI over 89, a keep string under 90. */
export function ageOf31(p: SynPatient): number {
  return 2025 - p.dob.getUTCFullYear() - (p.dob.getUTCMonth() > 9 ? 1 : 0);
}

export function ageSpan31(p: SynPatient): Span {
  const a = ageOf31(p);
  return a > 89 ? phi('age', String(a)) : keep('age_under_90', String(a));
}

export const nm = (v: string, form?: string): Span => phi('name', v, form);

/** "Marcus276 Schaefer486" as one name span. */
export function fullName(p: SynPatient): Span {
  return nm(`${p.given} ${p.family}`, 'synthea_full');
}

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

export function day(d: Date): Span {
  return phi('date', isoDay(d), 'iso');
}

/** A date-time about a person: the date part is PHI, the time of day and offset are not. */
export function dayTime(g: Gen, d: Date, style: 'z' | 'offset' = g.pick(['z', 'offset'])): Frag {
  const time = `T${String(g.int(0, 23)).padStart(2, '0')}:${String(g.int(0, 59)).padStart(2, '0')}:${String(g.int(0, 59)).padStart(2, '0')}`;
  const tail = style === 'z' ? 'Z' : g.pick(['-05:00', '-04:00']);
  return t`${day(d)}${time}${tail}`;
}

/**
 * A record's own creation stamp on a person's day (a Claim's or an EOB's `created`): drawn as
 * `dayTime` draws, kept whole as a system timestamp, the convention blind3's FHIR Claim holds.
 */
export function createdStamp(g: Gen, d: Date): Span {
  const time = `T${String(g.int(0, 23)).padStart(2, '0')}:${String(g.int(0, 59)).padStart(2, '0')}:${String(g.int(0, 59)).padStart(2, '0')}`;
  return keep('timestamp', `${isoDay(d)}${time}${g.pick(['-05:00', '-04:00'])}`);
}

/** A day in the patient's recorded history (2008-2025). */
export function histDate(g: Gen): Date {
  return new Date(Date.UTC(g.int(2008, 2025), g.int(0, 9), g.int(1, 28)));
}

export function addDays31(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** A system stamp (meta.lastUpdated, Bundle.timestamp, audit time): kept. */
export function stamp(g: Gen): Span {
  const d = new Date(Date.UTC(2025, g.int(0, 10), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59)));
  return keep(
    'timestamp',
    g.pick([
      d.toISOString(),
      d.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      d.toISOString().replace(/\.\d{3}Z$/, '.000-05:00'),
    ]),
  );
}

export const uuidSpan = (v: string): Span => keep('uuid', v);

export function freshUuid(g: Gen): Span {
  return keep('uuid', g.f.string.uuid());
}

/** Clinical vocabulary: [code, display]. */
export const CONDITIONS: readonly [string, string][] = [
  ['1121000119107', 'Chronic neck pain (finding)'],
  ['237602007', 'Metabolic syndrome X (disorder)'],
  ['90781000119102', 'Microalbuminuria due to type 2 diabetes mellitus (disorder)'],
  ['157141000119108', 'Proteinuria due to type 2 diabetes mellitus (disorder)'],
  ['10509002', 'Acute bronchitis (disorder)'],
  ['444814009', 'Viral sinusitis (disorder)'],
  ['302870006', 'Hypertriglyceridemia (disorder)'],
  ['368581000119106', 'Neuropathy due to type 2 diabetes mellitus (disorder)'],
  ['1501000119109', 'Proliferative diabetic retinopathy due to type II diabetes mellitus (disorder)'],
  ['233678006', 'Childhood asthma (disorder)'],
  ['55822004', 'Hyperlipidemia (disorder)'],
  ['403190006', 'Epidermal burn of skin (disorder)'],
  ['283371005', 'Laceration of forearm (disorder)'],
  ['19169002', 'Miscarriage in first trimester (disorder)'],
  ['424132000', 'Non-small cell carcinoma of lung, TNM stage 1 (disorder)'],
  ['706893006', 'Victim of intimate partner abuse (finding)'],
  ['73595000', 'Stress (finding)'],
  ['160903007', 'Full-time employment (finding)'],
  ['44465007', 'Sprain of ankle (disorder)'],
  ['263102004', 'Fracture subluxation of wrist (disorder)'],
  ['58150001', 'Fracture of clavicle (disorder)'],
  ['713197008', 'Recurrent rectal polyp (disorder)'],
];

export const EPONYM_CONDITIONS: readonly [string, string][] = [
  ['230265002', "Familial Alzheimer's disease of early onset (disorder)"],
  ['21983002', 'Hashimoto thyroiditis (disorder)'],
  ['302820008', "Barrett's esophagus (disorder)"],
  ['193093009', "Bell's palsy (disorder)"],
  ['353295004', "Graves' disease (disorder)"],
  ['195295006', "Raynaud's phenomenon (disorder)"],
  ['83901003', "Sjögren's syndrome (disorder)"],
  ['40956001', 'Guillain-Barré syndrome (disorder)'],
  ['13445001', "Ménière's disease (disorder)"],
  ['263225007', "Colles' fracture of radius (disorder)"],
  ['3723001', "Dupuytren's contracture (disorder)"],
  ['47270006', "Cushing's syndrome (disorder)"],
  ['363732003', "Addison's disease (disorder)"],
  ['5560003', "Tourette's disorder (disorder)"],
  ['34000006', "Crohn's disease of small intestine (disorder)"],
  ['118600007', "Hodgkin's lymphoma, nodular sclerosis (disorder)"],
];

/** LOINC observations: code, display, unit, low, high, decimals. */
export const OBSERVATIONS: readonly [string, string, string, number, number, number][] = [
  ['10230-1', 'Left ventricular Ejection fraction', '%', 20, 70, 1],
  ['19926-5', 'FEV1/FVC', '%', 45, 88, 1],
  ['19935-6', 'Peak expiratory flow rate by Peak flow meter', 'L/min', 150, 650, 0],
  ['2713-6', 'Oxygen saturation Calculated from oxygen partial pressure in Blood', '%', 86, 100, 1],
  ['8289-1', 'Head Occipital-frontal circumference Percentile', '%', 1, 99, 1],
  ['72106-8', 'Total score [MMSE]', '{score}', 10, 30, 0],
  ['21000-5', 'Erythrocyte distribution width [Entitic volume] by Automated count', 'fL', 36, 52, 1],
  ['32207-3', 'Platelet distribution width [Entitic volume] in Blood by Automated count', 'fL', 9, 17, 1],
  ['9843-4', 'Head Occipital-frontal circumference', 'cm', 33, 58, 1],
  ['77606-2', 'Weight-for-length Per age and sex', '%', 1, 99, 1],
];

/** RxNorm medications as Synthea describes them. */
export const MEDICATIONS: readonly [string, string][] = [
  ['860975', '24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet'],
  ['849574', 'Naproxen sodium 220 MG Oral Tablet'],
  ['310798', 'Hydrochlorothiazide 25 MG Oral Tablet'],
  ['197361', 'amLODIPine 5 MG Oral Tablet'],
  ['312961', 'Simvastatin 20 MG Oral Tablet'],
  ['895994', '120 ACTUAT Fluticasone propionate 0.044 MG/ACTUAT Metered Dose Inhaler'],
  ['745679', '200 ACTUAT Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler'],
  ['308136', 'amLODIPine 2.5 MG Oral Tablet'],
  ['834061', 'Penicillin V Potassium 250 MG Oral Tablet'],
  ['308182', 'Amoxicillin 250 MG Oral Capsule'],
  ['313782', 'Acetaminophen 325 MG Oral Tablet'],
  ['198405', 'Ibuprofen 100 MG Oral Tablet'],
  ['1049221', 'Acetaminophen 325 MG / Oxycodone Hydrochloride 5 MG Oral Tablet'],
  ['749762', 'Seasonique 91 Day Pack'],
  ['106892', 'insulin isophane, human 70 UNT/ML / insulin, regular, human 30 UNT/ML Injectable Suspension'],
  ['866414', '24 HR Metoprolol succinate 100 MG Extended Release Oral Tablet'],
  ['1736854', 'Cisplatin 50 MG Injection'],
  ['564666', 'Nitroglycerin 0.4 MG/ACTUAT Mucosal Spray'],
  ['309362', 'Clopidogrel 75 MG Oral Tablet'],
  ['205923', '1 ML Epoetin Alfa 4000 UNT/ML Injection [Epogen]'],
];

export const VACCINES: readonly [string, string][] = [
  ['140', 'Influenza, seasonal, injectable, preservative free'],
  ['113', 'Td (adult) preservative free'],
  ['133', 'Pneumococcal conjugate PCV 13'],
  ['62', 'HPV, quadrivalent'],
  ['43', 'Hep B, adult'],
  ['121', 'zoster'],
  ['208', 'SARS-COV-2 (COVID-19) vaccine, mRNA, spike protein, LNP, preservative free, 30 mcg/0.3mL dose'],
  ['114', 'meningococcal MCV4P'],
  [
    '217',
    'SARS-COV-2 (COVID-19) vaccine, mRNA, spike protein, LNP, preservative free, 30 mcg/0.3mL dose, tris-sucrose formulation',
  ],
  ['10', 'IPOL'],
];

export const PROCEDURES: readonly [string, string][] = [
  ['430193006', 'Medication Reconciliation (procedure)'],
  ['710824005', 'Assessment of health and social care needs (procedure)'],
  ['171207006', 'Depression screening (procedure)'],
  ['428191000124101', 'Documentation of current medications (procedure)'],
  ['73761001', 'Colonoscopy (procedure)'],
  ['76601001', 'Intramuscular injection (procedure)'],
  ['274804006', 'Evaluation of uterine fundal height (procedure)'],
  ['18286008', 'Catheter ablation of tissue of heart (procedure)'],
  ['399208008', 'Plain chest X-ray (procedure)'],
  ['232717009', 'Coronary artery bypass grafting (procedure)'],
  ['65200003', 'Insertion of intrauterine contraceptive device (procedure)'],
  ['88039007', 'Transplant of lung (procedure)'],
];

export const ENCOUNTER_TYPES: readonly [string, string, string][] = [
  ['162673000', 'General examination of patient (procedure)', 'wellness'],
  ['185349003', 'Encounter for check up (procedure)', 'wellness'],
  ['185345009', 'Encounter for symptom (procedure)', 'ambulatory'],
  ['50849002', 'Emergency room admission (procedure)', 'emergency'],
  ['183452005', 'Emergency hospital admission (procedure)', 'inpatient'],
  ['424441002', 'Prenatal initial visit (regime/therapy)', 'ambulatory'],
  ['390906007', 'Follow-up encounter (procedure)', 'ambulatory'],
  ['698314001', 'Consultation for treatment (procedure)', 'ambulatory'],
];

/** Devices: SNOMED code and Synthea's display. */
export const DEVICES: readonly [string, string][] = [
  ['337414009', 'Blood glucose meter (physical object)'],
  ['72506001', 'Implantable defibrillator, device (physical object)'],
  ['706180003', 'Respiratory humidifier (physical object)'],
  ['702172008', 'Home continuous positive airway pressure unit (physical object)'],
  ['36965003', 'Hemodialysis machine, device (physical object)'],
  ['449071006', 'Mechanical ventilator (physical object)'],
  ['705643001', 'Coronary artery stent (physical object)'],
  ['469815003', 'Cardiac resynchronization therapy implantable pacemaker (physical object)'],
  ['58938008', 'Wheelchair (physical object)'],
  ['43252007', 'Cochlear prosthesis, device (physical object)'],
  ['304120007', 'Total knee replacement prosthesis (physical object)'],
  ['170615005', 'Subcutaneous insulin pump (physical object)'],
];

export const IMAGING: readonly [string, string, string, string][] = [
  ['DX', 'Digital Radiography', '51185008', 'Thoracic structure (body structure)'],
  ['CT', 'Computed Tomography', '818981001', 'Abdomen (body structure)'],
  ['US', 'Ultrasound', '80891009', 'Heart structure (body structure)'],
  ['MR', 'Magnetic Resonance', '12738006', 'Brain structure (body structure)'],
];

export const ORGANIZATIONS = [
  'MERRIMACK VALLEY COMMUNITY HOSPITAL',
  'SOUTH SHORE FAMILY MEDICINE ASSOCIATES',
  'PIONEER VALLEY URGENT CARE LLC',
  'NORTH QUABBIN HEALTH CENTER',
  'CAPE ISLANDS PRIMARY CARE PC',
  'BERKSHIRE HILLS MEDICAL GROUP',
  'NASHOBA REGIONAL MEDICAL CENTER',
  'TAUNTON RIVER PEDIATRICS INC',
  'BLACKSTONE VALLEY HEALTH PARTNERS',
  'Wachusett Internal Medicine',
  'Harbor Point Women’s Health',
  'Mystic River Cardiology Associates',
];

export const PAYERS = [
  'Medicare',
  'Medicaid',
  'Dual Eligible',
  'Blue Cross Blue Shield',
  'UnitedHealthcare',
  'Aetna',
  'Cigna Health',
  'Humana',
  'Anthem',
  'Tufts Health Plan',
  'Harvard Pilgrim Health Care',
];

export const SPECIALITIES = [
  'GENERAL PRACTICE',
  'INTERNAL MEDICINE',
  'FAMILY MEDICINE',
  'CARDIOLOGY',
  'PEDIATRICS',
  'OBSTETRICS/GYNECOLOGY',
  'NEPHROLOGY',
];

/** Synthea's NPI: 999 plus seven digits (not a Luhn-valid NPI). */
export function synNpi(g: Gen): Span {
  return phi('license', `999${g.digits(7)}`, 'synthea_npi');
}

/** A clinician as Synthea names them (prefix "Dr." not part of the name). */
export function synClinician(g: Gen): { given: string; family: string; sex: 'F' | 'M' } {
  const sex = g.chance(0.5) ? 'F' : 'M';
  return { given: synGiven(g, sex), family: synFamily(g), sex };
}

export function lab(g: Gen): { code: string; display: string; unit: string; value: string } {
  const [code, display, unit, lo, hi, dec] = g.pick(OBSERVATIONS);
  return { code, display, unit, value: g.f.number.float({ min: lo, max: hi }).toFixed(dec) };
}

export function synthVersion(g: Gen): Span {
  return keep('version', g.pick(['3.2.0', '3.1.1', '3.0.0', '2.7.0', 'v3.3.0', '3.2.0-SNAPSHOT']));
}

export function statSpan(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `${g.int(2, 40)}.${g.int(0, 9)}% of the population`,
      `${g.int(300, 9000)} patients alive`,
      `${g.int(20, 900)} deceased`,
      `mean ${g.int(3, 30)}.${g.int(0, 9)} encounters per patient`,
      `${g.int(10, 400)},${g.digits(3)} encounters`,
    ]),
  );
}
