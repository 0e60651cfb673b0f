/** Addresses of blind split 11, from its own street, town and county lists. SYNTHETIC ONLY. */
import type { Gen } from '../context';
import { type Frag, phi, type Span, t } from '../fragment';

const STREETS = [
  'Tamarack',
  'Old Mill',
  'Persimmon',
  'Cahaba Valley',
  'Three Notch',
  'Buckeye',
  'Quarry Hill',
  'Sandpiper',
  'Lost Creek',
  'Magnolia Bend',
  'Pleasant Grove',
  'Ridgecrest',
  'Calle Ocotillo',
  'Martin Luther King Jr',
  'Cesar Chavez',
  'Wapsipinicon',
  'Kealakai',
  'Tenmile',
  'Bayou Teche',
  'Ironwood',
  'Cottonwood Draw',
  'Saint Anne',
  'Jubilee',
  'Shawnee Mission',
  'Fox Hollow',
];
const SUFFIXES = [
  'St',
  'Street',
  'Ave',
  'Avenue',
  'Rd',
  'Road',
  'Blvd',
  'Ln',
  'Lane',
  'Dr',
  'Ct',
  'Pkwy',
  'Hwy',
  'Trl',
  'Cir',
  'Way',
];
const UNITS = ['Apt', 'Apt.', 'Unit', '#', 'Ste', 'Lot', 'Trlr', 'Rm'];
const DIRS = ['N', 'S', 'E', 'W', 'NE', 'SW', ''];

export const TOWNS: [string, string][] = [
  ['Opelika', 'AL'],
  ['Bogalusa', 'LA'],
  ['Dubuque', 'IA'],
  ['Chillicothe', 'OH'],
  ['Nacogdoches', 'TX'],
  ['Hilo', 'HI'],
  ['Keokuk', 'IA'],
  ['Tahlequah', 'OK'],
  ['Walla Walla', 'WA'],
  ['Presque Isle', 'ME'],
  ['Los Lunas', 'NM'],
  ['Hattiesburg', 'MS'],
  ['Beckley', 'WV'],
  ['Kearney', 'NE'],
  ['Ypsilanti', 'MI'],
  ['Sault Ste. Marie', 'MI'],
  ['Hood River', 'OR'],
  ['Kingsport', 'TN'],
  ['Window Rock', 'AZ'],
  ['Bangor', 'ME'],
  ['Elko', 'NV'],
  ['Paducah', 'KY'],
  ['Lompoc', 'CA'],
  ['Moline', 'IL'],
];
const COUNTIES = [
  'Tuscaloosa County',
  'Washtenaw County',
  'Coos County',
  'Yakima County',
  'Lauderdale County',
  'Pottawattamie County',
  'Terrebonne Parish',
  'McKinley County',
  'Hidalgo County',
  'Aroostook County',
  'Buncombe County',
  'Cherokee County',
  'Hawaii County',
  'Scioto County',
];

export interface Address {
  line1: Span;
  line2?: Span;
  city: Span;
  county: Span;
  state: string;
  zip: Span;
}

export function zip(g: Gen): Span {
  const five = `${g.int(1, 9)}${g.digits(4)}`;
  return g.chance(0.3) ? phi('zip', `${five}-${g.digits(4)}`, 'zip4') : phi('zip', five, 'zip5');
}

export function streetLine(g: Gen, withUnit: boolean): string {
  const dir = g.pick(DIRS);
  const base = `${g.int(2, 29_999)} ${dir ? `${dir} ` : ''}${g.pick(STREETS)} ${g.pick(SUFFIXES)}`;
  if (g.chance(0.08)) return `PO Box ${g.int(10, 9999)}`;
  if (g.chance(0.06))
    return `${g.pick(['County Road', 'Rural Route', 'HC'])} ${g.int(1, 400)} Box ${g.int(1, 99)}`;
  return withUnit ? `${base} ${g.pick(UNITS)} ${g.int(1, 40)}${g.pick(['', 'B', 'C'])}` : base;
}

export function address(g: Gen): Address {
  const [town, state] = g.pick(TOWNS);
  const split = g.chance(0.25);
  return {
    line1: phi('street_address', streetLine(g, !split && g.chance(0.3))),
    line2: split ? phi('street_address', `${g.pick(UNITS)} ${g.int(1, 300)}`, 'unit') : undefined,
    city: phi('geo', town, 'city'),
    county: phi('geo', g.pick(COUNTIES), 'county'),
    state,
    zip: zip(g),
  };
}

/** One line: "118 Persimmon Ln Apt 4, Opelika, AL 36801". */
export function oneLine(g: Gen, a: Address): Frag {
  const unit = a.line2 ? t` ${a.line2}` : '';
  return g.pick([
    () => t`${a.line1}${unit}, ${a.city}, ${a.state} ${a.zip}`,
    () => t`${a.line1}${unit} ${a.city} ${a.state} ${a.zip}`,
    () => t`${a.line1}${unit}, ${a.city} ${a.state}, ${a.zip}`,
  ])();
}
