/**
 * Addresses, postcodes and phone numbers of blind split 14's regions, composed for this split.
 * SYNTHETIC DATA ONLY. Labels: the street line (house, flat, block, lot, P.O. box, Ghana
 * digital address) is street_address; towns, suburbs, townships, barangays, estates, districts
 * and parishes are geo; postcodes are zip; provinces, states and countries stay unlabeled.
 */
import type { Gen } from '../context';
import { type Frag, phi, type Span, t } from '../fragment';
import type { Region } from './names';

interface RegionPlaces {
  streets: readonly string[];
  towns: readonly string[];
  /** The province or state a town line ends with (unlabeled: state level). */
  provinces: readonly string[];
}

const PLACES: Record<Region, RegionPlaces> = {
  uk: {
    streets: [
      'Albion Terrace',
      'Cobden Street',
      'Nab Lane',
      'Wellgate',
      'Ropewalk Court',
      'Tithebarn Road',
      'Heol y Nant',
      'Priory Close',
      'Sandygate Mews',
      'Fothergill Way',
    ],
    towns: [
      'Hebden Bridge',
      'Todmorden',
      'Ystradgynlais',
      'Morecambe',
      'Bideford',
      'Dewsbury',
      'Kirkcaldy',
      'Ashby-de-la-Zouch',
      'Redruth',
      'Clitheroe',
    ],
    provinces: ['West Yorkshire', 'Lancashire', 'Powys', 'Devon', 'Fife', 'Cornwall'],
  },
  za: {
    streets: [
      'Ntuli Street',
      'Mngadi Road',
      'Voortrekker Weg',
      'Sisulu Crescent',
      'Mabhida Drive',
      'Kerk Straat',
      'Sithole Lane',
      'Bhengu Avenue',
    ],
    towns: [
      'Umlazi',
      'KwaMashu',
      'Khayelitsha',
      'Gugulethu',
      'Mdantsane',
      'Mthatha',
      'Bellville',
      'Mamelodi',
      'Pietermaritzburg',
      'Phoenix',
    ],
    provinces: ['KwaZulu-Natal', 'Western Cape', 'Eastern Cape', 'Gauteng'],
  },
  in: {
    streets: [
      '4th Cross, 2nd Main',
      'Gandhi Street',
      'Kamaraj Salai',
      'Nehru Nagar 3rd Lane',
      'Vivekananda Road',
      'Old Temple Street',
      'Ranga Reddy Colony',
    ],
    towns: [
      'Indiranagar',
      'T. Nagar',
      'Tambaram',
      'Kukatpally',
      'Vijayawada',
      'Madurai',
      'Guntur',
      'Ludhiana',
      'Moga',
      'Velachery',
    ],
    provinces: ['Tamil Nadu', 'Andhra Pradesh', 'Telangana', 'Karnataka', 'Punjab'],
  },
  sg: {
    streets: [
      'Ang Mo Kio Ave 3',
      'Bedok North Street 2',
      'Jurong West St 42',
      'Toa Payoh Lorong 1',
      'Tampines St 81',
      'Woodlands Drive 14',
      'Yishun Ring Road',
    ],
    towns: ['Ang Mo Kio', 'Bedok', 'Jurong West', 'Toa Payoh', 'Tampines', 'Woodlands', 'Yishun'],
    provinces: [''],
  },
  hk: {
    streets: [
      'Wah Fu Estate Block 3',
      'Choi Hung Road',
      'Shek Kip Mei Estate Block 41',
      'Un Chau Street',
      'Tsz Wan Shan Road',
      'Lok Fu Estate Block 7',
    ],
    towns: ['Pok Fu Lam', 'Sham Shui Po', 'Wong Tai Sin', 'Kwun Tong', 'Tuen Mun', 'Sha Tin', 'Tai Po'],
    provinces: [''],
  },
  ng: {
    streets: [
      'Adeola Odeku Street',
      'Bode Thomas Street',
      'Okigwe Road',
      'Ogui Road',
      'Ring Road',
      'Ziks Avenue',
      'Herbert Macaulay Way',
    ],
    towns: ['Surulere', 'Ikeja', 'Yaba', 'Enugu', 'Owerri', 'Ibadan', 'Nsukka', 'Ile-Ife', 'Onitsha'],
    provinces: ['Lagos State', 'Enugu State', 'Oyo State', 'Imo State', 'Anambra State'],
  },
  ke: {
    streets: [
      'Milimani Estate',
      'Ngong Road',
      'Oginga Odinga Street',
      'Kenyatta Avenue',
      'Jogoo Road',
      'Kondele Lane',
    ],
    towns: ['Kisumu', 'Nyeri', 'Kakamega', 'Thika', 'Kiambu', 'Homa Bay', 'Eldoret', 'Kibera', 'Umoja'],
    provinces: ['Kisumu County', 'Nairobi County', 'Nyeri County'],
  },
  gh: {
    streets: ['Nii Okaiman Street', 'Oxford Street', 'Asafo Market Road', 'Lake Road', 'Mango Tree Avenue'],
    towns: ['Dome', 'Madina', 'Kaneshie', 'Bantama', 'Suame', 'Tema', 'Cape Coast', 'Ho', 'Kasoa'],
    provinces: ['Greater Accra', 'Ashanti Region', 'Central Region', 'Volta Region'],
  },
  ph: {
    streets: [
      'Sampaguita St.',
      'Mabini St.',
      'Rizal Ave. Ext.',
      'Kalayaan Ave.',
      'P. Burgos St.',
      'Magsaysay Blvd.',
    ],
    towns: [
      'Brgy. San Isidro, Antipolo City',
      'Brgy. Malanday, Marikina',
      'Brgy. Lahug, Cebu City',
      'Brgy. Poblacion, Tanauan',
      'Brgy. Talamban, Cebu City',
      'Tondo, Manila',
    ],
    provinces: ['Rizal', 'Metro Manila', 'Cebu', 'Batangas'],
  },
  jm: {
    streets: [
      'Hope Road',
      'Red Hills Road',
      'Greenwich Acres',
      'Spanish Town Road',
      'Mannings Hill Road',
      'Molynes Road',
    ],
    towns: [
      'Kingston 6',
      'Kingston 11',
      'Portmore',
      'Mandeville',
      'May Pen',
      'Spanish Town',
      'Ocho Rios',
      'Montego Bay',
    ],
    provinces: ['St. Andrew', 'St. Catherine', 'Manchester', 'Clarendon', 'St. James'],
  },
  us: {
    streets: [
      'Cedar Bluff Rd',
      'Old Mill Pike',
      'W Pensacola St',
      'Tamarack Ln',
      'County Road 14',
      'Bayou Vista Dr',
      'Eastgate Blvd',
    ],
    towns: ['Knoxville', 'Bartlesville', 'Tallahassee', 'Lafayette', 'Sandusky', 'Grand Island', 'Paducah'],
    provinces: ['TN', 'OK', 'FL', 'LA', 'OH', 'NE', 'KY'],
  },
};

export interface Address {
  street: Span;
  town: Span;
  province: string;
  zip?: Span;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function ukPostcode(g: Gen): string {
  const area = g.pick(['HX', 'OL', 'LA', 'EX', 'KY', 'LE', 'TR', 'BB', 'SA', 'WF', 'M', 'L', 'B']);
  const district = area.length === 1 ? g.int(1, 40) : g.int(1, 19);
  return `${area}${district} ${g.int(0, 9)}${g.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
}

/** The postcode of an address in the region; undefined where the region has none in use. */
export function postcode(g: Gen, region: Region): Span | undefined {
  switch (region) {
    case 'uk':
      return phi('zip', ukPostcode(g), 'uk');
    case 'za':
      return phi('zip', pad(g.int(1, 9999), 4), 'za');
    case 'in': {
      const pin = `${g.int(5, 6)}${g.digits(5)}`;
      return phi('zip', g.chance(0.2) ? `${pin.slice(0, 3)} ${pin.slice(3)}` : pin, 'in_pin');
    }
    case 'sg':
      return phi('zip', `${g.int(1, 8)}${g.digits(5)}`, 'sg');
    case 'ng':
      return phi('zip', `${g.int(1, 9)}0${g.digits(4)}`, 'ng');
    case 'ke':
      return phi('zip', `${g.int(1, 9)}0${g.digits(1)}00`, 'ke');
    case 'ph':
      return phi('zip', `${g.int(1, 9)}${g.digits(3)}`, 'ph');
    case 'us':
      return phi('zip', `${g.int(3, 7)}${g.digits(4)}`, 'zip5');
    default:
      return undefined;
  }
}

function streetLine(g: Gen, region: Region, street: string): string {
  const n = g.int(1, 240);
  switch (region) {
    case 'uk':
      return g.chance(0.3) ? `Flat ${g.int(1, 12)}, ${n} ${street}` : `${n} ${street}`;
    case 'za':
      return g.chance(0.4)
        ? `${g.int(100, 9999)} ${street}, Section ${g.pick(['C', 'K', 'U', 'Q'])}`
        : `${n} ${street}`;
    case 'in':
      return `${g.pick(['No.', 'Door No.', 'Flat'])} ${g.int(1, 60)}${g.pick(['', '/A', 'B', '-2'])}, ${street}`;
    case 'sg':
      return `Blk ${g.int(100, 899)} ${street} #${pad(g.int(2, 18), 2)}-${g.int(10, 999)}`;
    case 'hk':
      return `Flat ${g.int(1, 30)}${g.pick(['A', 'B', 'C', 'D'])}, ${g.int(2, 40)}/F, ${street}`;
    case 'ke':
      return g.chance(0.5) ? `P.O. Box ${g.int(100, 99_999)}` : `${street}, House No. ${g.int(1, 90)}`;
    case 'gh':
      return `House No. ${g.pick(['', 'C', 'D'])}${g.int(1, 400)}, ${street}`;
    case 'ph':
      return `Blk ${g.int(1, 40)} Lot ${g.int(1, 60)}, ${street}`;
    case 'jm':
      return g.chance(0.5) ? `Lot ${g.int(1, 900)}, ${street}` : `${n} ${street}`;
    default:
      return `${n} ${street}`;
  }
}

export function addressIn(g: Gen, region: Region): Address {
  const p = PLACES[region];
  const addr: Address = {
    street: phi('street_address', streetLine(g, region, g.pick(p.streets)), region),
    town: phi('geo', g.pick(p.towns), region),
    province: g.pick(p.provinces),
  };
  const zip = postcode(g, region);
  if (zip) addr.zip = zip;
  return addr;
}

/** A Ghana Post digital address ("GA-183-8164"): pins a few metres, so it is a street address. */
export function ghanaGps(g: Gen): Span {
  return phi(
    'street_address',
    `${g.pick(['GA', 'AK', 'CC', 'GT', 'VH'])}-${g.int(100, 999)}-${g.int(1000, 9999)}`,
    'gh_gps',
  );
}

/** The address on one line or several, with the region's order of postcode and town. */
export function addressText(g: Gen, region: Region, a: Address, sep = g.pick([', ', '\n'])): Frag {
  const prov = a.province ? `${sep}${a.province}` : '';
  if (!a.zip) return t`${a.street}${sep}${a.town}${prov}`;
  switch (region) {
    case 'uk':
      return t`${a.street}${sep}${a.town}${sep}${a.zip}`;
    case 'sg':
      return t`${a.street}${sep}Singapore ${a.zip}`;
    case 'in':
      return t`${a.street}${sep}${a.town}${g.pick([' - ', ', ', ' '])}${a.zip}${prov}`;
    case 'ke':
      return t`${a.street}${g.pick(['-', ' - ', ', '])}${a.zip}${sep}${a.town}`;
    case 'us':
      return t`${a.street}${sep}${a.town}, ${a.province} ${a.zip}`;
    default:
      return t`${a.street}${sep}${a.town}${sep}${a.zip}${prov}`;
  }
}

/** A phone number as the region writes it (UK numbers from the ranges set aside for drama). */
export function phoneIn(g: Gen, region: Region, type: 'phone' | 'fax' = 'phone'): Span {
  const d = (n: number): string => g.digits(n);
  const forms: Record<Region, (() => string)[]> = {
    uk: [
      () => `07700 900${d(3)}`,
      () => `01632 960${d(3)}`,
      () => `0113 496 0${d(3)}`,
      () => `+44 7700 900${d(3)}`,
      () => `(0161) 496 0${d(3)}`,
    ],
    za: [
      () => `08${g.int(1, 4)} ${d(3)} ${d(4)}`,
      () => `+27 ${g.int(60, 84)} ${d(3)} ${d(4)}`,
      () => `031 ${d(3)} ${d(4)}`,
      () => `0${g.int(60, 84)}${d(7)}`,
    ],
    in: [
      () => `+91 ${g.int(7, 9)}${d(4)} ${d(5)}`,
      () => `${g.int(7, 9)}${d(4)}${d(5)}`,
      () => `044-${d(4)} ${d(4)}`,
      () => `0863-${d(7)}`,
    ],
    sg: [
      () => `+65 ${g.pick(['8', '9'])}${d(3)} ${d(4)}`,
      () => `${g.pick(['8', '9', '6'])}${d(3)} ${d(4)}`,
      () => `6${d(7)}`,
    ],
    hk: [
      () => `+852 ${g.pick(['5', '6', '9'])}${d(3)} ${d(4)}`,
      () => `${g.pick(['2', '3'])}${d(3)} ${d(4)}`,
      () => `${g.pick(['9', '6'])}${d(7)}`,
    ],
    ng: [
      () => `080${g.int(2, 9)} ${d(3)} ${d(4)}`,
      () => `+234 ${g.pick(['803', '805', '806', '813', '703'])} ${d(3)} ${d(4)}`,
      () => `0${g.pick(['803', '706', '815'])}${d(7)}`,
    ],
    ke: [
      () => `07${d(2)} ${d(3)} ${d(3)}`,
      () => `+254 7${d(2)} ${d(6)}`,
      () => `0${g.pick(['722', '733', '711'])}${d(6)}`,
    ],
    gh: [
      () => `02${g.pick(['4', '0', '7'])} ${d(3)} ${d(4)}`,
      () => `+233 ${g.pick(['24', '54', '20'])} ${d(3)} ${d(4)}`,
      () => `05${d(8)}`,
    ],
    ph: [
      () => `09${g.int(15, 99)} ${d(3)} ${d(4)}`,
      () => `+63 9${d(2)} ${d(3)} ${d(4)}`,
      () => `(02) 8${d(3)} ${d(4)}`,
    ],
    jm: [
      () => `(876) ${g.int(200, 999)}-${d(4)}`,
      () => `876-${g.int(200, 999)}-${d(4)}`,
      () => `1876${g.int(200, 999)}${d(4)}`,
    ],
    us: [
      () => `(${g.int(201, 989)}) ${g.int(201, 989)}-${d(4)}`,
      () => `${g.int(201, 989)}-${g.int(201, 989)}-${d(4)}`,
      () => `${g.int(201, 989)}.${g.int(201, 989)}.${d(4)}`,
    ],
  };
  return phi(type, g.pick(forms[region])(), region);
}

export function emailFor(g: Gen, given: string, family: string): Span {
  const clean = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
  const local = g.pick([
    `${clean(given)}.${clean(family)}`,
    `${clean(given)}${g.int(1, 99)}`,
    `${clean(family)}${clean(given).slice(0, 1)}${g.int(70, 2009)}`,
    `${clean(given).slice(0, 1)}${clean(family)}`,
  ]);
  return phi(
    'email',
    `${local}@${g.pick(['gmail.example', 'yahoo.example.co.uk', 'nhs.example.net', 'mail.example.co.za', 'outlook.example.com', 'rediffmail.example.in'])}`,
  );
}
