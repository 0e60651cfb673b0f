/** Places of blind split 9: its own streets, towns and counties, and foreign ones. SYNTHETIC. */
import type { Gen } from '../context';
import { phi, type Span } from '../fragment';

const STREETS = [
  'Quarry Hollow Rd',
  'Tamarack Ln',
  'Old Mill Pike',
  'Juniper Ridge Ct',
  'Wrenfield Ave',
  'Cobblestone Way',
  'Saltmarsh Dr',
  'Larchmont Ter',
  'Heron Bay Blvd',
  'Bittersweet Cir',
  'Foundry St',
  'Kestrel Run',
  'Orchard Gate Rd',
  'Pelham Xing',
  'Sandpiper Loop',
  'Millrace Ln',
  'Bluestem Pkwy',
  'Cedar Knoll Dr',
  'Ironwood Pl',
  'Willow Bend Rd',
  'County Road 14',
  'N Tollgate St',
  'SW Alder Creek Hwy',
  'Tabernacle Rd',
  'Lamplighter Sq',
];
const UNITS = ['Apt 4B', 'Unit 12', '#305', 'Apt. 2', 'Lot 17', 'Ste 110', 'Trlr 9'];
const TOWNS = [
  'Fairhaven',
  'Brookton',
  'Millbrae Junction',
  'Eastwick',
  'Granger Falls',
  'Port Alder',
  'Marlow Springs',
  'Red Hollow',
  'Cedar Bluffs',
  'Lakemoor',
  'Ashby',
  'Wolcott',
  'Pine Grove Mills',
  'Sutter Creek',
  'Elkhorn',
  'Stillwater',
  'Bayard',
  'Norwood Park',
  'Quincy Landing',
  'West Tisbury',
  'Harmony',
  'Prosper',
  'Eureka Springs',
  'Cold Spring',
];
const COUNTIES = [
  'Tamarack',
  'Kittredge',
  'Osage Plains',
  'Hollis',
  'Merriwether',
  'Blue Earth',
  'Saline',
  'Dorsey',
];
const STATES = ['OH', 'PA', 'MN', 'OR', 'TX', 'GA', 'NM', 'WI', 'VT', 'KY', 'AZ', 'NC', 'MI', 'ME'];

export interface Place {
  street: string;
  town: string;
  county: string;
  state: string;
  zip: string;
}

export function place(g: Gen): Place {
  const line = `${g.int(2, 9899)} ${g.pick(STREETS)}`;
  return {
    street: g.chance(0.3) ? `${line} ${g.pick(UNITS)}` : line,
    town: g.pick(TOWNS),
    county: `${g.pick(COUNTIES)} County`,
    state: g.pick(STATES),
    zip: `${g.int(1, 9)}${g.digits(4)}${g.chance(0.3) ? `-${g.digits(4)}` : ''}`,
  };
}

export const street = (p: Place, v = p.street): Span => phi('street_address', v);
export const town = (p: Place, v = p.town): Span => phi('geo', v, 'city');
export const county = (p: Place): Span => phi('geo', p.county, 'county');
export const zip = (p: Place, v = p.zip): Span => phi('zip', v);

const DE_STREETS = ['Lindenstraße', 'Am Mühlbach', 'Kirchgasse', 'Weidenweg', 'Schillerstr.', 'Hauptplatz'];
const DE_TOWNS = ['Waldkirchen', 'Obernzell', 'Friedrichsdorf', 'Bad Kreuzen', 'Hohenems', 'Ebersberg'];
const ES_STREETS = [
  'Calle del Olmo',
  'Avda. de la Constitución',
  'C/ Mayor',
  'Travesía del Pozo',
  'Paseo de la Ribera',
];
const ES_TOWNS = [
  'Alcalá de Henares',
  'Villanueva del Pardillo',
  'Torrelodones',
  'Mérida',
  'Sanlúcar la Mayor',
  'Olot',
];

/** A German or Austrian street, postcode and town (Austrian codes have four digits). */
export function germanPlace(g: Gen): Place {
  const at = g.chance(0.3);
  return {
    street: `${g.pick(DE_STREETS)} ${g.int(1, 88)}${g.chance(0.2) ? 'a' : ''}`,
    town: g.pick(DE_TOWNS),
    county: '',
    state: at ? 'AT' : 'DE',
    zip: at ? String(g.int(1010, 9992)) : `${g.int(1, 9)}${g.digits(4)}`,
  };
}

export function spanishPlace(g: Gen): Place {
  return {
    street: `${g.pick(ES_STREETS)}, ${g.int(1, 140)}${g.chance(0.5) ? `, ${g.int(1, 8)}º ${g.pick(['A', 'B', 'C', 'izda.', 'dcha.'])}` : ''}`,
    town: g.pick(ES_TOWNS),
    county: '',
    state: 'ES',
    zip: `${g.pick(['28', '06', '41', '17', '08'])}${g.digits(3)}`,
  };
}
