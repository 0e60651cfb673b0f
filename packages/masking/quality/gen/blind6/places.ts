/**
 * Places of blind split 6: towns with their postal codes in the UK, Ireland, Australia, the US,
 * Québec, Brazil, Italy and Germany, and street lines in each country's own order.
 * Street numbers are drawn at random; no address belongs to anyone.
 */
import type { Gen } from '../context';
import { type Frag, phi, t } from '../fragment';

export interface Town {
  town: string;
  /** County or state-level region written after the town, if any (not below-state for US states). */
  region?: string;
  /** Whether `region` is below state level (a county), so PHI. */
  regionIsGeo: boolean;
  postcode: () => string;
}

function ukPostcode(g: Gen, area: string): string {
  return `${area}${g.int(1, 29)} ${g.int(1, 9)}${g.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
}

const UK_TOWNS: readonly (readonly [string, string, string])[] = [
  ['Kendal', 'Cumbria', 'LA'],
  ['Bridlington', 'East Yorkshire', 'YO'],
  ['Stroud', 'Gloucestershire', 'GL'],
  ['Market Harborough', 'Leicestershire', 'LE'],
  ['Penzance', 'Cornwall', 'TR'],
  ['Hexham', 'Northumberland', 'NE'],
  ['Llandrindod Wells', 'Powys', 'LD'],
  ['Dumfries', 'Dumfriesshire', 'DG'],
  ['Bury St Edmunds', 'Suffolk', 'IP'],
  ['Ormskirk', 'Lancashire', 'L'],
  ['Kidderminster', 'Worcestershire', 'DY'],
  ['Whitby', 'North Yorkshire', 'YO'],
];

const IE_TOWNS: readonly (readonly [string, string, string])[] = [
  ['Ballina', 'Co. Mayo', 'F26'],
  ['Clonakilty', 'Co. Cork', 'P85'],
  ['Tullamore', 'Co. Offaly', 'R35'],
  ['Ennis', 'Co. Clare', 'V95'],
  ['Dungarvan', 'Co. Waterford', 'X35'],
  ['Letterkenny', 'Co. Donegal', 'F92'],
];

const AU_TOWNS: readonly (readonly [string, string, number])[] = [
  ['Wagga Wagga', 'NSW', 2650],
  ['Toowoomba', 'QLD', 4350],
  ['Ballarat', 'VIC', 3350],
  ['Bunbury', 'WA', 6230],
  ['Mount Gambier', 'SA', 5290],
  ['Launceston', 'TAS', 7250],
  ['Dubbo', 'NSW', 2830],
  ['Mildura', 'VIC', 3500],
];

const US_TOWNS: readonly (readonly [string, string, number])[] = [
  ['Kalamazoo', 'MI', 49007],
  ['Tuscaloosa', 'AL', 35401],
  ['Bozeman', 'MT', 59715],
  ['Chillicothe', 'OH', 45601],
  ['Paducah', 'KY', 42001],
  ['Yakima', 'WA', 98901],
  ['Muskogee', 'OK', 74401],
  ['Bangor', 'ME', 4401],
  ['Hattiesburg', 'MS', 39401],
  ['Pueblo', 'CO', 81001],
];

export const QC_TOWNS: readonly (readonly [string, string])[] = [
  ['Trois-Rivières', 'G9A'],
  ['Rimouski', 'G5L'],
  ['Sherbrooke', 'J1H'],
  ['Saguenay', 'G7H'],
  ['Drummondville', 'J2B'],
];

export const BR_TOWNS: readonly (readonly [string, string, string])[] = [
  ['Campinas', 'SP', '130'],
  ['Juiz de Fora', 'MG', '360'],
  ['Feira de Santana', 'BA', '440'],
  ['Londrina', 'PR', '860'],
  ['Caxias do Sul', 'RS', '950'],
];

export const IT_TOWNS: readonly (readonly [string, string, string])[] = [
  ['Avellino', 'AV', '831'],
  ['Lecce', 'LE', '731'],
  ['Cremona', 'CR', '261'],
  ['Viterbo', 'VT', '011'],
];

export const DE_TOWNS: readonly (readonly [string, string])[] = [
  ['Göttingen', '370'],
  ['Bamberg', '960'],
  ['Paderborn', '330'],
  ['Zwickau', '080'],
];

export type Country = 'UK' | 'IE' | 'AU' | 'US';

export interface Address {
  street: string;
  town: string;
  region: string;
  regionIsGeo: boolean;
  postcode: string;
  country: Country;
}

const UK_STREETS = [
  'Tannery Lane',
  'Quarry Road',
  'Vicarage Close',
  'Mill Brow',
  'Ropewalk',
  'Sheepfold Way',
];
const IE_STREETS = ['Chapel Street', 'Fair Green', 'Bóthar na Trá', 'Church View', 'Main Street Upper'];
const AU_STREETS = [
  'Wattle St',
  'Banksia Cres',
  'Jacaranda Ave',
  'Boronia Rd',
  'Kookaburra Cct',
  'Grevillea Pde',
];
const US_STREETS = ['Sycamore Ridge Dr', 'W Loblolly Ave', 'County Road 14', 'NE Alder Ct', 'Old Mill Pike'];

function ukStreet(g: Gen): string {
  const s = `${g.int(1, 148)} ${g.pick(UK_STREETS)}`;
  return g.chance(0.25) ? `Flat ${g.int(1, 12)}, ${s}` : s;
}

export function address(g: Gen, country?: Country): Address {
  const c = country ?? g.pick<Country>(['UK', 'IE', 'AU', 'US']);
  if (c === 'UK') {
    const [town, county, area] = g.pick(UK_TOWNS);
    return {
      street: ukStreet(g),
      town,
      region: county,
      regionIsGeo: true,
      postcode: ukPostcode(g, area),
      country: c,
    };
  }
  if (c === 'IE') {
    const [town, county, routing] = g.pick(IE_TOWNS);
    const street = g.chance(0.4)
      ? `${g.pick(['Ard na Gréine', 'Cluain Ard', 'Woodlawn'])}, ${g.pick(IE_STREETS)}`
      : `${g.int(1, 60)} ${g.pick(IE_STREETS)}`;
    return {
      street,
      town,
      region: county,
      regionIsGeo: true,
      postcode: `${routing} ${g.letters(1)}${g.digits(1)}${g.letters(1)}${g.digits(1)}`,
      country: c,
    };
  }
  if (c === 'AU') {
    const [town, state, pc] = g.pick(AU_TOWNS);
    const n = g.int(1, 220);
    const street = g.chance(0.35)
      ? `Unit ${g.int(1, 14)}/${n} ${g.pick(AU_STREETS)}`
      : `${n} ${g.pick(AU_STREETS)}`;
    return {
      street,
      town,
      region: state,
      regionIsGeo: false,
      postcode: String(pc + g.int(0, 9)),
      country: c,
    };
  }
  const [town, state, zip] = g.pick(US_TOWNS);
  const z = String(zip + g.int(0, 8)).padStart(5, '0');
  return {
    street: `${g.int(100, 9899)} ${g.pick(US_STREETS)}${g.chance(0.3) ? ` Apt ${g.int(1, 40)}${g.pick(['', 'B'])}` : ''}`,
    town,
    region: state,
    regionIsGeo: false,
    postcode: g.chance(0.3) ? `${z}-${g.digits(4)}` : z,
    country: c,
  };
}

/** The address on one line or several, each part labeled. */
export function addressFrag(a: Address, sep = ', '): Frag {
  const region = a.regionIsGeo ? phi('geo', a.region) : a.region;
  if (a.country === 'US')
    return t`${phi('street_address', a.street)}${sep}${phi('geo', a.town)}, ${a.region} ${phi('zip', a.postcode)}`;
  if (a.country === 'AU')
    return t`${phi('street_address', a.street)}${sep}${phi('geo', a.town)} ${a.region} ${phi('zip', a.postcode)}`;
  return t`${phi('street_address', a.street)}${sep}${phi('geo', a.town)}${sep}${region}${sep}${phi('zip', a.postcode)}`;
}

/** Intersections for accident narratives. */
export const CROSS_STREETS = [
  ['Hollis Rd', 'Fenwick Ave'],
  ['Route 9', 'Quarry Hill Rd'],
  ['Ellery St', '3rd Ave N'],
  ['Marsh Pike', 'Tanner Blvd'],
  ['Kestrel Dr', 'Old Farm Rd'],
  ['Westbrook Pkwy', 'Linden Ln'],
] as const;
