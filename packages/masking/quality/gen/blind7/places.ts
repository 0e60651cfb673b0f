/** Invented US places of blind split 7: towns, counties, streets and ZIP codes. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { phi, type Span } from '../fragment';

const TOWNS = [
  'Larkspur Falls',
  'East Wendover',
  'Millbrook Junction',
  'Port Calloway',
  'Harrowgate',
  'Cedar Bluff',
  'Quillan',
  'North Amberley',
  'Saltmarsh',
  'Fennimore Springs',
  'Brackwater',
  'Lowell Crossing',
  'Tamarind Bay',
  'Oxbow',
  'Stillwell',
  'Granger Flats',
  'Kestrel Point',
  'Marrowbone',
  'Verity',
  'New Holloway',
  'Pinecastle',
  'Duskfield',
  'Wickham Hollow',
  'Bellrose',
  'Copper Ridge',
  'Sablefort',
  'Lake Tennant',
  'West Mercy',
  'Thistledown',
  'Ravensworth',
];
const COUNTIES = [
  'Tamarack',
  'Ossining Vale',
  'Harlow',
  'Greystone',
  'Pellham',
  'Blackwood',
  'Ferris',
  'Kinross',
  'Waverly',
  'Calder',
  'Musgrove',
  'Audley',
];
const STREETS = [
  'Quarry Hollow',
  'Tanner',
  'Bluebonnet',
  'Old Mill',
  'Hawthorne Ridge',
  'Sycamore Bend',
  'Pickett',
  'Larchmont',
  'Cobblestone',
  'Spindle Tree',
  'Ferryman',
  'Wainwright',
  'Juniper Knoll',
  'Sawgrass',
  'Briar Patch',
  'Kettle Creek',
  'Orchard Gate',
  'Lantern Hill',
];
const SUFFIXES = [
  'Rd',
  'Road',
  'St',
  'Street',
  'Ave',
  'Ln',
  'Lane',
  'Ct',
  'Dr',
  'Way',
  'Pkwy',
  'Blvd',
  'Terrace',
];
const STATES = ['OH', 'OR', 'NC', 'MN', 'TX', 'VT', 'NM', 'WI', 'GA', 'PA', 'KY', 'ME'];

export interface Address {
  street: Span;
  /** The unit as a separate line, for formats that give it its own field. */
  unit?: Span;
  city: Span;
  county: Span;
  state: string;
  zip: Span;
}

export function address(g: Gen): Address {
  const line = `${g.int(2, 9899)} ${g.chance(0.2) ? `${g.pick(['N', 'S', 'E', 'W'])} ` : ''}${g.pick(STREETS)} ${g.pick(SUFFIXES)}`;
  const a: Address = {
    street: phi('street_address', line),
    city: phi('geo', g.pick(TOWNS), 'city'),
    county: phi('geo', `${g.pick(COUNTIES)} County`, 'county'),
    state: g.pick(STATES),
    zip: zip(g),
  };
  if (g.chance(0.35))
    a.unit = phi(
      'street_address',
      `${g.pick(['Apt', 'Unit', 'Ste', '#'])} ${g.int(1, 40)}${g.pick(['', 'A', 'B', 'C'])}`.replace(
        '# ',
        '#',
      ),
      'unit',
    );
  return a;
}

export function zip(g: Gen): Span {
  return phi('zip', g.chance(0.3) ? `${g.digits(5)}-${g.digits(4)}` : g.digits(5));
}

export function town(g: Gen): Span {
  return phi('geo', g.pick(TOWNS), 'city');
}
