/** Addresses and phone numbers of blind split 12: US, Canada, Ireland, New Zealand, Australia. SYNTHETIC ONLY. */
import type { Gen } from '../context';
import { type Frag, phi, type Span, t } from '../fragment';

export type Country = 'us' | 'ca' | 'ie' | 'nz' | 'au';

export interface Place {
  country: Country;
  street: Span;
  town: Span;
  /** State, province or county as written (not PHI above the county level, except Irish counties). */
  region: string;
  postcode: Span;
}

const STREET_NAMES = [
  'Kōwhai',
  'Rimu',
  'Wattle',
  'Jacaranda',
  'Bridie',
  'Ballycastle',
  'Rue des Érables',
  'Tamarack',
  'Saskatoon',
  'Old Quarry',
  'Ironbark',
  'Pōhutukawa',
  'Larkspur',
  'Cottonwood',
  'Magpie',
];
const SUFFIX: Record<Country, string[]> = {
  us: ['St', 'Ave', 'Rd', 'Lane', 'Ct', 'Hwy'],
  ca: ['Crescent', 'Drive', 'Rd', 'Street', 'Blvd'],
  ie: ['Road', 'Park', 'Terrace', 'Avenue', 'Heights'],
  nz: ['Street', 'Road', 'Place', 'Terrace', 'Crescent'],
  au: ['Street', 'Parade', 'Close', 'Circuit', 'Road'],
};
const TOWNS: Record<Country, [string, string][]> = {
  us: [
    ['Chinle', 'AZ'],
    ['Bemidji', 'MN'],
    ['Gallup', 'NM'],
    ['Hazard', 'KY'],
    ['Beckley', 'WV'],
    ['Española', 'NM'],
    ['Wasilla', 'AK'],
    ['Pahoa', 'HI'],
    ['Laredo', 'TX'],
    ['Lewiston', 'ME'],
  ],
  ca: [
    ['Thunder Bay', 'ON'],
    ['Sudbury', 'ON'],
    ['Kamloops', 'BC'],
    ['Prince George', 'BC'],
    ['Rimouski', 'QC'],
    ['Trois-Rivières', 'QC'],
    ['Brandon', 'MB'],
    ['Moncton', 'NB'],
  ],
  ie: [
    ['Ballinasloe', 'Co. Galway'],
    ['Clonmel', 'Co. Tipperary'],
    ['Mallow', 'Co. Cork'],
    ['Tullamore', 'Co. Offaly'],
    ['Letterkenny', 'Co. Donegal'],
    ['Navan', 'Co. Meath'],
  ],
  nz: [
    ['Kaitaia', 'Northland'],
    ['Whakatāne', 'Bay of Plenty'],
    ['Gisborne', 'Tairāwhiti'],
    ['Porirua', 'Wellington'],
    ['Ōtara', 'Auckland'],
    ['Invercargill', 'Southland'],
  ],
  au: [
    ['Dubbo', 'NSW'],
    ['Mildura', 'VIC'],
    ['Katherine', 'NT'],
    ['Toowoomba', 'QLD'],
    ['Kalgoorlie', 'WA'],
    ['Port Augusta', 'SA'],
    ['Devonport', 'TAS'],
  ],
};

const CA_LETTERS = 'ABCEGHJKLMNPRSTVXY';
const EIRCODE_KEYS = ['H53', 'E91', 'P51', 'R35', 'F92', 'C15', 'A82', 'V94'];

/** The first letter of a Canadian postal code names the province. */
const CA_FIRST: Record<string, string[]> = {
  ON: ['K', 'L', 'M', 'N', 'P'],
  BC: ['V'],
  QC: ['G', 'H', 'J'],
  MB: ['R'],
  NB: ['E'],
};

function postcode(g: Gen, country: Country, region: string): Span {
  switch (country) {
    case 'us':
      return g.chance(0.3)
        ? phi('zip', `${g.int(10, 99)}${g.digits(3)}-${g.digits(4)}`, 'zip4')
        : phi('zip', `${g.int(10, 99)}${g.digits(3)}`, 'zip5');
    case 'ca': {
      const l = (): string => g.letters(1, CA_LETTERS);
      return phi(
        'zip',
        `${g.pick(CA_FIRST[region] ?? ['K'])}${g.digits(1)}${l()} ${g.digits(1)}${l()}${g.digits(1)}`,
        'ca_postal',
      );
    }
    case 'ie':
      return phi(
        'zip',
        `${g.pick(EIRCODE_KEYS)} ${g.letters(1, 'ACDEFHKNPRTVWXY')}${g.digits(2)}${g.letters(1, 'ACDEFHKNPRTVWXY')}`,
        'eircode',
      );
    default:
      return phi('zip', `${g.int(1, 7)}${g.digits(3)}`, `${country}_postcode`);
  }
}

export function place(
  g: Gen,
  country: Country = g.pick(['us', 'us', 'ca', 'ie', 'nz', 'au'] as const),
): Place {
  const [town, region] = g.pick(TOWNS[country]);
  const num = g.chance(0.2) ? `${g.int(1, 40)}/${g.int(1, 200)}` : String(g.int(2, 9800));
  const name = g.pick(country === 'ca' ? STREET_NAMES : STREET_NAMES.filter((n) => !n.startsWith('Rue')));
  const street =
    country === 'ca' && name.startsWith('Rue')
      ? `${num} ${name}`
      : `${num} ${name} ${g.pick(SUFFIX[country])}`;
  return {
    country,
    street: phi('street_address', street, country),
    town: phi('geo', town, 'city'),
    region,
    postcode: postcode(g, country, region),
  };
}

/** The address on one line as the country writes it. */
export function addressLine(p: Place): Frag {
  switch (p.country) {
    case 'ie':
      return t`${p.street}, ${p.town}, ${phi('geo', p.region, 'county')}, ${p.postcode}`;
    case 'nz':
      return t`${p.street}, ${p.town} ${p.postcode}`;
    case 'au':
      return t`${p.street}, ${p.town} ${p.region} ${p.postcode}`;
    default:
      return t`${p.street}, ${p.town}, ${p.region} ${p.postcode}`;
  }
}

/** A phone number as people of the country write it. */
export function phoneOf(g: Gen, country: Country, type: 'phone' | 'fax' = 'phone'): Span {
  const n = (k: number): string => g.digits(k);
  const forms: Record<Country, (() => string)[]> = {
    us: [
      () => `(${g.int(2, 9)}${n(2)}) ${g.int(2, 9)}${n(2)}-${n(4)}`,
      () => `${g.int(2, 9)}${n(2)}-${g.int(2, 9)}${n(2)}-${n(4)}`,
    ],
    ca: [
      () => `${g.int(2, 9)}${n(2)}-${g.int(2, 9)}${n(2)}-${n(4)}`,
      () => `1 (${g.int(2, 9)}${n(2)}) ${g.int(2, 9)}${n(2)} ${n(4)}`,
    ],
    ie: [
      () => `08${g.int(3, 9)} ${n(3)} ${n(4)}`,
      () => `+353 ${g.int(21, 99)} ${n(3)} ${n(4)}`,
      () => `(0${g.int(21, 99)}) ${n(6)}`,
    ],
    nz: [
      () => `02${g.int(0, 9)} ${n(3)} ${n(4)}`,
      () => `(0${g.int(3, 9)}) ${g.int(2, 9)}${n(2)} ${n(4)}`,
      () => `+64 2${g.int(1, 9)} ${n(3)} ${n(3)}`,
    ],
    au: [
      () => `04${n(2)} ${n(3)} ${n(3)}`,
      () => `(0${g.pick([2, 3, 7, 8])}) ${g.int(5, 9)}${n(3)} ${n(4)}`,
      () => `+61 4${n(2)} ${n(3)} ${n(3)}`,
    ],
  };
  return phi(type, g.pick(forms[country])(), country);
}
