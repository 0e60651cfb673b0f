/**
 * Addresses of blind split 10: its own streets, towns and counties in the US, with some in
 * Canada, the UK and Australia. SYNTHETIC DATA ONLY: numbers and combinations are random.
 */
import type { Gen } from '../context';
import { type Frag, phi, type Span, t } from '../fragment';

const STREETS = [
  'Tamarack',
  'Old Mill',
  'Quarry Hill',
  'Buckeye',
  'Persimmon',
  'Lantern',
  'Coyote Run',
  'Sawgrass',
  'Hollyhock',
  'Indian Creek',
  'Wagon Wheel',
  'Bluebonnet',
  'Foxglove',
  'Ridgecrest',
  'Magnolia Bend',
  'Kettle',
  'Sycamore Hollow',
  'Prospect',
  'Tinker',
  'Starling',
];
const SUFFIX = ['St', 'Street', 'Ave', 'Rd', 'Road', 'Ln', 'Dr', 'Ct', 'Blvd', 'Way', 'Pkwy', 'Cir', 'Trl'];
const UNIT = ['Apt 4B', 'Unit 12', '#207', 'Apt. 3', 'Lot 41', 'Ste 110', 'Trlr 9'];

const US_TOWNS: [string, string, string][] = [
  ['Tupelo', 'MS', 'Lee County'],
  ['Kalispell', 'MT', 'Flathead County'],
  ['Yakima', 'WA', 'Yakima County'],
  ['Muskogee', 'OK', 'Muskogee County'],
  ['Dothan', 'AL', 'Houston County'],
  ['Bemidji', 'MN', 'Beltrami County'],
  ['Hagerstown', 'MD', 'Washington County'],
  ['Lafayette', 'LA', 'Lafayette Parish'],
  ['Chillicothe', 'OH', 'Ross County'],
  ['Pueblo', 'CO', 'Pueblo County'],
  ['Nacogdoches', 'TX', 'Nacogdoches County'],
  ['Watertown', 'NY', 'Jefferson County'],
  ['Bangor', 'ME', 'Penobscot County'],
  ['Hilo', 'HI', 'Hawaii County'],
  ['Visalia', 'CA', 'Tulare County'],
  ['Paducah', 'KY', 'McCracken County'],
  ['Kokomo', 'IN', 'Howard County'],
  ['Rapid City', 'SD', 'Pennington County'],
  ['Fayetteville', 'NC', 'Cumberland County'],
  ['Gallup', 'NM', 'McKinley County'],
];

export interface Addr {
  street: Span;
  town: Span;
  county: Span;
  region: string;
  zip: Span;
  country: 'US' | 'CA' | 'UK' | 'AU';
}

function streetLine(g: Gen): string {
  const unit = g.chance(0.25) ? ` ${g.pick(UNIT)}` : '';
  return `${g.int(2, 19999)} ${g.pick(STREETS)} ${g.pick(SUFFIX)}${unit}`;
}

function usZip(g: Gen): Span {
  const z = `${g.int(1, 9)}${g.digits(4)}`;
  return g.chance(0.25) ? phi('zip', `${z}-${g.digits(4)}`, 'zip4') : phi('zip', z, 'zip5');
}

const CA_TOWNS: [string, string][] = [
  ['Kamloops', 'BC'],
  ['Moncton', 'NB'],
  ['Sudbury', 'ON'],
  ['Red Deer', 'AB'],
];
const UK_TOWNS: [string, string][] = [
  ['Wakefield', 'WF'],
  ['Stockport', 'SK'],
  ['Truro', 'TR'],
  ['Dundee', 'DD'],
];
const AU_TOWNS: [string, string][] = [
  ['Toowoomba', 'QLD'],
  ['Ballarat', 'VIC'],
  ['Wagga Wagga', 'NSW'],
];

const L = 'ABCEGHJKLMNPRSTVXY';

export function addr(g: Gen, country?: Addr['country']): Addr {
  const c =
    country ??
    g.weighted([
      ['US', 8],
      ['CA', 1],
      ['UK', 1],
      ['AU', 1],
    ] as const);
  if (c === 'US') {
    const [town, st, county] = g.pick(US_TOWNS);
    return {
      street: phi('street_address', streetLine(g)),
      town: phi('geo', town, 'city'),
      county: phi('geo', county, 'county'),
      region: st,
      zip: usZip(g),
      country: c,
    };
  }
  if (c === 'CA') {
    const [town, prov] = g.pick(CA_TOWNS);
    const pc = `${g.letters(1, L)}${g.int(0, 9)}${g.letters(1, L)} ${g.int(0, 9)}${g.letters(1, L)}${g.int(0, 9)}`;
    return {
      street: phi('street_address', streetLine(g)),
      town: phi('geo', town, 'city'),
      county: phi('geo', `${town} District`, 'county'),
      region: prov,
      zip: phi('zip', pc, 'ca_postal'),
      country: c,
    };
  }
  if (c === 'UK') {
    const [town, area] = g.pick(UK_TOWNS);
    return {
      street: phi(
        'street_address',
        `${g.int(1, 220)} ${g.pick(STREETS)} ${g.pick(['Road', 'Lane', 'Close', 'Crescent'])}`,
      ),
      town: phi('geo', town, 'city'),
      county: phi('geo', g.pick(['West Yorkshire', 'Greater Manchester', 'Cornwall', 'Angus']), 'county'),
      region: '',
      zip: phi(
        'zip',
        `${area}${g.int(1, 19)} ${g.int(1, 9)}${g.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
        'uk_postcode',
      ),
      country: c,
    };
  }
  const [town, st] = g.pick(AU_TOWNS);
  return {
    street: phi(
      'street_address',
      `${g.int(1, 300)} ${g.pick(STREETS)} ${g.pick(['St', 'Rd', 'Pde', 'Cres'])}`,
    ),
    town: phi('geo', town, 'city'),
    county: phi('geo', g.pick(['Darling Downs', 'Central Highlands', 'Riverina']), 'county'),
    region: st,
    zip: phi('zip', String(g.int(2000, 4999)), 'au_postcode'),
    country: c,
  };
}

/** One- or two-line postal address. */
export function addrLine(g: Gen, a: Addr): Frag {
  const sep = g.pick([', ', '\n', ' ', ', ']);
  if (a.country === 'UK') return t`${a.street}${sep}${a.town}${sep}${a.zip}`;
  return g.pick([
    () => t`${a.street}${sep}${a.town}, ${a.region} ${a.zip}`,
    () => t`${a.street}${sep}${a.town} ${a.region}  ${a.zip}`,
    () =>
      t`${phi('street_address', a.street.value.toLowerCase(), 'lower')} ${phi('geo', a.town.value.toLowerCase(), 'city')} ${a.region.toLowerCase()} ${a.zip}`,
  ])();
}
