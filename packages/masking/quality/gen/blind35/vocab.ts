/**
 * Vocabulary and small generators of blind split 35: public PII-benchmark style records
 * (short multi-domain texts and long synthetic health documents) with people and places from
 * the US, the UK and Ireland, India, Australia, Canada and continental Europe.
 * SYNTHETIC DATA ONLY: every name, number and place combination is invented.
 */
import { luhnCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { type Frag, keep, phi, type Span, t } from '../fragment';
import { phoneValue } from '../identifiers';

export type Country = 'US' | 'UK' | 'IE' | 'IN' | 'AU' | 'DE' | 'FR' | 'NL' | 'CA';

const GIVEN: Record<string, readonly string[]> = {
  anglo: [
    'Tamsin',
    'Jago',
    'Kerensa',
    'Hollis',
    'Ambrose',
    'Philippa',
    'Hyacinth',
    'Clement',
    'Winifred',
    'Ottoline',
    'Barnaby',
    'Perpetua',
    'Lachlan',
    'Bronwyn',
    'Ellery',
    'Wren',
    'Hope',
    'Will',
    'Rowan',
    'Sunny',
    'Marigold',
    'Thaddeus',
    'Cosima',
    'Emrys',
    'Rhiannon',
    'Dafydd',
    'Anwen',
    'Gwilym',
  ],
  irish: ['Caoimhe', 'Saoirse', 'Lorcan', 'Eoghan', 'Aoibheann', 'Padraig', 'Ciarán', 'Clodagh', 'Fionnuala'],
  indian: [
    'Ishaan',
    'Tanvi',
    'Vihaan',
    'Aarushi',
    'Devika',
    'Harpreet',
    'Gurleen',
    'Jaskaran',
    'Kavitha',
    'Murugan',
    'Sreelakshmi',
    'Yashoda',
    'Prajwal',
    'Nandini',
    'Rohini',
    'Thejas',
  ],
  aus: ['Kirra', 'Jedda', 'Yindi', 'Tahlia', 'Lachie', 'Banjo', 'Matilda', 'Darcy'],
  euro: [
    'Wojciech',
    'Bogumiła',
    'Radosław',
    'Zdeňka',
    'Matyáš',
    'Maëlys',
    'Gaspard',
    'Solène',
    'Aurélien',
    'Wiebke',
    'Hauke',
    'Frauke',
    'Jannik',
    'Liesbeth',
    'Joost',
    'Femke',
    'Sjoerd',
    'Ilinca',
  ],
  african: ['Oluwaseun', 'Thandiwe', 'Chidinma', 'Obinna', 'Nokuthula', 'Sipho', 'Adaeze', 'Kwabena'],
};

const FAMILY: Record<string, readonly string[]> = {
  anglo: [
    'Featherstonehaugh',
    'Thistlewood',
    'Ravensworth',
    'Ashdown',
    'Pennington-Lowe',
    'Whitlock',
    'Stone',
    'Bird',
    'Baker',
    'Page',
    'Hill',
    'Cholmondeley',
    'Treharne',
    'Penhaligon',
    'Trevithick',
    'Ap Rhys',
    'Vaughan-Pryce',
    'Marchbanks',
    'Quenby',
  ],
  irish: ["O'Driscoll", 'Ní Bhriain', 'Mac Giolla Phádraig', 'Ó Súilleabháin', 'Kinsella', 'Moriarty'],
  indian: [
    'Venkataraman',
    'Chidambaram',
    'Balasubramanian',
    'Sandhu-Grewal',
    'Dhillon',
    'Raghunathan',
    'Kulkarni',
    'Deshpande',
    'Nair',
    'Menon',
    'Bhattacharjee',
    'Thiruvengadam',
  ],
  aus: ['Tregonning', 'McAlister-Bligh', 'Wyndham', 'Goolagong-Hart', 'Battersby'],
  euro: [
    'Wróblewska',
    'Brzozowski',
    'Dvořáková',
    'Nováček',
    'Lefebvre-Dubois',
    'Kerguelen',
    'van Oosterhout',
    'de Wit',
    'Hoekstra',
    'Brinkmann',
    'Oltmanns',
    'Popescu-Vlad',
  ],
  african: ['Okonkwo-Hale', 'Adeyemi-Cole', 'Oyelaran', 'Mbatha', 'Ndlovu', 'Asante-Mensah', 'Eze'],
};

const TRADITIONS_BY_COUNTRY: Record<Country, readonly string[]> = {
  US: ['anglo', 'anglo', 'african', 'indian', 'euro', 'irish'],
  UK: ['anglo', 'anglo', 'indian', 'african', 'irish'],
  IE: ['irish', 'irish', 'anglo', 'euro'],
  IN: ['indian'],
  AU: ['aus', 'anglo', 'indian', 'euro'],
  DE: ['euro'],
  FR: ['euro'],
  NL: ['euro'],
  CA: ['anglo', 'irish', 'indian', 'euro', 'african'],
};

export interface Person {
  given: string;
  family: string;
  middle?: string;
  full: string;
  country: Country;
  female: boolean;
}

export function country(g: Gen): Country {
  return g.weighted<Country>([
    ['US', 5],
    ['UK', 3],
    ['IN', 2],
    ['AU', 2],
    ['IE', 1],
    ['DE', 1],
    ['FR', 1],
    ['NL', 1],
    ['CA', 1],
  ]);
}

export function person(g: Gen, where: Country = country(g)): Person {
  const tradition = g.pick(TRADITIONS_BY_COUNTRY[where]);
  const given = g.pick(GIVEN[tradition] as readonly string[]);
  const family = g.pick(FAMILY[tradition] as readonly string[]);
  const p: Person = { given, family, full: `${given} ${family}`, country: where, female: g.chance(0.5) };
  if (g.chance(0.2)) p.middle = g.pick(GIVEN[g.pick(Object.keys(GIVEN))] as readonly string[]);
  return p;
}

/** The person's name as a record writes it: "Given Family", "FAMILY, Given", "Given M. Family". */
export function nameAs(g: Gen, p: Person): Span {
  const forms = [
    p.full,
    p.full,
    `${p.family}, ${p.given}`,
    `${p.family.toUpperCase()}, ${p.given}`,
    p.middle ? `${p.given} ${p.middle[0]}. ${p.family}` : `${p.given} ${p.family}`,
    p.middle ? `${p.given} ${p.middle} ${p.family}` : p.full,
    `${p.given[0]}. ${p.family}`,
  ];
  return phi('name', g.pick(forms));
}

export const nm = (value: string): Span => phi('name', value);

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** A username built from the person's name (labeled as a name). */
export function handle(g: Gen, p: Person): Span {
  const f = ascii(p.given);
  const l = ascii(p.family);
  return phi(
    'name',
    g.pick([
      `${f}.${l}${g.int(1, 99)}`,
      `${f[0]}${l}`,
      `${f}_${l}`,
      `${l}${f[0]}${g.digits(2)}`,
      `${f}${g.int(1970, 2006)}`,
      `${f.toUpperCase()}${l[0]?.toUpperCase()}`,
    ]),
    'username',
  );
}

/** A handle not made from a name (labeled other_id). */
export function opaqueHandle(g: Gen): Span {
  const a = g.pick(['blue', 'quiet', 'north', 'salt', 'amber', 'iron', 'paper', 'moss', 'lunar', 'tidal']);
  const b = g.pick(['falcon', 'kettle', 'otter', 'lantern', 'comet', 'fern', 'harbour', 'wombat', 'cedar']);
  return phi(
    'other_id',
    g.pick([`${a}${b}${g.digits(2)}`, `${a}_${b}_${g.int(1, 999)}`, `x${a}${b}x`]),
    'handle',
  );
}

export function mail(g: Gen, p: Person): Span {
  const f = ascii(p.given);
  const l = ascii(p.family);
  const local = g.pick([
    `${f}.${l}`,
    `${f[0]}${l}`,
    `${f}${l}${g.digits(2)}`,
    `${l}.${f}`,
    `${f}_${g.int(70, 99)}`,
  ]);
  const domain = g.pick([
    'mailbox.example.com',
    'inbox.example.org',
    'post.example.co.uk',
    'mail.example.in',
    'webmail.example.com.au',
    'example.de',
    'courriel.example.fr',
    'example.nl',
  ]);
  return phi('email', `${local}@${domain}`);
}

/** A phone number in the person's country's usual spellings. */
export function phoneFor(g: Gen, where: Country, type: 'phone' | 'fax' = 'phone'): Span {
  const d = (n: number): string => g.digits(n);
  switch (where) {
    case 'UK':
      return phi(
        type,
        g.pick([
          `07${d(3)} ${d(6)}`,
          `+44 7${d(3)} ${d(3)} ${d(3)}`,
          `01${d(3)} ${d(6)}`,
          `(020) ${d(4)} ${d(4)}`,
        ]),
        'uk',
      );
    case 'IE':
      return phi(type, g.pick([`+353 8${g.int(3, 9)} ${d(3)} ${d(4)}`, `08${g.int(3, 9)}-${d(7)}`]), 'ie');
    case 'IN':
      return phi(
        type,
        g.pick([`+91 ${g.int(7, 9)}${d(4)} ${d(5)}`, `0${g.int(7, 9)}${d(9)}`, `+91-${g.int(7, 9)}${d(9)}`]),
        'in',
      );
    case 'AU':
      return phi(
        type,
        g.pick([
          `04${d(2)} ${d(3)} ${d(3)}`,
          `+61 4${d(2)} ${d(3)} ${d(3)}`,
          `(0${g.int(2, 8)}) ${d(4)} ${d(4)}`,
        ]),
        'au',
      );
    case 'DE':
      return phi(type, g.pick([`+49 ${g.int(151, 179)} ${d(7)}`, `0${g.int(30, 99)} ${d(6)}`]), 'de');
    case 'FR':
      return phi(
        type,
        g.pick([
          `+33 ${g.int(6, 7)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
          `0${g.int(1, 7)}.${d(2)}.${d(2)}.${d(2)}.${d(2)}`,
        ]),
        'fr',
      );
    case 'NL':
      return phi(type, g.pick([`+31 6 ${d(8)}`, `06-${d(8)}`]), 'nl');
    default:
      return phoneValue(g, type);
  }
}

interface Place {
  city: string;
  region: string;
  county?: string;
}

const PLACES: Record<Country, readonly Place[]> = {
  US: [
    { city: 'Ypsilanti', region: 'MI', county: 'Washtenaw County' },
    { city: 'Chillicothe', region: 'OH', county: 'Ross County' },
    { city: 'Walla Walla', region: 'WA', county: 'Walla Walla County' },
    { city: 'Kalispell', region: 'MT', county: 'Flathead County' },
    { city: 'Natchitoches', region: 'LA', county: 'Natchitoches Parish' },
    { city: 'Tahlequah', region: 'OK', county: 'Cherokee County' },
    { city: 'Paducah', region: 'KY', county: 'McCracken County' },
    { city: 'Bemidji', region: 'MN', county: 'Beltrami County' },
    { city: 'Keokuk', region: 'IA', county: 'Lee County' },
    { city: 'Nacogdoches', region: 'TX', county: 'Nacogdoches County' },
    { city: 'Brattleboro', region: 'VT', county: 'Windham County' },
  ],
  CA: [
    { city: 'Kamloops', region: 'BC' },
    { city: 'Moncton', region: 'NB' },
    { city: 'Lethbridge', region: 'AB' },
    { city: 'Kingston', region: 'ON' },
  ],
  UK: [
    { city: 'Barnstaple', region: 'England', county: 'Devon' },
    { city: 'Kidderminster', region: 'England', county: 'Worcestershire' },
    { city: 'Llandudno', region: 'Wales', county: 'Conwy' },
    { city: 'Market Harborough', region: 'England', county: 'Leicestershire' },
    { city: 'Stornoway', region: 'Scotland', county: 'Isle of Lewis' },
    { city: 'Hexham', region: 'England', county: 'Northumberland' },
    { city: 'Penzance', region: 'England', county: 'Cornwall' },
  ],
  IE: [
    { city: 'Ballina', region: 'Ireland', county: 'Co. Mayo' },
    { city: 'Clonakilty', region: 'Ireland', county: 'Co. Cork' },
    { city: 'Dungarvan', region: 'Ireland', county: 'Co. Waterford' },
  ],
  IN: [
    { city: 'Hubballi', region: 'Karnataka', county: 'Dharwad district' },
    { city: 'Thrissur', region: 'Kerala', county: 'Thrissur district' },
    { city: 'Kozhikode', region: 'Kerala' },
    { city: 'Jalandhar', region: 'Punjab' },
    { city: 'Madurai', region: 'Tamil Nadu' },
    { city: 'Nashik', region: 'Maharashtra' },
  ],
  AU: [
    { city: 'Wagga Wagga', region: 'NSW' },
    { city: 'Toowoomba', region: 'QLD' },
    { city: 'Bendigo', region: 'VIC' },
    { city: 'Fremantle', region: 'WA' },
    { city: 'Launceston', region: 'TAS' },
    { city: 'Mount Gambier', region: 'SA' },
  ],
  DE: [
    { city: 'Bamberg', region: 'Bayern' },
    { city: 'Lüneburg', region: 'Niedersachsen' },
    { city: 'Tübingen', region: 'Baden-Württemberg' },
  ],
  FR: [
    { city: 'Quimper', region: 'Bretagne' },
    { city: 'Colmar', region: 'Grand Est' },
    { city: 'Périgueux', region: 'Nouvelle-Aquitaine' },
  ],
  NL: [
    { city: 'Zwolle', region: 'Overijssel' },
    { city: 'Leeuwarden', region: 'Friesland' },
    { city: 'Deventer', region: 'Overijssel' },
  ],
};

const STREET_WORDS = [
  'Larkspur',
  'Caxton',
  'Wharncliffe',
  'Banksia',
  'Tannery',
  'Quarry',
  'Osprey',
  'Millrace',
  'Juniper',
  'Sorrel',
  'Kittiwake',
  'Haymarket',
  'Cobbold',
  'Ferncliff',
];

export interface Address {
  street: Span;
  city: Span;
  region: string;
  county?: Span;
  /** ZIP or postcode; Indian PIN codes are labeled geo. */
  code: Span;
  where: Country;
}

function postcode(g: Gen, where: Country): Span {
  const L = (n: number): string => g.letters(n, 'ABDEFGHJLNPQRSTUWXYZ');
  switch (where) {
    case 'UK':
      return phi(
        'zip',
        `${g.pick(['EX', 'DY', 'LL', 'LE', 'HS', 'NE', 'TR'])}${g.int(1, 39)} ${g.int(1, 9)}${L(2)}`,
        'uk',
      );
    case 'IE':
      return phi(
        'zip',
        `${g.pick(['F26', 'P85', 'X35', 'D08', 'H91'])} ${g.letters(1)}${g.digits(1)}${g.letters(2)}`,
        'eircode',
      );
    case 'IN':
      return phi(
        'geo',
        g.chance(0.3) ? `${g.int(5, 6)}${g.digits(2)} ${g.digits(3)}` : `${g.int(5, 6)}${g.digits(5)}`,
        'pin',
      );
    case 'AU':
      return phi('zip', `${g.int(2, 7)}${g.digits(3)}`, 'au');
    case 'DE':
    case 'FR':
      return phi('zip', `${g.int(1, 9)}${g.digits(4)}`, 'eu5');
    case 'NL':
      return phi('zip', `${g.int(1, 9)}${g.digits(3)} ${g.letters(2)}`, 'nl');
    case 'CA':
      return phi(
        'zip',
        `${g.letters(1)}${g.digits(1)}${g.letters(1)} ${g.digits(1)}${g.letters(1)}${g.digits(1)}`,
        'ca',
      );
    default: {
      const five = `${g.int(1, 9)}${g.digits(4)}`;
      return g.chance(0.3) ? phi('zip', `${five}-${g.digits(4)}`, 'zip4') : phi('zip', five, 'zip5');
    }
  }
}

function streetFor(g: Gen, where: Country): string {
  const w = g.pick(STREET_WORDS);
  const n = g.int(1, 4999);
  switch (where) {
    case 'UK':
    case 'IE':
      return g.pick([
        `${g.int(1, 180)} ${w} ${g.pick(['Road', 'Mews', 'Close', 'Terrace', 'Lane'])}`,
        `Flat ${g.int(1, 24)}, ${g.int(2, 90)} ${w} ${g.pick(['Street', 'Crescent', 'Gardens'])}`,
        `${w} Cottage, ${g.pick(['Church', 'Mill', 'Back'])} Lane`,
      ]);
    case 'IN':
      return g.pick([
        `No. ${g.int(1, 240)}, ${ordinalWord(g.int(1, 9))} Cross, ${g.pick(['Vidya Nagar', 'Gandhi Road', 'Ashok Vihar'])}`,
        `Flat ${g.int(101, 904)}, ${g.pick(['Sai Krupa', 'Lakshmi Nivas', 'Green Acres'])} Apartments, ${g.pick(['MG Road', 'Station Road'])}`,
        `H.No. ${g.int(1, 30)}-${g.int(1, 99)}/${g.int(1, 9)}, ${g.pick(['Ward 7', 'Sector 21', 'Block C'])}`,
      ]);
    case 'AU':
      return g.pick([
        `Unit ${g.int(1, 30)}/${g.int(1, 200)} ${w} ${g.pick(['Pde', 'St', 'Cres', 'Ave'])}`,
        `${g.int(1, 300)} ${w} ${g.pick(['Road', 'Street', 'Drive'])}`,
      ]);
    case 'DE':
      return `${w}${g.pick(['straße', 'weg', 'gasse'])} ${g.int(1, 120)}${g.pick(['', 'a', 'b'])}`;
    case 'FR':
      return `${g.int(1, 90)} ${g.pick(['rue', 'avenue', 'impasse'])} des ${g.pick(['Tanneurs', 'Cordiers', 'Tilleuls', 'Remparts'])}`;
    case 'NL':
      return `${w}${g.pick(['straat', 'gracht', 'laan'])} ${g.int(1, 200)}`;
    default:
      return g.pick([
        `${n} ${w} ${g.pick(['Hollow Dr', 'Ridge Rd', 'Ave', 'Street', 'Ct', 'Trail'])}`,
        `${n} ${g.pick(['N', 'S', 'E', 'W'])} ${w} St Apt ${g.int(1, 40)}${g.letters(1, 'ABCD')}`,
        `${n} County Road ${g.int(10, 900)}`,
      ]);
  }
}

function ordinalWord(n: number): string {
  return ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th'][n - 1] ?? `${n}th`;
}

export function address(g: Gen, where: Country): Address {
  const place = g.pick(PLACES[where]);
  const a: Address = {
    street: phi('street_address', streetFor(g, where)),
    city: phi('geo', place.city, 'city'),
    region: place.region,
    code: postcode(g, where),
    where,
  };
  if (place.county) a.county = phi('geo', place.county, 'county');
  return a;
}

/** One line: "street, city, region code". */
export function addressLine(a: Address): Frag {
  switch (a.where) {
    case 'UK':
    case 'IE':
      return a.county
        ? t`${a.street}, ${a.city}, ${a.county} ${a.code}`
        : t`${a.street}, ${a.city} ${a.code}`;
    case 'IN':
      return t`${a.street}, ${a.city}, ${a.region} - ${a.code}`;
    case 'DE':
    case 'FR':
    case 'NL':
      return t`${a.street}, ${a.code} ${a.city}`;
    default:
      return t`${a.street}, ${a.city}, ${a.region} ${a.code}`;
  }
}

/** The address across lines as a form prints it. */
export function addressBlock(a: Address): Frag {
  switch (a.where) {
    case 'DE':
    case 'FR':
    case 'NL':
      return t`${a.street}\n${a.code} ${a.city}`;
    case 'IN':
      return t`${a.street}\n${a.city} ${a.code}\n${a.region}`;
    case 'UK':
    case 'IE':
      return a.county
        ? t`${a.street}\n${a.city}\n${a.county}\n${a.code}`
        : t`${a.street}\n${a.city}\n${a.code}`;
    default:
      return t`${a.street}\n${a.city}, ${a.region} ${a.code}`;
  }
}

/** GPS coordinates near a place, as one span. */
export function coords(g: Gen): Span {
  const lat = (g.chance(0.7) ? 1 : -1) * (g.int(1000, 6200) / 100 + g.int(0, 9999) / 1e6);
  const lon = (g.chance(0.5) ? 1 : -1) * (g.int(100, 15000) / 100 + g.int(0, 9999) / 1e6);
  return phi(
    'geo',
    g.pick([`${lat.toFixed(6)}, ${lon.toFixed(6)}`, `${lat.toFixed(4)},${lon.toFixed(4)}`]),
    'gps',
  );
}

export function coordPair(g: Gen): [Span, Span] {
  const lat = (g.int(-4300, 6200) / 100 + g.int(0, 9999) / 1e6).toFixed(6);
  const lon = (g.int(-12000, 15000) / 100 + g.int(0, 9999) / 1e6).toFixed(6);
  return [phi('geo', lat, 'lat'), phi('geo', lon, 'lon')];
}

const pad = (n: number): string => String(n).padStart(2, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = [
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
];

/** A date in the writer's country's habit. */
export function dateIn(g: Gen, d: Date, where: Country): Span {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const us = [
    `${pad(m + 1)}/${pad(day)}/${y}`,
    `${m + 1}/${day}/${y}`,
    `${MONTH[m]} ${day}, ${y}`,
    `${y}-${pad(m + 1)}-${pad(day)}`,
  ];
  const dmy = [
    `${pad(day)}/${pad(m + 1)}/${y}`,
    `${day} ${MONTH[m]} ${y}`,
    `${pad(day)}-${MON[m]}-${y}`,
    `${day} ${MON[m]} ${y}`,
    `${y}-${pad(m + 1)}-${pad(day)}`,
  ];
  const de = [`${pad(day)}.${pad(m + 1)}.${y}`, `${day}. ${MONTH[m]} ${y}`];
  const forms = where === 'US' || where === 'CA' ? us : where === 'DE' || where === 'NL' ? de : dmy;
  return phi('date', g.pick(forms), where === 'US' ? 'us' : 'intl');
}

export function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function dob(g: Gen, old = 0.2): Date {
  const year = g.chance(old) ? g.int(1927, 1934) : g.int(1940, 2007);
  return new Date(Date.UTC(year, g.int(0, 11), g.int(1, 28)));
}

export function recent(g: Gen): Date {
  return new Date(Date.UTC(g.int(2024, 2026), g.int(0, 10), g.int(1, 28)));
}

export function plusDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

export function ageAt(birth: Date, at: Date): number {
  let a = at.getUTCFullYear() - birth.getUTCFullYear();
  if (
    at.getUTCMonth() < birth.getUTCMonth() ||
    (at.getUTCMonth() === birth.getUTCMonth() && at.getUTCDate() < birth.getUTCDate())
  )
    a--;
  return a;
}

/** An age: PHI over 89, a keep string otherwise. */
export function ageSpan(n: number): Span {
  return n > 89 ? phi('age', String(n)) : keep('age_under_90', String(n));
}

export function stamp(g: Gen, d: Date): Span {
  const hh = pad(g.int(0, 23));
  const mm = pad(g.int(0, 59));
  const ss = pad(g.int(0, 59));
  return keep(
    'timestamp',
    g.pick([
      `${iso(d)}T${hh}:${mm}:${ss}Z`,
      `${iso(d)} ${hh}:${mm}:${ss}`,
      `${iso(d)}T${hh}:${mm}:${ss}.${g.digits(3)}+00:00`,
    ]),
  );
}

export const clock = (g: Gen): string =>
  `${pad(g.int(7, 19))}:${g.pick(['00', '15', '30', '45', '10', '50'])}`;

export function uuid(g: Gen): Span {
  return keep('uuid', g.f.string.uuid());
}

export const year = (y: number): Span => keep('year', String(y));

// ---- Financial identifiers ----

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) r = (r * 10 + Number(ch)) % 97;
  return r;
}

/** A valid-checksum IBAN (mod 97), grouped in fours or run together. */
export function iban(g: Gen, where: Country = g.pick(['UK', 'DE', 'FR', 'NL', 'IE'] as const)): Span {
  const cc =
    where === 'UK' ? 'GB' : where === 'IE' ? 'IE' : where === 'DE' ? 'DE' : where === 'NL' ? 'NL' : 'FR';
  const bban =
    cc === 'GB' || cc === 'IE'
      ? `${g.letters(4, 'ABCDEFGHIKLMNOPRSTUVWXYZ')}${g.digits(14)}`
      : cc === 'DE'
        ? g.digits(18)
        : cc === 'NL'
          ? `${g.letters(4, 'ABCDEFGHIKLMNOPRSTUVWXYZ')}${g.digits(10)}`
          : `${g.digits(10)}${g.letters(1, 'ABCDEFGHJK')}${g.digits(10)}${g.digits(2)}`;
  const numeric = [...`${bban}${cc}00`]
    .map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch))
    .join('');
  const check = String(98 - mod97(numeric)).padStart(2, '0');
  const raw = `${cc}${check}${bban}`;
  return phi('account', g.chance(0.6) ? (raw.match(/.{1,4}/g) as string[]).join(' ') : raw, 'iban');
}

export const BICS = ['KSTRGB2LXXX', 'FNWKDEFF', 'QUIMFRPP', 'ZWOLNL2A', 'BALLIE2D', 'HUBLINBBXXX'];

export interface Card {
  issuer: string;
  number: Span;
}

/** A Luhn-valid card number with its network. */
export function card(g: Gen): Card {
  const kind = g.pick([
    'Visa',
    'Mastercard',
    'American Express',
    'Discover',
    'Maestro',
    'RuPay',
    'JCB',
  ] as const);
  const prefix =
    kind === 'Visa'
      ? '4'
      : kind === 'Mastercard'
        ? `5${g.int(1, 5)}`
        : kind === 'American Express'
          ? g.pick(['34', '37'])
          : kind === 'Discover'
            ? '6011'
            : kind === 'Maestro'
              ? '6759'
              : kind === 'RuPay'
                ? g.pick(['6521', '6522', '508'])
                : '3528';
  const len = kind === 'American Express' ? 15 : 16;
  const body = prefix + g.digits(len - 1 - prefix.length);
  const digits = body + luhnCheckDigit(body);
  let value: string;
  if (len === 15)
    value = g.chance(0.5) ? `${digits.slice(0, 4)} ${digits.slice(4, 10)} ${digits.slice(10)}` : digits;
  else {
    const sep = g.pick([' ', '-', '', ' ']);
    value = sep ? (digits.match(/.{4}/g) as string[]).join(sep) : digits;
  }
  return { issuer: kind, number: phi('account', value, 'card') };
}

export const cvv = (g: Gen): string => g.digits(g.chance(0.2) ? 4 : 3);
export const expiry = (g: Gen): string => `${pad(g.int(1, 12))}/${g.int(26, 31)}`;

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function wallet(g: Gen): Span {
  switch (g.int(0, 2)) {
    case 0:
      return phi('other_id', `bc1q${g.letters(38, BECH32)}`, 'btc-bech32');
    case 1:
      return phi('other_id', `${g.pick(['1', '3'])}${g.letters(g.int(25, 33), BASE58)}`, 'btc-legacy');
    default:
      return phi(
        'other_id',
        `0x${g.f.string.hexadecimal({ length: 40, casing: g.pick(['lower', 'mixed'] as const), prefix: '' })}`,
        'eth',
      );
  }
}

export function mac(g: Gen): Span {
  const bytes = Array.from({ length: 6 }, () =>
    g.f.string.hexadecimal({ length: 2, casing: 'lower', prefix: '' }),
  );
  const form = g.int(0, 3);
  const value =
    form === 0
      ? bytes.join(':')
      : form === 1
        ? bytes.join('-').toUpperCase()
        : form === 2
          ? `${bytes[0]}${bytes[1]}.${bytes[2]}${bytes[3]}.${bytes[4]}${bytes[5]}`
          : bytes.join(':').toUpperCase();
  return phi('device', value, 'mac');
}

export function ip(g: Gen): Span {
  const h = (): string => g.f.string.hexadecimal({ length: g.int(1, 4), casing: 'lower', prefix: '' });
  return g.pick([
    () => phi('ip', `${g.int(11, 223)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`, 'ipv4'),
    () => phi('ip', `192.168.${g.int(0, 20)}.${g.int(2, 254)}`, 'ipv4'),
    () => phi('ip', `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, 'ipv6'),
    () => phi('ip', `2001:db8:${h()}::${h()}`, 'ipv6'),
  ])();
}

export const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
  'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
];

export const EYES = ['brown', 'hazel', 'blue', 'green', 'grey', 'amber'];
export const GENDERS = ['female', 'male', 'non-binary', 'Female', 'Male', 'F', 'M'];
export const height = (g: Gen): string =>
  g.pick([
    `${g.int(150, 198)} cm`,
    `${g.int(4, 6)}'${g.int(0, 11)}"`,
    `${g.int(4, 6)} ft ${g.int(0, 11)} in`,
    `${g.int(150, 198) / 100}m`,
  ]);
export const JOBS = [
  'Senior Payroll Analyst',
  'Lecturer in Geography',
  'Warehouse Shift Lead',
  'Claims Adjuster II',
  'Paediatric Staff Nurse',
  'Customer Success Manager',
  'Quantity Surveyor',
  'Data Protection Officer',
  'Apprentice Electrician',
  'Teaching Assistant',
];

// ---- Vehicles, travel and national identifiers ----

export function plate(g: Gen, where: Country): Span {
  const L = (n: number): string => g.letters(n, 'ABCDEFGHJKLMNPRSTUVWXYZ');
  switch (where) {
    case 'UK':
      return phi(
        'vehicle',
        g.pick([`${L(2)}${g.int(10, 74)} ${L(3)}`, `${L(2)}${g.int(10, 74)}${L(3)}`]),
        'vrm',
      );
    case 'IN':
      return phi(
        'vehicle',
        g.pick([
          `KA ${g.digits(2)} ${L(2)} ${g.digits(4)}`,
          `KL-${g.digits(2)}-${L(1)}-${g.digits(4)}`,
          `PB${g.digits(2)}${L(2)}${g.digits(4)}`,
        ]),
        'vrm',
      );
    case 'AU':
      return phi(
        'vehicle',
        g.pick([`${L(3)}${g.digits(2)}${L(1)}`, `${g.digits(3)}-${L(3)}`, `${L(2)}-${g.digits(2)}-${L(2)}`]),
        'vrm',
      );
    case 'DE':
      return phi('vehicle', `${g.pick(['BA', 'LG', 'TÜ'])}-${L(2)} ${g.int(1, 9999)}`, 'vrm');
    case 'IE':
      return phi('vehicle', `${g.int(141, 252)}-${g.pick(['MO', 'C', 'WD'])}-${g.int(1, 99999)}`, 'vrm');
    default:
      return phi(
        'vehicle',
        g.pick([`${g.int(1, 9)}${L(3)}${g.digits(3)}`, `${L(3)}-${g.digits(4)}`, `${L(3)} ${g.digits(3)}`]),
        'plate',
      );
  }
}

export function passport(g: Gen, where: Country): Span {
  const L = (n: number): string => g.letters(n, 'ABCDEFGHJKLMNPRSTUVWXYZ');
  const value =
    where === 'IN'
      ? `${L(1)}${g.digits(7)}`
      : where === 'UK' || where === 'US'
        ? g.digits(9)
        : where === 'AU'
          ? `${L(2)}${g.digits(7)}`
          : where === 'DE'
            ? `C${g.letters(8, 'CFGHJKLMNPRTVWXYZ0123456789')}`
            : `${g.digits(2)}${L(2)}${g.digits(5)}`;
  return phi('license', value, 'passport');
}

export function driving(g: Gen, where: Country, p: Person): Span {
  const L = (n: number): string => g.letters(n, 'ABCDEFGHJKLMNPRSTUVWXYZ');
  if (where === 'UK') {
    const fam = `${p.family.toUpperCase().replace(/[^A-Z]/g, '')}99999`.slice(0, 5);
    return phi(
      'license',
      `${fam}${g.digits(6)}${p.given[0]?.toUpperCase()}${L(1)}${g.digits(1)}${L(2)}`,
      'dl-uk',
    );
  }
  if (where === 'IN')
    return phi(
      'license',
      `${g.pick(['KA', 'KL', 'PB', 'TN'])}${g.digits(2)} ${g.int(2005, 2024)}${g.digits(7)}`,
      'dl-in',
    );
  if (where === 'AU') return phi('license', g.digits(g.int(8, 10)), 'dl-au');
  return phi(
    'license',
    g.pick([
      `${L(1)}${g.digits(7)}`,
      `${L(1)}${g.digits(3)}-${g.digits(3)}-${g.digits(2)}-${g.digits(3)}-${g.digits(1)}`,
      g.digits(9),
    ]),
    'dl',
  );
}

/** A national identifier that is not a US SSN: NI number, Aadhaar, PAN, TFN, PPSN (other_id); SIN (ssn). */
export function nationalId(g: Gen, where: Country): [string, Span] {
  const L = (n: number): string => g.letters(n, 'ABCEGHJKLMNPRSTWXYZ');
  switch (where) {
    case 'UK':
      return [
        'National Insurance number',
        phi(
          'other_id',
          g.pick([
            `${L(2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.pick(['A', 'B', 'C', 'D'])}`,
            `${L(2)}${g.digits(6)}${g.pick(['A', 'B', 'C', 'D'])}`,
          ]),
          'nino',
        ),
      ];
    case 'IN':
      return g.chance(0.6)
        ? [
            'Aadhaar',
            phi('other_id', `${g.int(2, 9)}${g.digits(3)} ${g.digits(4)} ${g.digits(4)}`, 'aadhaar'),
          ]
        : ['PAN', phi('other_id', `${L(3)}P${L(1)}${g.digits(4)}${L(1)}`, 'pan')];
    case 'AU':
      return ['TFN', phi('other_id', `${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`, 'tfn')];
    case 'IE':
      return ['PPSN', phi('other_id', `${g.digits(7)}${L(1)}${g.pick(['', 'A', 'W'])}`, 'ppsn')];
    case 'CA':
      return ['SIN', phi('ssn', `${g.int(1, 7)}${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`, 'sin')];
    case 'DE':
      return ['Steuer-ID', phi('other_id', g.digits(11), 'steuer-id')];
    case 'FR':
      return [
        'NIR',
        phi(
          'other_id',
          `${g.int(1, 2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(3)} ${g.digits(3)} ${g.digits(2)}`,
          'nir',
        ),
      ];
    case 'NL':
      return ['BSN', phi('other_id', g.digits(9), 'bsn')];
    default: {
      const a = `${g.int(1, 665)}`.padStart(3, '0');
      return [
        'SSN',
        phi(
          'ssn',
          `${a}-${g.digits(2).replace('00', '41')}-${g.digits(4).replace('0000', '2207')}`,
          'ssn-dash',
        ),
      ];
    }
  }
}

/** A health system identifier in the country's form: NHS number, Medicare card, ABHA, member ID. */
export function healthId(g: Gen, where: Country): [string, Span] {
  switch (where) {
    case 'UK':
      return ['NHS No.', phi('health_plan', `${g.digits(3)} ${g.digits(3)} ${g.digits(4)}`, 'nhs')];
    case 'AU':
      return [
        'Medicare card',
        phi('health_plan', `${g.int(2, 6)}${g.digits(3)} ${g.digits(5)} ${g.int(1, 9)}`, 'medicare-au'),
      ];
    case 'IN':
      return [
        'ABHA number',
        phi('health_plan', `${g.digits(2)}-${g.digits(4)}-${g.digits(4)}-${g.digits(4)}`, 'abha'),
      ];
    case 'IE':
      return ['Medical Card No.', phi('health_plan', `${g.digits(7)}${g.letters(1)}`, 'gms')];
    case 'DE':
      return ['Versichertennummer', phi('health_plan', `${g.letters(1)}${g.digits(9)}`, 'kvnr')];
    case 'FR':
      return ['N° carte Vitale', phi('health_plan', `${g.int(1, 2)}${g.digits(14)}`, 'vitale')];
    case 'CA':
      return [
        'OHIP',
        phi('health_plan', `${g.digits(4)}-${g.digits(3)}-${g.digits(3)}-${g.letters(2)}`, 'ohip'),
      ];
    default:
      return [
        g.pick(['Member ID', 'Subscriber ID', 'Member #']),
        phi(
          'health_plan',
          g.pick([
            `${g.letters(3)}${g.digits(9)}`,
            `${g.letters(1)}${g.digits(8)}0${g.int(1, 4)}`,
            `${g.digits(11)}`,
          ]),
          'member',
        ),
      ];
  }
}

// ---- Clinical vocabulary (this split's own lists) ----

export const ORGS = {
  hospital: [
    'Harrowgate Valley Medical Centre',
    'Sundaram Multispeciality Hospital',
    'Wattlebank Community Health',
    'St Brannock Infirmary',
    'Kestrel Ridge Regional Hospital',
    'Ballycastle Road Clinic',
    'Lindenhof Klinikum Bamberg',
    'Clinique des Remparts',
    'Isala Zwolle Poliklinieken',
    'Ferncliff Family Practice',
  ],
  payer: [
    'Kestrel Mutual Health',
    'Ostrander Benefits Trust',
    'Meridale Health Plan',
    'Cobbold Assurance',
    'Banksia Health Fund',
    'Suraksha General Insurance',
    'Quenby Provident',
  ],
  employer: [
    'Corvane Analytics Ltd',
    'Tallis & Breck LLP',
    'Northmarch Logistics',
    'Hollowbrook Credit Union',
    'Pelorus Learning Trust',
    'Veldhoven Precision B.V.',
    'Anantha Textiles Pvt Ltd',
    'Redgum Civil Pty Ltd',
  ],
  pharmacy: ['Pinnacle Lane Pharmacy', 'Osprey Chemists', 'Medplus Hubballi', 'Wharf Street Pharmacy'],
  lab: [
    'Northmarch Diagnostics',
    'Tannery Row Pathology',
    'Quarry Hill Laboratories',
    'Millrace Reference Lab',
  ],
  bank: ['Fenwick Cooperative Bank', 'Kittiwake Savings', 'Haymarket Building Society', 'Sorrel Bank plc'],
  school: [
    'Pelorus Academy',
    'Ferncliff Sixth Form College',
    'Tahlequah Valley Community College',
    'Vidya Vikas Institute',
  ],
  sponsor: ['Meridale Clinical Research', 'Juniper Trials Ltd', 'Osprey Therapeutics'],
};

export const org = (g: Gen, kind: keyof typeof ORGS): Span => keep('organization', g.pick(ORGS[kind]));

export const DRUGS = [
  'Pan 40 mg',
  'Telma 40 mg',
  'Glycomet GP 2 mg',
  'Rosuvas 10 mg',
  'Shelcal 500 mg',
  'Zerodol-SP 100 mg',
  'Montair LC 10 mg',
  'Thyronorm 50 mcg',
  'Nurofen Plus 200 mg',
  'Co-codamol 30/500 mg',
  'lercanidipine 10 mg',
  'moxonidine 200 mcg',
  'etoricoxib 90 mg',
  'nefopam 30 mg',
  'mebeverine 135 mg',
  'aceclofenac 100 mg',
  'itopride 50 mg',
  'teneligliptin 20 mg',
  'voglibose 0.3 mg',
  'cilnidipine 10 mg',
  'azelnidipine 8 mg',
  'trimetazidine 35 mg',
  'bilastine 20 mg',
  'rupatadine 10 mg',
  'tolperisone 150 mg',
  'thiocolchicoside 4 mg',
  'diacerein 50 mg',
  'dydrogesterone 10 mg',
  'Nitrofurantoin MR 100 mg',
  'faropenem 200 mg',
];
export const drug = (g: Gen): Span => keep('drug_dose', g.pick(DRUGS));

export const LABS: readonly ((g: Gen) => string)[] = [
  (g) => `HbA1c ${g.int(52, 96) / 10}%`,
  (g) => `ferritin ${g.int(6, 310)} ng/mL`,
  (g) => `eGFR ${g.int(24, 110)} mL/min/1.73m²`,
  (g) => `TSH ${g.int(3, 90) / 10} mIU/L`,
  (g) => `vitamin D ${g.int(8, 60)} ng/mL`,
  (g) => `LDL-C ${g.int(14, 52) / 10} mmol/L`,
  (g) => `CRP ${g.int(1, 140)} mg/L`,
  (g) => `haemoglobin ${g.int(88, 168)} g/L`,
  (g) => `platelets ${g.int(90, 420)} x10⁹/L`,
  (g) => `sodium ${g.int(128, 146)} mmol/L`,
];
export const lab = (g: Gen): Span => keep('lab_value', g.pick(LABS)(g));

/** Clinical codes with their system; none repeat another split's on purpose. */
export const CODES: Record<string, readonly string[]> = {
  'ICD-10': [
    'M92.41',
    'M92.51',
    'M93.011',
    'M24.811',
    'M67.441',
    'M77.31',
    'S83.242A',
    'S42.201A',
    'S52.572A',
    'S62.101A',
    'G57.61',
    'H90.3',
    'H93.13',
    'L30.4',
    'K63.5',
    'N94.6',
    'F51.01',
    'G47.10',
    'M76.821',
    'M79.672',
    'M21.611',
    'M89.171',
    'S76.012A',
    'S86.011A',
    'S66.912A',
    'M54.42',
    'M53.3',
  ],
  CPT: [
    '97162',
    '99203',
    '99443',
    '98970',
    '98971',
    '20550',
    '29540',
    '76881',
    '93784',
    '94660',
    '82306',
    '97763',
    '97760',
    '29580',
    '29405',
    '20526',
    '64450',
    '76882',
    '27096',
    '97012',
    '97035',
    '97113',
    '97542',
  ],
  LOINC: ['14631-6', '20448-7'],
  SNOMED: [
    '203082005',
    '202855006',
    '239720000',
    '62315008',
    '202882003',
    '57190000',
    '34840004',
    '75098008',
    '128188000',
    '202708005',
    '209567006',
    '263204007',
    '127279002',
    '429054002',
  ],
  HCPCS: [
    'A4259',
    'E0607',
    'E0650',
    'L1833',
    'L3908',
    'L4361',
    'A6212',
    'A4556',
    'E0730',
    'L1902',
    'L3807',
    'E0114',
    'A7030',
    'A7034',
  ],
  'ICD-10-AM': ['S83.53', 'M23.26', 'S92.33', 'M76.6', 'S62.01'],
  OPCS: ['W82.2', 'W74.1', 'T67.1', 'W85.1', 'O29.1', 'T79.2'],
};
export function code(g: Gen, system?: string): [string, Span] {
  const sys = system ?? g.pick(Object.keys(CODES));
  return [sys, keep('clinical_code', g.pick(CODES[sys] as readonly string[]))];
}
export function ndc(g: Gen): Span {
  return keep('clinical_code', `${g.int(50000, 79999)}-${g.digits(3)}-${g.digits(2)}`);
}

export const EPONYMS = [
  'Panner disease',
  'Iselin disease',
  'Blount disease',
  'Thiemann disease',
  'Mauclaire disease',
  'Van Neck-Odelberg disease',
  'Buschke-Ollendorff syndrome',
  'Morel-Lavallée lesion',
  "Clay-shoveller's fracture",
  'Sinding-Larsen lesion',
  'Gorham-Stout disease',
  'Behçet disease',
  'Susac syndrome',
  'Parsonage-Turner syndrome',
  'Wartenberg syndrome',
  'Guyon canal syndrome',
  'Kiloh-Nevin syndrome',
];
export const eponym = (g: Gen): Span => keep('eponym', g.pick(EPONYMS));

/** Eponymous examination tests and signs. */
export const EPONYM_TESTS = [
  'Hawkins sign',
  'Simmonds test',
  'Patrick test',
  'Jobe test',
  'Roos test',
  'Kleinman shear test',
  'Reagan test',
  'Finochietto-Bunnell test',
];
export const eponymTest = (g: Gen): Span => keep('eponym', g.pick(EPONYM_TESTS));

export const DEVICES = [
  'Accu-Chek Instant',
  'CareSens N Premier',
  'Dr Trust Smart Glucometer',
  'Omron HEM-7156T',
  'Rossmax X5',
  'Beurer BM 54',
  'Microlife WatchBP Home A',
  'Aidex X',
  'Linx CGM',
  'Ottai CGM',
  'Amazfit Bip 5',
  'Noise ColorFit Pro 5',
  'Huawei Watch D2',
  'Xiaomi Smart Band 8',
  'Resvent iBreeze',
  'BMC Luna G3',
  'Oticon Intent',
  'Widex Moment Sheer',
  'Qardio QardioArm',
  'Kinsa QuickCare',
  'Ultrahuman Ring Air',
  'RingConn Gen 2',
];
export const deviceName = (g: Gen): Span => keep('device_name', g.pick(DEVICES));

export function version(g: Gen): Span {
  return keep(
    'version',
    g.pick([
      `${g.int(1, 9)}.${g.int(0, 30)}.${g.int(0, 20)}`,
      `v${g.int(2, 6)}.${g.int(0, 12)}`,
      `${g.int(2023, 2026)}.${g.int(1, 12)}.${g.int(100, 999)}`,
    ]),
  );
}

export function statistic(g: Gen): Span {
  return keep(
    'statistic',
    g.pick([
      `1 in ${g.pick(['250', '1,200', '4,000', '12,500'])}`,
      `${g.int(2, 38)}% of participants`,
      `hazard ratio ${g.int(55, 95) / 100} (95% CI ${g.int(40, 54) / 100}–${g.int(96, 99) / 100})`,
      `${g.int(1, 9)}.${g.int(0, 9)} per 1,000 person-years`,
      `response rate ${g.int(20, 70)}%`,
    ]),
  );
}
