/**
 * Word lists and value makers of blind split 37: an evaluator's even coverage of every Safe
 * Harbor identifier type. Names, places and organisations are invented. SYNTHETIC DATA ONLY.
 */
import { deaFromParts, npiFromBase, VIN_ALPHABET, vinWithCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { type Frag, keep, type Piece, phi, type Span, t } from '../fragment';
import { ssn } from '../identifiers';

export const GIVEN = [
  'Ardella',
  'Bexley',
  'Corwin',
  'Delphine',
  'Emmerich',
  'Fenna',
  'Gideon',
  'Halloran',
  'Iolanthe',
  'Jessamy',
  'Kestrel',
  'Lorcan',
  'Marisol',
  'Nevin',
  'Odalys',
  'Percival',
  'Quenby',
  'Rosalind',
  'Sorrell',
  'Tamsin',
  'Ulysses',
  'Verity',
  'Wendell',
  'Xiomara',
  'Yardley',
  'Zinnia',
  'Anselm',
  'Briony',
  'Cyprian',
  'Dulcie',
  'Eamon',
  'Florian',
  'Greer',
  'Hollis',
  'Ines',
  'Jubal',
  'Kerensa',
  'Linus',
  'Mirabel',
  'Nolan',
  'Ottilie',
  'Pascoe',
  'Rhiannon',
  'Severin',
  'Thaddeus',
  'Undine',
  'Vaughn',
  'Winifred',
  'Alaric',
  'Berenice',
  'Caspian',
  'Davina',
  'Ephraim',
  'Fidelma',
  'Gareth',
  'Hermione',
  'Isidore',
  'Jolene',
  'Kenrick',
  'Leontyne',
  'Mungo',
  'Nerissa',
  'Orrin',
  'Philippa',
] as const;

export const SURNAMES = [
  'Ashgrove',
  'Bellweather',
  'Calloway',
  'Dunmore',
  'Eskridge',
  'Fairbanks',
  'Galbraith',
  'Hollingsworth',
  'Ingleby',
  'Jessop',
  'Kettering',
  'Lockhart',
  'Merriweather',
  'Northcott',
  'Ormsby',
  'Pendergast',
  'Quarles',
  'Rutledge',
  'Stanhope',
  'Thornbury',
  'Underhill',
  'Vandermeer',
  'Whitcombe',
  'Yarborough',
  'Abernathy',
  'Blackwood',
  'Cresswell',
  'Drummond',
  'Elsworth',
  'Fenwick',
  'Grimsby',
  'Hartigan',
  'Iverson',
  'Jardine',
  'Kilbride',
  'Larkspur',
  'Mossberg',
  'Nettleton',
  'Oakhurst',
  'Prescott',
  'Radcliffe',
  'Sedgwick',
  'Tolliver',
  'Upshaw',
  'Vickery',
  'Wainwright',
  'Youngblood',
  'Zeller',
  'Okonkwo-Reyes',
  "O'Halloran",
  'McQuarrie',
  'DeLacroix',
  'Van Tassel',
  'Szymanski',
  'Nakashima',
  'Thibodeaux',
  'Haverford',
  'Quillen',
  'Brightwater',
  'Castellanos',
  'Duquesne',
  'Marchetti',
] as const;

export const STREETS = [
  'Alder Crest',
  'Bramblewood',
  'Cinder Hollow',
  'Dovetail',
  'Elm Knoll',
  'Foxglove',
  'Granite Ridge',
  'Heron Pond',
  'Ironwood',
  'Juniper Bluff',
  'Kingfisher',
  'Lantern Hill',
  'Millrace',
  'Nightingale',
  'Orchard Gate',
  'Pinecrest Hollow',
  'Quarry Bend',
  'Ravenswood',
  'Saddlebrook',
  'Tinker Creek',
  'Wexford Glen',
  'Willow Marsh',
  'Copper Kettle',
  'Bluestem',
] as const;
export const STREET_TYPES = [
  'St',
  'Street',
  'Ave',
  'Avenue',
  'Rd',
  'Road',
  'Ln',
  'Lane',
  'Dr',
  'Ct',
  'Way',
  'Blvd',
  'Pkwy',
  'Trl',
] as const;
export const UNITS = ['Apt', 'Apt.', 'Unit', 'Suite', 'Ste', '#', 'Lot', 'Bldg'] as const;

export const TOWNS = [
  'Marrowbridge',
  'Quillfield',
  'Ashcombe Falls',
  'Dorrington',
  'Hazelmere',
  'Kettle Springs',
  'Lower Tamsbury',
  'New Carrick',
  'Oxbow Junction',
  'Pelham Ridge',
  'Rookwood',
  'Sallow Creek',
  'Thistlebrook',
  'Vantage Point',
  'West Hollister',
  'Windle Harbor',
  'Brackenfield',
  'Cobble Hill',
  'Elderport',
  'Fennimore Bay',
  'Glenross',
  'Harrowgate',
  'Iron Mountain Springs',
  'Larchmont Bend',
] as const;
export const COUNTIES = [
  'Tamsbury County',
  'Carrick County',
  'Oxbow County',
  'Hollister Parish',
  'Brackenridge County',
  'Fennimore County',
  'Glenross County',
  'Quill County',
  'Marrow County',
  'Windle County',
] as const;
export const STATES = [
  'OH',
  'PA',
  'TX',
  'CA',
  'NY',
  'MI',
  'GA',
  'NC',
  'WA',
  'MN',
  'IL',
  'AZ',
  'CO',
  'VA',
  'TN',
  'WI',
] as const;
export const STATE_NAMES = [
  'Ohio',
  'Pennsylvania',
  'Texas',
  'California',
  'New York',
  'Michigan',
  'Georgia',
  'Oregon',
  'Kentucky',
  'Iowa',
] as const;

export const ORGS = [
  'Marrowbridge Regional Medical Center',
  'Quillfield Community Hospital',
  'St. Aurelia Health System',
  'Hazelmere Orthopedic Institute',
  'Kettle Springs Family Practice',
  'Northcott Heart & Vascular',
  'Bluestem Health Plan',
  'Tamsbury Mutual Insurance',
  'Carrick Valley Medicaid Partners',
  'Keystone Crest Health Alliance',
  'Oxbow Durable Medical Supply',
  'Pelham Ridge Ambulance Service',
  'Windle Harbor Behavioral Health',
  'Larchmont Bend Dialysis Center',
  'Glenross Imaging Associates',
  'Sallow Creek Rehabilitation Hospital',
  'Elderport Telehealth Network',
  'Fennimore Bay Pharmacy',
] as const;

export const CLINIC_TITLES = [
  'MD',
  'DO',
  'NP',
  'PA-C',
  'RN',
  'CNM',
  'DPM',
  'MD, FACC',
  'RN, BSN',
  'LCSW',
] as const;
export const RELATIONS = [
  'daughter',
  'son',
  'spouse',
  'wife',
  'husband',
  'niece',
  'nephew',
  'granddaughter',
  'brother',
  'sister',
  'guardian',
  'partner',
] as const;

/** Drugs with a brand in parentheses; the part before the dose is this split's own. */
export const DRUGS: readonly [string, readonly string[]][] = [
  ['sebetralstat (Ekterly)', ['300 mg at attack onset']],
  ['fezolinetant (Veozah)', ['45 mg once daily']],
  ['vericiguat (Verquvo)', ['2.5 mg daily', '5 mg daily', '10 mg daily']],
  ['mavacamten (Camzyos)', ['5 mg daily', '10 mg daily']],
  ['bempedoic acid (Nexletol)', ['180 mg daily']],
  ['tenapanor (Ibsrela)', ['50 mg BID']],
  ['vonoprazan (Voquezna)', ['20 mg daily', '10 mg daily']],
  ['deucravacitinib (Sotyktu)', ['6 mg daily']],
  ['sparsentan (Filspari)', ['200 mg daily', '400 mg daily']],
  ['daprodustat (Jesduvroq)', ['4 mg daily', '8 mg daily']],
  ['zuranolone (Zurzuvae)', ['50 mg nightly']],
  ['ritlecitinib (Litfulo)', ['50 mg daily']],
  ['lumateperone (Caplyta)', ['42 mg at bedtime']],
  ['aprocitentan (Tryvio)', ['12.5 mg daily']],
  ['sotagliflozin (Inpefa)', ['200 mg daily', '400 mg daily']],
  ['inclisiran (Leqvio)', ['284 mg SC every 6 months']],
  ['resmetirom (Rezdiffra)', ['80 mg daily', '100 mg daily']],
  ['olezarsen (Tryngolza)', ['80 mg SC monthly']],
];

export const EPONYMS = [
  'Kikuchi histiocytic necrotizing lymphadenitis',
  'Erdheim-Chester histiocytosis',
  'Rosai-Dorfman disease of the skin',
  'Tolosa-Hunt ophthalmoplegia',
  'Melkersson-Rosenthal triad',
  'Susac retinocochleocerebral syndrome',
  'Kienbock avascular necrosis',
  'Freiberg infraction of the second metatarsal',
  'Sever calcaneal apophysitis',
  'Bertolotti lumbosacral transition',
  'Gitelman tubulopathy',
  'Wellens T-wave pattern',
  'de Winter precordial ST pattern',
  'Osborn J waves',
  'Trousseau migratory thrombophlebitis',
  'Charcot neuroarthropathy of the midfoot',
  'Hamman-Rich interstitial pneumonia',
  'Mondor thrombophlebitis of the chest wall',
  'Morel-Lavallee lesion',
  'Segond avulsion fracture',
  'Stener lesion of the thumb',
  'Maisonneuve proximal fibula fracture',
] as const;

export const DEVICE_NAMES = [
  'Medtronic Azure XT DR MRI SureScan W1DR01',
  'Abbott Gallant HF CRT-D CDHFA500Q',
  'Boston Scientific LUX-Dx II+ ICM',
  'Boston Scientific Accolade MRI EL DR L331',
  'Tandem t:slim X2 with Control-IQ+ 1.2',
  'Insulet Omnipod 5 Pod (G7 compatible)',
  'ResMed AirSense 11 AutoSet Card-to-Cloud',
  'Philips DreamStation 2 Auto CPAP Advanced',
  'Inspire IV 3028 IPG',
  'Zimmer Biomet Persona CR knee tibial plate',
  'Stryker Triathlon TS femoral component',
  'Abbott FreeStyle Libre 3 Plus sensor',
  'Medtronic LINQ II LNQ22 ICM',
  'Biotronik Enitra 8 HF-T QP',
  'Invacare TDX SP2 power wheelchair',
  'Sunrise Quickie Q700-UP M',
  'Nevro Senza Omnia IPG',
  'Cochlear Nucleus 8 Sound Processor CP1150',
] as const;

/** ICD-10-CM, CPT, HCPCS, LOINC and SNOMED codes this split writes. */
export const CODES = [
  'Y92.238',
  'Z96.89',
  'Z45.010',
  'T82.110A',
  'T85.614A',
  'M92.522',
  'S72.142A',
  'Y93.C2',
  'V48.5XXD',
  'Y92.481',
  'Z02.89',
  'S42.295G',
  'S52.572D',
  'E10.649',
  'M84.374A',
  'Z97.14',
  'Z94.81',
  'T82.7XXS',
  'M80.052A',
  'CPT 33208',
  'CPT 0515T',
  'CPT 95251',
  'CPT 98976',
  'CPT 93294',
  'CPT 27447',
  'HCPCS E0601',
  'HCPCS K0823',
  'HCPCS E1390',
  'HCPCS A4253',
  'HCPCS L3960',
  'LOINC 62292-8',
  'LOINC 33914-3',
  'LOINC 89579-7',
  'SNOMED 441509002',
  'SNOMED 704127001',
] as const;

export const VERSIONS = [
  'v4.12.3',
  'build 2025.06.1',
  'FHIR R4 4.0.1',
  'API v2.7',
  'firmware 3.4.18',
  'release 11.2.0-rc2',
  'schema 1.9',
  'app 8.40.2 (1187)',
] as const;

export const BOARD_CERTS = ['ABIM', 'ABFM', 'ABEM', 'ABS', 'ABPN', 'ABR'] as const;

export class V {
  constructor(readonly g: Gen) {}

  given(): string {
    return this.g.pick(GIVEN);
  }
  surname(): string {
    return this.g.pick(SURNAMES);
  }

  /** A person: their parts and several written forms. */
  person(): P {
    return new P(this.g, this.given(), this.surname(), this.g.letters(1));
  }

  town(): Span {
    return phi('geo', this.g.pick(TOWNS));
  }
  county(): Span {
    return phi('geo', this.g.pick(COUNTIES));
  }
  state(): string {
    return this.g.pick(STATES);
  }
  zip(): Span {
    const five = `${this.g.int(1, 9)}${this.g.digits(4)}`;
    return this.g.chance(0.35) ? phi('zip', `${five}-${this.g.digits(4)}`, 'zip4') : phi('zip', five, 'zip5');
  }

  street(): Span {
    const g = this.g;
    const r = g.int(0, 9);
    if (r === 0) return phi('street_address', `PO Box ${g.int(12, 9899)}`, 'pobox');
    if (r === 1) return phi('street_address', `P.O. Box ${g.int(12, 999)}`, 'pobox');
    if (r === 2)
      return phi(
        'street_address',
        `${g.pick(['RR', 'Rural Route', 'R.R.'])} ${g.int(1, 9)} Box ${g.int(10, 299)}`,
        'rr',
      );
    const base = `${g.int(2, 29999)} ${g.chance(0.2) ? `${g.pick(['N', 'S', 'E', 'W', 'NE'])} ` : ''}${g.pick(STREETS)} ${g.pick(STREET_TYPES)}`;
    if (g.chance(0.4)) {
      const u = g.pick(UNITS);
      return phi(
        'street_address',
        `${base}${g.chance(0.5) ? ',' : ''} ${u}${u === '#' ? '' : ' '}${g.int(1, 40)}${g.chance(0.4) ? g.letters(1, 'ABCDEF') : ''}`,
        'unit',
      );
    }
    return phi('street_address', base, 'street');
  }

  /** Street, town, state ZIP on one line or two. */
  address(sep = ', '): Frag {
    return t`${this.street()}${sep}${this.town()}, ${this.state()} ${this.zip()}`;
  }

  org(): Span {
    return keep('organization', this.g.pick(ORGS));
  }

  /** A date of some recent year (visits, admissions). */
  recent(): Date {
    return new Date(Date.UTC(this.g.int(2022, 2025), this.g.int(0, 11), this.g.int(1, 28)));
  }
  birth(old = false): Date {
    return new Date(
      Date.UTC(old ? this.g.int(1926, 1935) : this.g.int(1938, 2008), this.g.int(0, 11), this.g.int(1, 28)),
    );
  }

  /** A date in one of many spellings. */
  date(d: Date, form?: string): Span {
    const g = this.g;
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    const p = (n: number): string => String(n).padStart(2, '0');
    const mon = MONTHS[m - 1] as string;
    const ab = mon.slice(0, 3);
    const forms: Record<string, () => string> = {
      us: () => `${p(m)}/${p(day)}/${y}`,
      us_short: () => `${m}/${day}/${y}`,
      us_2y: () => `${m}/${day}/${String(y).slice(2)}`,
      dash: () => `${p(m)}-${p(day)}-${y}`,
      dot: () => `${p(m)}.${p(day)}.${y}`,
      iso: () => `${y}-${p(m)}-${p(day)}`,
      long: () => `${mon} ${day}, ${y}`,
      long_nocomma: () => `${mon} ${day} ${y}`,
      abbr: () => `${ab} ${day}, ${y}`,
      abbr_dot: () => `${ab === 'May' ? 'May' : `${ab}.`} ${day}, ${y}`,
      dmy: () => `${day} ${ab} ${y}`,
      dmy_long: () => `${day} ${mon} ${y}`,
      ord: () => `${mon} ${ordinal(day)}, ${y}`,
      ord_of: () => `${ordinal(day)} of ${mon} ${y}`,
      upper: () => `${p(day)}-${ab.toUpperCase()}-${y}`,
      compact: () => `${y}${p(m)}${p(day)}`,
    };
    const name = form && forms[form] ? form : g.pick(Object.keys(forms).filter((k) => k !== 'compact'));
    return phi('date', (forms[name] as () => string)(), name);
  }

  /** A month and year tied to a person ("Mar 2019", "March of 2019", "03/2019"). */
  monthYear(d: Date): Span {
    const mon = MONTHS[d.getUTCMonth()] as string;
    const y = d.getUTCFullYear();
    return phi(
      'date',
      this.g.pick([
        `${mon.slice(0, 3)} ${y}`,
        `${mon} ${y}`,
        `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${y}`,
        `${mon} of ${y}`,
      ]),
      'month_year',
    );
  }

  /** A date without a year ("March 4th", "3/4"). */
  dayMonth(d: Date): Span {
    const mon = MONTHS[d.getUTCMonth()] as string;
    return phi(
      'date',
      this.g.pick([
        `${mon} ${ordinal(d.getUTCDate())}`,
        `${d.getUTCMonth() + 1}/${d.getUTCDate()}`,
        `${mon.slice(0, 3)} ${d.getUTCDate()}`,
      ]),
      'day_month',
    );
  }

  year(d: Date): Span {
    return keep('year', String(d.getUTCFullYear()));
  }

  /** An age over 89 with the words around it; only the number is labeled. */
  oldAge(): Frag {
    const a = String(this.g.int(90, 104));
    const age = phi('age', a);
    return this.g.pick([
      () => t`${age}-year-old`,
      () => t`${age} y/o`,
      () => t`${age}yo`,
      () => t`aged ${age}`,
      () => t`age ${age}`,
      () => t`${age} years of age`,
      () => t`${age} yrs old`,
      () => t`${age} YO`,
      () => t`${age} year old`,
      () => t`${age}-yr-old`,
    ])();
  }
  youngAge(): Frag {
    const a = keep('age_under_90', String(this.g.int(19, 88)));
    return this.g.pick([
      () => t`${a}-year-old`,
      () => t`${a} y/o`,
      () => t`age ${a}`,
      () => t`${a} yo`,
      () => t`${a} years old`,
    ])();
  }

  phoneDigits(): [string, string, string] {
    const g = this.g;
    return [`${g.int(2, 9)}${g.digits(2)}`, `${g.int(2, 9)}${g.digits(2)}`, g.digits(4)];
  }
  /** A phone or fax in one of its spellings, sometimes with an extension outside the label. */
  phone(type: 'phone' | 'fax' = 'phone', ext = true): Frag {
    const g = this.g;
    const [a, e, n] = this.phoneDigits();
    const value = g.pick([
      `(${a}) ${e}-${n}`,
      `(${a})${e}-${n}`,
      `${a}-${e}-${n}`,
      `${a}.${e}.${n}`,
      `+1 ${a}-${e}-${n}`,
      `+1 (${a}) ${e}-${n}`,
      `1-${a}-${e}-${n}`,
      `+1.${a}.${e}.${n}`,
      `${a} ${e} ${n}`,
      `${a}${e}${n}`,
      `+1${a}${e}${n}`,
    ]);
    const x =
      ext && g.chance(0.2)
        ? g.pick([
            ` ext. ${g.int(100, 9999)}`,
            ` x${g.int(10, 999)}`,
            ` ext ${g.int(1, 99)}`,
            ` Ext. ${g.int(200, 899)}`,
          ])
        : '';
    return t`${phi(type, value)}${x}`;
  }

  email(p: P): Span {
    const g = this.g;
    const f = p.first.toLowerCase().replace(/[^a-z]/g, '');
    const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
    const user = g.pick([
      `${f}.${l}`,
      `${f[0]}${l}`,
      `${f}${l}${g.int(1, 99)}`,
      `${l}.${f}`,
      `${f}_${l}${g.int(60, 99)}`,
      `${f}${g.digits(3)}`,
    ]);
    const dom = g.pick([
      'mailbox.example.com',
      'inbox.example.net',
      'patientmail.example.org',
      'quillnet.example',
      'marrowbridge-rmc.example.org',
      'freemail.example',
    ]);
    return phi('email', `${user}@${dom}`);
  }

  url(p: P): Span {
    const g = this.g;
    const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
    const f = p.first.toLowerCase().replace(/[^a-z]/g, '');
    return phi(
      'url',
      g.pick([
        `https://mychart.marrowbridge-rmc.example.org/MyChart/Patient/${g.digits(7)}?tab=results&enc=${g.digits(9)}`,
        `https://portal.staurelia.example/account/${g.letters(2).toLowerCase()}${g.digits(6)}/messages`,
        `https://www.${f}${l}.example.com`,
        `http://${l}family.example.net/blog/${g.int(2019, 2025)}/recovery`,
        `https://social.example.com/${f}.${l}${g.int(1, 99)}`,
        `https://www.facebook.example/${f}.${l}.${g.digits(3)}`,
        `https://instagram.example/${f}_${l}`,
        `https://fundraise.example.org/f/help-${f}-${l}-${g.digits(4)}`,
        `https://telehealth.elderport.example/join?room=${g.letters(4).toLowerCase()}-${g.digits(6)}&pid=${g.digits(8)}`,
        `portal.bluestemplan.example/members/${g.digits(9)}`,
      ]),
    );
  }

  ip(): Span {
    const g = this.g;
    const h = (): string => g.int(1, 0xffff).toString(16);
    if (g.chance(0.55))
      return phi(
        'ip',
        `${g.pick([24, 38, 64, 71, 98, 104, 142, 172, 192, 10, 203, 73])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
        'ipv4',
      );
    return phi(
      'ip',
      g.pick([
        `2600:${h()}:${h()}::${h()}`,
        `2001:db8::${h()}`,
        `fe80::${h()}:${h()}:${h()}:${h()}`,
        `2607:f8b0:${h()}:${h()}::${h()}`,
        `fd00:${h()}::${h()}:${h()}`,
        `::ffff:${g.int(11, 223)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
      ]),
      'ipv6',
    );
  }

  /** An SSN with a label word, in the plain or an evasive form. */
  ssn(): Piece {
    return ssn(this.g, this.g.chance(0.7));
  }
  ssnBare(): Span {
    const g = this.g;
    const a = g.chance(0.3) ? `9${g.digits(2)}` : String(g.int(1, 665)).padStart(3, '0');
    const b = String(g.int(1, 99)).padStart(2, '0');
    const c = String(g.int(1, 9999)).padStart(4, '0');
    return g.chance(0.7) ? phi('ssn', `${a}-${b}-${c}`, 'ssn-dash') : phi('ssn', `${a}${b}${c}`, 'ssn-none');
  }

  mrn(): Span {
    const g = this.g;
    return phi(
      'mrn',
      g.pick([
        g.digits(7),
        g.digits(8),
        `00${g.digits(7)}`,
        `M${g.digits(7)}`,
        `MRN${g.digits(6)}`,
        `${g.digits(3)}-${g.digits(3)}-${g.digits(3)}`,
        `E${g.digits(8)}`,
        `${g.letters(2)}${g.digits(6)}`,
      ]),
    );
  }
  mrnLabel(): string {
    return this.g.pick([
      'MRN',
      'MRN:',
      'MR#',
      'Med Rec No.',
      'Medical Record #',
      'Chart No.',
      'Patient ID',
      'Hospital No.',
      'Unit No.',
      'EMPI',
      'Epic MRN',
      'Record #',
    ]);
  }

  member(): Span {
    const g = this.g;
    return phi(
      'health_plan',
      g.pick([
        `${g.letters(3)}${g.digits(9)}`,
        `${g.letters(1)}${g.digits(8)}01`,
        `${g.digits(9)}-0${g.int(1, 4)}`,
        `ZGH${g.digits(8)}`,
        `${g.letters(2)}${g.digits(7)}`,
        `U${g.digits(8)}`,
      ]),
      'member',
    );
  }
  group(): Span {
    const g = this.g;
    return phi(
      'health_plan',
      g.pick([
        `GRP-${g.digits(6)}`,
        `${g.digits(6)}`,
        `${g.letters(2)}${g.digits(5)}`,
        `00${g.digits(5)}-${g.letters(1)}`,
      ]),
      'group',
    );
  }
  mbi(): Span {
    const g = this.g;
    const L = (): string => g.letters(1, 'ACDEFGHJKMNPQRTUVWXY');
    const raw = `${g.int(1, 9)}${L()}${L()}${g.digits(1)}${L()}${g.digits(1)}${g.digits(1)}${L()}${L()}${g.digits(2)}`;
    return phi(
      'health_plan',
      g.chance(0.3) ? `${raw.slice(0, 4)}-${raw.slice(4, 7)}-${raw.slice(7)}` : raw,
      'mbi',
    );
  }

  account(): Span {
    const g = this.g;
    return phi(
      'account',
      g.pick([
        g.digits(10),
        g.digits(9),
        `${g.digits(4)}-${g.digits(4)}-${g.digits(2)}`,
        `BA${g.digits(8)}`,
        `${g.digits(12)}`,
        `V${g.digits(9)}`,
        `GA-${g.digits(7)}`,
      ]),
    );
  }
  bank(): Span {
    return phi(
      'account',
      this.g.pick([this.g.digits(10), this.g.digits(12), `****${this.g.digits(4)}`]),
      'bank',
    );
  }

  npi(): Span {
    return phi('license', npiFromBase(`${this.g.int(1, 2)}${this.g.digits(8)}`), 'npi');
  }
  dea(last: string): Span {
    const first = this.g.pick(['A', 'B', 'F', 'M']);
    const c = (last[0] ?? 'X').toUpperCase();
    return phi('license', deaFromParts(`${first}${/[A-Z]/.test(c) ? c : 'X'}`, this.g.digits(6)), 'dea');
  }
  /** A driver's licence number in one state's shape, with that state. */
  driverLicense(): [Span, string] {
    const g = this.g;
    const [st, v] = g.pick([
      ['OH', () => `${g.letters(2)}${g.digits(6)}`],
      ['PA', () => `${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`],
      ['TX', () => g.digits(8)],
      ['CA', () => `${g.letters(1)}${g.digits(7)}`],
      ['NY', () => `${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`],
      ['MI', () => `${g.letters(1)} ${g.digits(3)} ${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`],
      ['WA', () => `WDL${g.letters(6, 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789')}`],
      ['IL', () => `${g.letters(1)}${g.digits(3)}-${g.digits(4)}-${g.digits(4)}`],
      ['FL', () => `${g.letters(1)}${g.digits(3)}-${g.digits(3)}-${g.digits(2)}-${g.digits(3)}-0`],
      ['WI', () => `${g.letters(1)}${g.digits(3)}-${g.digits(4)}-${g.digits(4)}-${g.digits(2)}`],
    ] as const);
    return [phi('license', v(), `dl-${st.toLowerCase()}`), st];
  }
  stateLicense(): Span {
    const g = this.g;
    return phi(
      'license',
      g.pick([
        `RN${g.digits(6)}`,
        `RN.${g.digits(7)}`,
        `MD-${g.digits(5)}`,
        `${g.digits(2)}.${g.digits(6)}`,
        `DO${g.digits(5)}`,
        `${g.letters(1)}${g.digits(5)}`,
        `NP${g.digits(7)}`,
        `LPN-${g.digits(6)}`,
      ]),
      'state',
    );
  }
  boardCert(): Span {
    return phi('license', `${this.g.pick(BOARD_CERTS)}-${this.g.digits(6)}`, 'board');
  }

  vin(): Span {
    let draft = '';
    for (let i = 0; i < 17; i++) draft += VIN_ALPHABET[this.g.int(0, VIN_ALPHABET.length - 1)];
    return phi('vehicle', vinWithCheckDigit(draft), 'vin');
  }
  plate(): Span {
    const g = this.g;
    return phi(
      'vehicle',
      g.pick([
        `${g.int(1, 9)}${g.letters(3)}${g.digits(3)}`,
        `${g.letters(3)}-${g.digits(4)}`,
        `${g.letters(3)} ${g.digits(4)}`,
        `${g.letters(2)}${g.digits(1)}-${g.letters(1)}${g.digits(3)}`,
        `${g.digits(3)} ${g.letters(3)}`,
        `${g.letters(1)}${g.digits(2)} ${g.letters(3)}`,
      ]),
      'plate',
    );
  }

  serial(): Span {
    const g = this.g;
    return phi(
      'device',
      g.pick([
        `${g.letters(3)}${g.digits(6)}${g.letters(1)}`,
        `${g.letters(2)}${g.digits(7)}`,
        `SN${g.digits(9)}`,
        `${g.digits(2)}${g.letters(2)}${g.digits(6)}`,
        `PJN${g.digits(6)}S`,
        `RNH${g.digits(6)}H`,
      ]),
      'serial',
    );
  }
  udi(): Span {
    const g = this.g;
    const exp = `${g.int(26, 31)}${String(g.int(1, 12)).padStart(2, '0')}${String(g.int(1, 28)).padStart(2, '0')}`;
    return g.chance(0.7)
      ? phi(
          'device',
          `(01)0${g.digits(13)}(17)${exp}(10)${g.letters(1)}${g.digits(6)}(21)${g.letters(3)}${g.digits(6)}`,
          'udi',
        )
      : phi(
          'device',
          `(01)0${g.digits(13)}(11)${g.int(22, 25)}0${g.int(1, 9)}1${g.int(0, 9)}(21)${g.digits(9)}`,
          'udi',
        );
  }
  mac(): Span {
    const g = this.g;
    const hex = (): string => g.letters(2, '0123456789ABCDEF');
    const sep = g.pick([':', '-']);
    const v = [hex(), hex(), hex(), hex(), hex(), hex()].join(sep);
    return phi('device', g.chance(0.3) ? v.toLowerCase() : v, 'mac');
  }

  biometric(): Span {
    const g = this.g;
    return phi(
      'biometric',
      g.pick([
        `FP-${g.digits(8)}`,
        `FPT${g.letters(2)}${g.digits(6)}`,
        `RET-${g.letters(2)}${g.digits(5)}`,
        `VP${g.digits(9)}`,
        `VOX-${g.digits(4)}-${g.letters(4)}`,
        g.f.string.hexadecimal({ length: 20, casing: 'lower', prefix: '' }),
        `IRIS${g.digits(7)}`,
        `PV-${g.digits(6)}-${g.letters(2)}`,
      ]),
    );
  }
  photoFile(p: P): Span {
    const g = this.g;
    const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
    return phi(
      'photo',
      g.pick([
        `IMG_${g.digits(4)}.JPG`,
        `${l}_${p.first.toLowerCase()}_face.jpg`,
        `pt_photo_${g.digits(7)}.png`,
        `DSC0${g.digits(4)}.jpg`,
        `wound_${l}_${g.digits(8)}.jpeg`,
        `PXL_${g.digits(8)}_${g.digits(9)}.jpg`,
        `${l}-id-photo.heic`,
      ]),
    );
  }
  photoId(): Span {
    return phi(
      'photo',
      this.g.pick([
        `PH-${this.g.digits(7)}`,
        `IMG${this.g.digits(8)}`,
        `FACE-${this.g.letters(2)}${this.g.digits(5)}`,
      ]),
      'photo-id',
    );
  }

  employee(): Span {
    return phi(
      'other_id',
      this.g.pick([`E${this.g.digits(6)}`, `EMP-${this.g.digits(5)}`, `${this.g.digits(7)}`]),
      'employee',
    );
  }
  student(): Span {
    return phi(
      'other_id',
      this.g.pick([`S${this.g.digits(8)}`, `${this.g.digits(9)}`, `STU-${this.g.digits(6)}`]),
      'student',
    );
  }
  caseNo(): Span {
    return phi(
      'other_id',
      this.g.pick([
        `${this.g.int(2021, 2025)}-${this.g.digits(6)}`,
        `IR-${this.g.int(21, 25)}-${this.g.digits(4)}`,
        `CASE${this.g.digits(7)}`,
        `RPT ${this.g.digits(8)}`,
      ]),
      'case',
    );
  }
  claim(): Span {
    return phi(
      'other_id',
      this.g.pick([
        `CLM${this.g.digits(10)}`,
        `${this.g.digits(13)}`,
        `${this.g.int(22, 25)}${this.g.digits(3)}E${this.g.digits(5)}`,
        `PA-${this.g.digits(8)}`,
      ]),
      'claim',
    );
  }
  authNo(): Span {
    return phi(
      'other_id',
      this.g.pick([
        `AUTH${this.g.digits(8)}`,
        `${this.g.letters(2)}${this.g.digits(9)}`,
        `PA${this.g.int(24, 25)}-${this.g.digits(6)}`,
      ]),
      'auth',
    );
  }

  drug(): Span {
    const [n, doses] = this.g.pick(DRUGS);
    return keep('drug_dose', `${n} ${this.g.pick(doses)}`);
  }
  eponym(): Span {
    return keep('eponym', this.g.pick(EPONYMS));
  }
  deviceName(): Span {
    return keep('device_name', this.g.pick(DEVICE_NAMES));
  }
  code(): Span {
    return keep('clinical_code', this.g.pick(CODES));
  }
  lab(): Span {
    const g = this.g;
    return keep(
      'lab_value',
      g.pick([
        () => `Na ${g.int(131, 146)} mmol/L`,
        () => `K ${g.int(33, 55) / 10} mmol/L`,
        () => `Cr ${g.int(6, 31) / 10} mg/dL`,
        () => `eGFR ${g.int(18, 110)} mL/min/1.73m2`,
        () => `HbA1c ${g.int(52, 118) / 10}%`,
        () => `INR ${g.int(9, 38) / 10}`,
        () => `Hgb ${g.int(72, 168) / 10} g/dL`,
        () => `BNP ${g.int(40, 2400)} pg/mL`,
        () => `TSH ${g.int(3, 95) / 10} mIU/L`,
        () => `glucose ${g.int(62, 388)} mg/dL`,
        () => `WBC ${g.int(31, 189) / 10} K/uL`,
        () => `platelets ${g.int(88, 455)} K/uL`,
        () => `LDL-C ${g.int(38, 212)} mg/dL`,
        () => `troponin I ${g.int(1, 90) / 1000} ng/mL`,
      ])(),
    );
  }
  version(): Span {
    return keep('version', this.g.pick(VERSIONS));
  }
  stat(): Span {
    const g = this.g;
    return keep(
      'statistic',
      g.pick([
        () => `${g.int(112, 640)} licensed beds`,
        () => `${g.int(3, 19)}.${g.int(0, 9)}% 30-day readmission rate`,
        () => `${g.int(8200, 91000).toLocaleString('en-US')} ED visits last year`,
        () => `median length of stay ${g.int(2, 6)}.${g.int(0, 9)} days`,
        () => `${g.int(71, 98)}% device check completion`,
        () => `${g.int(1200, 9800).toLocaleString('en-US')} implants registered`,
        () => `${g.int(2, 40)} falls per 1,000 patient-days`,
      ])(),
    );
  }
  uuid(): Span {
    return keep('uuid', this.g.f.string.uuid());
  }
  ts(d?: Date): Span {
    const g = this.g;
    const base = d ?? this.recent();
    const s = new Date(base.getTime() + g.int(0, 86_399) * 1000).toISOString();
    return keep('timestamp', g.chance(0.5) ? s : s.replace(/\.\d{3}Z$/, 'Z'));
  }
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** A person and the ways a document writes them; every form is labeled as one name span. */
export class P {
  constructor(
    readonly g: Gen,
    readonly first: string,
    readonly last: string,
    readonly mi: string,
  ) {}

  full(): Span {
    return phi('name', `${this.first} ${this.last}`);
  }
  /** Any of the forms. */
  any(): Span {
    const g = this.g;
    return phi(
      'name',
      g.pick([
        `${this.first} ${this.last}`,
        `${this.first} ${this.mi}. ${this.last}`,
        `${this.last}, ${this.first}`,
        `${this.last.toUpperCase()}, ${this.first.toUpperCase()}`,
        `${this.first[0]}. ${this.last}`,
        `${this.last}, ${this.first} ${this.mi}`,
      ]),
    );
  }
  lastFirst(): Span {
    return phi(
      'name',
      this.g.chance(0.3)
        ? `${this.last.toUpperCase()}, ${this.first.toUpperCase()}`
        : `${this.last}, ${this.first}${this.g.chance(0.4) ? ` ${this.mi}.` : ''}`,
    );
  }
  lastOnly(): Span {
    return phi('name', this.last);
  }
  firstOnly(): Span {
    return phi('name', this.first);
  }
  initials(): Span {
    return phi(
      'name',
      this.g.pick([
        `${this.first[0]}${this.last[0]}`,
        `${this.first[0]}.${this.last[0]}.`,
        `${this.first[0]}${this.mi}${this.last[0]}`,
      ]),
    );
  }
  /** A clinician with a title after the name. */
  clin(): Frag {
    return t`${this.full()}, ${this.g.pick(CLINIC_TITLES)}`;
  }
  dr(): Frag {
    return this.g.chance(0.5) ? t`Dr. ${this.lastOnly()}` : t`Dr. ${this.full()}`;
  }
}
