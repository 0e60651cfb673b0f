/**
 * Addresses and phone numbers of blind split 5, from its own lists: the US, Germany, France,
 * Mexico, India, Brazil, Japan, Sweden and South Africa. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, phi, type Span, t } from '../fragment';

export type Country = 'US' | 'DE' | 'FR' | 'MX' | 'IN' | 'BR' | 'JP' | 'SE' | 'ZA';

export interface Address {
  country: Country;
  /** The street line, with house number and unit. */
  street: string;
  /** A district or suburb below the city, when the country writes one. */
  district?: string;
  city: string;
  /** State, province or prefecture: not an identifier below the state, left unlabeled. */
  region: string;
  zip: string;
}

const US_STREETS = [
  'Tamarack',
  'Cottonwood',
  'Ridgeview',
  'Sycamore Hollow',
  'Old Mill',
  'Wexford',
  'Pecan Grove',
  'Larkspur',
  'Quail Run',
  'Bellflower',
  'Stonebridge',
  'Harbor View',
  'Canal',
  'Chokecherry',
  'Buttonwood',
  'Saddle Creek',
  'Little Beaver',
  'Ironwood',
  'Pawnee',
  'Dunmore',
];
const US_SUFFIXES = [
  'St',
  'Ave',
  'Blvd',
  'Rd',
  'Ln',
  'Dr',
  'Ct',
  'Way',
  'Pkwy',
  'Ter',
  'Pl',
  'Cir',
  'Trail',
  'Loop',
];
const US_UNITS = ['Apt', 'Unit', '#', 'Ste', 'Lot', 'Trlr'];
/** City, state, three-digit ZIP prefix. */
const US_CITIES: [string, string, string][] = [
  ['Tulsa', 'OK', '741'],
  ['Boise', 'ID', '837'],
  ['Duluth', 'MN', '558'],
  ['Macon', 'GA', '312'],
  ['Lubbock', 'TX', '794'],
  ['Fresno', 'CA', '937'],
  ['Spokane', 'WA', '992'],
  ['Provo', 'UT', '846'],
  ['Erie', 'PA', '165'],
  ['Toledo', 'OH', '436'],
  ['Mobile', 'AL', '366'],
  ['Billings', 'MT', '591'],
  ['Bangor', 'ME', '044'],
  ['Cheyenne', 'WY', '820'],
  ['Lansing', 'MI', '489'],
  ['Yonkers', 'NY', '107'],
  ['Paterson', 'NJ', '075'],
  ['Laredo', 'TX', '780'],
  ['Pueblo', 'CO', '810'],
  ['Fargo', 'ND', '581'],
  ['Sioux Falls', 'SD', '571'],
  ['Savannah', 'GA', '314'],
  ['Gainesville', 'FL', '326'],
  ['Kenosha', 'WI', '531'],
  ['Waco', 'TX', '767'],
  ['Joliet', 'IL', '604'],
  ['Bowling Green', 'KY', '421'],
  ['Las Cruces', 'NM', '880'],
];

const DE_STREETS = [
  'Lindenstraße',
  'Am Kirchberg',
  'Mühlenweg',
  'Schillerplatz',
  'Gartenstraße',
  'Im Winkel',
];
const DE_CITIES: [string, string][] = [
  ['Leipzig', '04109'],
  ['Kassel', '34117'],
  ['Rostock', '18055'],
  ['Freiburg im Breisgau', '79098'],
  ['Bielefeld', '33602'],
];
const FR_STREETS = [
  'rue des Tanneurs',
  'avenue Jean-Jaurès',
  'impasse des Lilas',
  'boulevard Carnot',
  'allée du Parc',
];
const FR_CITIES: [string, string][] = [
  ['Nantes', '44000'],
  ['Rennes', '35000'],
  ['Besançon', '25000'],
  ['Aix-en-Provence', '13100'],
  ['Limoges', '87000'],
];
const MX_STREETS = [
  'Calle Morelos',
  'Av. Juárez',
  'Calle 5 de Mayo',
  'Privada Hidalgo',
  'Calzada de Guadalupe',
];
const MX_CITIES: [string, string, string][] = [
  ['Oaxaca de Juárez', 'Oax.', '68000'],
  ['Mérida', 'Yuc.', '97000'],
  ['Puebla', 'Pue.', '72000'],
  ['Zacatecas', 'Zac.', '98000'],
];
const IN_STREETS = ['14th Cross Road', 'Gandhi Bazaar Main Rd', 'Nehru Street', 'Temple Road', '2nd Main'];
const IN_CITIES: [string, string, string, string][] = [
  ['Mysuru', 'Jayalakshmipuram', 'Karnataka', '5700'],
  ['Coimbatore', 'R.S. Puram', 'Tamil Nadu', '6410'],
  ['Pune', 'Kothrud', 'Maharashtra', '4110'],
  ['Kochi', 'Kadavanthra', 'Kerala', '6820'],
];
const BR_STREETS = ['Rua das Palmeiras', 'Avenida Brasil', 'Travessa do Carmo', 'Rua Sete de Setembro'];
const BR_CITIES: [string, string, string][] = [
  ['Campinas', 'SP', '130'],
  ['Recife', 'PE', '500'],
  ['Curitiba', 'PR', '800'],
  ['Belém', 'PA', '660'],
];
const JP_PLACES: [string, string, string, string][] = [
  ['Jingumae', 'Shibuya-ku', 'Tokyo', '150'],
  ['Nishiki', 'Naka-ku', 'Nagoya', '460'],
  ['Tenjin', 'Chuo-ku', 'Fukuoka', '810'],
  ['Umeda', 'Kita-ku', 'Osaka', '530'],
];
const SE_STREETS = ['Storgatan', 'Kungsvägen', 'Drottninggatan', 'Björkstigen'];
const SE_CITIES: [string, string][] = [
  ['Uppsala', '753'],
  ['Umeå', '903'],
  ['Västerås', '722'],
  ['Linköping', '582'],
];
const ZA_STREETS = ['Jacaranda Ave', 'Protea Street', 'Voortrekker Rd', 'Msinga Close'];
const ZA_PLACES: [string, string, string, string][] = [
  ['Hatfield', 'Pretoria', 'Gauteng', '0083'],
  ['Observatory', 'Cape Town', 'Western Cape', '7925'],
  ['Berea', 'Durban', 'KwaZulu-Natal', '4001'],
  ['Westdene', 'Bloemfontein', 'Free State', '9301'],
];

const COUNTRY_WEIGHTS: [Country, number][] = [
  ['US', 10],
  ['DE', 1],
  ['FR', 1],
  ['MX', 1],
  ['IN', 1],
  ['BR', 1],
  ['JP', 1],
  ['SE', 1],
  ['ZA', 1],
];

export function address(g: Gen, country: Country = g.weighted(COUNTRY_WEIGHTS)): Address {
  const n = (min: number, max: number): number => g.int(min, max);
  switch (country) {
    case 'US': {
      const [city, region, prefix] = g.pick(US_CITIES);
      const unit = g.chance(0.3) ? ` ${g.pick(US_UNITS)} ${n(1, 40)}${g.pick(['', 'B', 'C'])}` : '';
      const street = `${n(2, 9899)} ${g.chance(0.2) ? `${g.pick(['N', 'S', 'E', 'W'])} ` : ''}${g.pick(US_STREETS)} ${g.pick(US_SUFFIXES)}${unit}`;
      const zip = `${prefix}${g.digits(2)}${g.chance(0.2) ? `-${g.digits(4)}` : ''}`;
      return { country, street, city, region, zip };
    }
    case 'DE': {
      const [city, zip] = g.pick(DE_CITIES);
      return {
        country,
        street: `${g.pick(DE_STREETS)} ${n(1, 120)}${g.pick(['', 'a', 'b'])}`,
        city,
        region: '',
        zip,
      };
    }
    case 'FR': {
      const [city, zip] = g.pick(FR_CITIES);
      return {
        country,
        street: `${n(1, 88)}${g.pick(['', ' bis'])} ${g.pick(FR_STREETS)}`,
        city,
        region: '',
        zip,
      };
    }
    case 'MX': {
      const [city, region, zip] = g.pick(MX_CITIES);
      return { country, street: `${g.pick(MX_STREETS)} ${n(10, 980)} Int. ${n(1, 12)}`, city, region, zip };
    }
    case 'IN': {
      const [city, district, region, prefix] = g.pick(IN_CITIES);
      const street = `Flat ${n(1, 9)}${g.pick(['A', 'B', 'C'])}, ${n(2, 480)} ${g.pick(IN_STREETS)}`;
      return { country, street, district, city, region, zip: `${prefix}${g.digits(2)}` };
    }
    case 'BR': {
      const [city, region, prefix] = g.pick(BR_CITIES);
      const street = `${g.pick(BR_STREETS)}, ${n(10, 2400)}, apto ${n(11, 304)}`;
      return { country, street, city, region, zip: `${prefix}${g.digits(2)}-${g.digits(3)}` };
    }
    case 'JP': {
      const [block, district, city, prefix] = g.pick(JP_PLACES);
      const street = `${n(1, 6)}-${n(1, 30)}-${n(1, 20)} ${block}`;
      return { country, street, district, city, region: '', zip: `${prefix}-${g.digits(4)}` };
    }
    case 'SE': {
      const [city, prefix] = g.pick(SE_CITIES);
      const street = `${g.pick(SE_STREETS)} ${n(1, 60)}${g.chance(0.4) ? ` lgh ${n(1001, 1404)}` : ''}`;
      return { country, street, city, region: '', zip: `${prefix} ${g.digits(2)}` };
    }
    case 'ZA': {
      const [district, city, region, zip] = g.pick(ZA_PLACES);
      return { country, street: `${n(1, 240)} ${g.pick(ZA_STREETS)}`, district, city, region, zip };
    }
  }
}

export const street = (a: Address): Span => phi('street_address', a.street);
export const city = (a: Address): Span => phi('geo', a.city);
export const zip = (a: Address): Span => phi('zip', a.zip);

/** The address on one line as the country writes it, every part labeled. */
export function addressLine(a: Address, sep = ', '): Frag {
  const d = a.district ? t`${phi('geo', a.district)}${sep}` : '';
  switch (a.country) {
    case 'US':
      return t`${street(a)}${sep}${city(a)}, ${a.region} ${zip(a)}`;
    case 'DE':
    case 'FR':
      return t`${street(a)}${sep}${zip(a)} ${city(a)}`;
    case 'SE':
      return t`${street(a)}${sep}${zip(a)} ${city(a)}, Sverige`;
    case 'MX':
      return t`${street(a)}${sep}C.P. ${zip(a)} ${city(a)}, ${a.region}`;
    case 'IN':
      return t`${street(a)}${sep}${d}${city(a)} ${zip(a)}, ${a.region}`;
    case 'BR':
      return t`${street(a)}${sep}${city(a)} - ${a.region}${sep}CEP ${zip(a)}`;
    case 'JP':
      return t`〒${zip(a)} ${city(a)}${sep}${d}${street(a)}`;
    case 'ZA':
      return t`${street(a)}${sep}${d}${city(a)}${sep}${zip(a)}`;
  }
}

const DIAL: Record<Country, string> = {
  US: '1',
  DE: '49',
  FR: '33',
  MX: '52',
  IN: '91',
  BR: '55',
  JP: '81',
  SE: '46',
  ZA: '27',
};

/** A phone number in a form the country writes (or international). */
export function phoneNumber(g: Gen, country: Country = 'US'): string {
  const d = (n: number): string => g.digits(n);
  const area = `${g.int(2, 9)}${d(2)}`;
  const ex = `${g.int(2, 9)}${d(2)}`;
  if (country === 'US')
    return g.pick([
      `(${area}) ${ex}-${d(4)}`,
      `${area}-${ex}-${d(4)}`,
      `${area}.${ex}.${d(4)}`,
      `+1 ${area} ${ex} ${d(4)}`,
      `1-${area}-${ex}-${d(4)}`,
      `${area}${ex}${d(4)}`,
    ]);
  const local: Record<Exclude<Country, 'US'>, string> = {
    DE: `${g.int(30, 89)} ${d(7)}`,
    FR: `${g.int(1, 7)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
    MX: `${g.int(22, 99)} ${d(4)} ${d(4)}`,
    IN: `${g.int(70, 99)}${d(3)} ${d(5)}`,
    BR: `${g.int(11, 99)} 9${d(4)}-${d(4)}`,
    JP: `${g.int(3, 99)}-${d(4)}-${d(4)}`,
    SE: `${g.int(18, 90)}-${d(3)} ${d(2)} ${d(2)}`,
    ZA: `${g.int(10, 87)} ${d(3)} ${d(4)}`,
  };
  return `+${DIAL[country]} ${local[country]}`;
}

export function phone(g: Gen, country: Country = 'US'): Span {
  return phi('phone', phoneNumber(g, country));
}

export function fax(g: Gen, country: Country = 'US'): Span {
  return phi('fax', phoneNumber(g, country));
}

/** Digits only, as X12 PER and flat exports carry them. */
export function bareNumber(g: Gen): string {
  return `${g.int(2, 9)}${g.digits(2)}${g.int(2, 9)}${g.digits(6)}`;
}
