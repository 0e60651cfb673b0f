/**
 * Word lists and small builders of blind split 36: MCP traffic in front of clinical servers.
 * Every name, place and number is invented. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { formatDate, isoDate } from '../dates';
import { keep, type Piece, phi, type Span, t } from '../fragment';
import { ipValue, phoneValue, serialValue, udiValue, zipValue } from '../identifiers';

export const GIVEN = [
  'Oriel',
  'Tamsin',
  'Bexley',
  'Caspian',
  'Ildri',
  'Maelis',
  'Torvald',
  'Junia',
  'Ephram',
  'Saoirse',
  'Kestrel',
  'Lioba',
  'Anselm',
  'Perpetua',
  'Dashiell',
  'Wrenna',
  'Osric',
  'Marisol',
  'Thaddeus',
  'Ysolde',
  'Corentin',
  'Philippa',
  'Lazlo',
  'Odalys',
  'Barnaby',
  'Nerys',
  'Ignatius',
  'Rosalind',
  'Fenwick',
  'Calla',
  'Evander',
  'Ottilie',
  'Quillon',
  'Seraphine',
  'Bram',
  'Delphine',
  'Hollis',
  'Zinnia',
  'Cyprian',
  'Ailsa',
  'Leopold',
  'Imelda',
  'Rafferty',
  'Veda',
  'Alaric',
  'Clementine',
  'Mordecai',
  'Tallulah',
  'Piran',
  'Henrietta',
  'Ezekiel',
  'Marguerite',
  'Sorrel',
  'Benedikt',
  'Aurelie',
  'Gethin',
  'Lorcan',
  'Fiametta',
  'Ulric',
  'Winnifred',
] as const;

export const SURNAMES = [
  'Abernethy',
  'Quenneville',
  'Thistlewood',
  'Okonkwo-Reyes',
  'Van Heusden',
  'Marchbanks',
  'Pennywhistle',
  'Dubrovnik',
  'Castellane',
  "O'Fallon",
  'Hargreave',
  'Lindqvist',
  'Szymborska',
  'Montclair',
  'Ravensworth',
  'Etcheverry',
  'Bramwell',
  'Nakashima-Holt',
  'Fairweather',
  'Kowalczyk',
  'Delacroix',
  'Umberfield',
  'Ashdown',
  'MacLachlan',
  'Trevithick',
  'Vasquez-Orr',
  'Whitlock',
  'Ostrowski',
  'Pendergrass',
  'Larkspur',
  'Bellweather',
  'Gwynedd',
  'Ferreira-Lund',
  'Halloran',
  'Inchbald',
  'Jessop',
  'Kilbride',
  'Loughran',
  'Merriweather',
  'Nettleford',
  'Quarrington',
  'Rushworth',
  'St. Clair',
  'Tolliver',
  'Underhill',
  'Vanterpool',
  'Wolstenholme',
  'Yelverton',
  'Zabriskie',
  'de la Fuente',
  'Achterberg',
  'Blackmoor',
  'Culpepper',
  'Drinkwater',
  'Esterhazy',
] as const;

/** Towns with their county, in a state the label leaves alone. */
export const TOWNS: readonly (readonly [string, string, string, string])[] = [
  ['Millbrook Falls', 'Tamarack County', 'Vermont', 'VT'],
  ['Cedar Hollow', 'Osage Bend County', 'Missouri', 'MO'],
  ['Port Ansel', 'Wexcombe County', 'Maine', 'ME'],
  ['Red Fern', 'Calloway Ridge County', 'Oregon', 'OR'],
  ['Bellhaven', 'Larchmont County', 'Ohio', 'OH'],
  ['Sutter Crossing', 'Alder Flats County', 'California', 'CA'],
  ['New Dunmore', 'Greyfield County', 'Pennsylvania', 'PA'],
  ['Quarry Hill', 'Ballantyne County', 'Georgia', 'GA'],
  ['Harlow Springs', 'Pecos Mesa County', 'Texas', 'TX'],
  ['East Wicklow', 'Hennessey County', 'Minnesota', 'MN'],
  ['Juniper Gap', 'Sawtooth County', 'Idaho', 'ID'],
  ['Lower Ambrose', 'Mattawan County', 'Michigan', 'MI'],
  ['Saint Brevin', 'Tourelle Parish', 'Louisiana', 'LA'],
  ['Kettle Lake', 'Norrland County', 'Wisconsin', 'WI'],
  ['Ashby Ferry', 'Pamlico Sound County', 'North Carolina', 'NC'],
  ['Glen Orrin', 'Rockcastle County', 'Kentucky', 'KY'],
];

export const STREETS = [
  'Quillfeather Lane',
  'Tannery Row',
  'Old Mill Spur',
  'Vesper Court',
  'Harrowgate Road',
  'Lantern Hill Drive',
  'Sedgewick Terrace',
  'Copperbeech Way',
  'Fiddler Creek Road',
  'Marlpit Avenue',
  'Wintergreen Circle',
  'Bishops Gate Street',
  'Saltmarsh Parkway',
  'Ironwood Trail',
  'Partridge Hollow',
  'Kingfisher Bend',
] as const;

export const ORGS = [
  'Larchmont Valley Health',
  'Tamarack Regional Medical Center',
  'Osage Bend Community Hospital',
  'Greyfield Orthopedic Institute',
  'Pamlico Coastal Clinic',
  'Sawtooth Family Medicine',
  'Wexcombe Pharmacy Cooperative',
  'Harlow Springs Dialysis Partners',
  'Keystone Meridian Health Plan',
  'Northwind Mutual Benefit',
  'Bluecastle Laboratories',
  'Ferrous Imaging Associates',
  'Hennessey Behavioral Health',
  'Quarry Hill Cardiology Group',
  'Riverbend Apothecary',
] as const;

/** Drug names and strengths; only the name part is compared across splits. */
export const DRUGS: readonly (readonly [string, readonly string[]])[] = [
  ['olezarsen', ['80 mg']],
  ['roxadustat', ['70 mg', '100 mg']],
  ['tolebrutinib', ['60 mg']],
  ['sebetralstat', ['300 mg']],
  ['crinecerfont', ['100 mg', '200 mg']],
  ['suzetrigine', ['50 mg', '100 mg']],
  ['daprodustat', ['2 mg', '4 mg', '8 mg']],
  ['atrasentan', ['0.75 mg']],
  ['baxdrostat', ['1 mg', '2 mg']],
  ['lorundrostat', ['50 mg']],
  ['etavopivat', ['400 mg']],
  ['deuruxolitinib', ['8 mg']],
  ['rilzabrutinib', ['400 mg']],
  ['bezuclastinib', ['100 mg']],
  ['palopegteriparatide', ['18 mcg', '21 mcg']],
  ['inaxaplin', ['45 mg']],
];

export const LABS = [
  (g: Gen): string => `NT-proBNP ${g.int(90, 4800)} pg/mL`,
  (g: Gen): string => `cystatin C ${g.int(7, 29) / 10} mg/L`,
  (g: Gen): string => `ferritin ${g.int(8, 900)} ng/mL`,
  (g: Gen): string => `Mg ${g.int(14, 27) / 10} mg/dL`,
  (g: Gen): string => `lipase ${g.int(10, 600)} U/L`,
  (g: Gen): string => `procalcitonin ${g.int(1, 90) / 10} ng/mL`,
  (g: Gen): string => `anion gap ${g.int(6, 24)} mEq/L`,
  (g: Gen): string => `urine ACR ${g.int(4, 900)} mg/g`,
  (g: Gen): string => `hs-troponin T ${g.int(3, 220)} ng/L`,
] as const;

export const CODES = [
  'F53.0',
  'L28.1',
  'G90.A',
  'E88.811',
  'N28.86',
  'K31.A11',
  'D75.838',
  'R05.3',
  'H35.3232',
  'I77.811',
  'CPT 93356',
  'CPT 0503T',
  'CPT 0670T',
  'CPT 93593',
  'CPT 64568',
  'LOINC 33762-6',
  'LOINC 98979-8',
  'LOINC 77147-7',
  'SNOMED 445281000124101',
  'SNOMED 1156216004',
  'HCPCS A9276',
  'HCPCS K1028',
  'NDC 70515-0629-30',
] as const;

export const EPONYMS = [
  "Dercum's disease",
  'Bickerstaff brainstem encephalitis',
  'Wunderlich syndrome',
  'Andersen-Tawil syndrome',
  'Foix-Alajouanine syndrome',
  'Mirizzi syndrome',
  'Wolman disease',
  'Refsum disease',
  'Schnitzler syndrome',
  'Gianotti-Crosti syndrome',
  'Eales disease',
  'Swyer-James syndrome',
  'Hamman syndrome',
  'Shone complex',
  'Letterer-Siwe disease',
  'Jervell and Lange-Nielsen syndrome',
] as const;

export const DEVICES = [
  'Tandem Mobi pump',
  'Eversense 365 sensor',
  'Inspire IV neurostimulator',
  'Nevro Senza HFX iQ',
  'Impella CP SmartAssist',
  'Abiomed Breethe OXY-1',
  'BrainsWay Deep TMS H7 coil',
  'Cala kIQ wristband',
  'Sequel twiist pump',
  'Medtronic Simplera Sync sensor',
  'Abbott TriClip G5',
  'Edwards EVOQUE valve',
  'Bardy CAM patch',
  'Vivistim Paired VNS',
  'Outset Tablo console',
  'Electromed SmartVest SQL',
] as const;

export const CLIENTS = [
  ['claude-desktop', '0.14.2'],
  ['cursor-mcp', '1.8.0'],
  ['mcp-inspector', '0.17.1'],
  ['ward-assistant', '3.2.0'],
  ['careteam-agent', '2026.7.1'],
] as const;

export const PROTOCOLS = ['2025-03-26', '2025-06-18', '2025-11-25'] as const;

export interface Person {
  first: string;
  last: string;
  full: string;
}

export function person(g: Gen): Person {
  const first = g.pick(GIVEN);
  const last = g.pick(SURNAMES);
  return { first, last, full: `${first} ${last}` };
}

/** A person's name in one of the spellings MCP arguments and chart text use. */
export function nameSpan(g: Gen, p: Person): Span {
  return phi(
    'name',
    g.pick([
      p.full,
      p.full,
      `${p.last}, ${p.first}`,
      `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`,
      `${p.first[0]}. ${p.last}`,
    ]),
  );
}

export function clinician(g: Gen): Person {
  const p = person(g);
  return { ...p, full: p.full };
}

export function drug(g: Gen): Span {
  const [name, doses] = g.pick(DRUGS);
  const cap = g.chance(0.3) ? `${name[0]?.toUpperCase()}${name.slice(1)}` : name;
  return keep('drug_dose', `${cap} ${g.pick(doses)}${g.pick(['', ' daily', ' PO BID', ' at bedtime'])}`);
}

export function lab(g: Gen): Span {
  return keep('lab_value', g.pick(LABS)(g));
}

export function code(g: Gen): Span {
  return keep('clinical_code', g.pick(CODES));
}

export function eponym(g: Gen): Span {
  return keep('eponym', g.pick(EPONYMS));
}

export function deviceName(g: Gen): Span {
  return keep('device_name', g.pick(DEVICES));
}

export function org(g: Gen): Span {
  return keep('organization', g.pick(ORGS));
}

export function dob(g: Gen): Date {
  return new Date(Date.UTC(g.int(1931, 2019), g.int(0, 11), g.int(1, 28)));
}

export function visit(g: Gen): Date {
  return new Date(Date.UTC(g.int(2025, 2026), g.int(0, 11), g.int(1, 28)));
}

export function anyDate(g: Gen, d: Date): Span {
  return g.chance(0.4) ? isoDate(d) : formatDate(g, d);
}

/** A system timestamp (not a person's date). */
export function stamp(g: Gen): string {
  const d = new Date(
    Date.UTC(2026, g.int(0, 10), g.int(1, 28), g.int(0, 23), g.int(0, 59), g.int(0, 59), g.int(0, 999)),
  );
  return g.chance(0.5) ? d.toISOString() : `${d.toISOString().slice(0, 19)}Z`;
}

export function uuid(g: Gen): string {
  return g.f.string.uuid();
}

export function traceparent(g: Gen): string {
  const h = (n: number): string => g.f.string.hexadecimal({ length: n, casing: 'lower', prefix: '' });
  return `00-${h(32)}-${h(16)}-01`;
}

export interface Place {
  street: Span;
  town: Span;
  county: Span;
  state: string;
  abbr: string;
  zip: Span;
}

export function place(g: Gen): Place {
  const [town, county, state, abbr] = g.pick(TOWNS);
  const num = g.int(3, 9899);
  const unit = g.chance(0.25)
    ? g.pick([` Apt ${g.int(1, 40)}`, ` Unit ${g.letters(1)}`, ` #${g.int(100, 420)}`])
    : '';
  return {
    street: phi('street_address', `${num} ${g.pick(STREETS)}${unit}`),
    town: phi('geo', town),
    county: phi('geo', county),
    state,
    abbr,
    zip: zipValue(g),
  };
}

export function oneLineAddress(g: Gen, p: Place): Piece {
  return t`${p.street}, ${p.town}, ${g.chance(0.5) ? p.abbr : p.state} ${p.zip}`;
}

export function phone(g: Gen): Span {
  return phoneValue(g);
}

export function deviceId(g: Gen): Span {
  return g.chance(0.5) ? serialValue(g) : udiValue(g);
}

export function ip(g: Gen): Span {
  return ipValue(g);
}

export function statistic(g: Gen): string {
  return g.pick([
    `${g.int(210, 540)} of ${g.int(541, 700)} staffed beds occupied`,
    `${g.int(2, 19)}.${g.int(0, 9)}% 30-day readmission rate`,
    `median ED length of stay ${g.int(180, 420)} min`,
    `${g.int(1200, 9800)} charts indexed this week`,
    `CLABSI ${g.int(2, 15) / 10} per 1,000 line-days`,
  ]);
}

export function mbiPlain(g: Gen): string {
  return `${g.int(1, 9)}${g.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}${g.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}${g.digits(1)}${g.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}${g.digits(2)}${g.letters(2, 'ACDEFGHJKMNPQRTUVWXY')}${g.digits(2)}`;
}

/** An age: PHI over 89, kept below 90. */
export function ageSpan(g: Gen): Span {
  return g.chance(0.5) ? phi('age', String(g.int(90, 104))) : keep('age_under_90', String(g.int(19, 89)));
}
