/** Towns, counties, ZIP prefixes and streets of blind split 17 (real places, synthetic addresses). */
import type { Gen } from '../context';
import { phi, type Span } from '../fragment';

interface Town {
  city: string;
  county: string;
  state: string;
  /** The first three ZIP digits of the town's area. */
  zip3: string;
}

const TOWNS: Town[] = [
  { city: 'Pharr', county: 'Hidalgo County', state: 'TX', zip3: '785' },
  { city: 'Brownsville', county: 'Cameron County', state: 'TX', zip3: '785' },
  { city: 'Garland', county: 'Dallas County', state: 'TX', zip3: '750' },
  { city: 'Cicero', county: 'Cook County', state: 'IL', zip3: '608' },
  { city: 'Joliet', county: 'Will County', state: 'IL', zip3: '604' },
  { city: 'Westminster', county: 'Orange County', state: 'CA', zip3: '926' },
  { city: 'Fontana', county: 'San Bernardino County', state: 'CA', zip3: '923' },
  { city: 'Daly City', county: 'San Mateo County', state: 'CA', zip3: '940' },
  { city: 'Fort Lee', county: 'Bergen County', state: 'NJ', zip3: '070' },
  { city: 'Paterson', county: 'Passaic County', state: 'NJ', zip3: '075' },
  { city: 'Flushing', county: 'Queens County', state: 'NY', zip3: '113' },
  { city: 'Yonkers', county: 'Westchester County', state: 'NY', zip3: '107' },
  { city: 'Dearborn', county: 'Wayne County', state: 'MI', zip3: '481' },
  { city: 'Hamtramck', county: 'Wayne County', state: 'MI', zip3: '482' },
  { city: 'Sugar Land', county: 'Fort Bend County', state: 'TX', zip3: '774' },
  { city: 'Edison', county: 'Middlesex County', state: 'NJ', zip3: '088' },
  { city: 'Decatur', county: 'DeKalb County', state: 'GA', zip3: '300' },
  { city: 'Jonesboro', county: 'Clayton County', state: 'GA', zip3: '302' },
  { city: 'Hialeah', county: 'Miami-Dade County', state: 'FL', zip3: '330' },
  { city: 'Kissimmee', county: 'Osceola County', state: 'FL', zip3: '347' },
  { city: 'Dorchester', county: 'Suffolk County', state: 'MA', zip3: '021' },
  { city: 'Lowell', county: 'Middlesex County', state: 'MA', zip3: '018' },
  { city: 'Parma', county: 'Cuyahoga County', state: 'OH', zip3: '441' },
  { city: 'Hazleton', county: 'Luzerne County', state: 'PA', zip3: '182' },
  { city: 'Gresham', county: 'Multnomah County', state: 'OR', zip3: '970' },
  { city: 'Federal Way', county: 'King County', state: 'WA', zip3: '980' },
  { city: 'Shreveport', county: 'Caddo Parish', state: 'LA', zip3: '711' },
  { city: 'Greenville', county: 'Washington County', state: 'MS', zip3: '387' },
  { city: 'Pikeville', county: 'Pike County', state: 'KY', zip3: '415' },
  { city: 'Gallup', county: 'McKinley County', state: 'NM', zip3: '873' },
  { city: 'Mesa', county: 'Maricopa County', state: 'AZ', zip3: '852' },
  { city: 'Aurora', county: 'Arapahoe County', state: 'CO', zip3: '800' },
  { city: 'St. Paul', county: 'Ramsey County', state: 'MN', zip3: '551' },
  { city: 'Hope', county: 'Hempstead County', state: 'AR', zip3: '718' },
  { city: 'Warren', county: 'Macomb County', state: 'MI', zip3: '480' },
];

const STREET_NAMES = [
  'Calle Ocho',
  'Cesar Chavez',
  'Martin Luther King Jr',
  'Bellaire',
  'Bissonnet',
  'Ogden',
  'Cermak',
  'Bolsa',
  'Brookhurst',
  'Kennedy',
  'Main',
  'Roosevelt',
  'Michigan',
  'Warren',
  'Schaefer',
  'Oak Tree',
  'Candler',
  'Tara',
  'Palm',
  'Orange Blossom',
  'Blue Hill',
  'Gorham',
  'Ridge',
  'Stockert',
  'Division',
  'Pacific Hwy',
  'Line',
  'Old Mill',
  'Nizhoni',
  'Country Club',
  'Colfax',
  'Payne',
  'Walnut',
  'Van Dyke',
  'Dequindre',
];
const SUFFIXES = ['St', 'Ave', 'Blvd', 'Rd', 'Dr', 'Ln', 'Way', 'Ct', 'Street', 'Avenue', 'Road', 'Pkwy'];
const DIRS = ['N', 'S', 'E', 'W', 'NE', 'SW'];
const UNITS = ['Apt 4B', 'Apt. 12', 'Unit 7', '#210', 'Apt 3R', 'Lot 37', 'Ste 100', 'Trlr 9', 'Fl 2'];

export interface Place {
  /** House number and street, without the unit. */
  street: string;
  /** "Apt 4B" or empty. */
  unit: string;
  city: string;
  county: string;
  state: string;
  zip: string;
}

export function place(g: Gen): Place {
  const town = g.pick(TOWNS);
  const dir = g.chance(0.25) ? `${g.pick(DIRS)} ` : '';
  const rural = g.chance(0.06);
  const street = rural
    ? `${g.int(1000, 29999)} County Road ${g.int(10, 450)}`
    : `${g.int(2, 19999)} ${dir}${g.pick(STREET_NAMES)} ${g.pick(SUFFIXES)}`;
  const five = `${town.zip3}${g.digits(2)}`;
  return {
    street,
    unit: g.chance(0.3) ? g.pick(UNITS) : '',
    city: town.city,
    county: town.county,
    state: town.state,
    zip: g.chance(0.3) ? `${five}-${g.digits(4)}` : five,
  };
}

export const street = (p: Place): Span => phi('street_address', p.street);
export const unit = (p: Place): Span => phi('street_address', p.unit, 'unit');
export const city = (p: Place): Span => phi('geo', p.city, 'city');
export const county = (p: Place): Span => phi('geo', p.county, 'county');
export const zip = (p: Place): Span => phi('zip', p.zip, p.zip.length > 5 ? 'zip4' : 'zip5');
/** Street and unit as one labeled string: "4821 Ogden Ave Apt 4B". */
export const streetLine = (p: Place): Span =>
  phi('street_address', p.unit ? `${p.street} ${p.unit}` : p.street, p.unit ? 'with_unit' : 'street');
