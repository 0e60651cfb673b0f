/**
 * Addresses of blind split 4: US apartments, PO boxes and rural routes (on one line, on three
 * lines, in lower case), Indian PIN codes, Singapore blocks and postal codes, Malaysian,
 * Filipino, South African, German, Austrian, Swiss, Polish, Portuguese, Korean and Nigerian
 * addresses. States, provinces and countries are not labeled. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, type Piece, phi, t } from '../fragment';

export interface Address {
  /** Street lines (house, unit, block, PO box), each a street_address span. */
  street: string[];
  /** Suburb, barangay or district, then town or city: each a geo span. */
  geo: string[];
  zip: string;
  region?: string;
  country: string;
  /** Where the postal code goes: after the city (`last`) or before it (`first`). */
  zipAt: 'last' | 'first';
}

const US_STREETS = [
  'Old Mill Rd',
  'Cottonwood Ln',
  'Bayou Vista Dr',
  'N Sycamore Ave',
  'Prairie Wind Ct',
  'Juniper Hollow Way',
  'E 14th St',
  'Magnolia Bluff Blvd',
  'Pecan Grove Cir',
];
const US_TOWNS: readonly [string, string, string][] = [
  ['Edinburg', 'TX', '785'],
  ['Kissimmee', 'FL', '347'],
  ['Yakima', 'WA', '989'],
  ['Lowell', 'MA', '018'],
  ['Fort Smith', 'AR', '729'],
  ['Gallup', 'NM', '873'],
  ['Dubuque', 'IA', '520'],
  ['Paterson', 'NJ', '075'],
  ['Hilo', 'HI', '967'],
  ['Lodi', 'CA', '952'],
];

function usAddress(g: Gen): Address {
  const [city, state, zip3] = g.pick(US_TOWNS);
  const zip = `${zip3}${g.digits(2)}${g.chance(0.2) ? `-${g.digits(4)}` : ''}`;
  const house = `${g.int(12, 9899)} ${g.pick(US_STREETS)}`;
  const form = g.int(0, 5);
  let street: string[];
  if (form === 0) street = [`PO Box ${g.int(100, 9999)}`];
  else if (form === 1) street = [`RR ${g.int(1, 9)} Box ${g.int(10, 480)}`];
  else if (form === 2)
    street = [house, `${g.pick(['Apt', 'Unit', 'Ste', '#'])} ${g.int(1, 40)}${g.pick(['', 'A', 'B', 'C'])}`];
  else if (form === 3) street = [`${house} ${g.pick(['Apt', 'Unit', 'Trlr', 'Lot'])} ${g.int(2, 220)}`];
  else street = [house];
  return { street, geo: [city], zip, region: state, country: 'USA', zipAt: 'last' };
}

/** Suburb and town (geo) drawn with their state or province, the last of each row ('' for none, not labeled). */
function place(g: Gen, rows: readonly (readonly string[])[]): { geo: string[]; region?: string } {
  const row = g.pick(rows);
  const region = row.at(-1);
  const geo = row.slice(0, -1);
  return region ? { geo, region } : { geo };
}

const FOREIGN: ((g: Gen) => Address)[] = [
  (g) => ({
    street: [
      `Flat ${g.int(101, 1204)}, ${g.pick(['Sai Krupa Apartments', 'Prestige Lakeside', 'Gokul Dham CHS', 'Shanti Niketan'])}, ${g.int(2, 18)}th Cross`,
    ],
    ...place(g, [
      ['Indiranagar', 'Bengaluru', 'Karnataka'],
      ['Koramangala', 'Bengaluru', 'Karnataka'],
      ['Andheri West', 'Mumbai', 'Maharashtra'],
      ['Kothrud', 'Pune', 'Maharashtra'],
      ['Salt Lake Sector V', 'Kolkata', 'West Bengal'],
      ['Adyar', 'Chennai', 'Tamil Nadu'],
    ]),
    zip: g.chance(0.3) ? `${g.int(400, 700)} 0${g.digits(2)}` : `${g.int(400, 700)}0${g.digits(2)}`,
    country: 'India',
    zipAt: 'last',
  }),
  (g) => ({
    street: [
      `Blk ${g.int(101, 689)} ${g.pick(['Ang Mo Kio Ave 10', 'Tampines St 21', 'Jurong West St 52', 'Bedok North Rd', 'Toa Payoh Lor 4'])}`,
      `#${String(g.int(2, 25)).padStart(2, '0')}-${g.int(100, 1899)}`,
    ],
    geo: [],
    zip: `${g.int(31, 82)}${g.digits(4)}`,
    country: 'Singapore',
    zipAt: 'last',
  }),
  (g) => ({
    street: [`No. ${g.int(1, 88)}, Jalan ${g.pick(['SS 2/24', 'Ampang Hilir', 'Tun Razak', 'Kenari 3'])}`],
    ...place(g, [
      ['Petaling Jaya', 'Selangor'],
      ['Ampang', 'Selangor'],
      ['Johor Bahru', 'Johor'],
      ['Seremban', 'Negeri Sembilan'],
    ]),
    zip: `${g.int(40, 81)}${g.digits(3)}`,
    country: 'Malaysia',
    zipAt: 'first',
  }),
  (g) => ({
    street: [
      `Blk ${g.int(1, 40)} Lot ${g.int(1, 60)}, ${g.pick(['Camella Homes', 'Villa Verde Subd.', 'Purok Masagana'])}`,
    ],
    ...place(g, [
      ['Brgy. Talon Dos', 'Las Piñas City', 'Metro Manila'],
      ['Brgy. Bagong Pag-asa', 'Quezon City', 'Metro Manila'],
      ['Brgy. San Isidro', 'Cainta', 'Rizal'],
      ['Brgy. Poblacion', 'Dasmariñas', 'Cavite'],
    ]),
    zip: `${g.int(1100, 4126)}`,
    country: 'Philippines',
    zipAt: 'last',
  }),
  (g) => ({
    street: [
      g.chance(0.5)
        ? `${g.int(1, 240)} ${g.pick(['Vilakazi Street', 'Jan Smuts Avenue', 'Kerk Street', 'Beach Road'])}`
        : `Unit ${g.int(1, 30)}, ${g.pick(['Sunset Villas', 'Protea Gardens'])}, ${g.int(2, 99)} ${g.pick(['Main Road', 'Voortrekker Road'])}`,
    ],
    ...place(g, [
      ['Orlando West', 'Soweto', 'Gauteng'],
      ['Parkhurst', 'Johannesburg', 'Gauteng'],
      ['Strand', 'Cape Town', 'Western Cape'],
      ['Bellville', 'Cape Town', 'Western Cape'],
      ['Umhlanga', 'Durban', 'KwaZulu-Natal'],
      ['Idas Valley', 'Stellenbosch', 'Western Cape'],
    ]),
    zip: `${g.int(1, 9)}${g.digits(3)}`,
    country: 'South Africa',
    zipAt: 'last',
  }),
  (g) => ({
    street: [
      `${g.pick(['Schloßstraße', 'Königsallee', 'Grüner Weg', 'Am Rübenkamp', 'Lindenstraße'])} ${g.int(1, 140)}${g.pick(['', 'a', 'b'])}`,
    ],
    geo: [g.pick(['München', 'Köln', 'Düsseldorf', 'Nürnberg', 'Lübeck'])],
    zip: `${g.int(10, 99)}${g.digits(3)}`,
    country: 'Deutschland',
    zipAt: 'first',
  }),
  (g) => ({
    street: [
      `${g.pick(['Mariahilfer Straße', 'Hauptgasse', 'Herrengasse'])} ${g.int(2, 120)}${g.chance(0.5) ? `/${g.int(1, 9)}/${g.int(1, 20)}` : ''}`,
    ],
    geo: [g.pick(['Wien', 'Graz', 'Innsbruck', 'Klagenfurt'])],
    zip: `${g.int(1010, 9999)}`,
    country: 'Österreich',
    zipAt: 'first',
  }),
  (g) => ({
    street: [`${g.pick(['Bahnhofstrasse', 'Zürcherstrasse', 'Spitalgasse'])} ${g.int(2, 120)}`],
    geo: [g.pick(['Zürich', 'Winterthur', 'Bern', 'Luzern'])],
    zip: `${g.int(1000, 9658)}`,
    country: 'Schweiz',
    zipAt: 'first',
  }),
  (g) => ({
    street: [
      `ul. ${g.pick(['Marszałkowska', 'Piotrkowska', 'Długa', 'Źródlana'])} ${g.int(1, 120)}${g.chance(0.5) ? ` m. ${g.int(1, 60)}` : ''}`,
    ],
    geo: [g.pick(['Warszawa', 'Łódź', 'Kraków', 'Gdańsk'])],
    zip: `${g.int(0, 9)}${g.int(0, 9)}-${g.digits(3)}`,
    country: 'Polska',
    zipAt: 'first',
  }),
  (g) => ({
    street: [
      `Rua ${g.pick(['Augusta', 'de Santa Catarina', 'do Almada', 'Dom João IV'])} ${g.int(1, 300)}, ${g.int(1, 6)}.º ${g.pick(['Esq.', 'Dto.'])}`,
    ],
    geo: [g.pick(['Lisboa', 'Porto', 'Braga', 'Coimbra'])],
    zip: `${g.int(1000, 4999)}-${g.digits(3)}`,
    country: 'Portugal',
    zipAt: 'first',
  }),
  (g) => ({
    street: [
      `${g.pick(['Teheran-ro', 'Banpo-daero', 'Haeundae-ro'])} ${g.int(1, 400)}, ${g.int(101, 112)}-dong ${g.int(101, 2003)}-ho`,
    ],
    ...place(g, [
      ['Gangnam-gu', 'Seoul', ''],
      ['Seocho-gu', 'Seoul', ''],
      ['Haeundae-gu', 'Busan', ''],
    ]),
    zip: `0${g.digits(4)}`,
    country: 'Republic of Korea',
    zipAt: 'last',
  }),
  (g) => ({
    street: [
      `${g.int(1, 90)} ${g.pick(['Adeola Odeku Street', 'Awolowo Road', 'Ogui Road', 'Ahmadu Bello Way'])}`,
    ],
    ...place(g, [
      ['Victoria Island', 'Lagos', 'Lagos State'],
      ['Ikoyi', 'Lagos', 'Lagos State'],
      ['Independence Layout', 'Enugu', 'Enugu State'],
      ['Garki', 'Abuja', 'FCT'],
      ['Bodija', 'Ibadan', 'Oyo State'],
    ]),
    zip: `${g.int(1, 9)}0${g.digits(4)}`,
    country: 'Nigeria',
    zipAt: 'last',
  }),
];

/** A US address about half the time, else one of the other countries. */
export function address(g: Gen, usShare = 0.5): Address {
  return g.chance(usShare) ? usAddress(g) : g.pick(FOREIGN)(g);
}

export function usOnlyAddress(g: Gen): Address {
  return usAddress(g);
}

function lower(s: string, on: boolean): string {
  return on ? s.toLowerCase() : s;
}

function cityLine(a: Address, lc: boolean, withCountry: boolean): Frag {
  const geo: Piece[] = a.geo.flatMap((x, i) => [i > 0 ? ', ' : '', phi('geo', lower(x, lc))]);
  const zip = phi('zip', a.zip);
  const region = a.region ? lower(a.region, lc) : '';
  const country = withCountry ? `, ${lower(a.country, lc)}` : '';
  if (a.country === 'Singapore') return t`${lower('Singapore', lc)} ${zip}`;
  if (a.zipAt === 'first') return t`${zip} ${geo}${region ? `, ${region}` : ''}${country}`;
  if (a.country === 'India') return t`${geo} - ${zip}${region ? `, ${region}` : ''}${country}`;
  if (a.country === 'USA') return t`${geo}, ${region} ${zip}`;
  return t`${geo}${region ? `, ${region}` : ''} ${zip}${country}`;
}

function streetSpans(a: Address, lc: boolean): Span[] {
  return a.street.map((s) => phi('street_address', lower(s, lc)));
}
type Span = ReturnType<typeof phi>;

/** The whole address on one line: "4417 Old Mill Rd, Apt 3C, Edinburg, TX 78539". */
export function oneLine(g: Gen, a: Address, lc = false): Frag {
  const streets: Piece[] = streetSpans(a, lc).flatMap((s, i) => [i > 0 ? ', ' : '', s]);
  return t`${streets}, ${cityLine(a, lc, a.country !== 'USA' && g.chance(0.5))}`;
}

/** The address on its own lines, as a letter or a label writes it. */
export function multiLine(g: Gen, a: Address, indent = ''): Frag {
  const lines: Piece[] = streetSpans(a, false).flatMap((s) => [indent, s, '\n']);
  const country = a.country !== 'USA' && g.chance(0.6) ? `\n${indent}${a.country.toUpperCase()}` : '';
  return t`${lines}${indent}${cityLine(a, false, false)}${country}`;
}

/** Just the town (and suburb): "lives in Soweto", "from Las Piñas City". */
export function town(a: Address): Span {
  return phi('geo', a.geo[a.geo.length - 1] ?? 'Toa Payoh');
}

/** The address as an all-capitals legacy system stores it. */
export function upperAddress(a: Address): Address {
  return {
    ...a,
    street: a.street.map((s) => s.toUpperCase()),
    geo: a.geo.map((s) => s.toUpperCase()),
    ...(a.region ? { region: a.region.toUpperCase() } : {}),
  };
}
