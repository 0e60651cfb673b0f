/**
 * Towns, counties, streets and ZIP prefixes for addresses of patients, relatives and clinics.
 * The street numbers, units and ZIP tails are drawn at random; SYNTHETIC DATA ONLY.
 */

export interface Town {
  town: string;
  county: string;
  state: string;
  /** The first three digits of the town's ZIP codes. */
  zip3: string;
}

export const TOWNS: readonly Town[] = [
  { town: 'Cicero', county: 'Cook County', state: 'IL', zip3: '608' },
  { town: 'Hialeah', county: 'Miami-Dade County', state: 'FL', zip3: '330' },
  { town: 'Kissimmee', county: 'Osceola County', state: 'FL', zip3: '347' },
  { town: 'Pharr', county: 'Hidalgo County', state: 'TX', zip3: '785' },
  { town: 'Pasadena', county: 'Harris County', state: 'TX', zip3: '775' },
  { town: 'Garden Grove', county: 'Orange County', state: 'CA', zip3: '928' },
  { town: 'Daly City', county: 'San Mateo County', state: 'CA', zip3: '940' },
  { town: 'Fontana', county: 'San Bernardino County', state: 'CA', zip3: '923' },
  { town: 'Flushing', county: 'Queens County', state: 'NY', zip3: '113' },
  { town: 'Yonkers', county: 'Westchester County', state: 'NY', zip3: '107' },
  { town: 'Paterson', county: 'Passaic County', state: 'NJ', zip3: '075' },
  { town: 'Edison', county: 'Middlesex County', state: 'NJ', zip3: '088' },
  { town: 'Dearborn', county: 'Wayne County', state: 'MI', zip3: '481' },
  { town: 'Hamtramck', county: 'Wayne County', state: 'MI', zip3: '482' },
  { town: 'Parma', county: 'Cuyahoga County', state: 'OH', zip3: '441' },
  { town: 'Gahanna', county: 'Franklin County', state: 'OH', zip3: '432' },
  { town: 'Brockton', county: 'Plymouth County', state: 'MA', zip3: '024' },
  { town: 'Lowell', county: 'Middlesex County', state: 'MA', zip3: '018' },
  { town: 'Norcross', county: 'Gwinnett County', state: 'GA', zip3: '300' },
  { town: 'Decatur', county: 'DeKalb County', state: 'GA', zip3: '300' },
  { town: 'Gastonia', county: 'Gaston County', state: 'NC', zip3: '280' },
  { town: 'Rocky Mount', county: 'Nash County', state: 'NC', zip3: '278' },
  { town: 'Florence', county: 'Florence County', state: 'SC', zip3: '295' },
  { town: 'Bessemer', county: 'Jefferson County', state: 'AL', zip3: '350' },
  { town: 'Greenwood', county: 'Leflore County', state: 'MS', zip3: '389' },
  { town: 'Monroe', county: 'Ouachita Parish', state: 'LA', zip3: '712' },
  { town: 'Chalmette', county: 'St. Bernard Parish', state: 'LA', zip3: '700' },
  { town: 'Independence', county: 'Jackson County', state: 'MO', zip3: '640' },
  { town: 'Council Bluffs', county: 'Pottawattamie County', state: 'IA', zip3: '515' },
  { town: 'Brooklyn Park', county: 'Hennepin County', state: 'MN', zip3: '554' },
  { town: 'Waukesha', county: 'Waukesha County', state: 'WI', zip3: '531' },
  { town: 'Aurora', county: 'Arapahoe County', state: 'CO', zip3: '800' },
  { town: 'Mesa', county: 'Maricopa County', state: 'AZ', zip3: '852' },
  { town: 'Las Cruces', county: 'Doña Ana County', state: 'NM', zip3: '880' },
  { town: 'Kent', county: 'King County', state: 'WA', zip3: '980' },
  { town: 'Gresham', county: 'Multnomah County', state: 'OR', zip3: '970' },
  { town: 'Sparks', county: 'Washoe County', state: 'NV', zip3: '894' },
  { town: 'Hazleton', county: 'Luzerne County', state: 'PA', zip3: '182' },
  { town: 'Norristown', county: 'Montgomery County', state: 'PA', zip3: '194' },
  { town: 'Bowling Green', county: 'Warren County', state: 'KY', zip3: '421' },
  { town: 'Hazard', county: 'Perry County', state: 'KY', zip3: '417' },
  { town: 'Smyrna', county: 'Rutherford County', state: 'TN', zip3: '371' },
  { town: 'Silver Spring', county: 'Montgomery County', state: 'MD', zip3: '209' },
  { town: 'Woodbridge', county: 'Prince William County', state: 'VA', zip3: '221' },
  { town: 'Lawton', county: 'Comanche County', state: 'OK', zip3: '735' },
];

export const STREET_NAMES = [
  'Magnolia',
  'Pecan Grove',
  'Tamarind',
  'Old Mill',
  'Dogwood',
  'Cypress Bend',
  'Juniper',
  'Sycamore',
  'Harbor View',
  'Wabash',
  'Kedzie',
  'Lincoln',
  'Martin Luther King Jr',
  'Cesar Chavez',
  'Bayou',
  'Prairie Wind',
  'Quail Run',
  'Pleasant Hill',
  'Laurel Ridge',
  'Shadow Creek',
  'Mockingbird',
  'Chestnut',
  '14th',
  '3rd',
  '112th',
  'County Road 9',
  'Route 31',
  'Buckeye',
  'Saguaro',
  'Hemlock',
];

export const STREET_SUFFIXES = [
  'St',
  'Ave',
  'Rd',
  'Dr',
  'Ln',
  'Blvd',
  'Ct',
  'Way',
  'Pkwy',
  'Cir',
  'Street',
  'Avenue',
  'Drive',
];

export const DIRECTIONS = ['N', 'S', 'E', 'W', 'NE', 'SW'];

export const UNITS = ['Apt', 'Apt.', 'Unit', '#', 'Lot', 'Ste'];
