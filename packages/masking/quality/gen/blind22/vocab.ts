/**
 * Blind split 22's own dictionaries and value makers: clinical research, registries, public
 * health and pharmacy. SYNTHETIC DATA ONLY: names are recombined from invented lists, ids are
 * random, organisations are invented.
 */
import type { Gen } from '../context';
import { MONTHS } from '../dates';
import { keep, type Piece, phi, type Span, t } from '../fragment';
import { zipValue } from '../identifiers';
import type { Person } from '../people';

const FIRST_F = [
  'Maile',
  'Hodan',
  'Xiong Mai',
  'Oksana',
  'Nnenna',
  'Thuy',
  'Rosalind',
  'Ayesha',
  'Marisol',
  'Ingeborg',
  'Tsehay',
  'Leilani',
  'Graciela',
  'Dorcas',
  'Siobhan',
  'Yevgenia',
  'Paora',
  'Fenella',
  'Anahí',
  'Bettina',
  'Chidinma',
  'Lourdes',
  'Winnifred',
  'Kalani',
  'Zsófia',
  'Marguerite',
  'Adaeze',
  'Ysolde',
  'Noor',
  'Tamsin',
  'Evangelina',
  'Mercy',
];
const FIRST_M = [
  'Kaufusi',
  'Abdirahman',
  'Tou',
  'Bohdan',
  'Obiora',
  'Quang',
  'Thaddeus',
  'Imran',
  'Rigoberto',
  'Torsten',
  'Dawit',
  'Keoni',
  'Evaristo',
  'Lemuel',
  'Padraig',
  'Vasyl',
  'Wiremu',
  'Hamish',
  'Ulises',
  'Gottfried',
  'Ikechukwu',
  'Anselmo',
  'Cornelius',
  'Makoa',
  'Levente',
  'Jean-Rémy',
  'Babatunde',
  'Osric',
  'Faisal',
  'Lachlan',
  'Desmond',
  'Shadrach',
];
const LAST = [
  'Fonoti',
  'Warsame',
  'Vang',
  'Hrytsenko',
  'Okonkwo-Baines',
  'Trương',
  'Pettibone',
  'Siddiqui',
  'Arreola',
  'Brandvold',
  'Gebremedhin',
  'Kahananui',
  'Villaseñor',
  'Quarshie',
  "O'Dwyer",
  'Melnychuk',
  'Te Rangi',
  'Drummond-Hay',
  'Zamudio',
  'Oberholtzer',
  'Nwachukwu',
  'Bellweather',
  'de la Garza',
  'Akana',
  'Szalai',
  'Duplessis',
  'Adeyemi',
  'Thistlewood',
  'Rahimi',
  'McCorquodale',
  'Van Tassel',
  'Lindqvist',
  'Ferreira da Costa',
  'Ashdown',
  'Mbeki-Ross',
  'Haverkamp',
  'Yazzie',
  'Kowalczyk',
  'St. Onge',
  'Pomeroy',
];
const MIDDLE = ['Ann', 'Lee', 'Rose', 'James', 'Marie', 'Kay', 'Paul', 'Jo', 'Dean', 'Ruth', 'Noel', 'Faye'];

export function person22(g: Gen, minAge = 19, maxAge = 88): Person {
  const sex = g.chance(0.5) ? 'female' : 'male';
  const age = g.int(minAge, maxAge);
  return {
    first: g.pick(sex === 'female' ? FIRST_F : FIRST_M),
    middle: g.pick(MIDDLE),
    last: g.pick(LAST),
    sex,
    dob: new Date(Date.UTC(2025 - age, g.int(0, 11), g.int(1, 28))),
  };
}

/** A participant who is 90 or older in about a fifth of documents. */
export function subject22(g: Gen): Person {
  return g.chance(0.2) ? person22(g, 90, 101) : person22(g, 19, 88);
}

/** Letters only, accents dropped ("Trương" → "Truong"), as file and sample names carry names. */
export function asciiLetters(s: string): string {
  return s.normalize('NFD').replace(/[^A-Za-z]/g, '');
}

export function ageOf22(p: Person): number {
  return 2025 - p.dob.getUTCFullYear() - (p.dob.getUTCMonth() > 9 ? 1 : 0);
}

/** The age as written: PHI from 90 on, a keep string below. */
export function age22(p: Person): Span {
  const a = ageOf22(p);
  return a > 89 ? phi('age', String(a)) : keep('age_under_90', String(a));
}

type NameStyle =
  | 'full'
  | 'last_first'
  | 'upper_last_first'
  | 'caret'
  | 'lower'
  | 'last_only'
  | 'first_only'
  | 'first_mi_last'
  | 'initials3'
  | 'initial_last'
  | 'last_first_space';

export function nm(g: Gen, p: Person, style?: NameStyle): Span {
  const s =
    style ??
    g.pick<NameStyle>([
      'full',
      'full',
      'last_first',
      'upper_last_first',
      'first_mi_last',
      'initial_last',
      'lower',
      'last_first_space',
    ]);
  const v = ((): string => {
    switch (s) {
      case 'full':
        return `${p.first} ${p.last}`;
      case 'last_first':
        return `${p.last}, ${p.first}`;
      case 'upper_last_first':
        return `${p.last}, ${p.first}`.toUpperCase();
      case 'caret':
        return `${p.last}^${p.first}`.toUpperCase();
      case 'lower':
        return `${p.first} ${p.last}`.toLowerCase();
      case 'last_only':
        return p.last;
      case 'first_only':
        return p.first;
      case 'first_mi_last':
        return `${p.first} ${p.middle[0]} ${p.last}`;
      case 'initials3':
        return `${p.first[0]}${p.middle[0]}${p.last[0]}`.toUpperCase();
      case 'initial_last':
        return `${p.first[0]}. ${p.last}`;
      case 'last_first_space':
        return `${p.last} ${p.first}`.toUpperCase();
    }
  })();
  return phi('name', v, s);
}

/** A clinician, monitor, coordinator or pharmacist with a credential after the name. */
export function staffName(g: Gen, p: Person): Piece {
  return g.pick([
    () => t`${nm(g, p, 'full')}, ${g.pick(['MD', 'PharmD', 'RPh', 'CCRC', 'RN, BSN', 'MPH', 'PhD', 'CPhT'])}`,
    () => t`Dr. ${nm(g, p, 'last_only')}`,
    () => t`${nm(g, p, 'initial_last')} (${g.pick(['CRA', 'CRC', 'PI', 'Sub-I', 'epi'])})`,
    () => t`${nm(g, p, 'first_mi_last')} ${g.pick(['MD', 'DO', 'NP'])}`,
  ])();
}

const MON3 = MONTHS.map((m) => m.slice(0, 3).toUpperCase());
const pad = (n: number): string => String(n).padStart(2, '0');

/** A date as research, registry and pharmacy systems write them. */
export function dt(g: Gen, d: Date, form?: string): Span {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const forms: Record<string, () => string> = {
    us: () => `${pad(m + 1)}/${pad(day)}/${y}`,
    us_short: () => `${m + 1}/${day}/${String(y).slice(2)}`,
    iso: () => `${y}-${pad(m + 1)}-${pad(day)}`,
    edc: () => `${pad(day)}-${MON3[m]}-${y}`,
    edc_glued: () => `${pad(day)}${MON3[m]}${y}`,
    compact: () => `${y}${pad(m + 1)}${pad(day)}`,
    long: () => `${MONTHS[m]} ${day}, ${y}`,
    dmy_words: () => `${day} ${MONTHS[m]?.slice(0, 3)} ${y}`,
    slash_ymd: () => `${y}/${pad(m + 1)}/${pad(day)}`,
    dash_us: () => `${pad(m + 1)}-${pad(day)}-${y}`,
  };
  // Compact forms only where a system writes them, never picked at random for prose.
  const prose = Object.keys(forms).filter((f) => f !== 'compact' && f !== 'edc_glued');
  const name = form && forms[form] ? form : g.pick(prose);
  return phi('date', (forms[name] as () => string)(), name);
}

/** A partial CRF date: unknown day ("UN-MAR-2024", "UNK/03/2024") or month and year. */
export function partialDate(g: Gen, d: Date): Span {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  return g.pick([
    () => phi('date', `UN-${MON3[m]}-${y}`, 'partial_un'),
    () => phi('date', `UNK/${pad(m + 1)}/${y}`, 'partial_unk'),
    () => phi('date', `${pad(m + 1)}/${y}`, 'month_year'),
    () => phi('date', `${MONTHS[m]} ${y}`, 'month_year_words'),
  ])();
}

export function studyDate(g: Gen): Date {
  return new Date(Date.UTC(g.int(2023, 2025), g.int(0, 11), g.int(1, 28)));
}

export function plusDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

const STREETS = [
  'Quillfeather Rd',
  'Old Tannery Ln',
  'Bramblewood Ct',
  'Kestrel Ridge Dr',
  'Wicklow St',
  'Pohaku Pl',
  'Sandhill Crane Way',
  'N Millrace Ave',
  'Cobbler Row',
  'Farrowdale Blvd',
  'Juniper Hollow Rd',
  'E Lamplighter St',
  'Ironweed Ter',
  'Marchbank Ave',
  'Saltgrass Loop',
  'Owl Creek Pkwy',
];
const CITIES = [
  'Caldera Springs',
  'North Pellham',
  'Vossburg',
  'Lake Tillery',
  'Marrowstone',
  'Haverfield',
  'Port Ansel',
  'Eastbrook Falls',
  'Quimper Bay',
  'Sulphur Flats',
  'Ridgeholm',
  'Kanealoa',
  'Westmoreland Heights',
  'Dunmore Crossing',
];
const COUNTIES = [
  'Tillery County',
  'Ansel County',
  'Marrow Parish',
  'Hollis County',
  'Pellham County',
  'Greywater County',
  'Cinder Borough',
];
const STATES = ['OR', 'NM', 'MN', 'GA', 'HI', 'WI', 'ME', 'AZ', 'KY', 'VT', 'ND', 'NC'];

export interface Addr22 {
  street: Span;
  city: Span;
  county: Span;
  state: string;
  zip: Span;
}

export function addr22(g: Gen): Addr22 {
  const num = String(g.int(3, 29_999));
  const unit = g.chance(0.25)
    ? g.pick([` Apt ${g.int(1, 40)}`, ` #${g.int(100, 999)}`, ` Unit ${g.letters(1)}`])
    : '';
  const street = g.chance(0.1) ? `PO Box ${g.int(10, 9999)}` : `${num} ${g.pick(STREETS)}${unit}`;
  return {
    street: phi('street_address', street),
    city: phi('geo', g.pick(CITIES), 'city'),
    county: phi('geo', g.pick(COUNTIES), 'county'),
    state: g.pick(STATES),
    zip: zipValue(g),
  };
}

export function addrLine(g: Gen, a: Addr22): Piece {
  return g.pick([
    () => t`${a.street}, ${a.city}, ${a.state} ${a.zip}`,
    () => t`${a.street}\n${a.city} ${a.state}  ${a.zip}`,
    () => t`${a.street} ${a.city} ${a.state} ${a.zip}`,
  ])();
}

/** Study subject / participant id (other_id). */
export function subjectId(g: Gen): Span {
  return g.pick([
    () => phi('other_id', `${g.int(1, 9)}${g.digits(2)}-${g.digits(4)}`, 'subject_site_seq'),
    () => phi('other_id', `SUBJ-${g.digits(2)}-${g.digits(3)}`, 'subject_prefixed'),
    () => phi('other_id', `${g.letters(3)}${g.int(1, 9)}${g.digits(2)}-${g.digits(3)}`, 'subject_protocol'),
    () => phi('other_id', `P${g.digits(5)}`, 'participant'),
  ])();
}

/** REDCap-like record id: a small number, bare. */
export function recordId(g: Gen): Span {
  return phi('other_id', String(g.int(1, 480)), 'record_id');
}

/** Specimen, aliquot and biobank barcodes (other_id). */
export function specimenId(g: Gen): Span {
  return g.pick([
    () =>
      phi(
        'other_id',
        `BB${g.int(23, 25)}-${g.digits(6)}-${g.pick(['PL', 'SR', 'BC', 'DNA', 'FFPE'])}`,
        'specimen_bb',
      ),
    () => phi('other_id', `SPM${g.digits(7)}`, 'specimen_spm'),
    () => phi('other_id', `${g.letters(2)}${g.digits(8)}`, 'specimen_barcode'),
    () => phi('other_id', `${g.digits(10)}.${g.int(1, 9)}`, 'aliquot'),
  ])();
}

/** Laboratory accession numbers (other_id). */
export function accession(g: Gen): Span {
  return g.pick([
    () => phi('other_id', `${g.letters(1)}${g.int(23, 25)}-${g.digits(6)}`, 'acc_letter'),
    () => phi('other_id', `${g.int(23, 25)}${g.pick(['ELR', 'MB', 'SQ', 'CY'])}${g.digits(7)}`, 'acc_dept'),
    () => phi('other_id', `ACC${g.digits(9)}`, 'acc_prefixed'),
  ])();
}

/** Prescription numbers (other_id). */
export function rxNumber(g: Gen): Span {
  return g.pick([
    () => phi('other_id', g.digits(7), 'rx7'),
    () => phi('other_id', `${g.digits(7)}-${g.digits(2)}`, 'rx_refill'),
    () => phi('other_id', `RX${g.digits(8)}`, 'rx_prefixed'),
  ])();
}

/** Public health case, outbreak, registry and claim numbers (other_id). */
export function caseNumber(g: Gen): Span {
  return g.pick([
    () => phi('other_id', `${g.int(2023, 2025)}-${g.letters(2)}-${g.digits(6)}`, 'case_year'),
    () => phi('other_id', `CI${g.digits(8)}`, 'case_ci'),
    () => phi('other_id', `OB-${g.digits(4)}-${g.digits(3)}`, 'outbreak_case'),
    () => phi('other_id', `TR${g.int(23, 25)}${g.digits(5)}`, 'registry_acc'),
  ])();
}

export function claimNumber(g: Gen): Span {
  return phi('other_id', `${g.int(23, 25)}${g.digits(3)}${g.digits(9)}`, 'pbm_claim');
}

export function iisId(g: Gen): Span {
  return phi('other_id', `${g.digits(4)}${g.digits(6)}`, 'iis_id');
}

export function memberId22(g: Gen): Span {
  return g.pick([
    () => phi('health_plan', `${g.letters(3)}${g.digits(8)}`, 'member_prefix'),
    () => phi('health_plan', `${g.digits(9)}0${g.int(1, 3)}`, 'member_person_code'),
    () => phi('health_plan', `ZX${g.letters(1)}${g.digits(7)}`, 'member_zx'),
  ])();
}

export function pharmacyAccount(g: Gen): Span {
  return g.pick([
    () => phi('account', `PT${g.digits(7)}`, 'pharm_pt'),
    () => phi('account', `${g.digits(3)}-${g.digits(6)}`, 'pharm_dash'),
    () => phi('account', g.digits(8), 'pharm_digits'),
  ])();
}

// ---- keep vocabularies -------------------------------------------------------------------

/** Drugs with doses and directions that go with them. */
const DRUGS: readonly [string, string[], string[]][] = [
  ['olaparib', ['300 mg', '150 mg'], ['PO BID']],
  ['selpercatinib', ['160 mg', '120 mg'], ['PO BID']],
  ['obicetrapib', ['10 mg'], ['PO daily']],
  ['lenacapavir', ['927 mg', '300 mg'], ['SC q6mo', 'PO']],
  ['nirmatrelvir/ritonavir', ['300 mg/100 mg'], ['PO BID x 5 days']],
  ['bedaquiline', ['400 mg', '200 mg'], ['PO daily', 'PO TIW']],
  ['ganfeborole', ['5 mg'], ['PO daily']],
  ['tecovirimat', ['600 mg'], ['PO q12h x 14 days']],
  ['zilebesiran', ['300 mg'], ['SC q6mo']],
  ['aficamten', ['5 mg', '10 mg'], ['PO daily']],
  ['ublituximab', ['150 mg', '450 mg'], ['IV infusion']],
  ['seltorexant', ['20 mg'], ['PO qHS']],
  ['buprenorphine ER inj', ['300 mg', '100 mg'], ['SC monthly']],
  ['naltrexone ER', ['380 mg'], ['IM monthly']],
  ['serdexmethylphenidate/dexmethylphenidate', ['39.2 mg/7.8 mg'], ['PO qAM']],
  ['oxycodone/APAP', ['5 mg/325 mg', '10 mg/325 mg'], ['PO q6h PRN pain']],
  ['levorphanol', ['2 mg'], ['PO q6h PRN']],
  ['etanercept-szzs', ['50 mg/mL'], ['SC weekly']],
  ['adalimumab-adaz', ['40 mg/0.4 mL'], ['SC every 14 days']],
  ['ustekinumab-auub', ['45 mg/0.5 mL', '90 mg/mL'], ['SC q8wk']],
  ['tirzepatide pen', ['2.5 mg/0.5 mL', '7.5 mg/0.5 mL'], ['SC weekly']],
  ['dupilumab PFS', ['300 mg/2 mL'], ['SC q2wk']],
  ['emicizumab', ['3 mg/kg', '1.5 mg/kg'], ['SC weekly']],
  ['vatiquinone', ['400 mg'], ['PO TID w/ food']],
  ['islatravir', ['0.75 mg'], ['PO daily']],
  ['nusinersen', ['12 mg/5 mL'], ['IT loading', 'IT q4mo']],
  ['ivacaftor/tezacaftor/elexacaftor', ['100 mg/50 mg/75 mg'], ['2 tabs PO qAM w/ fat-containing food']],
  ['tebipenem pivoxil', ['600 mg'], ['PO q8h']],
  ['acoziborole', ['960 mg'], ['PO once']],
];

export function drug22(g: Gen): Span {
  const [name, doses, sigs] = g.pick(DRUGS);
  const sig = g.chance(0.6) ? ` ${g.pick(sigs)}` : '';
  return keep('drug_dose', `${name} ${g.pick(doses)}${sig}`);
}

export function drugName22(g: Gen): Span {
  return keep('drug_dose', g.pick(DRUGS)[0], 'name_only');
}

const LABS: [string, number, number, number, string][] = [
  ['ALT', 8, 240, 0, 'U/L'],
  ['eGFR', 18, 120, 0, 'mL/min/1.73m2'],
  ['ANC', 0.3, 8, 1, 'x10^9/L'],
  ['CD4', 40, 1100, 0, 'cells/uL'],
  ['HIV-1 RNA', 20, 90_000, 0, 'copies/mL'],
  ['QTcF', 380, 510, 0, 'ms'],
  ['serum Cr', 0.5, 3.4, 2, 'mg/dL'],
  ['Ct value', 14, 38, 1, ''],
  ['HbA1c', 5.1, 11.8, 1, '%'],
  ['troponin I', 2, 900, 0, 'ng/L'],
  ['CK', 40, 4200, 0, 'U/L'],
  ['total bilirubin', 0.2, 4.1, 1, 'mg/dL'],
  ['blood lead', 1, 48, 1, 'ug/dL'],
  ['MME', 10, 240, 0, 'mg/day'],
];

export function lab22(g: Gen): Span {
  const [name, lo, hi, dec, unit] = g.pick(LABS);
  const v = g.f.number.float({ min: lo, max: hi }).toFixed(dec);
  return keep('lab_value', unit ? `${name} ${v} ${unit}` : `${name} ${v}`);
}

const CODES: [string, string[]][] = [
  [
    'MedDRA',
    ['10050953', '10028813', '10061623', '10029354', '10043554', '10012735', '10016256', '10022437'],
  ],
  [
    'NDC',
    ['0310-1340-10', '72205-0023-01', '59148-0072-90', '0074-0124-30', '61958-2501-01', '0169-4130-13'],
  ],
  ['CVX', ['CVX 300', 'CVX 308', 'CVX 229', 'CVX 150', 'CVX 197', 'CVX 133']],
  ['HGVS', ['c.5266dupC', 'c.1521_1523delCTT', 'p.Gly12Cys', 'c.68_69delAG', 'p.Val600Glu', 'c.3846G>A']],
  ['ICD-O-3', ['8140/3', '8500/3', '8070/3', '9680/3', '8720/3']],
  ['rsID', ['rs113993960', 'rs80357906', 'rs121908745', 'rs429358', 'rs7412']],
  ['ICD-10-CM', ['T40.4X1A', 'F11.93', 'Z20.822', 'S32.592A', 'C50.811', 'E84.19', 'G12.1', 'I42.8']],
  ['HCPCS', ['J9271', 'J0172', 'J1950', 'Q5103', 'J3490']],
  ['ICD-10-CM external cause', ['V43.54XA', 'V47.6XXA', 'V89.2XXA', 'W19.XXXA', 'V29.49XA']],
];

/** Reportable conditions with their ICD-10-CM codes. */
export const CONDITIONS: readonly [string, string][] = [
  ['Tuberculosis', 'A15.7'],
  ['Measles', 'B05.9'],
  ['Mpox', 'B04'],
  ['Shiga toxin-producing E. coli', 'A04.3'],
  ['Pertussis', 'A37.00'],
  ['Candida auris infection', 'B37.84'],
  ['Lead poisoning', 'T56.0X1A'],
];

export function condition22(g: Gen): [string, Span] {
  const [name, code] = g.pick(CONDITIONS);
  return [name, keep('clinical_code', code, 'ICD-10-CM')];
}

export function code22(g: Gen, system?: string): Span {
  const entry = system ? CODES.find(([s]) => s === system) : g.pick(CODES);
  const [sys, list] = entry ?? (CODES[0] as [string, string[]]);
  return keep('clinical_code', g.pick(list), sys);
}

const EPONYMS: Record<string, string[]> = {
  causality: ['Naranjo', 'WHO-UMC', 'Karch-Lasagna'],
  stats: [
    'Kaplan-Meier',
    'Mann-Whitney',
    'Kruskal-Wallis',
    'Fisher exact',
    'Wilcoxon signed-rank',
    'Bonferroni',
  ],
  genomics: ['Hardy-Weinberg', 'Sanger', 'Phred'],
  staging: ['Breslow', 'Fuhrman grade', 'Gleason', 'Karnofsky', 'Ann Arbor'],
  trauma: ['Abbreviated Injury Scale', 'Glasgow', 'Clavien-Dindo'],
  exam: ['Kernig', 'Tanner stage', 'Brudzinski'],
};
export function eponym22(g: Gen, role?: keyof typeof EPONYMS): Span {
  return keep('eponym', g.pick(EPONYMS[role ?? g.pick(Object.keys(EPONYMS))] ?? []));
}

const DEVICES: Record<string, string[]> = {
  sequencer: ['NovaSeq X Plus', 'MiSeqDx', 'NextSeq 2000', 'Element AVITI'],
  lab: [
    'QIAsymphony SP',
    'Hamilton Microlab STAR',
    'GeneXpert Infinity-48s',
    'Tecan Fluent 1080',
    'Biomek i7',
    'Covaris ME220',
  ],
  freezer: ['Eppendorf CryoCube F570h', 'Thermo TSX600', 'BioStore III Cryo'],
  pharmacy: [
    'Omnicell XT Cabinet',
    'ScriptPro SP 200',
    'Parata Max 2',
    'Pyxis MedStation ES',
    'Baxa ExactaMix 2400',
  ],
  wearable: ['ActiGraph GT9X Link', 'Sibionics GS1', 'Polar Verity Sense', 'Empatica EmbracePlus'],
  implant: ['Biotronik Amvia Edge DR-T', 'MicroPort Alizea DR', 'Abbott HeartMate 3'],
  tube: ['BD Vacutainer PAXgene', 'Streck Cell-Free DNA BCT'],
};
export function device22(g: Gen, role?: keyof typeof DEVICES): Span {
  return keep('device_name', g.pick(DEVICES[role ?? g.pick(Object.keys(DEVICES))] ?? []));
}

const ORGS: Record<string, string[]> = {
  sponsor: [
    'Quillon Therapeutics, Inc.',
    'Amberlea Oncology Group',
    'Harrowgate Clinical Research',
    'Varden & Holt CRO',
  ],
  hospital: [
    'St. Brendan of the Dunes Medical Center',
    'Bluestem Regional Trauma Center',
    'Marrowstone Valley Hospital',
  ],
  lab: ['Northwind Reference Laboratories', 'Greyfriars Genomics Core', 'Pellucid Biobank Consortium'],
  pharmacy: ['Ostrander Specialty Pharmacy', 'Meridale Compounding Pharmacy', 'Kettleby Apothecary #114'],
  payer: ['Calyx Ridge PBM', 'Sandpiper Health Plan', 'Trident Benefit Administrators'],
  publicHealth: [
    'Tillery County Health Department',
    'Coastal Plains Immunization Information System',
    'Lakemont State Prescription Monitoring Program',
    'State Cancer Registry of Lakemont',
  ],
  irb: ['Sundial Institutional Review Board', 'Cresset IRB, LLC'],
};
export function org22(g: Gen, role?: keyof typeof ORGS): Span {
  return keep('organization', g.pick(ORGS[role ?? g.pick(Object.keys(ORGS))] ?? []));
}

const STATS: Record<string, (g: Gen) => string> = {
  trial: (g) =>
    `HR ${(g.int(40, 120) / 100).toFixed(2)} (95% CI ${(g.int(30, 60) / 100).toFixed(2)}-${(g.int(90, 140) / 100).toFixed(2)})`,
  pvalue: (g) => `p = 0.0${g.digits(2)}`,
  n: (g) => `n = ${g.int(40, 2400)}`,
  enrolment: (g) => `${g.int(80, 330)}/${g.int(340, 400)} enrolled (${g.int(20, 97)}%)`,
  outbreak: (g) => `attack rate ${g.int(2, 40)}.${g.int(0, 9)}%`,
  r0: (g) => `R0 ${(g.int(9, 30) / 10).toFixed(1)}`,
  contacts: (g) => `${g.int(1, 40)} of ${g.int(41, 90)} contacts symptomatic`,
  coverage: (g) => `mean coverage ${g.int(30, 250)}x`,
  q30: (g) => `Q30 ${g.int(85, 96)}.${g.int(0, 9)}%`,
  titv: (g) => `Ti/Tv ${(g.int(195, 215) / 100).toFixed(2)}`,
  pdc: (g) => `PDC ${g.int(40, 99)}%`,
  accuracy: (g) => `within ${g.int(1, 5)}.${g.int(0, 9)}% of target weight`,
};
const STAT_ROLES: Record<string, string[]> = {
  trial: ['trial', 'pvalue', 'n', 'enrolment'],
  outbreak: ['outbreak', 'r0', 'contacts', 'n'],
  genomics: ['coverage', 'q30', 'titv'],
  enrolment: ['enrolment'],
  adherence: ['pdc'],
  compounding: ['accuracy'],
};
export function stat22(g: Gen, role?: keyof typeof STAT_ROLES): Span {
  const names = role ? (STAT_ROLES[role] ?? []) : Object.keys(STATS);
  return keep('statistic', (STATS[g.pick(names)] as (g: Gen) => string)(g));
}

export function version22(g: Gen, role?: 'vcf' | 'hl7'): Span {
  if (role === 'vcf') return keep('version', `VCFv4.${g.int(1, 3)}`);
  if (role === 'hl7') return keep('version', g.pick(['2.5.1', '2.3.1', '2.8']));
  return keep(
    'version',
    g.pick([
      () => `${g.int(13, 15)}.${g.int(0, 9)}.${g.int(0, 30)}`,
      () => `v${g.int(1, 6)}.${g.int(0, 9)}`,
      () => `4.${g.int(2, 6)}.${g.int(0, 1)}.0`,
      () => `${g.int(1, 9)}.${g.int(0, 12)}.${g.int(0, 40)}`,
    ])(),
  );
}

export function ts22(g: Gen): Span {
  const d = new Date(
    Date.UTC(2025, g.int(0, 10), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59), g.int(0, 999)),
  );
  return keep(
    'timestamp',
    g.pick([
      () => d.toISOString(),
      () => d.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      () => d.toISOString().replace('T', ' ').slice(0, 19),
      () => String(Math.floor(d.getTime() / 1000)),
    ])(),
  );
}

export function year22(g: Gen): Span {
  return keep('year', String(g.int(1998, 2025)));
}

export function protocolNo(g: Gen): string {
  return g.pick(['QTX-401-02', 'HCR-2219', 'PBC-ONC-07', 'VH-1183-301', 'NW-GEN-14']);
}
